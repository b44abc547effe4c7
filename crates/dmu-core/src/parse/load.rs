//! Loads a content folder from disk (`<lang>/chapter.md`, `<lang>/scenarios/*.md`) into
//! checked libraries: what build.rs and the content tests call.

use super::{check_links, parse_chapter, parse_scenario_set};
use crate::error::ContentError;
use crate::lang::Lang;
use crate::library::{check_translation, Library};
use std::fs;
use std::path::{Path, PathBuf};

/// Loads and checks every language under `root`. The Dutch library is the original the
/// English one must agree with.
pub fn load_content(root: &Path) -> Result<Vec<Library>, ContentError> {
    let libraries = Lang::ALL
        .into_iter()
        .map(|lang| load_library(root, lang))
        .collect::<Result<Vec<_>, _>>()?;
    for translation in &libraries[1..] {
        check_translation(&libraries[0], translation).map_err(|message| {
            ContentError::new(&display(&root.join(translation.lang.code())), 0, message)
        })?;
    }
    Ok(libraries)
}

/// Loads one language's folder.
pub fn load_library(root: &Path, lang: Lang) -> Result<Library, ContentError> {
    let dir = root.join(lang.code());
    let chapter_file = dir.join("chapter.md");
    let chapter = parse_chapter(&display(&chapter_file), &read(&chapter_file)?)?;
    expect_lang(&chapter_file, chapter.lang, lang)?;
    let anchors = chapter.value.anchors();
    let mut sets = Vec::new();
    for file in scenario_files(&dir.join("scenarios"))? {
        let name = display(&file);
        let parsed = parse_scenario_set(&name, &read(&file)?)?;
        expect_lang(&file, parsed.lang, lang)?;
        check_links(&name, &parsed.links, &anchors)?;
        sets.push(parsed.value);
    }
    let library = Library {
        lang,
        chapter: chapter.value,
        sets,
    };
    if let Some((id, first, second)) = library.duplicate_scenario_id() {
        return Err(ContentError::new(
            &display(&dir.join("scenarios")),
            0,
            format!("scenario id '{id}' is used in set '{first}' and again in set '{second}'"),
        ));
    }
    Ok(library)
}

/// The `.md` files of a folder, sorted by name so the order is stable.
fn scenario_files(dir: &Path) -> Result<Vec<PathBuf>, ContentError> {
    let entries = fs::read_dir(dir)
        .map_err(|e| ContentError::new(&display(dir), 0, format!("cannot read the folder: {e}")))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    crate::order::sort(&mut files);
    Ok(files)
}

fn read(path: &Path) -> Result<String, ContentError> {
    fs::read_to_string(path)
        .map_err(|e| ContentError::new(&display(path), 0, format!("cannot read the file: {e}")))
}

fn expect_lang(path: &Path, found: Lang, wanted: Lang) -> Result<(), ContentError> {
    if found == wanted {
        return Ok(());
    }
    Err(ContentError::new(
        &display(path),
        0,
        format!(
            "says 'lang: {}' but lives in the '{}' folder",
            found.code(),
            wanted.code()
        ),
    ))
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
