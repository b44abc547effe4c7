//! The learner's settings read and written without a JSON library, for the reader's bundle
//! (serde_json alone would be a fifth of it). The browser's `JSON.parse` takes the stored
//! envelope apart; these rules judge the fields exactly as [`stored::decode`] judges the
//! whole value, and [`to_json`] writes the same text as [`stored::encode`]. The tests hold
//! both paths to the same answers, but for one form the app never writes: serde also reads
//! a struct written as an array (`"data":["en"]`), which these rules call damaged (and the
//! adapter then keeps in a backup, so nothing is lost).
//!
//! [`stored::decode`]: crate::stored::decode
//! [`stored::encode`]: crate::stored::encode

use crate::lang::Lang;
use crate::stored::{Decoded, Prefs};

/// One field of a parsed JSON object, as far as these rules need to know it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field<'a> {
    Absent,
    Null,
    Text(&'a str),
    Number(f64),
    Object,
    /// An array or a boolean.
    Other,
}

/// The parts of a stored prefs envelope: `{"v": 1, "data": {"lang": "nl", "last": "#/quiz"}}`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrefsFields<'a> {
    pub v: Field<'a>,
    /// `lang` and `last` are read from `data` when it is an object.
    pub data: Field<'a>,
    pub lang: Field<'a>,
    pub last: Field<'a>,
}

/// Judges stored prefs: `raw` is the stored text (absent when nothing is stored) and
/// `fields` what `JSON.parse` found in it (`None` when it is not a JSON object).
pub fn decode_prefs(raw: Option<&str>, fields: Option<PrefsFields>) -> Decoded<Prefs> {
    let Some(raw) = raw else {
        return Decoded::Missing;
    };
    if raw.trim().is_empty() {
        return Decoded::Corrupt("the stored value is empty".into());
    }
    let Some(fields) = fields else {
        return Decoded::Corrupt("not a readable envelope".into());
    };
    let version = match fields.v {
        Field::Number(v) if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) => {
            v as u32
        }
        _ => return Decoded::Corrupt("not a readable envelope: no schema version".into()),
    };
    if fields.data == Field::Absent {
        return Decoded::Corrupt("not a readable envelope: no data".into());
    }
    if version > Prefs::VERSION {
        return Decoded::Newer(version);
    }
    if version == 0 {
        return Decoded::Corrupt("schema version 0 does not exist".into());
    }
    if fields.data != Field::Object {
        return Decoded::Corrupt("unexpected content: the data is not an object".into());
    }
    let lang = match fields.lang {
        Field::Text(code) => match Lang::parse(code).filter(|lang| lang.code() == code) {
            Some(lang) => lang,
            None => return Decoded::Corrupt(format!("unexpected content: language {code:?}")),
        },
        _ => return Decoded::Corrupt("unexpected content: no language".into()),
    };
    let last = match fields.last {
        Field::Absent | Field::Null => None,
        Field::Text(place) => Some(place.to_string()),
        _ => return Decoded::Corrupt("unexpected content: the last place is not text".into()),
    };
    Decoded::Ok(Prefs { lang, last })
}

/// The stored text for `prefs`, byte for byte what [`crate::stored::encode`] writes.
pub fn to_json(prefs: &Prefs) -> String {
    let mut json = format!(
        "{{\"v\":{},\"data\":{{\"lang\":\"{}\"",
        Prefs::VERSION,
        prefs.lang.code()
    );
    if let Some(last) = &prefs.last {
        json.push_str(",\"last\":");
        push_string(&mut json, last);
    }
    json.push_str("}}");
    json
}

