//! The `dmu-prerender` hook as trunk runs it: on the staging folder trunk built, in place,
//! and with a clear message, exit code 1 and the folder untouched when something is wrong.

use dmu_core::content_file;
use dmu_core::page::AppPart;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

const INDEX: &str =
    "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DMU Trainer</title>\
                     <script>boot()</script></head>\
                     <body><div id=boot></div><div id=prerender></div></body></html>";
const WORKER: &str = "// sw\nconst BUILD = { version: 'dev', precache: [], files: [] };\n";

/// A fresh staging folder for one test, as trunk leaves it, removed when the test ends.
struct Staging(PathBuf);

impl Staging {
    fn new(name: &str) -> Staging {
        let dir = std::env::temp_dir().join(format!("dmu-prerender-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let staging = Staging(dir);
        staging.write("index.html", INDEX);
        staging.write("sw.js", WORKER);
        for bin in AppPart::LAZY.map(|part| part.bin_name().unwrap()) {
            staging.write(&format!("{bin}.js"), "export default function () {}");
            staging.write(&format!("{bin}_bg.wasm"), bin);
        }
        staging
    }

    fn write(&self, name: &str, text: &str) {
        fs::write(self.0.join(name), text).unwrap();
    }

    fn read(&self, name: &str) -> String {
        fs::read_to_string(self.0.join(name)).unwrap()
    }

    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        names.sort();
        names
    }
}

impl Drop for Staging {
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
fn finishes_the_build_in_place() {
    let staging = Staging::new("ok");
    let output = run(&[staging.0.as_os_str()], None);
    assert!(output.status.success(), "{}", stderr(&output));
    let html = staging.read("index.html");
    assert!(html.starts_with(
        "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\""
    ));
    assert!(html.contains("<title data-nl=\"DMU Trainer · "));
    assert!(html.contains("</title><template id=\"dmu-files\" data-practice=\"dmu-practice-"));
    assert!(html.contains("<body><div id=boot></div><a class=\"skip-link\""));
    assert!(html.contains(r#"<div id="chapter" data-lang="nl"><div class="chapter-layout">"#));
    assert!(html.ends_with("</footer></body></html>"));
    assert!(!html.contains("id=prerender"));

    let files = staging.files();
    let named = |prefix: &str, suffix: &str| {
        files
            .iter()
            .find(|f| f.starts_with(prefix) && f.ends_with(suffix))
            .unwrap_or_else(|| panic!("no {prefix}*{suffix} in {files:?}"))
            .clone()
    };
    let practice = named("dmu-practice-", ".js");
    assert!(
        files.contains(&practice.replace(".js", "_bg.wasm")),
        "the pair shares its hash"
    );
    assert!(!files.contains(&"dmu-practice.js".to_string()));
    assert!(html.contains(&format!(
        "data-practice=\"{}\"",
        practice.trim_end_matches(".js")
    )));
    for lang in ["nl", "en"] {
        let name = named(&format!("content-{lang}-"), ".json");
        assert!(html.contains(&format!("data-content-{lang}=\"{name}\"")));
        let library = content_file::decode(&staging.read(&name)).unwrap();
        assert_eq!(library.lang.code(), lang);
        assert!(library.scenarios().count() >= 100);
    }
    let worker = staging.read("sw.js");
    assert!(worker.contains(&format!("'{practice}'")), "{worker}");
    assert!(
        worker.contains("precache: ['./']"),
        "the page; parts and content come when needed: {worker}"
    );
    assert!(!worker.contains("'dev'"));
}

#[test]
fn without_an_argument_it_says_how_to_use_it() {
    let output = run(&[], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("usage: dmu-prerender <staging folder>"));
}

#[test]
fn a_missing_placeholder_is_reported_and_the_folder_left_alone() {
    let staging = Staging::new("no-placeholder");
    let html = INDEX.replace("<div id=prerender></div>", "");
    staging.write("index.html", &html);
    let before = staging.files();
    let output = run(&[staging.0.as_os_str()], None);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.starts_with("dmu-prerender: "), "{message}");
    assert!(message.contains("index.html"), "{message}");
    assert!(
        message.contains("has no <div id=\"prerender\"></div>"),
        "{message}"
    );
    assert_eq!(staging.read("index.html"), html);
    assert_eq!(staging.files(), before, "nothing written or renamed");
}

#[test]
fn missing_parts_a_worker_without_its_line_and_missing_content_are_reported() {
    let staging = Staging::new("missing");
    fs::remove_file(staging.0.join("dmu-workshop_bg.wasm")).unwrap();
    let output = run(&[staging.0.as_os_str()], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("dmu-workshop_bg.wasm"),
        "{}",
        stderr(&output)
    );

    let staging = Staging::new("worker");
    staging.write("sw.js", "// no line");
    let output = run(&[staging.0.as_os_str()], None);
    assert!(
        stderr(&output).contains("sw.js must hold the line"),
        "{}",
        stderr(&output)
    );
    assert_eq!(staging.read("index.html"), INDEX);

    let staging = Staging::new("content");
    let nowhere = staging.0.join("no-content");
    let output = run(&[staging.0.as_os_str()], nowhere.to_str());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("DMU_CONTENT_DIR"),
        "{}",
        stderr(&output)
    );
    assert_eq!(staging.read("index.html"), INDEX);
}
