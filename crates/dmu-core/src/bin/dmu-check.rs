//! `dmu-check`: checks content the way the app's build and tests do, and prints what the
//! quiz holds. For authors and publishers, without building the app.
//!
//! ```text
//! dmu-check [CONTENT_DIR]       a whole folder (nl/ and en/): every file, the
//!                               translations, the authoring rules, the quota, the title test
//! dmu-check NL_SET EN_SET       one set in both languages, against the chapters beside
//!                               them, with names checked against the other sets there
//! ```

use dmu_core::authoring::{self, Counts, Finding, TitleTest, QUOTA};
use dmu_core::library::{check_translation, Library};
use dmu_core::parse::{check_links, load_content, parse_chapter, parse_scenario_set};
use dmu_core::scenario::ScenarioSet;
use dmu_core::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => folder(Path::new("content")),
        [dir] => folder(Path::new(dir)),
        [nl, en] => pair(Path::new(nl), Path::new(en)),
        _ => Err(vec![
            "usage: dmu-check [CONTENT_DIR] | dmu-check NL_SET.md EN_SET.md".into(),
        ]),
    };
    match result {
        Ok(()) => {
            println!("OK");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{} problem(s)", problems.len());
            ExitCode::FAILURE
        }
    }
}

/// A whole content folder, as the app's content tests judge it.
fn folder(root: &Path) -> Result<(), Vec<String>> {
    let libraries = load_content(root).map_err(|e| vec![e.to_string()])?;
    let mut problems: Vec<String> = Vec::new();
    for library in &libraries {
        problems.extend(authoring::check(library).iter().map(Finding::to_string));
    }
    let dutch = &libraries[0];
    let counts = Counts::of(dutch.scenarios());
    report(&counts, &TitleTest::run(dutch.scenarios()));
    problems.extend(counts.shortfalls(&QUOTA));
    let titles = TitleTest::run(dutch.scenarios());
    if titles.too_predictable() {
        problems.push(format!(
            "job titles predict too much: {}",
            describe(&titles)
        ));
    }
    finish(problems)
}

/// One set in both languages.
fn pair(nl: &Path, en: &Path) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let nl_lib = library_of(nl, Lang::Nl, &mut problems);
    let en_lib = library_of(en, Lang::En, &mut problems);
    if let (Some(nl_lib), Some(en_lib)) = (&nl_lib, &en_lib) {
        if let Err(message) = check_translation(nl_lib, en_lib) {
            problems.push(format!("{}: {message}", en.display()));
        }
    }
    let both = [(nl_lib.as_ref(), nl), (en_lib.as_ref(), en)];
    for (library, file) in both.into_iter().filter_map(|(l, f)| Some((l?, f))) {
        problems.extend(authoring::check(library).iter().map(Finding::to_string));
        // Names against the other sets in the folder that parse (theirs may be unfinished).
        let mut all = library.clone();
        all.sets.extend(other_sets(file, library.lang));
        let ours = display(file);
        let clashes = authoring::name_clashes(&all);
        problems.extend(
            clashes
                .iter()
                .filter(|f| f.file == ours)
                .map(|f| format!("{f} (another set)")),
        );
    }
    if let Some(library) = nl_lib.as_ref().or(en_lib.as_ref()) {
        report(
            &Counts::of(library.scenarios()),
            &TitleTest::run(library.scenarios()),
        );
    }
    problems.dedup();
    finish(problems)
}

/// A library of one set file and the chapter beside its folder.
fn library_of(file: &Path, lang: Lang, problems: &mut Vec<String>) -> Option<Library> {
    let chapter_file = file.parent()?.parent()?.join("chapter.md");
    let chapter = read(&chapter_file, problems).and_then(|text| {
        parse_chapter(&display(&chapter_file), &text)
            .map_err(|e| problems.push(e.to_string()))
            .ok()
    })?;
    let name = display(file);
    let parsed = read(file, problems).and_then(|text| {
        parse_scenario_set(&name, &text)
            .map_err(|e| problems.push(e.to_string()))
            .ok()
    })?;
    if parsed.lang != lang {
        problems.push(format!(
            "{name}: says 'lang: {}', want {}",
            parsed.lang.code(),
            lang.code()
        ));
    }
    if let Err(e) = check_links(&name, &parsed.links, &chapter.value.anchors()) {
        problems.push(e.to_string());
    }
    Some(Library {
        lang,
        chapter: chapter.value,
        sets: vec![parsed.value],
    })
}

/// The other sets of a set's folder that parse.
fn other_sets(file: &Path, lang: Lang) -> Vec<ScenarioSet> {
    let Some(dir) = file.parent() else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dmu_core::order::sort(&mut files);
    files
        .into_iter()
        .filter(|f| {
            f.extension().is_some_and(|e| e == "md")
                && f.canonicalize().ok() != file.canonicalize().ok()
        })
        .filter_map(|f| {
            let text = std::fs::read_to_string(&f).ok()?;
            let parsed = parse_scenario_set(&display(&f), &text).ok()?;
            (parsed.lang == lang).then_some(parsed.value)
        })
        .collect()
}

fn report(counts: &Counts, titles: &TitleTest) {
    println!("scenarios: {}", counts.scenarios);
    let roles = dmu_core::Role::ALL.map(|r| format!("{} {}", r.key(), counts.right_in[r.index()]));
    println!("right per role (parts): {}", roles.join(", "));
    println!(
        "two-role parts: {}, three-role parts: {}",
        counts.two_roles, counts.three_roles
    );
    println!(
        "cases: {}, profiles: {}, approach: {}, persona: {}",
        counts.cases, counts.profiles, counts.approach, counts.persona
    );
    println!("title test: {}", describe(titles));
}

fn describe(t: &TitleTest) -> String {
    format!(
        "answering from the job title alone scores {:.0}% on {} parts with a telling title; {} of {} titled people ({:.0}%) hold a role their title does not suggest (want under 67% and at least 33%)",
        t.score * 100.0,
        t.guessable,
        t.misleading,
        t.titled,
        t.misleading_share() * 100.0
    )
}

fn finish(problems: Vec<String>) -> Result<(), Vec<String>> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn read(path: &Path, problems: &mut Vec<String>) -> Option<String> {
    std::fs::read_to_string(path)
        .map_err(|e| problems.push(format!("{}: cannot read: {e}", path.display())))
        .ok()
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
