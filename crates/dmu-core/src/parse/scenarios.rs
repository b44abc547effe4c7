//! Reads a scenario file: metadata for the set, then one level-2 heading per scenario
//! (`## Welke rol heeft Ilse? {#installateur-ilse section=koper}`), its situation, an
//! optional profile table, a level-3 heading for the person the question is about (one per
//! person in a case), and answer options as a task list: roles, or for an approach question
//! (`type=approach roles=gatekeeper`) steps in bold. See content/README.md for the format
//! as a trainer learns it.

mod options;
mod profile;

use super::inline::{heading_level, Ctx};
use super::meta::Meta;
use super::tree::{parse, Node};
use super::{is_valid_id, Parsed, SectionLink};
use crate::error::ContentError;
use crate::role::Role;
use crate::scenario::{Approach, Part, Person, Scenario, ScenarioSet};
use crate::text::{plain_text, Block, Callout};
use options::{is_task_list, read_choices, read_steps};
use profile::read_profile;
use pulldown_cmark::Tag;

/// Most people a case may have.
pub const MAX_PEOPLE: usize = 6;

/// How many steps an approach or persona question offers: at least three, and no more
/// than a room can vote on by letter (A-F).
pub const STEPS: std::ops::RangeInclusive<usize> = 3..=6;

/// Parses a scenario file. Section links are returned to be checked against the chapter.
pub fn parse_scenario_set(file: &str, source: &str) -> Result<Parsed<ScenarioSet>, ContentError> {
    let nodes = parse(source);
    let meta = Meta::read(file, &nodes, &["id", "title", "lang", "description"])?;
    let lang = meta.lang(file)?;
    let set_id = meta.require(file, "id")?;
    let mut ctx = Ctx::new(file);
    if !is_valid_id(set_id) {
        return Err(ctx.bad_id(meta.line_of("id"), set_id));
    }
    let mut set = ScenarioSet {
        id: set_id.to_string(),
        file: file.to_string(),
        title: meta.require(file, "title")?.to_string(),
        description: meta.get("description").map(str::to_string),
        scenarios: Vec::new(),
    };
    let mut current: Option<Draft> = None;
    for node in &nodes[1..] {
        if let Node::El {
            tag: Tag::Heading { level: l, .. },
            line,
            ..
        } = node
        {
            if heading_level(*l) <= 2 {
                if let Some(draft) = current.take() {
                    set.scenarios.push(draft.finish(&ctx)?);
                }
                current = Some(Draft::start(&mut ctx, node, *line)?);
                continue;
            }
        }
        match current.as_mut() {
            Some(draft) => draft.add(&mut ctx, node)?,
            None if matches!(node, Node::Rule) => {}
            None => {
                let line = node.line().unwrap_or(0);
                return Err(ctx.error(
                    line,
                    "text before the first scenario: start each scenario with '## Question {#id section=anchor}', and put a set description in the metadata",
                    "tekst vóór het eerste scenario: begin elk scenario met '## Vraag {#id section=anker}', en zet een beschrijving van de set als 'description:' in de metadata",
                ));
            }
        }
    }
    if let Some(draft) = current.take() {
        set.scenarios.push(draft.finish(&ctx)?);
    }
    if set.scenarios.is_empty() {
        return Err(ctx.error(
            0,
            "no scenarios: add one with '## Question {#id section=anchor}'",
            "geen scenario's: voeg er een toe met '## Vraag {#id section=anker}'",
        ));
    }
    for (i, scenario) in set.scenarios.iter().enumerate() {
        if let Some(first) = set.scenarios[..i].iter().find(|s| s.id == scenario.id) {
            let (id, first) = (&scenario.id, first.line);
            return Err(ctx.error(
                scenario.line,
                format!("scenario id '{id}' is used twice (first on line {first})"),
                format!("het scenario-id '{id}' komt twee keer voor (eerst op regel {first})"),
            ));
        }
    }
    Ok(Parsed {
        value: set,
        lang,
        links: ctx.links,
    })
}

/// A scenario being read.
struct Draft {
    scenario: Scenario,
    /// The person whose options come next, in a case.
    person: Option<(Person, u32)>,
}

