//! Reading export files: this version's lines, earlier versions' objects, and everything
//! a learner might pick by mistake or a file might have become.

use super::*;
use crate::grade::Outcome;
use crate::progress::export::export;
use crate::progress::testing::{at, attempt, sample};
use crate::role::Role;

/// "Now" for these tests: 2024-06-01.
const NOW: u64 = 1_717_200_000_000;

fn read(text: &str) -> Result<Imported, ImportError> {
    parse_import(text, NOW)
}

#[test]
fn an_export_reads_back_as_the_same_progress() {
    let file = export("Anna", &sample(), 1_717_000_000_000);
    assert_eq!(
        read(&file),
        Ok(Imported {
            version: 3,
            exported_at: 1_717_000_000_000,
            profile: "Anna".into(),
            progress: sample(),
        })
    );
}

#[test]
fn a_large_file_reads_a_few_lines_a_step() {
    let big = Progress::from_attempts((0..10_000u64).map(|i| {
        (
            format!("s{}", i % 97),
            attempt(at(i % 150, 9) + i, &[Role::User], Outcome::Wrong),
        )
    }));
    let file = export("Anna", &big, NOW);
    let mut reading = Reading::start(file, NOW).expect("a header");
    let mut steps = 1;
    let imported = loop {
        match reading.step(1_000).expect("readable") {
            Some(imported) => break imported,
            None => steps += 1,
        }
    };
    // Ten steps of 1,000 lines, then one that puts the 10,000 answers in order.
    assert_eq!(steps, 11);
    assert_eq!(imported.progress, big);
}

#[test]
fn the_step_that_reads_the_last_lines_leaves_the_finish_to_a_step_of_its_own() {
    let file = export("Anna", &sample(), NOW);
    let mut reading = Reading::start(file, NOW).expect("a header");
    assert_eq!(reading.step(1_000), Ok(None));
    let (read, all) = reading.position();
    assert_eq!(read, all, "every line is read");
    assert!(reading.step(1_000).expect("readable").is_some());
}

#[test]
fn earlier_versions_files_still_import() {
    let v1 = r#"{
  "format": "dmu-trainer-progress",
  "version": 1,
  "exported_at": 1718400000000,
  "profile": "Anna",
  "progress": {
    "attempts": {
      "a": [
        [1718013600000, [["influencer"]], "wrong", 0, "guess"]
      ]
    }
  }
}"#;
    let imported = parse_import(v1, 1_718_500_000_000).expect("readable");
    assert_eq!(imported.version, 1);
    assert_eq!(imported.progress.len(), 1);
    let compact = r#"{"format":"dmu-trainer-progress","version":2,"progress":{"attempts":{"a":[[1718013600000,[[1]],"wrong",0,"guess"]]}}}"#;
    assert_eq!(
        parse_import(compact, 1_718_500_000_000).map(|i| i.version),
        Ok(2)
    );
}

#[test]
fn a_byte_order_mark_blank_lines_and_missing_metadata_are_fine() {
    let file = "\u{feff}\n{\"format\":\"dmu-trainer-progress\",\"version\":3,\"answers\":1}\n\n[\"a\",1717000000000,[[\"buyer\"]],\"right\",100,\"sure\"]\n\n";
    let imported = read(file).expect("readable");
    assert_eq!(imported.profile, "");
    assert_eq!(imported.exported_at, 0);
    assert_eq!(imported.progress.len(), 1);
}

#[test]
fn a_file_cut_off_at_a_line_is_caught() {
    let file = export("Anna", &sample(), NOW);
    let cut: String = file.lines().take(2).map(|l| format!("{l}\n")).collect();
    assert_eq!(
        read(&cut),
        Err(ImportError::Truncated {
            expected: 2,
            found: 1
        })
    );
    // Cut inside a line: that line names itself.
    let inside = &file[..file.len() - 10];
    assert_eq!(read(inside), Err(ImportError::BadAnswer { line: Some(3) }));
}

#[test]
fn answer_times_must_lie_between_2020_and_tomorrow() {
    let line = |t: u64| {
        format!("{{\"format\":\"dmu-trainer-progress\",\"version\":3,\"answers\":1}}\n[\"a\",{t},[[\"buyer\"]],\"right\",100,\"sure\"]\n")
    };
    assert_eq!(
        read(&line(EARLIEST - 1)),
        Err(ImportError::TooEarly {
            line: Some(2),
            at: EARLIEST - 1
        })
    );
    assert!(read(&line(EARLIEST)).is_ok());
    assert!(read(&line(NOW + DAY_MS)).is_ok());
    assert_eq!(
        read(&line(NOW + DAY_MS + 1)),
        Err(ImportError::TooLate {
            line: Some(2),
            at: NOW + DAY_MS + 1
        })
    );
    let old = r#"{"format":"dmu-trainer-progress","version":1,"progress":{"attempts":{"a":[[1000,[["buyer"]],"right",100,"sure"]]}}}"#;
    assert_eq!(
        read(old),
        Err(ImportError::TooEarly {
            line: None,
            at: 1000
        })
    );
}

