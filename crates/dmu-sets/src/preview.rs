//! TEMP: the preview (being written).
