//! A LinkedIn profile in a scenario: a table whose rows, the first one included, are
//! `| field | value |`, with the fields in Dutch or English.

use super::super::inline::Ctx;
use super::super::tree::Node;
use crate::error::ContentError;
use crate::scenario::Profile;
use crate::text::plain_text;

/// Reads a profile table: every row (the header row too) is `| key | value |`.
pub(super) fn read_profile(
    ctx: &mut Ctx,
    rows: &[Node],
    line: u32,
) -> Result<Profile, ContentError> {
    let mut profile = Profile {
        name: String::new(),
        headline: String::new(),
        position: None,
        company: None,
        activity: Vec::new(),
    };
    for row in rows {
        let Node::El {
            children: cells,
            line: row_line,
            ..
        } = row
        else {
            continue;
        };
        let cells: Vec<&Node> = cells.iter().collect();
        let [Node::El { children: key, .. }, Node::El {
            children: value, ..
        }] = cells.as_slice()
        else {
            return Err(ctx.error(
                *row_line,
                "a profile row has two cells: '| key | value |'",
                "een rij van het profiel heeft twee cellen: '| veld | waarde |'",
            ));
        };
        let key = plain_text(&ctx.inlines(key, *row_line)?)
            .trim()
            .to_lowercase();
        let value = ctx.inlines(value, *row_line)?;
        let text = plain_text(&value).trim().to_string();
        match key.as_str() {
            "name" | "naam" => profile.name = text,
            "headline" | "kopregel" => profile.headline = text,
            "position" | "functie" => profile.position = Some(text),
            "company" | "organisatie" | "bedrijf" => profile.company = Some(text),
            "activity" | "activiteit" | "post" => profile.activity = value,
            other => return Err(ctx.error(*row_line, format!(
                "unknown profile field '{other}' (use naam/name, kopregel/headline, functie/position, organisatie/company, activiteit/activity)"
            ), format!(
                "onbekend veld '{other}' in het profiel (gebruik naam, kopregel, functie, organisatie of activiteit)"
            ))),
        }
    }
    for (field, veld, missing) in [
        ("naam/name", "Naam", profile.name.is_empty()),
        ("kopregel/headline", "Kopregel", profile.headline.is_empty()),
        (
            "activiteit/activity",
            "Activiteit",
            profile.activity.is_empty(),
        ),
    ] {
        if missing {
            return Err(ctx.error(
                line,
                format!("the profile needs a row '{field}'"),
                format!("het profiel mist de rij '{veld}': voeg '| {veld} | ... |' toe"),
            ));
        }
    }
    Ok(profile)
}