/// Appends `text` as a JSON string, escaped the way serde_json escapes it.
fn push_string(json: &mut String, text: &str) {
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            '\n' => json.push_str("\\n"),
            '\r' => json.push_str("\\r"),
            '\t' => json.push_str("\\t"),
            '\u{8}' => json.push_str("\\b"),
            '\u{c}' => json.push_str("\\f"),
            c if (c as u32) < 0x20 => json.push_str(&format!("\\u{:04x}", c as u32)),
            c => json.push(c),
        }
    }
    json.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stored::{decode, encode};
    use serde_json::Value;

    /// What the adapter hands over after `JSON.parse`, imitated with serde_json's `Value`.
    fn field(value: Option<&Value>) -> Field<'_> {
        match value {
            None => Field::Absent,
            Some(Value::Null) => Field::Null,
            Some(Value::String(text)) => Field::Text(text),
            Some(Value::Number(n)) => Field::Number(n.as_f64().unwrap_or(f64::NAN)),
            Some(Value::Object(_)) => Field::Object,
            Some(_) => Field::Other,
        }
    }

    fn both_ways(raw: &str) -> (Decoded<Prefs>, Decoded<Prefs>) {
        let parsed: Option<Value> = serde_json::from_str(raw).ok();
        let fields = parsed.as_ref().and_then(Value::as_object).map(|envelope| {
            let data = envelope.get("data").and_then(Value::as_object);
            PrefsFields {
                v: field(envelope.get("v")),
                data: field(envelope.get("data")),
                lang: field(data.and_then(|d| d.get("lang"))),
                last: field(data.and_then(|d| d.get("last"))),
            }
        });
        (
            decode_prefs(Some(raw), fields),
            decode(Some(raw), Prefs::VERSION, &[]),
        )
    }

    fn same_kind(a: &Decoded<Prefs>, b: &Decoded<Prefs>) -> bool {
        match (a, b) {
            (Decoded::Corrupt(_), Decoded::Corrupt(_)) => true,
            _ => a == b,
        }
    }

    #[test]
    fn judges_every_stored_value_as_the_json_path_does() {
        let garbage = "x".repeat(100_000);
        for raw in [
            r#"{"v":1,"data":{"lang":"en"}}"#,
            r##"{"v":1,"data":{"lang":"nl","last":"#/quiz"}}"##,
            r#"{"v":1,"data":{"lang":"nl","last":null}}"#,
            r#"{"data":{"lang":"en","extra":[1,2]},"v":1,"more":true}"#,
            r#" { "v" : 1 , "data" : { "lang" : "en" } } "#,
            r#"{"v":7,"data":{"whatever":true}}"#,
            r#"{"v":7}"#,
            r#"{"v":0,"data":{}}"#,
            r#"{"v":-1,"data":{"lang":"en"}}"#,
            r#"{"v":1.5,"data":{"lang":"en"}}"#,
            r#"{"v":"1","data":{"lang":"en"}}"#,
            r#"{"v":1,"data":{"lang":"EN"}}"#,
            r#"{"v":1,"data":{"lang":"de"}}"#,
            r#"{"v":1,"data":{"lang":42}}"#,
            r#"{"v":1,"data":{"lang":"en","last":5}}"#,
            r#"{"v":1,"data":[]}"#,
            r#"{"v":1,"data":true}"#,
            r#"{"v":7,"data":[]}"#,
            r#"{"v":1,"data":null}"#,
            r#"{"v":1}"#,
            "{\"v\":1,\"data\":{\"lang\":",
            "[1,2]",
            "null",
            "",
            "   ",
            garbage.as_str(),
        ] {
            let (ours, serde) = both_ways(raw);
            assert!(
                same_kind(&ours, &serde),
                "{}: {ours:?} vs {serde:?}",
                &raw[..raw.len().min(60)]
            );
        }
        assert_eq!(decode_prefs(None, None), Decoded::Missing);
    }

    #[test]
    fn writes_the_same_text_as_the_json_path() {
        for last in [
            None,
            Some("#/quiz"),
            Some("#koper"),
            Some("quote \" backslash \\ slash / tab \t newline \n bell \u{7} nul \u{0}"),
            Some("Beïnvloeder – ‘quotes’ 🙂 \u{7f} \u{2028}"),
        ] {
            for lang in Lang::ALL {
                let prefs = Prefs {
                    lang,
                    last: last.map(str::to_string),
                };
                let ours = to_json(&prefs);
                assert_eq!(ours, encode(&prefs, Prefs::VERSION));
                assert_eq!(both_ways(&ours).0, Decoded::Ok(prefs));
            }
        }
    }
}
