//! The GIFT example in `content/README.md` imports as the page says it does, so trainers
//! can copy it as a start.
#![cfg(feature = "markdown")]

use dmu_core::sets::bring::{read_gift, Reading};
use dmu_core::Lang;

#[test]
fn the_readme_gift_example_imports_whole() {
    let readme = include_str!("../../../content/README.md");
    let section = readme
        .split("### Moodle GIFT")
        .nth(1)
        .expect("the README has a GIFT section");
    let example = section
        .split("```")
        .nth(1)
        .expect("the GIFT section has an example");
    match read_gift("README.gift", example.as_bytes(), Lang::Nl) {
        Reading::Ready(brought) => {
            let ids: Vec<&str> = brought
                .set
                .scenarios
                .iter()
                .map(|s| s.id.as_str())
                .collect();
            assert_eq!(ids, ["noor", "tarik", "team"]);
            assert_eq!(
                brought.set.scenarios[2].parts.len(),
                2,
                "the matching is a case"
            );
        }
        other => panic!("{other:?}"),
    }
}
