//! Trunk's post_build hook: renders the page from the content and writes it into the built
//! index.html, in place, so the first visit shows the chapter before any wasm arrives.

use dmu_core::lang::Lang;
use dmu_core::parse::load_content;
use dmu_prerender::{inject, render_page};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

const USAGE: &str = "usage: dmu-prerender <index.html>\n\
    Renders the chapter (from $DMU_CONTENT_DIR, else the workspace's content folder) into \
    the <div id=\"prerender\"></div> of a built index.html, in place.";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dmu-prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = env::args_os().skip(1);
    let (Some(index), None) = (args.next(), args.next()) else {
        return Err(USAGE.to_string());
    };
    let index = PathBuf::from(index);
    let content = content_dir();
    if !content.is_dir() {
        return Err(format!(
            "the content folder {} does not exist: set DMU_CONTENT_DIR to the folder that holds \
             nl/ and en/",
            content.display()
        ));
    }
    let libraries = load_content(&content).map_err(|e| format!("cannot load the content: {e}"))?;
    let chapter = |lang: Lang| {
        libraries
            .iter()
            .find(|library| library.lang == lang)
            .map(|library| &library.chapter)
            .ok_or_else(|| format!("{} has no {} chapter", content.display(), lang.code()))
    };
    let page = render_page(chapter(Lang::Nl)?, chapter(Lang::En)?).map_err(|e| e.to_string())?;
    let html =
        fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let html = inject(&html, &page).map_err(|e| format!("{}: {e}", index.display()))?;
    fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))
}

/// `$DMU_CONTENT_DIR`, else the content folder of the workspace this crate was built in.
fn content_dir() -> PathBuf {
    match env::var_os("DMU_CONTENT_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"),
    }
}
