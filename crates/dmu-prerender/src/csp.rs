//! The page's Content Security Policy, as a `<meta>` element before any script: scripts
//! only from the site itself and the page's own inline scripts (by their SHA-256, computed
//! here over the bytes trunk wrote), wasm allowed to compile, styles only from the
//! stylesheet, and no plugins, `<base>` or form targets. Nothing the app shows can then run
//! or load anything else, whatever a content file or an imported set holds.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy for a page whose inline scripts are `scripts`.
pub fn policy(scripts: &[&str]) -> String {
    let hashes: String = scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            let encoded = base64::engine::general_purpose::STANDARD.encode(digest);
            format!(" 'sha256-{encoded}'")
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The contents of every inline `<script>` (one without `src`) that the browser runs.
/// Data blocks (`type="application/json"` and the like) are not scripts.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut scripts = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<script") {
        let start = from + at;
        let Some(open_end) = lower[start..].find('>').map(|i| start + i) else {
            break;
        };
        let Some(close) = lower[open_end..].find("</script").map(|i| open_end + i) else {
            break;
        };
        let attributes = &lower[start + "<script".len()..open_end];
        if !has_attribute(attributes, "src") && runs(attributes) {
            scripts.push(&html[open_end + 1..close]);
        }
        from = close + "</script".len();
    }
    scripts
}

fn has_attribute(attributes: &str, name: &str) -> bool {
    attributes
        .split(|c: char| c.is_ascii_whitespace())
        .any(|a| a == name || a.starts_with(&format!("{name}=")))
}

/// Whether a script's `type` makes the browser run it (none, a JavaScript type, `module`).
fn runs(attributes: &str) -> bool {
    let Some(at) = attributes.find("type=") else {
        return true;
    };
    let value = attributes[at + "type=".len()..].trim_start_matches(['"', '\'']);
    value.starts_with("module") || value.starts_with("text/javascript")
}

/// `html` with the policy for its inline scripts in a `<meta>` element, placed right after
/// `<meta charset>` (or at the start of `<head>`), before any script.
pub fn with_policy(html: &str) -> Result<String, String> {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&inline_scripts(html))
    );
    let lower = html.to_ascii_lowercase();
    let after = ["<meta charset", "<head"]
        .iter()
        .find_map(|tag| {
            let start = lower.find(tag)?;
            Some(start + lower[start..].find('>')? + 1)
        })
        .ok_or("index.html has no <meta charset> or <head> to put the security policy after")?;
    if lower[..after].contains("<script") {
        return Err(
            "index.html has a script before <meta charset>: the policy must come first".into(),
        );
    }
    Ok(format!("{}{meta}{}", &html[..after], &html[after..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_lists_the_hash_of_each_inline_script() {
        // echo -n 'go()' | openssl dgst -sha256 -binary | base64
        let policy = policy(&["go()"]);
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{policy}"
        );
        assert_eq!(policy.matches("'sha256-").count(), 1);
        for part in [
            "default-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ] {
            assert!(policy.contains(part), "{part}");
        }
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn only_inline_scripts_that_run_are_hashed() {
        let html = "<meta charset=utf-8><script type=module>import x</script>\
                    <script src=/a.js></script><SCRIPT>boot()</SCRIPT>\
                    <script type=\"application/json\">{}</script><script type=text/javascript>t()</script>";
        assert_eq!(inline_scripts(html), ["import x", "boot()", "t()"]);
    }

    #[test]
    fn the_meta_comes_before_any_script() {
        let html =
            "<!doctype html><html lang=nl><meta charset=utf-8><title>t</title><script>a()</script>";
        let out = with_policy(html).unwrap();
        assert!(out.starts_with("<!doctype html><html lang=nl><meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\""));
        assert!(out.ends_with("<title>t</title><script>a()</script>"));
        let early = "<html><script>a()</script><meta charset=utf-8>";
        assert!(with_policy(early)
            .unwrap_err()
            .contains("before <meta charset>"));
        assert!(with_policy("<p>no head</p>").is_err());
    }

    #[test]
    fn the_hash_is_the_standard_one() {
        // The well-known SHA-256 of the empty string, in base64.
        assert!(policy(&[""]).contains("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"));
    }
}
