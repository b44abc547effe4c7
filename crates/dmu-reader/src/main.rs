//! The reader's bundle entry point: starts the reader, nothing else.

fn main() {
    dmu_reader::start();
}
