//! The `dmu-prerender` hook as trunk runs it: on a built index.html, in place, and with a
//! clear message and exit code 1 when something is wrong.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

const INDEX: &str = "<!DOCTYPE html><html lang=nl><head><title>DMU Trainer</title></head>\
                     <body><div id=boot></div><div id=prerender></div></body></html>";

/// A fresh folder for one test, removed when the test ends.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let dir = std::env::temp_dir().join(format!("dmu-prerender-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Folder(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&std::ffi::OsStr], content: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dmu-prerender"));
    command.args(args).env_remove("DMU_CONTENT_DIR");
    if let Some(dir) = content {
        command.env("DMU_CONTENT_DIR", dir);
    }
    command.output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn renders_into_index_html_in_place() {
    let dir = Folder::new("ok");
    let index = dir.join("index.html");
    fs::write(&index, INDEX).unwrap();
    let output = run(&[index.as_os_str()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = fs::read_to_string(&index).unwrap();
    assert!(html.starts_with("<!DOCTYPE html><html lang=nl><head><title data-nl=\"DMU Trainer · "));
    assert!(html.contains("<body><div id=boot></div><a class=\"skip-link\""));
    assert!(html.contains(r#"<div id="chapter" data-lang="nl"><div class="chapter-layout">"#));
    assert!(html.ends_with("</footer></body></html>"));
    assert!(!html.contains("id=prerender"));
}

#[test]
fn without_an_argument_it_says_how_to_use_it() {
    let output = run(&[], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("dmu-prerender: usage: dmu-prerender <index.html>"));
}

#[test]
fn a_missing_placeholder_is_reported_and_the_file_left_alone() {
    let dir = Folder::new("no-placeholder");
    let index = dir.join("index.html");
    let html = INDEX.replace("<div id=prerender></div>", "");
    fs::write(&index, &html).unwrap();
    let output = run(&[index.as_os_str()], None);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.starts_with("dmu-prerender: "), "{message}");
    assert!(message.contains(&index.display().to_string()), "{message}");
    assert!(
        message.contains("has no <div id=\"prerender\"></div>"),
        "{message}"
    );
    assert_eq!(fs::read_to_string(&index).unwrap(), html);
}

#[test]
fn missing_files_and_folders_are_reported() {
    let dir = Folder::new("missing");
    let index = dir.join("index.html");
    let output = run(&[index.as_os_str()], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cannot read"),
        "{}",
        stderr(&output)
    );

    fs::write(&index, INDEX).unwrap();
    let nowhere = dir.join("no-content");
    let output = run(&[index.as_os_str()], nowhere.to_str());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("DMU_CONTENT_DIR"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&index).unwrap(), INDEX);
}
