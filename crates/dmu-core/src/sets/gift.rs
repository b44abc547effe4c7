//! Moodle GIFT files as scenarios, so a trainer who has DMU questions in Moodle can bring
//! them along. A GIFT question becomes a role question when its answers are roles:
//!
//! - multiple choice, `{=Koper ~Gebruiker ~Beslisser}`: one right role;
//! - several right roles, `{~%50%Koper ~%50%Gebruiker ~%-100%Portier}`: a positive weight
//!   is right, zero or negative wrong;
//! - matching, `{=Ilse -> Koper =Tarik -> Gebruiker =-> Portier}`: a case, each left-hand
//!   item a person whose right role is the right-hand one (`=-> Portier` adds a role that
//!   fits no one).
//!
//! Each question offers the roles it lists. Feedback (`#...`) becomes an option's
//! explanation, else a sentence says whether the role is right; `####...` (feedback on the
//! whole question) becomes the tip. The title (`::...::`) is the heading and gives the id;
//! without one the heading is a neutral question and the id `gift-<n>`. The chapter section
//! is that of the right role, or `overlap` when more than one role is right.
//!
//! An import gives every scenario it could read and an error for every question it could
//! not, with the line and what to write instead, so the trainer can import the rest. Each
//! scenario goes through the Markdown format and its parser: what is imported is exactly
//! what a download or a share link of it will hold.

use super::gift_answers::{collapse, quote, read_questions, RawAnswer, RawQuestion, ReadQuestion};
use super::gift_text::{anchor, explanation, heading, OVERLAP};
use super::hidden::is_hidden;
use super::import::text_of;
use super::markdown::to_markdown;
use super::slug::{slugify, UniqueIds};
use crate::error::ContentError;
use crate::lang::Lang;
use crate::parse::parse_scenario_set;
use crate::role::Role;
use crate::scenario::{Choice, Part, Person, Pick, Scenario, ScenarioSet};
use crate::text::{Block, Inline};

/// Most questions one import takes: far more than a set a class practises (the built-in
/// sets have 18), and few enough that every one can go through the parser in well under a
/// second.
pub const MAX_QUESTIONS: usize = 1_000;

/// Most pairs a matching question may have: the most people a case may have (the parser
/// refuses more, too).
pub const MAX_PAIRS: usize = 6;

/// What an import gives: every scenario that could be read, and every error.
#[derive(Clone, Debug, PartialEq)]
pub struct GiftImport {
    /// The file, as named in the errors.
    pub file: String,
    pub scenarios: Vec<Scenario>,
    /// One per question that could not be imported (or one for the whole file), in the
    /// order of the file.
    pub errors: Vec<ContentError>,
}

impl GiftImport {
    /// The scenarios as a set titled `title` (its id made from the title; a character no
    /// one can see is left out), or `None` when no question could be imported.
    pub fn to_set(&self, title: &str) -> Option<ScenarioSet> {
        if self.scenarios.is_empty() {
            return None;
        }
        let title: String = collapse(title).chars().filter(|&c| !is_hidden(c)).collect();
        let id = Some(slugify(&title))
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| "gift".to_string());
        Some(ScenarioSet {
            id,
            file: self.file.clone(),
            title: if title.is_empty() {
                "GIFT".to_string()
            } else {
                title
            },
            description: None,
            scenarios: self.scenarios.clone(),
        })
    }
}

