//! The practice part's entry point (practice and rounds): mounts it in the page the
//! reader's bundle has already drawn. index.html loads it on demand.

fn main() {
    dmu_trainer::mount_practice();
}
