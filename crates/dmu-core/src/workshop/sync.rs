//! What the presenter console and the projector window say to each other over a
//! BroadcastChannel, and the audience-safe view of a session.
//!
//! The console sends the whole session after every change, as it stores it, so the
//! audience window never has to merge anything and a reloaded one is right again after
//! one `Hello`. The projector draws only the [`AudienceView`] it makes of that session
//! with its own copy of the content (the same browser's, so the same sets): before reveal
//! no right answer, no explanation, no tip, no chapter section and no scenario id (a
//! trainer's id may name the role); links in the situation are flattened to their text.
//! The view never travels, so the workshop's bundle holds no code to write or read it:
//! 16 KB after gzip. The timer is part of the session as its state (an end time), and
//! each window computes the time left from its own clock, which is the same clock for two
//! windows of one browser.

use super::letter::Letter;
use super::session::{Item, Phase, Session, Stage};
use super::summary::SessionSummary;
use super::teams::{standings, TeamScore};
use super::timer::Timer;
use super::votes::{lettered, tally};
use crate::lang::Lang;
use crate::library::Library;
use crate::scenario::{Person, Pick, Profile, Scenario};
use crate::text::{Block, Inline};
use serde::{Deserialize, Serialize};

/// The BroadcastChannel name both windows open.
pub const CHANNEL: &str = "dmu-trainer.workshop";

/// A message on the channel: `"hello"`, `{"session": …}` or `{"cleared": …}`.
///
/// Tagged the way serde tags by default (the variant's name as the key): an adjacently
/// or internally tagged enum reads its content a second way, through a buffered copy,
/// which doubles the code for reading it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SyncMessage {
    /// Audience → console: a window that just opened (or reloaded) asks for the state.
    Hello,
    /// Console → audience: the session the projector shows now.
    Session(Box<Published>),
    /// Console → audience: the session was ended and cleared, as change `generation`.
    Cleared { generation: u64 },
}

impl SyncMessage {
    /// The message as JSON, for `postMessage`.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// Reads a message; anything else on the channel (another version, garbage) is `None`
    /// and should be ignored. Read through [`serde_json::Value`], as every other value is,
    /// so the bundle holds one way of reading JSON into the app's types.
    pub fn from_json(text: &str) -> Option<SyncMessage> {
        serde_json::from_value(serde_json::from_str(text).ok()?).ok()
    }
}

/// A session as the running console publishes it, or as it is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Published {
    /// The language the console plays in: the projector shows that language's content.
    pub lang: Lang,
    /// The session's change ([`super::console`]): the projector never goes back to an
    /// older one.
    pub generation: u64,
    pub session: Session,
}

/// What the projector shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AudienceView {
    pub lang: Lang,
    pub screen: Screen,
    /// Team standings over the revealed scenarios, highest first; empty without teams.
    pub scores: Vec<TeamScore>,
}

impl SyncMessage {
    /// What the projector is to show of a session as change `generation`, in `lang`: the
    /// session, or that it was ended and cleared (`None`). The same whether the running
    /// console sends it or the projector reads it from storage.
    pub fn showing(lang: Lang, generation: u64, session: Option<Session>) -> SyncMessage {
        match session {
            Some(session) => SyncMessage::Session(Box::new(Published {
                lang,
                generation,
                session,
            })),
            None => SyncMessage::Cleared { generation },
        }
    }

    /// The change a message shows; `None` for a `Hello`.
    pub fn generation(&self) -> Option<u64> {
        match self {
            SyncMessage::Hello => None,
            SyncMessage::Session(published) => Some(published.generation),
            SyncMessage::Cleared { generation } => Some(*generation),
        }
    }
}

/// Whether the projector, showing change `shown`, takes a message: only one of the same
/// or a later change, so that a stale console never moves it back.
pub fn is_current(message: &SyncMessage, shown: u64) -> bool {
    message.generation().is_some_and(|g| g >= shown)
}

/// The projector's screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    /// Before the start (or when the scenario on screen is not in the library).
    Waiting { scenarios: usize },
    /// A scenario.
    Question(Box<AudienceQuestion>),
    /// The end of the session.
    Summary(Box<SessionSummary>),
}

/// A scenario as the room sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct AudienceQuestion {
    /// 1-based position in the playlist.
    pub number: usize,
    pub total: usize,
    pub question: String,
    pub situation: Vec<Block>,
    pub profile: Option<Profile>,
    /// The person the question is about, with what they do.
    pub person: Option<Person>,
    /// In letter order, without any hint of which is right.
    pub options: Vec<AudienceOption>,
    pub phase: Phase,
    pub timer: Timer,
    /// How many votes are in (people or teams); no distribution before reveal.
    pub ballots: u32,
    /// The answer, only once revealed.
    pub reveal: Option<Reveal>,
}