/// Reads a GIFT file (bytes, as they come from outside) into scenarios in `lang`, the
/// language the questions are written in.
pub fn import_gift(file: &str, source: &[u8], lang: Lang) -> GiftImport {
    let mut import = GiftImport {
        file: file.to_string(),
        scenarios: Vec::new(),
        errors: Vec::new(),
    };
    let text = match text_of(file, source) {
        Ok(text) => text,
        Err(error) => {
            import.errors.push(error);
            return import;
        }
    };
    let questions = read_questions(file, text, MAX_QUESTIONS);
    if questions.total == 0 {
        import.errors.push(ContentError::both(
            file,
            0,
            "no questions: a GIFT question is a text followed by its answers, e.g. ::Noor:: Noor tekent het contract. Welke rol heeft zij? {=Koper ~Gebruiker ~Beslisser}",
            "geen vragen: een GIFT-vraag is een tekst met daarna de antwoorden, bijvoorbeeld ::Noor:: Noor tekent het contract. Welke rol heeft zij? {=Koper ~Gebruiker ~Beslisser}",
        ));
        return import;
    }
    let total = questions.total;
    let over = questions.first_left_out.map(|line| {
        ContentError::both(file, line, format!(
            "the file has {total} questions and an import takes the first {MAX_QUESTIONS}: this one and those after it were left out. Split the file into sets of at most {MAX_QUESTIONS} questions",
        ), format!(
            "het bestand heeft {total} vragen en een import neemt de eerste {MAX_QUESTIONS}: deze vraag en de vragen erna zijn weggelaten. Splits het bestand in sets van hoogstens {MAX_QUESTIONS} vragen",
        ))
    });
    let reads = &questions.reads;
    for (read, id) in reads.iter().zip(ids(reads)) {
        let scenario = match &read.question {
            Ok(question) => scenario(file, question, read.title.as_deref(), id, lang),
            Err(error) => Err(error.clone()),
        };
        match scenario {
            Ok(scenario) => import.scenarios.push(scenario),
            Err(error) => import.errors.push(error),
        }
    }
    import.errors.extend(over);
    import
}

/// An id for every question, read or not, so that fixing one question never renames
/// another (progress is stored under ids): the title's slug, else `gift-<n>`, made unique.
fn ids(reads: &[ReadQuestion]) -> Vec<String> {
    let mut unique = UniqueIds::new();
    reads
        .iter()
        .map(|read| {
            let base = read
                .title
                .as_deref()
                .map(slugify)
                .filter(|slug| !slug.is_empty())
                .unwrap_or_else(|| format!("gift-{}", read.number));
            unique.claim(&base)
        })
        .collect()
}

fn scenario(
    file: &str,
    q: &RawQuestion,
    title: Option<&str>,
    id: String,
    lang: Lang,
) -> Result<Scenario, ContentError> {
    if let Some((_, word)) = title.and_then(Role::named_in) {
        let title = quote(title.unwrap_or_default());
        return Err(ContentError::both(file, q.line, format!(
            "the title '{title}' names a role ('{word}') and so gives the answer away: write a neutral title, such as ::Welke rol heeft Noor?::, or leave the title out",
        ), format!(
            "de titel '{title}' noemt een rol ('{word}') en verraadt zo het antwoord: schrijf een neutrale titel, zoals ::Welke rol heeft Noor?::, of laat de titel weg",
        )));
    }
    if q.text.is_empty() {
        return Err(ContentError::both(
            file,
            q.line,
            "the question has no text: describe the situation before the {, e.g. Noor tekent het contract. Welke rol heeft zij? {=Koper ~Gebruiker}",
            "de vraag heeft geen tekst: beschrijf de situatie vóór de {, bijvoorbeeld Noor tekent het contract. Welke rol heeft zij? {=Koper ~Gebruiker}",
        ));
    }
    let matching = q.answers.iter().any(|a| a.left.is_some());
    let parts = if matching {
        matching_parts(file, q, lang)?
    } else {
        vec![choice_part(file, q, lang)?]
    };
    let mut right: Vec<Role> = parts.iter().flat_map(Part::right_roles).collect();
    crate::order::sort(&mut right);
    right.dedup();
    let section = match right.as_slice() {
        [role] => anchor(lang, *role),
        _ => OVERLAP,
    };
    let mut situation = Vec::new();
    for (i, line) in q.text.iter().enumerate() {
        if i > 0 {
            situation.push(Inline::Break);
        }
        situation.push(Inline::Text(line.clone()));
    }
    let scenario = Scenario {
        id,
        question: title
            .filter(|t| !t.is_empty())
            .unwrap_or(heading(lang, matching))
            .to_string(),
        situation: vec![Block::Paragraph(situation)],
        section: section.to_string(),
        profile: None,
        approach: None,
        parts,
        tip: q
            .general_feedback
            .as_ref()
            .map(|tip| vec![Block::Paragraph(vec![Inline::Text(tip.clone())])]),
        prompt: None,
        line: q.line,
    };
    through_markdown(file, scenario, lang)
}

