//! Reads a scenario file: metadata for the set, then one level-2 heading per scenario
//! (`## Welke rol heeft Ilse? {#installateur-ilse section=koper}`), its situation, an
//! optional profile table, a level-3 heading for the person the question is about (one per
//! person in a case), and answer options as a task list: roles, or for an approach question
//! (`type=approach roles=gatekeeper`) steps in bold. See content/README.md for the format
//! as a trainer learns it.

use super::inline::{bad_id, heading_level, Ctx};
use super::meta::Meta;
use super::tree::{parse, Node};
use super::{is_valid_id, Parsed, SectionLink};
use crate::error::ContentError;
use crate::role::Role;
use crate::scenario::{Approach, Choice, Part, Person, Pick, Profile, Scenario, ScenarioSet};
use crate::text::{plain_text, Block, Callout, Inline};
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
    if !is_valid_id(set_id) {
        return Err(ContentError::new(file, 2, bad_id(set_id)));
    }
    let mut ctx = Ctx::new(file);
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
                return Err(ctx.error(line, "text before the first scenario: start each scenario with '## Question {#id section=anchor}', and put a set description in the metadata"));
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
        ));
    }
    for (i, scenario) in set.scenarios.iter().enumerate() {
        if let Some(first) = set.scenarios[..i].iter().find(|s| s.id == scenario.id) {
            return Err(ctx.error(
                scenario.line,
                format!(
                    "scenario id '{}' is used twice (first on line {})",
                    scenario.id, first.line
                ),
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
            ));
        }
        let id = match id.as_deref() {
            Some(id) if is_valid_id(id) => id.to_string(),
            Some(id) => return Err(ctx.error(line, bad_id(id))),
            None => return Err(ctx.error(line, format!(
                "scenario '{question}' needs a stable id: write '## {question} {{#some-id section=koper}}'"
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
                        return Err(ctx.error(line, bad_id(anchor)));
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
                    ))
                }
            }
        }
        let approach = match (kind, roles) {
            (None, None) => None,
            (None, Some(_)) => return Err(ctx.error(line, "roles= belongs to an approach question: add type=approach (or type=persona)")),
            (Some(_), None) => return Err(ctx.error(line, format!(
                "an approach question needs the roles it is about: add roles=..., e.g. {{#{id} section=portier type=approach roles=gatekeeper}}"
            ))),
            (Some(persona), Some(roles)) => {
                if persona && roles.len() < 2 {
                    return Err(ctx.error(line, "a persona question is about a combination of roles: give at least two in roles=, e.g. roles=decision-maker,user"));
                }
                Some(Approach { persona, roles })
            }
        };
        let section = section.ok_or_else(|| ctx.error(line, format!(
            "scenario '{id}' needs the chapter section that answers it: add section=anchor, e.g. {{#{id} section=koper}}"
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
                _ => Err(ctx.error(line, "unexpected content in a scenario")),
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
                        return Err(ctx.error(line, "in a case every answer list belongs to a person: put it under their '###' heading"))
                    }
                    None if !self.scenario.parts.is_empty() => {
                        return Err(ctx.error(line, "a second answer list: one scenario has one list of options (use '###' people for a case)"))
                    }
                    None => None,
                };
                self.scenario.parts.push(Part { person, choices });
            }
            Tag::Table(_) => {
                if self.scenario.profile.is_some() {
                    return Err(ctx.error(line, "a second profile table in one scenario"));
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
            )),
            None => Ok(()),
        }
    }

    fn finish(mut self, ctx: &Ctx) -> Result<Scenario, ContentError> {
        self.close_person(ctx)?;
        let s = &self.scenario;
        let line = s.line;
        if s.parts.is_empty() {
            return Err(ctx.error(line, format!("scenario '{}' has no answer options: add a task list such as '- [x] Koper: why'", s.id)));
        }
        if s.situation.is_empty() && s.profile.is_none() {
            return Err(ctx.error(
                line,
                format!(
                    "scenario '{}' has no situation: describe it in a paragraph under the heading",
                    s.id
                ),
            ));
        }
        if self.has_people() {
            if s.parts.len() > MAX_PEOPLE {
                return Err(ctx.error(
                    line,
                    format!(
                        "case '{}' has {} people; a case has 2 to {MAX_PEOPLE}",
                        s.id,
                        s.parts.len()
                    ),
                ));
            }
            if s.profile.is_some() {
                return Err(ctx.error(
                    line,
                    format!("scenario '{}' has a profile and a '###' person: the profile is the person, so leave out the heading (or the table, for a case)", s.id),
                ));
            }
            if s.approach.is_some() && s.parts.len() > 1 {
                return Err(ctx.error(
                    line,
                    format!("approach question '{}' is about one person: give one '###' heading (or none) and one list of steps", s.id),
                ));
            }
        }
        for part in &s.parts {
            let whose = part
                .person
                .as_ref()
                .map_or(String::new(), |p| format!(" for '{}'", p.name));
            if s.approach.is_some() && !STEPS.contains(&part.choices.len()) {
                return Err(ctx.error(
                    line,
                    format!(
                        "approach question '{}' has {} steps; offer {} to {}",
                        s.id,
                        part.choices.len(),
                        STEPS.start(),
                        STEPS.end()
                    ),
                ));
            }
            if part.choices.len() < 2 {
                return Err(ctx.error(
                    line,
                    format!("scenario '{}' needs at least two options{whose}", s.id),
                ));
            }
            if part.right_picks().is_empty() {
                return Err(ctx.error(
                    line,
                    format!(
                        "scenario '{}' has no right answer{whose}: mark it with '- [x]'",
                        s.id
                    ),
                ));
            }
        }
        Ok(self.scenario)
    }
}

