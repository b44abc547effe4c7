//! The console while a scenario is on screen: the answer key with every explanation, the
//! discussion prompt, the next scenario's preview, the timer, the room's votes, reveal and
//! previous / next. Every control has a keyboard shortcut (listed on "?").

use super::console_votes::{RoomVotes, Scoreboard, TeamVotes};
use super::open_audience_window;
use super::timer::{Shortcuts, Timer};
use crate::components::rich_text::{blocks_view, inlines_view};
use crate::content::library;
use crate::context::UiLang;
use crate::workshop::Workshop;
use dmu_core::workshop::{lettered, Letter, Phase, Session};
use dmu_core::workshop_text::{situation_of, workshop_text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The console for the scenario on screen.
#[component]
pub fn Playing() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let workshop: Workshop = expect_context();
    let help = RwSignal::new(false);
    let confirm_end = RwSignal::new(false);
    let act =
        move |change: fn(&mut Session, u64) -> Result<(), dmu_core::workshop::WorkshopError>| {
            let _ = workshop.apply_now(lang.get_untracked(), change);
        };
    let vote = move |letter: Letter, delta: i32| {
        let _ = workshop.apply(lang.get_untracked(), |s| {
            if delta > 0 {
                s.add_vote(letter)
            } else {
                s.remove_vote(letter)
            }
        });
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = target.map(|t| t.tag_name()).unwrap_or_default();
        if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
        {
            return;
        }
        let key = ev.key();
        let handled = match key.as_str() {
            " " => {
                act(|s, now| {
                    s.timer_mut().toggle(now);
                    Ok(())
                });
                true
            }
            "+" => {
                act(|s, now| {
                    s.timer_mut().add_extra(now);
                    Ok(())
                });
                true
            }
            "r" | "R" => {
                act(|s, _| s.reveal());
                true
            }
            "n" | "N" | "ArrowRight" => {
                act(|s, _| s.next());
                true
            }
            "p" | "P" | "ArrowLeft" => {
                act(|s, _| s.previous());
                true
            }
            "?" => {
                help.update(|h| *h = !*h);
                true
            }
            "Escape" => {
                help.set(false);
                true
            }
            other => match single_char(other).and_then(Letter::parse) {
                Some(letter) => {
                    vote(letter, if ev.shift_key() { -1 } else { 1 });
                    true
                }
                None => false,
            },
        };
        if handled && tag != "BUTTON" {
            ev.prevent_default();
        }
    });
    on_cleanup(move || keys.remove());

    // The main column follows the scenario on screen, not the votes or the timer.
    let on_screen = Memo::new(move |_| {
        workshop.on_screen(|s, item| {
            let index = s.current_index().unwrap_or(0);
            (
                index,
                s.items().len(),
                item.scenario.clone(),
                item.order.clone(),
            )
        })
    });
    let revealed = Memo::new(move |_| {
        workshop.on_screen(|_, item| item.phase == Phase::Revealed) == Some(true)
    });
    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let lib = library(lang);
        let Some((index, total, id, order)) = on_screen.get() else {
            return ().into_any();
        };
        let Some(scenario) = lib.scenario(&id) else {
            return ().into_any();
        };
        let upcoming = workshop
            .session
            .with_untracked(|s| s.as_ref()?.upcoming().map(|i| i.scenario.clone()))
            .and_then(|id| lib.scenario(&id))
            .map(|s| s.question.clone());
        let options = lettered(scenario, &order);
        let teams: Vec<String> = workshop
            .session
            .with_untracked(|s| s.as_ref()?.teams().map(|t| t.names().to_vec()))
            .unwrap_or_default();
        let section = lib
            .chapter
            .place(&scenario.section)
            .map(|place| (place.id.to_string(), place.title));
        let labels: Vec<(Letter, String)> = options
            .iter()
            .map(|(l, c)| (*l, c.label(lang).to_string()))
            .collect();
        view! {
            <div class="console">
                <section class="console-main" aria-labelledby="console-question">
                    <p class="muted">{situation_of(lang, index + 1, total)}</p>
                    <h1 id="console-question" tabindex="-1">
                        {scenario.question.clone()}
                    </h1>
                    <div class="situation">{blocks_view(&scenario.situation, lang)}</div>
                    {scenario
                        .profile
                        .as_ref()
                        .map(|p| {
                            view! { <p class="muted">{format!("{} · {}", p.name, p.headline)}</p> }
                        })}
                    {scenario
                        .parts
                        .first()
                        .and_then(|part| part.person.as_ref())
                        .map(|p| {
                            view! {
                                <div class="person-about">
                                    <p>
                                        <strong>{p.name.clone()}</strong>
                                    </p>
                                    {blocks_view(&p.about, lang)}
                                </div>
                            }
                        })}
                    <h2>{text.answer_key}</h2>
                    <ul class="answer-key">
                        {options
                            .iter()
                            .map(|(letter, choice)| {
                                view! {
                                    <li class=if choice.correct { "is-right" } else { "is-wrong" }>
                                        <span class="letter" aria-hidden="true">
                                            {letter.as_char().to_string()}
                                        </span>
                                        <strong>{choice.label(lang)}</strong>
                                        {if choice.correct {
                                            format!(" ✓ {}", text.right)
                                        } else {
                                            String::new()
                                        }}
                                        ": "
                                        {inlines_view(&choice.why, lang)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {scenario
                        .prompt
                        .as_ref()
                        .map(|prompt| {
                            view! {
                                <div class="callout callout-note">
                                    <p>
                                        <strong>{text.discuss}</strong>
                                    </p>
                                    {blocks_view(prompt, lang)}
                                </div>
                            }
                        })}
                    {section
                        .map(|(id, title)| {
                            view! {
                                <p>
                                    <a href=format!("#{id}") target="_blank">
                                        {title}
                                    </a>
                                </p>
                            }
                        })}
                    <p class="next-up">
                        <strong>{text.next_up}": "</strong>
                        {upcoming.unwrap_or_else(|| text.last_one.to_string())}
                    </p>
                </section>
                <aside class="console-side">
                    <Timer lang=lang />
                    <Scoreboard lang=lang />
                    <section class="panel" aria-labelledby="votes-title">
                        <h2 id="votes-title">{text.votes}</h2>
                        {if teams.is_empty() {
                            view! { <RoomVotes lang=lang options=labels /> }.into_any()
                        } else {
                            let letters = labels.iter().map(|(l, _)| *l).collect();
                            view! { <TeamVotes lang=lang teams=teams letters=letters /> }.into_any()
                        }}
                    </section>
                    <div class="actions">
                        <button
                            type="button"
                            class="button primary"
                            disabled=move || revealed.get()
                            on:click=move |_| act(|s, _| s.reveal())
                        >
                            {text.reveal}
                            " (R)"
                        </button>
                        <button
                            type="button"
                            class="button"
                            disabled=index == 0
                            on:click=move |_| act(|s, _| s.previous())
                        >
                            "← "
                            {text.previous}
                        </button>
                        <button type="button" class="button" on:click=move |_| act(|s, _| s.next())>
                            {if index + 1 == total { text.to_summary } else { text.next }}
                            " →"
                        </button>
                    </div>
                    <div class="actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| open_audience_window()
                        >
                            {text.open_audience}
                        </button>
                        <button
                            type="button"
                            class="button"
                            aria-expanded=move || help.get().to_string()
                            on:click=move |_| help.update(|h| *h = !*h)
                        >
                            "? "
                            {text.shortcuts}
                        </button>
                    </div>
                    <Show when=move || help.get()>
                        <Shortcuts lang=lang />
                    </Show>
                    <div class="actions">
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| confirm_end.set(true)
                        >
                            {text.end_session}
                        </button>
                        <Show when=move || confirm_end.get()>
                            <button
                                type="button"
                                class="button danger"
                                on:click=move |_| workshop.replace(lang, None)
                            >
                                {text.end_confirm}
                            </button>
                        </Show>
                    </div>
                </aside>
            </div>
        }
        .into_any()
    }
}

/// The one character of a key name such as "a" or "B" (not "Shift").
fn single_char(key: &str) -> Option<char> {
    let mut chars = key.chars();
    chars.next().filter(|_| chars.next().is_none())
}