/// Multiple choice, with one or more right roles.
fn choice_part(file: &str, q: &RawQuestion, lang: Lang) -> Result<Part, ContentError> {
    let answers: Vec<&RawAnswer> = q.answers.iter().collect();
    if answers.iter().all(|a| a.mark == '=' && a.weight.is_none()) {
        return Err(ContentError::both(
            file,
            q.line,
            "only right answers (=): that is a short-answer question, where the learner types the answer. Mark the roles that do not fit with ~, e.g. {=Koper ~Gebruiker ~Beslisser}",
            "alleen goede antwoorden (=): dat is een kortantwoordvraag, waarbij de cursist het antwoord intypt. Markeer de rollen die niet passen met ~, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
        ));
    }
    let roles = roles(file, &answers)?;
    let mut choices: Vec<Choice> = Vec::new();
    for (answer, role) in answers.iter().zip(roles) {
        let correct = match answer.weight {
            Some(weight) => weight > 0.0,
            None => answer.mark == '=',
        };
        choices.push(choice(role, correct, answer.feedback.as_deref(), lang));
    }
    if choices.len() < 2 {
        return Err(ContentError::both(
            file,
            q.line,
            "only one role to choose from: add the roles that do not fit with ~, e.g. {=Koper ~Gebruiker ~Beslisser}",
            "er is maar één rol om uit te kiezen: voeg met ~ de rollen toe die niet passen, bijvoorbeeld {=Koper ~Gebruiker ~Beslisser}",
        ));
    }
    if !choices.iter().any(|c| c.correct) {
        return Err(ContentError::both(
            file,
            q.line,
            "no answer is right: mark the right role with = (or, with weights, give it a positive one: ~%50%Koper)",
            "geen enkel antwoord is goed: markeer de goede rol met = (of geef hem, als je gewichten gebruikt, een positief gewicht: ~%50%Koper)",
        ));
    }
    Ok(Part {
        person: None,
        choices,
    })
}

