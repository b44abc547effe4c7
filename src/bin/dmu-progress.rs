//! The progress part's entry point: mounts the progress page in the page the reader's
//! bundle has already drawn. The reader loads it when the progress page first opens.

fn main() {
    dmu_trainer::mount_progress();
}
