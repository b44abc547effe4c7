//! The workshop part's entry point (presenter console, audience window): mounts it in the
//! page the reader's bundle has already drawn. index.html loads it on demand.

fn main() {
    dmu_trainer::mount_workshop();
}