/// An option before reveal: a letter and a role or step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AudienceOption {
    pub letter: Letter,
    pub pick: Pick,
    /// The role's name or the step, in the session's language.
    pub label: String,
}

/// The answer and the room's votes, after reveal.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    pub options: Vec<RevealedOption>,
    pub ballots: u32,
    pub right_share: Option<f64>,
    /// How to approach this person (`> [!TIP]`).
    pub tip: Option<Vec<Block>>,
}

/// An option after reveal, with its explanation and bar.
#[derive(Clone, Debug, PartialEq)]
pub struct RevealedOption {
    pub letter: Letter,
    pub pick: Pick,
    pub label: String,
    pub correct: bool,
    pub why: Vec<Inline>,
    pub count: u32,
    pub percent: u8,
}

/// The audience-safe view of a session, in the library's language.
pub fn audience_view(session: &Session, library: &Library) -> AudienceView {
    let waiting = Screen::Waiting {
        scenarios: session.items().len(),
    };
    let screen = match session.stage() {
        Stage::Lobby => waiting,
        Stage::Playing(index) => session
            .items()
            .get(index)
            .and_then(|item| Some((item, library.scenario(&item.scenario)?)))
            .map(|(item, scenario)| {
                let total = session.items().len();
                Screen::Question(Box::new(question(
                    item,
                    scenario,
                    index,
                    total,
                    session,
                    library.lang,
                )))
            })
            .unwrap_or(waiting),
        Stage::Summary => {
            let mut summary = session.summary(library);
            summary.not_revealed.clear();
            Screen::Summary(Box::new(summary))
        }
    };
    AudienceView {
        lang: library.lang,
        screen,
        scores: standings(session.scores(library)),
    }
}

fn question(
    item: &Item,
    scenario: &Scenario,
    index: usize,
    total: usize,
    session: &Session,
    lang: Lang,
) -> AudienceQuestion {
    let options = lettered(scenario, &item.order)
        .into_iter()
        .map(|(letter, choice)| AudienceOption {
            letter,
            pick: choice.pick,
            label: choice.label(lang).to_string(),
        })
        .collect();
    AudienceQuestion {
        number: index.saturating_add(1),
        total,
        question: scenario.question.clone(),
        situation: unlink_blocks(&scenario.situation),
        profile: scenario.profile.as_ref().map(|p| Profile {
            activity: unlink(&p.activity),
            ..p.clone()
        }),
        person: scenario.parts.first().and_then(|part| {
            let person = part.person.as_ref()?;
            Some(Person {
                name: person.name.clone(),
                about: unlink_blocks(&person.about),
            })
        }),
        options,
        phase: item.phase,
        timer: *session.timer(),
        ballots: item.votes.ballots(),
        reveal: (item.phase == Phase::Revealed).then(|| reveal(item, scenario, lang)),
    }
}

fn reveal(item: &Item, scenario: &Scenario, lang: Lang) -> Reveal {
    let tally = tally(scenario, &item.order, &item.votes);
    let options = tally
        .options
        .iter()
        .zip(lettered(scenario, &item.order))
        .map(|(option, (_, choice))| RevealedOption {
            letter: option.letter,
            pick: option.pick,
            label: choice.label(lang).to_string(),
            correct: option.correct,
            why: choice.why.clone(),
            count: option.count,
            percent: option.percent,
        })
        .collect();
    Reveal {
        options,
        ballots: tally.ballots,
        right_share: tally.right_share,
        tip: scenario.tip.clone(),
    }
}

/// Blocks with links replaced by their text and heading anchors dropped.
fn unlink_blocks(blocks: &[Block]) -> Vec<Block> {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(inlines) => Block::Paragraph(unlink(inlines)),
            Block::Heading { level, text, .. } => Block::Heading {
                level: *level,
                id: None,
                text: unlink(text),
            },
            Block::List { ordered, items } => Block::List {
                ordered: *ordered,
                items: items.iter().map(|item| unlink_blocks(item)).collect(),
            },
            Block::Quote { kind, blocks } => Block::Quote {
                kind: *kind,
                blocks: unlink_blocks(blocks),
            },
        })
        .collect()
}

/// Inlines with links replaced by their text.
fn unlink(inlines: &[Inline]) -> Vec<Inline> {
    inlines
        .iter()
        .flat_map(|inline| match inline {
            Inline::Link { children, .. } => unlink(children),
            Inline::Strong(children) => vec![Inline::Strong(unlink(children))],
            Inline::Emph(children) => vec![Inline::Emph(unlink(children))],
            other => vec![other.clone()],
        })
        .collect()
}

#[cfg(test)]
mod tests;