/// Matching: a case, with a person for every pair.
fn matching_parts(file: &str, q: &RawQuestion, lang: Lang) -> Result<Vec<Part>, ContentError> {
    let error = |line: u32, en: &str, nl: &str| ContentError::both(file, line, en, nl);
    if let Some(answer) = q.answers.iter().find(|a| a.left.is_none()) {
        return Err(error(
            answer.line,
            "a matching question's answers are all pairs: write this one as =name -> role (or =-> role for a role that fits no one)",
            "de antwoorden van een koppelvraag zijn allemaal paren: schrijf dit antwoord als =naam -> rol (of =-> rol voor een rol die bij niemand past)",
        ));
    }
    if let Some(answer) = q.answers.iter().find(|a| a.mark != '=') {
        return Err(error(
            answer.line,
            "a matching pair starts with =, not ~: write =name -> role",
            "een paar in een koppelvraag begint met =, niet met ~: schrijf =naam -> rol",
        ));
    }
    let answers: Vec<&RawAnswer> = q.answers.iter().collect();
    let roles = roles_of_pairs(file, &answers)?;
    let mut offered: Vec<Role> = Vec::new();
    for role in &roles {
        if !offered.contains(role) {
            offered.push(*role);
        }
    }
    let pairs: Vec<(&RawAnswer, Role)> = answers
        .iter()
        .zip(&roles)
        .filter(|(a, _)| a.left.as_deref().is_some_and(|l| !l.is_empty()))
        .map(|(a, r)| (*a, *r))
        .collect();
    if pairs.is_empty() {
        return Err(error(
            q.line,
            "no one to match: write the pairs as =name -> role, e.g. =Ilse, managementassistent -> Koper",
            "er is niemand om te koppelen: schrijf de paren als =naam -> rol, bijvoorbeeld =Ilse, managementassistent -> Koper",
        ));
    }
    let count = pairs.len();
    if count > MAX_PAIRS {
        return Err(error(
            q.line,
            &format!("{count} pairs: a case has at most {MAX_PAIRS} people, so split this question in two"),
            &format!("{count} paren: een casus heeft hoogstens {MAX_PAIRS} personen, dus splits deze vraag in tweeën"),
        ));
    }
    if offered.len() < 2 {
        return Err(error(
            q.line,
            "every pair has the same role, so there is nothing to choose: add another pair, or a role that fits no one as =-> Gebruiker",
            "elk paar heeft dezelfde rol, dus er valt niets te kiezen: voeg een ander paar toe, of een rol die bij niemand past, zoals =-> Gebruiker",
        ));
    }
    let mut parts = Vec::new();
    for (answer, role) in pairs {
        let name = answer.left.clone().unwrap_or_default();
        if let Some((_, word)) = Role::named_in(&name) {
            let name = quote(&name);
            return Err(error(
                answer.line,
                &format!("'{name}' names a role ('{word}') and so gives the answer away: name the person instead, e.g. =Ilse Aarts, managementassistent -> Koper"),
                &format!("'{name}' noemt een rol ('{word}') en verraadt zo het antwoord: noem in plaats daarvan de persoon, bijvoorbeeld =Ilse Aarts, managementassistent -> Koper"),
            ));
        }
        let choices = offered
            .iter()
            .map(|&offer| {
                let right = offer == role;
                choice(
                    offer,
                    right,
                    answer.feedback.as_deref().filter(|_| right),
                    lang,
                )
            })
            .collect();
        parts.push(Part {
            person: Some(Person {
                name,
                about: Vec::new(),
            }),
            choices,
        });
    }
    Ok(parts)
}

fn choice(role: Role, correct: bool, feedback: Option<&str>, lang: Lang) -> Choice {
    let why = match feedback {
        Some(feedback) => feedback.to_string(),
        None => explanation(lang, role, correct),
    };
    Choice {
        pick: Pick::Role(role),
        step: String::new(),
        correct,
        why: vec![Inline::Text(why)],
    }
}

/// The roles the answers name, each once.
fn roles(file: &str, answers: &[&RawAnswer]) -> Result<Vec<Role>, ContentError> {
    let roles = parse_roles(file, answers)?;
    for (i, role) in roles.iter().enumerate() {
        if let Some(first) = roles[..i].iter().position(|r| r == role) {
            let (text, name, first) = (
                quote(&answers[i].text),
                role.name(Lang::Nl),
                answers[first].line,
            );
            return Err(ContentError::both(
                file,
                answers[i].line,
                format!("'{text}' is the role {name} again (line {first} already offers it): offer each role once"),
                format!("'{text}' is opnieuw de rol {name} (regel {first} biedt die al aan): bied elke rol één keer aan"),
            ));
        }
    }
    Ok(roles)
}

/// The roles of matching pairs: a role may be the answer for more than one person, but a
/// role that fits no one (`=-> Portier`) must be one no other answer names.
fn roles_of_pairs(file: &str, answers: &[&RawAnswer]) -> Result<Vec<Role>, ContentError> {
    let roles = parse_roles(file, answers)?;
    for (i, (answer, role)) in answers.iter().zip(&roles).enumerate() {
        let extra = answer.left.as_deref() == Some("");
        if extra && roles.iter().enumerate().any(|(j, r)| j != i && r == role) {
            let text = quote(&answer.text);
            return Err(ContentError::both(file, answer.line, format!(
                "=-> {text} adds a role the question already offers: leave it out, or add a role no pair has",
            ), format!(
                "=-> {text} voegt een rol toe die de vraag al aanbiedt: laat hem weg, of voeg een rol toe die geen enkel paar heeft",
            )));
        }
    }
    Ok(roles)
}

