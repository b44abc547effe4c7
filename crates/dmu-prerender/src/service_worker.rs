//! Tells the service worker (`assets/sw.js`, copied by trunk) which files this deployment
//! has: the ones to keep from the first visit on, and every one it may cache, so that on
//! activation it drops whatever no deployment uses any more. The worker's file has one
//! placeholder line for this; its version changes with every build that changes a file.

use crate::files::hash;

/// The line in `sw.js` that this replaces.
pub const PLACEHOLDER: &str = "const BUILD = { version: 'dev', precache: [], files: [] };";

/// What the worker learns about this build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Build {
    /// Fetched on install: what the page itself needs, so the second page view works
    /// offline.
    pub precache: Vec<String>,
    /// Every file of this build (the precached ones included).
    pub files: Vec<String>,
}

/// `sw.js` with the placeholder replaced by `build`.
pub fn with_build(worker: &str, build: &Build) -> Result<String, String> {
    if worker.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("sw.js must hold the line `{PLACEHOLDER}` once"));
    }
    let list = |files: &[String]| {
        let quoted: Vec<String> = files
            .iter()
            .map(|f| format!("'{}'", f.replace('\'', "")))
            .collect();
        format!("[{}]", quoted.join(", "))
    };
    let mut all: Vec<&[u8]> = build.files.iter().map(|f| f.as_bytes()).collect();
    all.extend(build.precache.iter().map(|f| f.as_bytes()));
    let line = format!(
        "const BUILD = {{ version: '{}', precache: {}, files: {} }};",
        hash(&all),
        list(&build.precache),
        list(&build.files)
    );
    Ok(worker.replace(PLACEHOLDER, &line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_becomes_the_build() {
        let worker = format!("// w\n{PLACEHOLDER}\nself.x = BUILD;");
        let build = Build {
            precache: vec!["./".into()],
            files: vec!["./".into(), "a-1.js".into()],
        };
        let out = with_build(&worker, &build).unwrap();
        assert!(
            out.contains("precache: ['./'], files: ['./', 'a-1.js'] };"),
            "{out}"
        );
        assert!(!out.contains("'dev'"));
        let other = with_build(
            &worker,
            &Build {
                files: vec!["a-2.js".into()],
                ..build.clone()
            },
        )
        .unwrap();
        assert_ne!(out, other, "another build, another version");
        assert!(with_build("no placeholder", &build).is_err());
    }
}