impl Draft {
    fn start(ctx: &mut Ctx, node: &Node, line: u32) -> Result<Draft, ContentError> {
        let Node::El {
            tag: Tag::Heading {
                level, id, attrs, ..
            },
            children,
            ..
        } = node
        else {
            unreachable!("called for headings only")
        };
        let question = plain_text(&ctx.inlines(children, line)?).trim().to_string();
        refuse_role_name(ctx, &question, line)?;
        if heading_level(*level) == 1 {
            return Err(ctx.error(
                line,
                "use 'title:' in the metadata instead of a '#' heading; scenarios use '##'",
                "zet de titel als 'title:' in de metadata, niet als '#'-kop; een scenario begint met '##'",
            ));
        }
        let id = match id.as_deref() {
            Some(id) if is_valid_id(id) => id.to_string(),
            Some(id) => return Err(ctx.bad_id(line, id)),
            None => return Err(ctx.error(line, format!(
                "scenario '{question}' needs a stable id: write '## {question} {{#some-id section=koper}}'"
            ), format!(
                "het scenario '{question}' heeft een vast id nodig: schrijf '## {question} {{#een-id section=koper}}'"
            ))),
        };
        let mut section = None;
        let mut kind = None;
        let mut roles = None;
        for (key, value) in attrs {
            match (key.as_ref(), value.as_deref()) {
                ("type", Some(value)) => kind = Some(read_type(ctx, value, line)?),
                ("roles", Some(value)) => roles = Some(read_roles(ctx, value, line)?),
                ("section", Some(anchor)) => {
                    let anchor = anchor.trim_start_matches('#');
                    if !is_valid_id(anchor) {
                        return Err(ctx.bad_id(line, anchor));
                    }
                    ctx.links.push(SectionLink {
                        anchor: anchor.to_string(),
                        line,
                    });
                    section = Some(anchor.to_string());
                }
                (key, _) => {
                    return Err(ctx.error(
                        line,
                        format!("unknown heading attribute '{key}' (scenarios take section=..., and an approach question type=approach or type=persona with roles=...)"),
                        format!("onbekend kenmerk '{key}' in de kop (een scenario kent section=..., en een aanpakvraag ook type=approach of type=persona met roles=...)"),
                    ))
                }
            }
        }
        let approach = match (kind, roles) {
            (None, None) => None,
            (None, Some(_)) => return Err(ctx.error(
                line,
                "roles= belongs to an approach question: add type=approach (or type=persona)",
                "roles= hoort bij een aanpakvraag: voeg type=approach (of type=persona) toe",
            )),
            (Some(_), None) => return Err(ctx.error(line, format!(
                "an approach question needs the roles it is about: add roles=..., e.g. {{#{id} section=portier type=approach roles=gatekeeper}}"
            ), format!(
                "een aanpakvraag heeft de rollen nodig waar ze over gaat: voeg roles=... toe, bijvoorbeeld {{#{id} section=portier type=approach roles=portier}}"
            ))),
            (Some(persona), Some(roles)) => {
                if persona && roles.len() < 2 {
                    return Err(ctx.error(
                        line,
                        "a persona question is about a combination of roles: give at least two in roles=, e.g. roles=decision-maker,user",
                        "een personavraag gaat over een combinatie van rollen: noem er minstens twee in roles=, bijvoorbeeld roles=beslisser,gebruiker",
                    ));
                }
                Some(Approach { persona, roles })
            }
        };
        let section = section.ok_or_else(|| ctx.error(line, format!(
            "scenario '{id}' needs the chapter section that answers it: add section=anchor, e.g. {{#{id} section=koper}}"
        ), format!(
            "het scenario '{id}' heeft de sectie van het hoofdstuk nodig die het antwoord geeft: voeg section=anker toe, bijvoorbeeld {{#{id} section=koper}}"
        )))?;
        Ok(Draft {
            scenario: Scenario {
                id,
                question,
                situation: Vec::new(),
                section,
                profile: None,
                approach,
                parts: Vec::new(),
                tip: None,
                prompt: None,
                line,
            },
            person: None,
        })
    }

