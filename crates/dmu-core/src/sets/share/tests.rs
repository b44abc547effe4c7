//! Share links: the round trip on the real content, and every way a link can go wrong.

use super::*;
use std::path::Path;

fn real_markdown() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut files = Vec::new();
    for lang in ["nl", "en"] {
        let dir = root.join(lang).join("scenarios");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect();
        crate::order::sort(&mut paths);
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            files.push((path.display().to_string(), text));
        }
    }
    assert_eq!(files.len(), 12);
    files
}

/// A small set, well under a link's length.
const SMALL: &str = "---\nid: eigen\ntitle: Eigen set\nlang: nl\n---\n\n\
    ## Welke rol heeft Noor? {#noor section=koper}\n\n\
    Noor voert de gesprekken met de leverancier en tekent het contract.\n\n\
    - [ ] Beslisser: Nee. De directeur koos.\n- [x] Koper: Ja. Zij tekent.\n\
    - [ ] Gebruiker: Nee. Zij werkt er niet mee.\n";

/// A link made by hand: any version, any checksum, any data.
fn pack(version: u8, packed: &[u8], sum: Option<[u8; 8]>) -> String {
    let mut bytes = vec![version];
    bytes.extend_from_slice(&(packed.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&sum.unwrap_or_else(|| checksum(packed)));
    bytes.extend_from_slice(packed);
    BASE64.encode(&bytes)
}

#[test]
fn every_real_set_round_trips_and_is_refused_as_too_long_for_a_link() {
    for (name, markdown) in real_markdown() {
        let link = encode_share_within(&markdown, usize::MAX).unwrap();
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{name}: not fragment-safe"
        );
        assert_eq!(decode_share(link.as_bytes()).unwrap(), markdown, "{name}");
        // About 18 scenarios of 32 KB: the app offers such a set as a file.
        match encode_share(&markdown) {
            Err(ShareError::TooLongForLink { chars, max }) => {
                assert_eq!(chars, link.len(), "{name}");
                assert_eq!(max, MAX_LINK_CHARS);
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[cfg(feature = "markdown")]
#[test]
fn a_real_set_written_and_shared_opens_as_the_same_set() {
    use crate::parse::parse_scenario_set;
    let model = |mut set: ScenarioSet| {
        set.file = String::new();
        set.scenarios.iter_mut().for_each(|s| s.line = 0);
        set
    };
    for (name, markdown) in real_markdown() {
        let parsed = parse_scenario_set(&name, &markdown).unwrap();
        let mut set = parsed.value;
        // A few scenarios fit in a link; the whole set goes through a longer one.
        let whole = encode_share_within(&to_markdown(&set, parsed.lang), usize::MAX).unwrap();
        let opened = open_share(whole.as_bytes()).unwrap();
        assert_eq!(opened.lang, parsed.lang);
        assert_eq!(model(opened.value), model(set.clone()), "{name}");
        set.scenarios.truncate(3);
        let link = share_set(&set, parsed.lang).unwrap();
        assert!(link.len() <= MAX_LINK_CHARS, "{name}: {}", link.len());
        assert_eq!(
            model(open_share(link.as_bytes()).unwrap().value),
            model(set)
        );
    }
}

#[test]
fn a_small_set_fits_and_whitespace_from_chat_apps_is_skipped() {
    let link = encode_share(SMALL).unwrap();
    assert!(link.len() < 600, "{}", link.len());
    assert_eq!(decode_share(link.as_bytes()).unwrap(), SMALL);
    let wrapped: String = link
        .as_bytes()
        .chunks(40)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n ");
    assert_eq!(
        decode_share(format!(" {wrapped}\n").as_bytes()).unwrap(),
        SMALL
    );
}

#[test]
fn every_flipped_character_is_an_error() {
    let link = encode_share(SMALL).unwrap();
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // Past the header (13 bytes: 18 characters cover them), a flip can only be caught by
    // the checksum.
    let data_from = 18;
    for at in 0..link.len() {
        let mut bytes = link.clone().into_bytes();
        let old = ALPHABET.iter().position(|&c| c == bytes[at]).unwrap();
        bytes[at] = ALPHABET[(old + 1 + at % 63) % 64];
        let error = decode_share(&bytes).unwrap_err();
        if at >= data_from {
            assert_eq!(error, ShareError::Damaged, "flip at {at}");
        }
    }
}

#[test]
fn a_cut_link_says_it_is_cut() {
    let link = encode_share(SMALL).unwrap();
    for keep in 1..link.len() {
        let error = decode_share(&link.as_bytes()[..keep]).unwrap_err();
        assert_eq!(
            error,
            ShareError::Truncated,
            "kept {keep} of {}",
            link.len()
        );
    }
}

#[test]
fn a_tampered_link_fails_its_checksum() {
    let packed = miniz_oxide::deflate::compress_to_vec(SMALL.as_bytes(), 10);
    let honest = pack(VERSION, &packed, None);
    assert_eq!(decode_share(honest.as_bytes()).unwrap(), SMALL);
    // Data changed, checksum kept.
    let mut changed = packed.clone();
    changed[packed.len() / 2] ^= 0x10;
    let tampered = pack(VERSION, &changed, Some(checksum(&packed)));
    assert_eq!(decode_share(tampered.as_bytes()), Err(ShareError::Damaged));
    // Checksum changed, data kept.
    let mut sum = checksum(&packed);
    sum[0] ^= 1;
    let tampered = pack(VERSION, &packed, Some(sum));
    assert_eq!(decode_share(tampered.as_bytes()), Err(ShareError::Damaged));
    // Longer than its length says.
    let mut longer = BASE64.decode(honest.as_bytes()).unwrap();
    longer.push(0);
    let longer = BASE64.encode(&longer);
    assert_eq!(decode_share(longer.as_bytes()), Err(ShareError::Damaged));
    // A last character with stray bits decodes to the same bytes, but is not what the app
    // wrote.
    let mut stray = honest.clone().into_bytes();
    if honest.len() % 4 != 0 {
        let last = stray.len() - 1;
        stray[last] = if stray[last] == b'_' { b'-' } else { b'_' };
        assert!(decode_share(&stray).is_err());
    }
}

#[cfg(feature = "markdown")]
#[test]
fn a_link_with_a_valid_checksum_is_still_read_as_any_import() {
    // Anyone can make a link: the checksum is no signature, the parser's rules still hold.
    let evil = SMALL.replace("Noor voert", "[Klik](javascript:alert(1)) Noor voert");
    let link = pack(
        VERSION,
        &miniz_oxide::deflate::compress_to_vec(evil.as_bytes(), 6),
        None,
    );
    match open_share(link.as_bytes()) {
        Err(ShareError::Invalid(error)) => {
            assert_eq!(error.line, 9);
            assert!(error.message.contains("not allowed"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    let html = SMALL.replace("Noor voert", "<img src=x onerror=alert(1)> Noor voert");
    let set = open_share(encode_share(&html).unwrap().as_bytes())
        .unwrap()
        .value;
    let situation = format!("{:?}", set.scenarios[0].situation);
    assert!(
        situation.contains("Text(\"<img src=x onerror=alert(1)> Noor"),
        "{situation}"
    );
    let rtl = SMALL.replace("Welke rol heeft Noor?", "Welke rol heeft Noor\u{202e}?");
    match open_share(encode_share(&rtl).unwrap().as_bytes()) {
        Err(ShareError::Invalid(error)) => {
            assert_eq!(error.line, 7);
            assert!(error.message.contains("U+202E"), "{error}");
        }
        other => panic!("{other:?}"),
    }
    let not_a_set = encode_share("# Gewoon een tekst\n").unwrap();
    assert!(matches!(
        open_share(not_a_set.as_bytes()),
        Err(ShareError::Invalid(_))
    ));
}

#[test]
fn empty_links_are_empty() {
    for empty in ["", "   ", "\n\t\r\n"] {
        assert_eq!(
            decode_share(empty.as_bytes()),
            Err(ShareError::Empty),
            "{empty:?}"
        );
    }
}

#[test]
fn another_version_is_named() {
    let packed = miniz_oxide::deflate::compress_to_vec(SMALL.as_bytes(), 10);
    for version in [0, 2, 255] {
        let link = pack(version, &packed, None);
        assert_eq!(
            decode_share(link.as_bytes()),
            Err(ShareError::UnknownVersion(version))
        );
    }
    // Even a link of one byte says which version made it.
    assert_eq!(decode_share(b"Ag"), Err(ShareError::UnknownVersion(2)));
}

#[test]
fn characters_outside_base64url_are_named_by_position() {
    let link = encode_share(SMALL).unwrap();
    for (input, position) in [
        (format!("{link}="), link.len() + 1),
        (format!("ab+/{link}"), 3),
        (format!("https://x.test/#{link}"), 6),
        ("AQ$$".to_string(), 3),
        ("{".repeat(10_000), 1),
    ] {
        assert_eq!(
            decode_share(input.as_bytes()),
            Err(ShareError::NotALink { position }),
            "{input:.30}"
        );
    }
    // Bytes that are not UTF-8 at all, as a hostile URL can hold.
    assert_eq!(
        decode_share(&[b'A', b'Q', 0xff, 0xfe]),
        Err(ShareError::NotALink { position: 3 })
    );
}

#[test]
fn data_that_is_not_deflate_or_not_text_is_refused() {
    let garbage = [0xffu8; 40];
    assert_eq!(
        decode_share(pack(VERSION, &garbage, None).as_bytes()),
        Err(ShareError::Damaged)
    );
    let binary = miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe, 0x00, 0x80], 6);
    assert_eq!(
        decode_share(pack(VERSION, &binary, None).as_bytes()),
        Err(ShareError::NotText)
    );
}

#[test]
fn a_zip_bomb_stops_at_the_limit() {
    // 3 MB of one letter packs into a few kilobytes: a short link, a large set.
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 3 * 1024 * 1024], 10);
    let link = pack(VERSION, &bomb, None);
    assert!(link.len() < MAX_LINK_CHARS, "{}", link.len());
    let result = decode_share(link.as_bytes());
    assert_eq!(
        result,
        Err(ShareError::TooLarge {
            limit: MAX_SET_BYTES
        })
    );
    // Exactly the limit still opens.
    let full = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; MAX_SET_BYTES], 10);
    let link = pack(VERSION, &full, None);
    assert_eq!(decode_share(link.as_bytes()).unwrap().len(), MAX_SET_BYTES);
}

#[test]
fn oversized_input_is_refused_both_ways() {
    let ten_mb = vec![b'A'; 10 * 1024 * 1024];
    let result = decode_share(&ten_mb);
    assert_eq!(
        result,
        Err(ShareError::TooLarge {
            limit: MAX_SET_BYTES
        })
    );
    let big = "a".repeat(MAX_SET_BYTES + 1);
    assert_eq!(
        encode_share_within(&big, usize::MAX),
        Err(ShareError::TooLarge {
            limit: MAX_SET_BYTES
        })
    );
}

#[cfg(feature = "markdown")]
#[test]
fn hostile_markdown_in_a_valid_link_is_refused_or_inert() {
    let deep = SMALL.replace("Noor voert", &format!("{}Noor voert", "> ".repeat(10_000)));
    let link = encode_share(&deep).unwrap();
    match open_share(link.as_bytes()) {
        Err(ShareError::Invalid(error)) => {
            assert!(error.message.contains("levels deep"), "{error}")
        }
        other => panic!("{other:?}"),
    }
    let braces = SMALL.replace(
        "Noor voert",
        &format!("{}Noor{} voert", "{".repeat(10_000), "}".repeat(10_000)),
    );
    let link = encode_share(&braces).unwrap();
    // Braces are text to Markdown: the set opens, with them in its situation.
    let set = open_share(link.as_bytes()).unwrap().value;
    assert!(format!("{:?}", set.scenarios[0].situation).contains("{{{{"));
}
