//! Compiles `content/` into the app at build time: the core's parser reads and checks every
//! Markdown file (an error stops the build with file and line), and each language's typed
//! model is written as JSON for `src/content.rs` to embed. The browser never parses Markdown.
//! (The chapter page is rendered to static HTML by `crates/dmu-prerender`, from the same
//! content, when trunk builds the page.)

use std::path::Path;

fn main() {
    // A publisher can build with their own content folder: DMU_CONTENT_DIR=/path trunk build
    println!("cargo::rerun-if-env-changed=DMU_CONTENT_DIR");
    let root = match std::env::var_os("DMU_CONTENT_DIR") {
        Some(dir) if !dir.is_empty() => std::path::PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
    };
    println!("cargo::rerun-if-changed={}", root.display());
    let libraries = match dmu_core::parse::load_content(&root) {
        Ok(libraries) => libraries,
        Err(error) => {
            eprintln!("\ncontent error: {error}\n");
            println!("cargo::error=content error: {error}");
            std::process::exit(1);
        }
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for library in libraries {
        let json = serde_json::to_string(&library).expect("the content model serialises");
        // The app decodes this at start-up; prove here that it can.
        serde_json::from_str::<dmu_core::library::Library>(&json)
            .expect("the content model reads back");
        let file = Path::new(&out).join(format!("library_{}.json", library.lang.code()));
        std::fs::write(&file, json).expect("OUT_DIR is writable");
    }
}
