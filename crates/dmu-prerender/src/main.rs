//! Trunk's post_build hook (`scripts/prerender`): finishes the build in trunk's staging
//! folder (see `dmu_prerender::finish`): content files, hashed parts, the page in
//! index.html, its security policy and the service worker's file list.

use std::env;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: dmu-prerender <staging folder>\n\
    Finishes trunk's build in that folder: writes the content files (from $DMU_CONTENT_DIR, \
    else the workspace's content folder), gives the parts hashed names, renders the page \
    into index.html with its security policy, and tells sw.js the build's files.";

fn main() -> ExitCode {
    let mut args = env::args_os().skip(1);
    let (Some(staging), None) = (args.next(), args.next()) else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    match dmu_prerender::finish(Path::new(&staging), &content_dir()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("dmu-prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `$DMU_CONTENT_DIR`, else the content folder of the workspace this crate was built in.
fn content_dir() -> PathBuf {
    match env::var_os("DMU_CONTENT_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"),
    }
}