/// Every answer as a role, or an error naming those that are not.
fn parse_roles(file: &str, answers: &[&RawAnswer]) -> Result<Vec<Role>, ContentError> {
    let mut roles = Vec::new();
    let mut not_roles: Vec<&RawAnswer> = Vec::new();
    for answer in answers {
        match Role::parse(&answer.text) {
            Some(role) => roles.push(role),
            None => not_roles.push(answer),
        }
    }
    let Some(first) = not_roles.first() else {
        return Ok(roles);
    };
    let one = not_roles.len() == 1;
    let en = format!(
        "{} {}: the answers to a DMU question are roles, in Dutch or English (Initiatiefnemer or Initiator, Beïnvloeder or Influencer, Portier or Gatekeeper, Beslisser or Decision maker, Koper or Buyer, Gebruiker or User). An = or ~ inside feedback starts a new answer: write \\= and \\~ there",
        listed(&not_roles, Lang::En),
        if one { "is not a role" } else { "are not roles" },
    );
    let nl = format!(
        "{} {}: de antwoorden op een DMU-vraag zijn rollen, in het Nederlands of het Engels (Initiatiefnemer of Initiator, Beïnvloeder of Influencer, Portier of Gatekeeper, Beslisser of Decision maker, Koper of Buyer, Gebruiker of User). Een = of ~ in feedback begint een nieuw antwoord: schrijf daar \\= en \\~",
        listed(&not_roles, Lang::Nl),
        if one { "is geen rol" } else { "zijn geen rollen" },
    );
    Err(ContentError::both(file, first.line, en, nl))
}

/// The first three answers, quoted, and how many more: "'a', 'b', 'c' and 2 more".
fn listed(answers: &[&RawAnswer], lang: Lang) -> String {
    let (empty, and) = match lang {
        Lang::Nl => ("een leeg antwoord", "en"),
        Lang::En => ("an empty answer", "and"),
    };
    let mut names: Vec<String> = answers
        .iter()
        .take(3)
        .map(|a| match a.text.is_empty() {
            true => empty.to_string(),
            false => format!("'{}'", quote(&a.text)),
        })
        .collect();
    if answers.len() > 3 {
        let more = answers.len() - 3;
        names.push(match lang {
            Lang::Nl => format!("nog {more}"),
            Lang::En => format!("{more} more"),
        });
    }
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The scenario written as Markdown and read back by the parser: refused with the parser's
/// reason if the format would refuse it, else exactly what a download of it will hold.
fn through_markdown(file: &str, scenario: Scenario, lang: Lang) -> Result<Scenario, ContentError> {
    let line = scenario.line;
    let set = ScenarioSet {
        id: "gift".to_string(),
        file: file.to_string(),
        title: "GIFT".to_string(),
        description: None,
        scenarios: vec![scenario],
    };
    let markdown = to_markdown(&set, lang);
    let refused = |en: &str, nl: &str| {
        ContentError::both(
            file,
            line,
            format!("this question cannot be imported: {en}"),
            format!("deze vraag kan niet worden geïmporteerd: {nl}"),
        )
    };
    let parsed = parse_scenario_set(file, &markdown)
        .map_err(|error| refused(&error.message, error.message_in(Lang::Nl)))?;
    // The parser refuses a set without scenarios, so there is one; should that rule ever
    // change, the question is refused rather than the import brought down.
    let mut scenario = parsed
        .value
        .scenarios
        .into_iter()
        .next()
        .ok_or_else(|| refused("it gave no scenario", "er kwam geen scenario uit"))?;
    scenario.line = line;
    Ok(scenario)
}

#[cfg(test)]
mod tests;