    fn add(&mut self, ctx: &mut Ctx, node: &Node) -> Result<(), ContentError> {
        let line = node.line().unwrap_or(self.scenario.line);
        let Node::El { tag, children, .. } = node else {
            return match node {
                Node::Rule => Ok(()),
                _ => Err(ctx.error(
                    line,
                    "unexpected content in a scenario",
                    "onverwachte inhoud in een scenario",
                )),
            };
        };
        match tag {
            Tag::Heading { .. } => {
                self.close_person(ctx)?;
                let name = plain_text(&ctx.inlines(children, line)?).trim().to_string();
                refuse_role_name(ctx, &name, line)?;
                self.person = Some((
                    Person {
                        name,
                        about: Vec::new(),
                    },
                    line,
                ));
            }
            Tag::List(_) if is_task_list(children) => {
                let choices = match self.scenario.approach {
                    Some(_) => read_steps(ctx, children)?,
                    None => read_choices(ctx, children)?,
                };
                let person = match self.person.take() {
                    Some((person, _)) => Some(person),
                    None if self.has_people() => {
                        return Err(ctx.error(
                            line,
                            "in a case every answer list belongs to a person: put it under their '###' heading",
                            "in een casus hoort elke antwoordlijst bij een persoon: zet de lijst onder de '###'-kop van die persoon",
                        ))
                    }
                    None if !self.scenario.parts.is_empty() => {
                        return Err(ctx.error(
                            line,
                            "a second answer list: one scenario has one list of options (use '###' people for a case)",
                            "een tweede antwoordlijst: een scenario heeft één lijst met opties (gebruik '###'-personen voor een casus)",
                        ))
                    }
                    None => None,
                };
                self.scenario.parts.push(Part { person, choices });
            }
            Tag::Table(_) => {
                if self.scenario.profile.is_some() {
                    return Err(ctx.error(
                        line,
                        "a second profile table in one scenario",
                        "een tweede profieltabel in één scenario: een scenario heeft er hoogstens één",
                    ));
                }
                self.scenario.profile = Some(read_profile(ctx, children, line)?);
            }
            Tag::BlockQuote(_) => {
                let block = ctx.blocks(std::slice::from_ref(node))?.remove(0);
                match block {
                    Block::Quote {
                        kind: Some(Callout::Tip),
                        blocks,
                    } => self.scenario.tip = Some(blocks),
                    Block::Quote {
                        kind: Some(Callout::Note),
                        blocks,
                    } => self.scenario.prompt = Some(blocks),
                    other => self.push_text(other),
                }
            }
            _ => {
                for block in ctx.blocks(std::slice::from_ref(node))? {
                    self.push_text(block);
                }
            }
        }
        Ok(())
    }

    fn push_text(&mut self, block: Block) {
        match self.person.as_mut() {
            Some((person, _)) => person.about.push(block),
            None => self.scenario.situation.push(block),
        }
    }

    fn has_people(&self) -> bool {
        self.scenario.parts.iter().any(|p| p.person.is_some())
    }

    fn close_person(&mut self, ctx: &Ctx) -> Result<(), ContentError> {
        match self.person.take() {
            Some((person, line)) => Err(ctx.error(
                line,
                format!(
                    "'{}' has no answer options: add a task list such as '- [x] Koper: why'",
                    person.name
                ),
                format!(
                    "bij '{}' staan geen antwoordopties: voeg een takenlijst toe, zoals '- [x] Koper: waarom'",
                    person.name
                ),
            )),
            None => Ok(()),
        }
    }