fn is_task_list(items: &[Node]) -> bool {
    items.iter().any(|item| match item {
        Node::El { children, .. } => matches!(children.first(), Some(Node::Task(_))),
        _ => false,
    })
}

/// Reads `- [x] Koper: why` items.
fn read_choices(ctx: &mut Ctx, items: &[Node]) -> Result<Vec<Choice>, ContentError> {
    let mut choices: Vec<Choice> = Vec::new();
    for item in items {
        let Node::El { line, children, .. } = item else {
            continue;
        };
        let line = *line;
        let Some(Node::Task(correct)) = children.first() else {
            return Err(ctx.error(
                line,
                "every option needs '[ ]' (wrong) or '[x]' (right) after the '-'",
            ));
        };
        let blocks = ctx.blocks(&children[1..])?;
        let inlines = match blocks.as_slice() {
            [Block::Paragraph(inlines)] => inlines.clone(),
            [] => Vec::new(),
            _ => {
                return Err(ctx.error(
                    line,
                    "an option is one paragraph: 'Role: why it is right or wrong'",
                ))
            }
        };
        let (label, why) = split_label(inlines);
        let role = Role::parse(&label).ok_or_else(|| {
            ctx.error(
                line,
                format!(
                    "unknown role '{label}': start the option with a role, e.g. '- [x] Koper: why' (for an approach question, add type=approach roles=... to the heading)"
                ),
            )
        })?;
        if plain_text(&why).trim().is_empty() {
            return Err(ctx.error(line, format!("option '{label}' has no explanation: write why it is right or wrong after the ':'")));
        }
        if choices.iter().any(|c| c.pick == Pick::Role(role)) {
            return Err(ctx.error(line, format!("the role '{label}' is offered twice")));
        }
        choices.push(Choice {
            pick: Pick::Role(role),
            step: String::new(),
            correct: *correct,
            why,
        });
    }
    Ok(choices)
}

