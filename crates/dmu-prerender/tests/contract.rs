//! The page contract (`dmu_core::page`) holds outside Rust too: the stylesheet styles no id,
//! `data-` attribute or `<html>` class the contract does not declare, and the boot script in
//! index.html uses the contract's names for what it reads.

use dmu_core::lang::Lang;
use dmu_core::page::{attr, class, files, id, AppPart, LANG_KEY};
use std::path::Path;

fn read(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap()
}

/// The selectors of a stylesheet (comments and at-rule heads left out).
fn selectors(css: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    text.split('}')
        .filter_map(|rule| rule.rsplit_once('{').map(|(selector, _)| selector))
        .flat_map(|s| s.split('{'))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && !s.starts_with('@'))
        .collect()
}

/// The names after `sigil` in a selector (`#boot` → `boot`).
fn names(selector: &str, sigil: char) -> Vec<String> {
    selector
        .split(sigil)
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .filter(|s: &String| !s.is_empty())
        .collect()
}

#[test]
fn the_stylesheet_styles_only_what_the_contract_declares() {
    let ids = [
        id::MAIN,
        id::CHAPTER,
        id::BOOT,
        id::LANG_SWITCH,
        id::STORAGE_NOTICE,
        id::PART_LOADING,
        id::PART_FAILED,
        id::PART_RELOAD,
        id::FILES,
    ];
    let attrs = [
        attr::NL,
        attr::EN,
        attr::I18N,
        attr::CHROME,
        attr::NAV,
        attr::OTHER,
        attr::PRERENDERED,
        attr::LANG,
        attr::ROLE,
        attr::LOADING,
        attr::OPENING,
    ];
    let css = read("style/main.css");
    let selectors = selectors(&css);
    assert!(
        selectors.len() > 100,
        "the stylesheet was read: {}",
        selectors.len()
    );
    for selector in &selectors {
        for name in names(selector, '#') {
            assert!(
                ids.contains(&name.as_str()),
                "'{selector}' styles #{name}, which dmu_core::page::id does not declare"
            );
        }
        for name in names(selector, '[') {
            if name.starts_with("data-") {
                assert!(
                    attrs.contains(&name.as_str()),
                    "'{selector}' styles [{name}], which dmu_core::page::attr does not declare"
                );
            }
        }
        if selector.starts_with(".booting") || selector.starts_with(".js ") {
            continue;
        }
        assert!(
            !selector.contains("html."),
            "'{selector}': <html> classes are dmu_core::page::class"
        );
    }
    assert!(selectors
        .iter()
        .any(|s| s.starts_with(&format!(".{}", class::BOOTING))));
}

#[test]
fn the_boot_script_uses_the_contracts_names() {
    let index = read("index.html");
    let mut names = vec![
        attr::OPENING.to_string(),
        LANG_KEY.to_string(),
        dmu_core::settings::LAST_KEY.to_string(),
        id::FILES.to_string(),
        id::BOOT.to_string(),
        class::JS.to_string(),
        class::BOOTING.to_string(),
        dmu_core::page::PART_READY_EVENT.to_string(),
    ];
    // The learner's parts, which the script keeps ahead of need; every part's files it
    // finds through the places table (`data-places`).
    names.extend(
        [AppPart::Practice, AppPart::Progress]
            .iter()
            .filter_map(|p| p.files_attr())
            .map(str::to_string),
    );
    names.push(files::PLACES_ATTR.to_string());
    names.extend(Lang::ALL.map(|l| files::content_attr(l).to_string()));
    names.push(files::part_js(""));
    names.push(files::part_wasm(""));
    for name in names {
        assert!(
            index.contains(&format!("'{name}'")),
            "index.html does not use '{name}' from dmu_core::page"
        );
    }
}