    fn finish(mut self, ctx: &Ctx) -> Result<Scenario, ContentError> {
        self.close_person(ctx)?;
        let s = &self.scenario;
        let (line, id) = (s.line, &s.id);
        if s.parts.is_empty() {
            return Err(ctx.error(
                line,
                format!("scenario '{id}' has no answer options: add a task list such as '- [x] Koper: why'"),
                format!("het scenario '{id}' heeft geen antwoordopties: voeg een takenlijst toe, zoals '- [x] Koper: waarom'"),
            ));
        }
        if s.situation.is_empty() && s.profile.is_none() {
            return Err(ctx.error(
                line,
                format!("scenario '{id}' has no situation: describe it in a paragraph under the heading"),
                format!("het scenario '{id}' heeft geen situatie: beschrijf die in een alinea onder de kop"),
            ));
        }
        if self.has_people() {
            let people = s.parts.len();
            if people > MAX_PEOPLE {
                return Err(ctx.error(
                    line,
                    format!("case '{id}' has {people} people; a case has 2 to {MAX_PEOPLE}"),
                    format!("de casus '{id}' heeft {people} personen; een casus heeft er 2 tot en met {MAX_PEOPLE}"),
                ));
            }
            if s.profile.is_some() {
                return Err(ctx.error(
                    line,
                    format!("scenario '{id}' has a profile and a '###' person: the profile is the person, so leave out the heading (or the table, for a case)"),
                    format!("het scenario '{id}' heeft een profiel én een '###'-persoon: het profiel is de persoon, dus laat de kop weg (of bij een casus de tabel)"),
                ));
            }
            if s.approach.is_some() && people > 1 {
                return Err(ctx.error(
                    line,
                    format!("approach question '{id}' is about one person: give one '###' heading (or none) and one list of steps"),
                    format!("de aanpakvraag '{id}' gaat over één persoon: geef één '###'-kop (of geen) en één lijst met stappen"),
                ));
            }
        }
        for part in &s.parts {
            let name = part.person.as_ref().map(|p| p.name.as_str());
            let whose = name.map_or(String::new(), |name| format!(" for '{name}'"));
            let whose_nl = name.map_or(String::new(), |name| format!(" voor '{name}'"));
            let (steps, min, max) = (part.choices.len(), STEPS.start(), STEPS.end());
            if s.approach.is_some() && !STEPS.contains(&steps) {
                return Err(ctx.error(
                    line,
                    format!("approach question '{id}' has {steps} steps; offer {min} to {max}"),
                    format!("de aanpakvraag '{id}' heeft {steps} stappen; bied er {min} tot en met {max} aan"),
                ));
            }
            if part.choices.len() < 2 {
                return Err(ctx.error(
                    line,
                    format!("scenario '{id}' needs at least two options{whose}"),
                    format!("het scenario '{id}' heeft{whose_nl} minstens twee opties nodig"),
                ));
            }
            if part.right_picks().is_empty() {
                return Err(ctx.error(
                    line,
                    format!("scenario '{id}' has no right answer{whose}: mark it with '- [x]'"),
                    format!("het scenario '{id}' heeft{whose_nl} geen goed antwoord: markeer dat met '- [x]'"),
                ));
            }
        }
        Ok(self.scenario)
    }
}

/// Reads `type=approach` (false) or `type=persona` (true).
fn read_type(ctx: &Ctx, value: &str, line: u32) -> Result<bool, ContentError> {
    match value {
        "approach" => Ok(false),
        "persona" => Ok(true),
        other => Err(ctx.error(
            line,
            format!("unknown question type '{other}': write type=approach or type=persona"),
            format!("onbekend vraagtype '{other}': schrijf type=approach of type=persona"),
        )),
    }
}

/// Reads `roles=gatekeeper,decision-maker` (keys or names, comma-separated).
fn read_roles(ctx: &Ctx, value: &str, line: u32) -> Result<Vec<Role>, ContentError> {
    let mut roles = Vec::new();
    for word in value.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let role = Role::parse(word).ok_or_else(|| {
            ctx.error(
                line,
                format!(
                    "unknown role '{word}' in roles=: use keys such as gatekeeper,decision-maker"
                ),
                format!("onbekende rol '{word}' in roles=: schrijf rollen zoals portier,beslisser"),
            )
        })?;
        if roles.contains(&role) {
            return Err(ctx.error(
                line,
                format!("the role '{word}' is named twice in roles="),
                format!("de rol '{word}' staat twee keer in roles="),
            ));
        }
        roles.push(role);
    }
    if roles.is_empty() {
        return Err(ctx.error(
            line,
            "roles= is empty: name the role(s) the question is about",
            "roles= is leeg: noem de rol of rollen waar de vraag over gaat",
        ));
    }
    Ok(roles)
}

/// A heading never names a role: it would give the answer away.
fn refuse_role_name(ctx: &Ctx, heading: &str, line: u32) -> Result<(), ContentError> {
    match Role::named_in(heading) {
        None => Ok(()),
        Some((_, word)) => Err(ctx.error(
            line,
            format!("the heading '{heading}' names a role ('{word}') and so gives the answer away: ask a neutral question, such as 'Welke rol heeft Noor?'"),
            format!("de kop '{heading}' noemt een rol ('{word}') en verraadt zo het antwoord: stel een neutrale vraag, zoals 'Welke rol heeft Noor?'"),
        )),
    }
}

#[cfg(test)]
mod tests;
