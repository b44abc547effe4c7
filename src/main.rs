//! The browser entry point: mounts the app, nothing else.

fn main() {
    dmu_trainer::mount();
}
