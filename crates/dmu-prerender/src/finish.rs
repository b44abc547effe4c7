//! Trunk's post-build step, on the staging folder trunk is about to publish: the content
//! data files, hashed names for the parts, the page rendered into index.html with the
//! names of both, the security policy over the final page, and the service worker told
//! which files this build has. Everything is worked out before anything is written, so a
//! failure leaves the folder as trunk left it.

use crate::files::{content_files, part_names, rename_parts};
use crate::service_worker::{with_build, Build};
use crate::{csp, inject, integrity, preloads, render_page, BuildFiles};
use dmu_core::lang::Lang;
use dmu_core::parse::load_content;
use std::fs;
use std::path::Path;

/// Finishes the build in `staging` (trunk's output) from the content in `content`.
pub fn finish(staging: &Path, content: &Path) -> Result<(), String> {
    if !content.is_dir() {
        return Err(format!(
            "the content folder {} does not exist: set DMU_CONTENT_DIR to the folder that holds \
             nl/ and en/",
            content.display()
        ));
    }
    let libraries = load_content(content).map_err(|e| format!("cannot load the content: {e}"))?;
    let content_files = content_files(&libraries);
    let files = BuildFiles {
        parts: part_names(staging)?,
        content: content_files
            .iter()
            .map(|(lang, name, _)| (*lang, name.clone()))
            .collect(),
    };
    let chapter = |lang: Lang| {
        libraries
            .iter()
            .find(|library| library.lang == lang)
            .map(|library| &library.chapter)
            .ok_or_else(|| format!("{} has no {} chapter", content.display(), lang.code()))
    };
    let page =
        render_page(chapter(Lang::Nl)?, chapter(Lang::En)?, &files).map_err(|e| e.to_string())?;
    let index = staging.join("index.html");
    let html = read(&index)?;
    let html = inject(&html, &page).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = match reader_glue(staging)? {
        Some(glue) => preloads::only_the_readers(&html, &read(&glue)?),
        None => html,
    };
    let html = integrity::refreshed(&html, staging)?;
    let html = csp::with_policy(&html).map_err(|e| format!("{}: {e}", index.display()))?;
    let worker = staging.join("sw.js");
    let worker_script = read(&worker)?;
    let empty = Build {
        precache: vec![],
        files: vec![],
    };
    with_build(&worker_script, &empty).map_err(|e| format!("{}: {e}", worker.display()))?;

    for (_, name, text) in &content_files {
        write(&staging.join(name), text)?;
    }
    rename_parts(staging, &files.parts)?;
    write(&index, &html)?;
    let build = Build {
        precache: precache(staging)?,
        files: every_file(staging)?,
    };
    let script =
        with_build(&worker_script, &build).map_err(|e| format!("{}: {e}", worker.display()))?;
    write(&worker, &script)
}

/// The reader's JavaScript glue in `staging`, if trunk wrote one.
fn reader_glue(staging: &Path) -> Result<Option<std::path::PathBuf>, String> {
    Ok(fs::read_dir(staging)
        .map_err(|e| format!("cannot list {}: {e}", staging.display()))?
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dmu-reader-") && n.ends_with(".js"))
        }))
}

/// What a first visit keeps for offline use: the page and everything it loads itself (the
/// reader, the stylesheet, icons, the manifest), not the parts or the content, which the
/// page fetches when it needs them (or ahead of need).
fn precache(staging: &Path) -> Result<Vec<String>, String> {
    let all = every_file(staging)?;
    let page_files = all.into_iter().filter(|f| {
        f == "./"
            || f.starts_with("dmu-reader-")
            || f.starts_with("snippets/")
            || f.ends_with(".css")
            || f.ends_with(".svg")
            || f.ends_with(".png")
            || f.ends_with(".webmanifest")
    });
    Ok(page_files.collect())
}

/// Every file of the build, relative to the site's root (the page as `./`), sorted.
fn every_file(staging: &Path) -> Result<Vec<String>, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
        let entries =
            fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let path = entry.path();
            if path.is_dir() {
                walk(&path, &format!("{prefix}{name}/"), out)?;
            } else {
                out.push(format!("{prefix}{name}"));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(staging, "", &mut files)?;
    let mut files: Vec<String> = files
        .into_iter()
        .filter(|f| f != "sw.js")
        .map(|f| {
            if f == "index.html" {
                "./".to_string()
            } else {
                f
            }
        })
        .collect();
    files.sort();
    Ok(files)
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
