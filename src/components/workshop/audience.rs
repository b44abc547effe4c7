//! The audience view for the projector: the scenario in large type with lettered options
//! and a countdown; after reveal, the right answer, its explanation and the room's votes as
//! a bar chart. It hears the session from the console (or reads it from storage) and draws
//! only the core's audience-safe view of it, so nothing of the answer can show before
//! reveal.

use super::summary::SummaryTables;
use crate::channel::Channel;
use crate::components::quiz::ProfileCard;
use crate::components::rich_text::{blocks_view, inlines_view};
use crate::content::{library, Content};
use crate::context::UiLang;
use crate::dom;
use crate::workshop::{self, Workshop};
use dmu_core::workshop::{audience_view, clock, is_current, Published, Screen, SyncMessage};
use dmu_core::workshop_text::{situation_of, workshop_text};
use leptos::prelude::*;

/// The projector window.
#[component]
pub fn AudiencePage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let clock_source = Workshop::for_audience(lang.get_untracked());
    // The session as stored, as a message: what the projector shows when no console
    // answers (closed, or no BroadcastChannel).
    let from_storage = move || {
        let lang = lang.get_untracked();
        workshop::read_held(lang)
            .map(|held| SyncMessage::showing(lang, held.generation, held.session))
    };
    let published = RwSignal::new(None::<Published>);
    // The change shown: a message of an older change (a stale console) is ignored.
    let shown = StoredValue::new(0u64);
    let take = move |message: SyncMessage| {
        if !is_current(&message, shown.get_value()) {
            return;
        }
        shown.set_value(message.generation().unwrap_or(0));
        match message {
            SyncMessage::Session(state) => published.set(Some(*state)),
            SyncMessage::Cleared { .. } => published.set(None),
            SyncMessage::Hello => {}
        }
    };
    if let Some(stored) = from_storage() {
        take(stored);
    }
    let channel = Channel::open(take);
    channel.post(&SyncMessage::Hello);
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_some_and(|k| workshop::is_session_key(&k)) {
            if let Some(stored) = from_storage() {
                take(stored);
            }
        }
    });
    on_cleanup(move || on_storage.remove());
    let fullscreen = move |_| {
        if let Some(root) = dom::document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "f" || ev.key() == "F" {
            if let Some(root) = dom::document().document_element() {
                let _ = root.request_fullscreen();
            }
        }
    });
    on_cleanup(move || keys.remove());
    let content: Content = expect_context();
    // What the projector shows: the view this window makes of the session with its own
    // copy of the content in the console's language, whatever this window's (the same
    // browser's sets, so the same scenarios). While that language's content is on its way
    // (the console switched language), the last session it could draw stays on screen.
    let drawable = StoredValue::new(None::<Published>);

    move || {
        let ui_lang = lang.get();
        let text = workshop_text(ui_lang);
        published.with(|p| match p {
            Some(p) => {
                content.ensure(p.lang);
                if content.is_loaded(p.lang) {
                    drawable.set_value(Some(p.clone()));
                }
            }
            None => drawable.set_value(None),
        });
        let state = drawable.with_value(|p| {
            p.as_ref()
                .map(|p| audience_view(&p.session, library(p.lang)))
        });
        let lang = state.as_ref().map_or(ui_lang, |s| s.lang);
        let scores = state.as_ref().map(|s| s.scores.clone()).unwrap_or_default();
        let screen = match state.map(|s| s.screen) {
            None | Some(Screen::Waiting { .. }) => view! {
                <div class="audience-waiting">
                    <p class="brand-mark big" aria-hidden="true">
                        "DMU"
                    </p>
                    <h1>{text.waiting}</h1>
                </div>
            }
            .into_any(),
            Some(Screen::Summary(summary)) => view! {
                <div class="audience-summary">
                    <h1>{text.summary_title}</h1>
                    <SummaryTables summary=*summary lang=lang />
                </div>
            }
            .into_any(),
            Some(Screen::Question(q)) => {
                let q = *q;
                let timer = q.timer;
                let reveal = q.reveal.clone();
                let class = if reveal.is_some() {
                    "audience-question is-revealed"
                } else {
                    "audience-question"
                };
                // Steps are sentences: one per row.
                let steps = q.options.iter().any(|o| o.pick.role().is_none());
                let list = |revealed: bool| match (steps, revealed) {
                    (false, false) => "audience-options",
                    (true, false) => "audience-options steps",
                    (false, true) => "audience-options revealed",
                    (true, true) => "audience-options revealed steps",
                };
                view! {
                    <div class=class>
                        <div class="audience-top">
                            <p>{situation_of(lang, q.number, q.total)}</p>
                            <p class="audience-timer" aria-live="off">
                                {move || clock(timer.remaining(clock_source.now.get()))}
                            </p>
                        </div>
                        <h1>{q.question.clone()}</h1>
                        <div class="audience-situation">{blocks_view(&q.situation, lang)}</div>
                        {q.profile.clone().map(|p| view! { <ProfileCard profile=p lang=lang /> })}
                        {q
                            .person
                            .clone()
                            .map(|p| {
                                view! {
                                    <div class="audience-person">
                                        <h2>{p.name.clone()}</h2>
                                        {blocks_view(&p.about, lang)}
                                    </div>
                                }
                            })}
                        {match reveal {
                            None => {
                                view! {
                                    <ol class=list(
                                        false,
                                    )>
                                        {q
                                            .options
                                            .iter()
                                            .map(|o| {
                                                view! {
                                                    <li>
                                                        <span class="letter">{o.letter.as_char().to_string()}</span>
                                                        <span>{o.label.clone()}</span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                    <p class="audience-ballots">
                                        {format!("{} {}", q.ballots, text.votes_in)}
                                    </p>
                                }
                                    .into_any()
                            }
                            Some(reveal) => {
                                view! {
                                    <ol class=list(
                                        true,
                                    )>
                                        {reveal
                                            .options
                                            .iter()
                                            .map(|o| {
                                                view! {
                                                    <li class=if o.correct { "is-right" } else { "is-wrong" }>
                                                        <span class="letter">{o.letter.as_char().to_string()}</span>
                                                        <span class="option-label">
                                                            {o.label.clone()}
                                                            {o.correct.then(|| format!(" ✓ {}", text.right))}
                                                        </span>
                                                        <span class="bar" aria-hidden="true">
                                                            <span style:width=format!("{}%", o.percent)></span>
                                                        </span>
                                                        <span class="count">
                                                            {format!("{} · {}%", o.count, o.percent)}
                                                        </span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                    <ul class="audience-why">
                                        {reveal
                                            .options
                                            .iter()
                                            .filter(|o| o.correct)
                                            .map(|o| {
                                                view! {
                                                    <li>
                                                        <strong>{o.label.clone()}": "</strong>
                                                        {inlines_view(&o.why, lang)}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                    {reveal
                                        .tip
                                        .map(|tip| {
                                            view! {
                                                <div class="callout callout-tip">
                                                    {blocks_view(&tip, lang)}
                                                </div>
                                            }
                                        })}
                                }
                                    .into_any()
                            }
                        }}
                    </div>
                }.into_any()
            }
        };
        view! {
            <main class="audience" lang=lang.code()>
                {(!scores.is_empty())
                    .then(|| {
                        view! {
                            <ol class="scoreboard" aria-label=text.team_scores>
                                {scores
                                    .iter()
                                    .map(|t| {
                                        view! {
                                            <li>
                                                <span>{t.name.clone()}</span>
                                                <strong>{t.points}</strong>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                    })}
                {screen}
                <button type="button" class="button fullscreen" on:click=fullscreen>
                    {text.fullscreen}
                    " (F)"
                </button>
            </main>
        }
    }
}
