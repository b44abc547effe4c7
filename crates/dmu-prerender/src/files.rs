//! The build's files that carry a content hash in their name: each language's content data
//! file, written here, and the practice and workshop parts, renamed here (trunk names only
//! the reader's own files). A hashed name never changes its bytes, so browsers and the
//! service worker may keep it for good, and a deployment can never pair the glue of one
//! build with the wasm of another.

use dmu_core::content_file;
use dmu_core::lang::Lang;
use dmu_core::library::Library;
use dmu_core::page::{files, AppPart};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

/// The names of this build's hashed files, as the page lists them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildFiles {
    /// Per lazy part, the base name of its files (`dmu-practice-<hash>`).
    pub parts: Vec<(AppPart, String)>,
    /// Per language, its content file (`content-nl-<hash>.json`).
    pub content: Vec<(Lang, String)>,
}

impl BuildFiles {
    /// The base name of a part's files.
    pub fn part(&self, part: AppPart) -> Option<&str> {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, base)| base.as_str())
    }

    /// A language's content file.
    pub fn content(&self, lang: Lang) -> Option<&str> {
        self.content
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, name)| name.as_str())
    }

    /// Every file named here, each part's two included.
    pub fn all(&self) -> Vec<String> {
        let parts = self
            .parts
            .iter()
            .flat_map(|(_, base)| [files::part_js(base), files::part_wasm(base)]);
        let content = self.content.iter().map(|(_, name)| name.clone());
        parts.chain(content).collect()
    }
}

/// The first 16 hex digits of the SHA-256 of some bytes, taken in order.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut digest = Sha256::new();
    for part in parts {
        digest.update(part);
    }
    digest
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Each language's content data file: its language, hashed name and text.
pub fn content_files(libraries: &[Library]) -> Vec<(Lang, String, String)> {
    libraries
        .iter()
        .map(|library| {
            let text = content_file::encode(library);
            let name = files::hashed_content(library.lang, &hash(&[text.as_bytes()]));
            (library.lang, name, text)
        })
        .collect()
}

/// The hashed base name of each lazy part whose files trunk wrote into `dir`
/// (`dmu-practice.js`, `dmu-practice_bg.wasm`): the hash of both.
pub fn part_names(dir: &Path) -> Result<Vec<(AppPart, String)>, String> {
    let mut named = Vec::new();
    for part in AppPart::LAZY {
        let Some(bin) = part.bin_name() else {
            continue;
        };
        let (js, wasm) = (
            dir.join(files::part_js(bin)),
            dir.join(files::part_wasm(bin)),
        );
        let read = |path: &Path| {
            fs::read(path).map_err(|e| {
                format!(
                    "cannot read {} (does index.html still build the part with trunk?): {e}",
                    path.display()
                )
            })
        };
        let (js_bytes, wasm_bytes) = (read(&js)?, read(&wasm)?);
        let base = files::hashed_part(part, &hash(&[&js_bytes, &wasm_bytes]))
            .ok_or("a lazy part has a binary")?;
        named.push((part, base));
    }
    Ok(named)
}

/// Gives each part's files in `dir` the names [`part_names`] chose.
pub fn rename_parts(dir: &Path, parts: &[(AppPart, String)]) -> Result<(), String> {
    for (part, base) in parts {
        let bin = part.bin_name().ok_or("a lazy part has a binary")?;
        for (from, to) in [
            (files::part_js(bin), files::part_js(base)),
            (files::part_wasm(bin), files::part_wasm(base)),
        ] {
            let from = dir.join(from);
            fs::rename(&from, dir.join(to))
                .map_err(|e| format!("cannot rename {}: {e}", from.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_covers_every_part_in_order() {
        assert_eq!(hash(&[b"ab"]).len(), 16);
        assert_eq!(hash(&[b"a", b"b"]), hash(&[b"ab"]));
        assert_ne!(hash(&[b"ab"]), hash(&[b"ba"]));
    }

    #[test]
    fn parts_are_renamed_with_the_hash_of_both_files() {
        let dir = std::env::temp_dir().join(format!("dmu-files-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for bin in AppPart::LAZY.map(|part| part.bin_name().unwrap()) {
            fs::write(dir.join(format!("{bin}.js")), format!("js of {bin}")).unwrap();
            fs::write(dir.join(format!("{bin}_bg.wasm")), format!("wasm of {bin}")).unwrap();
        }
        let parts = part_names(&dir).unwrap();
        let expected = hash(&[b"js of dmu-practice", b"wasm of dmu-practice"]);
        assert_eq!(
            parts[0],
            (AppPart::Practice, format!("dmu-practice-{expected}"))
        );
        assert!(
            dir.join("dmu-practice.js").exists(),
            "naming renames nothing"
        );
        rename_parts(&dir, &parts).unwrap();
        assert!(dir
            .join(format!("dmu-practice-{expected}_bg.wasm"))
            .is_file());
        assert!(!dir.join("dmu-practice.js").exists());
        let files = BuildFiles {
            parts,
            content: vec![],
        };
        assert_eq!(files.all().len(), 2 * AppPart::LAZY.len());
        assert!(part_names(&dir).unwrap_err().contains("dmu-practice.js"));
        fs::remove_dir_all(&dir).unwrap();
    }
}
