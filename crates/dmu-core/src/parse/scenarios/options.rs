//! A scenario's answer options, as a task list: roles (`- [x] Koper: why`), or in an
//! approach or persona question steps in bold (`- [x] **Vraag om een introductie.** Why`).
//! Every way an option can be wrong is said here, in English and Dutch.

use super::super::inline::Ctx;
use super::super::tree::Node;
use crate::error::ContentError;
use crate::role::Role;
use crate::scenario::{Choice, Pick};
use crate::text::{plain_text, Block, Inline};

/// Whether a list is a task list (items that open with `[ ]` or `[x]`): answer options.
pub(super) fn is_task_list(items: &[Node]) -> bool {
    items.iter().any(|item| match item {
        Node::El { children, .. } => matches!(children.first(), Some(Node::Task(_))),
        _ => false,
    })
}

/// One option as written: its line, whether it is ticked (`[x]`), and its paragraph.
struct Item {
    line: u32,
    correct: bool,
    inlines: Vec<Inline>,
}

/// What to say, in English and Dutch, when an item of a kind lacks its `[ ]`/`[x]` or is
/// more than one paragraph.
struct ItemErrors {
    no_box: (&'static str, &'static str),
    not_one_paragraph: (&'static str, &'static str),
}

/// A task list's item with its box and one paragraph (an empty item is an empty
/// paragraph: what is missing is then said by the kind of option); `None` for what is
/// no item. Read one at a time, so the first item in error is the one reported.
fn item(ctx: &mut Ctx, node: &Node, errors: &ItemErrors) -> Result<Option<Item>, ContentError> {
    let Node::El { line, children, .. } = node else {
        return Ok(None);
    };
    let line = *line;
    let Some(Node::Task(correct)) = children.first() else {
        let (en, nl) = errors.no_box;
        return Err(ctx.error(line, en, nl));
    };
    let inlines = match ctx.blocks(&children[1..])?.as_slice() {
        [Block::Paragraph(inlines)] => inlines.clone(),
        [] => Vec::new(),
        _ => {
            let (en, nl) = errors.not_one_paragraph;
            return Err(ctx.error(line, en, nl));
        }
    };
    Ok(Some(Item {
        line,
        correct: *correct,
        inlines,
    }))
}

/// Reads a task list's options one item at a time: `read` turns an item into its option,
/// given the options read before it (to refuse one offered twice).
fn read_list(
    ctx: &mut Ctx,
    list: &[Node],
    errors: &ItemErrors,
    read: impl Fn(&mut Ctx, Item, &[Choice]) -> Result<Choice, ContentError>,
) -> Result<Vec<Choice>, ContentError> {
    let mut choices = Vec::new();
    for node in list {
        if let Some(item) = item(ctx, node, errors)? {
            let choice = read(ctx, item, &choices)?;
            choices.push(choice);
        }
    }
    Ok(choices)
}

/// Drops what separates a label or step from its explanation (": ", " - ", "—").
fn drop_separator(why: &mut [Inline]) {
    if let Some(Inline::Text(text)) = why.first_mut() {
        *text = text
            .trim_start_matches([':', '-', '–', '—', ' '])
            .to_string();
    }
}

/// Reads `- [x] Koper: why` items.
pub(super) fn read_choices(ctx: &mut Ctx, list: &[Node]) -> Result<Vec<Choice>, ContentError> {
    let errors = ItemErrors {
        no_box: (
            "every option needs '[ ]' (wrong) or '[x]' (right) after the '-'",
            "elke optie heeft na de '-' een '[ ]' (fout) of '[x]' (goed) nodig",
        ),
        not_one_paragraph: (
            "an option is one paragraph: 'Role: why it is right or wrong'",
            "een optie is één alinea: 'Rol: waarom die goed of fout is'",
        ),
    };
    read_list(ctx, list, &errors, |ctx, item, choices| {
        let Item {
            line,
            correct,
            inlines,
        } = item;
        let (label, why) = split_label(inlines);
        let role = Role::parse(&label).ok_or_else(|| {
            ctx.error(
                line,
                format!(
                    "unknown role '{label}': start the option with a role, e.g. '- [x] Koper: why' (for an approach question, add type=approach roles=... to the heading)"
                ),
                format!(
                    "onbekende rol '{label}': begin de optie met een rol, bijvoorbeeld '- [x] Koper: waarom' (is het een aanpakvraag, zet dan type=approach roles=... in de kop)"
                ),
            )
        })?;
        if plain_text(&why).trim().is_empty() {
            return Err(ctx.error(
                line,
                format!("option '{label}' has no explanation: write why it is right or wrong after the ':'"),
                format!("bij de optie '{label}' ontbreekt de uitleg: schrijf na de ':' waarom die goed of fout is"),
            ));
        }
        if choices.iter().any(|c| c.pick == Pick::Role(role)) {
            return Err(ctx.error(
                line,
                format!("the role '{label}' is offered twice"),
                format!(
                    "de rol '{label}' staat twee keer in de opties: bied elke rol één keer aan"
                ),
            ));
        }
        Ok(Choice {
            pick: Pick::Role(role),
            step: String::new(),
            correct,
            why,
        })
    })
}

/// Reads `- [x] **The step.** Why it fits` items of an approach or persona question.
pub(super) fn read_steps(ctx: &mut Ctx, list: &[Node]) -> Result<Vec<Choice>, ContentError> {
    let errors = ItemErrors {
        no_box: (
            "every step needs '[ ]' (does not fit) or '[x]' (fits) after the '-'",
            "elke stap heeft na de '-' een '[ ]' (past niet) of '[x]' (past) nodig",
        ),
        not_one_paragraph: (
            "a step is one paragraph: '**The step.** Why it fits or not'",
            "een stap is één alinea: '**De stap.** Waarom die wel of niet past'",
        ),
    };
    read_list(ctx, list, &errors, |ctx, item, choices| {
        let Item {
            line,
            correct,
            inlines,
        } = item;
        let Some(Inline::Strong(step)) = inlines.first() else {
            return Err(ctx.error(
                line,
                "an approach question's option starts with the step in bold: '- [x] **Vraag om een introductie.** Why it fits'",
                "een optie van een aanpakvraag begint met de stap in het vet: '- [x] **Vraag om een introductie.** Waarom die past'",
            ));
        };
        let step = plain_text(step).trim().to_string();
        let mut why = inlines[1..].to_vec();
        drop_separator(&mut why);
        if step.is_empty() {
            return Err(ctx.error(
                line,
                "the step in bold is empty: write what the seller does",
                "de vetgedrukte stap is leeg: schrijf op wat de verkoper doet",
            ));
        }
        if plain_text(&why).trim().is_empty() {
            return Err(ctx.error(
                line,
                format!("step '{step}' has no explanation: write after the bold text why it fits or not, with a link to the chapter"),
                format!("bij de stap '{step}' ontbreekt de uitleg: schrijf na de vetgedrukte tekst waarom die wel of niet past, met een link naar het hoofdstuk"),
            ));
        }
        if choices.iter().any(|c| c.step == step) {
            return Err(ctx.error(
                line,
                format!("the step '{step}' is offered twice"),
                format!(
                    "de stap '{step}' staat twee keer in de opties: bied elke stap één keer aan"
                ),
            ));
        }
        let Ok(index) = u8::try_from(choices.len()) else {
            return Err(ctx.error(line, "too many steps", "te veel stappen"));
        };
        Ok(Choice {
            pick: Pick::Step(index),
            step,
            correct,
            why,
        })
    })
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
        drop_separator(&mut rest);
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