#[test]
fn each_kind_of_bad_file_gets_its_own_error() {
    assert_eq!(read(""), Err(ImportError::Empty));
    assert_eq!(read(" \n\t "), Err(ImportError::Empty));
    assert_eq!(
        read("hello"),
        Err(ImportError::NotJson { line: 1, column: 1 })
    );
    assert_eq!(
        read("\n\n{\"a\":"),
        Err(ImportError::NotJson { line: 3, column: 5 })
    );
    for wrong in [
        "[]",
        "42",
        "null",
        r#"{"v":1,"data":{"attempts":{}}}"#,
        r#"{"format":"something-else","version":3,"answers":0}"#,
        r#"{"format":7}"#,
    ] {
        assert_eq!(read(wrong), Err(ImportError::WrongFormat), "{wrong}");
    }
    let head = r#""format":"dmu-trainer-progress""#;
    assert_eq!(
        read(&format!(r#"{{{head},"version":9}}"#)),
        Err(ImportError::Newer(9))
    );
    assert_eq!(
        read(&format!(
            r#"{{{head},"version":99999999999999999999999,"answers":0}}"#
        )),
        Err(ImportError::Newer(u32::MAX))
    );
    for bad_version in [
        r#""version":"3""#,
        r#""version":0"#,
        r#""version":1.5"#,
        r#""version":-1"#,
        r#""x":1"#,
    ] {
        assert_eq!(
            read(&format!("{{{head},{bad_version}}}")),
            Err(ImportError::BadVersion),
            "{bad_version}"
        );
    }
    assert_eq!(
        read(&format!(r#"{{{head},"version":3}}"#)),
        Err(ImportError::BadField("answers"))
    );
    assert_eq!(
        read(&format!(
            r#"{{{head},"version":3,"answers":0,"profile":3}}"#
        )),
        Err(ImportError::BadField("profile"))
    );
    assert_eq!(
        read(&format!(
            r#"{{{head},"version":3,"answers":0,"exported_at":"NaN"}}"#
        )),
        Err(ImportError::BadField("exported_at"))
    );
    assert_eq!(
        read(&format!(r#"{{{head},"version":1}}"#)),
        Err(ImportError::NoProgress)
    );
    for answer in [
        r#"["a",1717000000000,[["boss"]],"right",100,"sure"]"#,
        r#"["a",1717000000000,[["buyer"]],"right",300,"sure"]"#,
        r#"["a",1717000000000,[["buyer"]],"right",100]"#,
        r#"["",1717000000000,[["buyer"]],"right",100,"sure"]"#,
        r#"{"id":"a"}"#,
        r#"["a","NaN",[["buyer"]],"right",100,"sure"]"#,
    ] {
        let file = format!("{{{head},\"version\":3,\"answers\":1}}\n{answer}\n");
        assert_eq!(
            read(&file),
            Err(ImportError::BadAnswer { line: Some(2) }),
            "{answer}"
        );
    }
}

#[test]
fn garbage_never_panics() {
    let mut inputs: Vec<String> = vec![
        "x".repeat(3_000_000),
        "{".repeat(100_000),
        "[".repeat(100_000),
        format!("{}{}", "[".repeat(5_000), "]".repeat(5_000)),
        "\u{0}\u{1}\u{fffd}".repeat(1_000),
        "\"\\ud800\"".into(),
        "1e999999".into(),
        "{\"format\":\"dmu-trainer-progress\",\"version\":3,\"answers\":18446744073709551615}\n"
            .into(),
    ];
    let file = export("Anna", &sample(), 1);
    inputs.extend(
        (0..file.len() - 1)
            .filter(|n| file.is_char_boundary(*n))
            .map(|n| file[..n].to_string()),
    );
    let alphabet = b"{}[]\":,0123456789 aeflnrstu\\\n";
    let mut rng = crate::rng::Rng::new(7);
    for _ in 0..300 {
        let bytes: Vec<u8> = (0..rng.below(400))
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        inputs.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    for input in &inputs {
        assert!(read(input).is_err(), "{}", &input[..input.len().min(60)]);
    }
}

#[test]
fn a_file_too_large_is_refused_before_it_is_read() {
    assert!(check_size(MAX_IMPORT_BYTES).is_ok());
    assert_eq!(
        check_size(700_000_000),
        Err(ImportError::TooLarge {
            bytes: 700_000_000,
            max: MAX_IMPORT_BYTES
        })
    );
}