/// Reads `- [x] **The step.** Why it fits` items of an approach or persona question.
fn read_steps(ctx: &mut Ctx, items: &[Node]) -> Result<Vec<Choice>, ContentError> {
    let mut choices: Vec<Choice> = Vec::new();
    for item in items {
        let Node::El { line, children, .. } = item else {
            continue;
        };
        let line = *line;
        let Some(Node::Task(correct)) = children.first() else {
            return Err(ctx.error(
                line,
                "every step needs '[ ]' (does not fit) or '[x]' (fits) after the '-'",
            ));
        };
        let blocks = ctx.blocks(&children[1..])?;
        let [Block::Paragraph(inlines)] = blocks.as_slice() else {
            return Err(ctx.error(
                line,
                "a step is one paragraph: '**The step.** Why it fits or not'",
            ));
        };
        let Some(Inline::Strong(step)) = inlines.first() else {
            return Err(ctx.error(line, "an approach question's option starts with the step in bold: '- [x] **Vraag om een introductie.** Why it fits'"));
        };
        let step = plain_text(step).trim().to_string();
        let mut why = inlines[1..].to_vec();
        if let Some(Inline::Text(text)) = why.first_mut() {
            *text = text
                .trim_start_matches([':', '-', '–', '—', ' '])
                .to_string();
        }
        if step.is_empty() {
            return Err(ctx.error(
                line,
                "the step in bold is empty: write what the seller does",
            ));
        }
        if plain_text(&why).trim().is_empty() {
            return Err(ctx.error(line, format!("step '{step}' has no explanation: write after the bold text why it fits or not, with a link to the chapter")));
        }
        if choices.iter().any(|c| c.step == step) {
            return Err(ctx.error(line, format!("the step '{step}' is offered twice")));
        }
        let Ok(index) = u8::try_from(choices.len()) else {
            return Err(ctx.error(line, "too many steps"));
        };
        choices.push(Choice {
            pick: Pick::Step(index),
            step,
            correct: *correct,
            why,
        });
    }
    Ok(choices)
}

/// Reads `type=approach` (false) or `type=persona` (true).
fn read_type(ctx: &Ctx, value: &str, line: u32) -> Result<bool, ContentError> {
    match value {
        "approach" => Ok(false),
        "persona" => Ok(true),
        other => Err(ctx.error(
            line,
            format!("unknown question type '{other}': write type=approach or type=persona"),
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
            )
        })?;
        if roles.contains(&role) {
            return Err(ctx.error(line, format!("the role '{word}' is named twice in roles=")));
        }
        roles.push(role);
    }
    if roles.is_empty() {
        return Err(ctx.error(
            line,
            "roles= is empty: name the role(s) the question is about",
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
        )),
    }
}

/// Splits "**Koper**: why" or "Koper: why" into the role label and the explanation.
fn split_label(mut inlines: Vec<Inline>) -> (String, Vec<Inline>) {
    if let Some(Inline::Strong(children)) = inlines.first() {
        let label = plain_text(children)
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_string();
        let mut rest = inlines.split_off(1);
        if let Some(Inline::Text(text)) = rest.first_mut() {
            *text = text
                .trim_start_matches([':', '-', '–', '—', ' '])
                .to_string();
        }
        return (label, rest);
    }
    if let Some(Inline::Text(text)) = inlines.first_mut() {
        if let Some((label, after)) = text.split_once(':') {
            let label = label.trim().to_string();
            *text = after.trim_start().to_string();
            return (label, inlines);
        }
    }
    (plain_text(&inlines), Vec::new())
}

/// Reads a profile table: every row (the header row too) is `| key | value |`.
fn read_profile(ctx: &mut Ctx, rows: &[Node], line: u32) -> Result<Profile, ContentError> {
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
            return Err(ctx.error(*row_line, "a profile row has two cells: '| key | value |'"));
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
            ))),
        }
    }
    for (field, missing) in [
        ("naam/name", profile.name.is_empty()),
        ("kopregel/headline", profile.headline.is_empty()),
        ("activiteit/activity", profile.activity.is_empty()),
    ] {
        if missing {
            return Err(ctx.error(line, format!("the profile needs a row '{field}'")));
        }
    }
    Ok(profile)
}

#[cfg(test)]
mod tests;
