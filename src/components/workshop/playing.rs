//! The console while a scenario is on screen: the answer key with every explanation, the
//! discussion prompt, the next scenario's preview, the timer, the room's votes, reveal and
//! previous / next. Every control has a keyboard shortcut (listed on "?").

use super::open_audience_window;
use crate::components::rich_text::{blocks_view, inlines_view};
use crate::content::library;
use crate::context::UiLang;
use crate::workshop::Workshop;
use dmu_core::workshop::{clock, lettered, Letter, Phase, Session};
use dmu_core::workshop_text::{situation_of, workshop_text};
use dmu_core::Lang;
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
            let now = crate::dom::now_ms() as u64;
            let _ = workshop.apply(lang.get_untracked(), |s| change(s, now));
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

    move || {
        let lang = lang.get();
        let text = workshop_text(lang);
        let lib = library(lang);
        let Some(session) = workshop.session.get() else {
            return ().into_any();
        };
        let (Some(index), Some(item)) = (session.current_index(), session.current()) else {
            return ().into_any();
        };
        let Some(scenario) = lib.scenario(&item.scenario) else {
            return ().into_any();
        };
        let total = session.items().len();
        let revealed = item.phase == Phase::Revealed;
        let upcoming = session
            .upcoming()
            .and_then(|i| lib.scenario(&i.scenario))
            .map(|s| s.question.clone());
        let options = lettered(scenario, &item.order);
        let teams: Vec<String> = session
            .teams()
            .map(|t| t.names().to_vec())
            .unwrap_or_default();
        let section = lib
            .chapter
            .section(&scenario.section)
            .map(|s| (s.id.clone(), s.title.clone()));
        let votes = item.votes.clone();
        let scores = session.scores(lib);
        view! {
            <div class="console">
                <section class="console-main" aria-labelledby="console-question">
                    <p class="muted">{situation_of(lang, index + 1, total)}</p>
                    <h1 id="console-question" tabindex="-1">{scenario.question.clone()}</h1>
                    <div class="situation">{blocks_view(&scenario.situation, lang)}</div>
                    {scenario.profile.as_ref().map(|p| view! { <p class="muted">{format!("{} · {}", p.name, p.headline)}</p> })}
                    {scenario.parts.first().and_then(|part| part.person.as_ref()).map(|p| view! {
                        <div class="person-about"><p><strong>{p.name.clone()}</strong></p>{blocks_view(&p.about, lang)}</div>
                    })}
                    <h2>{text.answer_key}</h2>
                    <ul class="answer-key">
                        {options.iter().map(|(letter, choice)| view! {
                            <li class=if choice.correct { "is-right" } else { "is-wrong" }>
                                <span class="letter" aria-hidden="true">{letter.as_char().to_string()}</span>
                                <strong>{choice.label(lang)}</strong>
                                {if choice.correct { format!(" ✓ {}", text.right) } else { String::new() }}
                                ": "{inlines_view(&choice.why, lang)}
                            </li>
                        }).collect_view()}
                    </ul>
                    {scenario.prompt.as_ref().map(|prompt| view! {
                        <div class="callout callout-note"><p><strong>{text.discuss}</strong></p>{blocks_view(prompt, lang)}</div>
                    })}
                    {section.map(|(id, title)| view! { <p><a href=format!("#{id}") target="_blank">{title}</a></p> })}
                    <p class="next-up"><strong>{text.next_up}": "</strong>{upcoming.unwrap_or_else(|| text.last_one.to_string())}</p>
                </section>
                <aside class="console-side">
                    <Timer lang=lang/>
                    {(!scores.is_empty()).then(|| view! {
                        <section class="panel" aria-labelledby="scores-title">
                            <h2 id="scores-title">{text.team_scores}</h2>
                            <ol class="scoreboard">
                                {scores.iter().map(|t| view! { <li><span>{t.name.clone()}</span><strong>{t.points}</strong></li> }).collect_view()}
                            </ol>
                        </section>
                    })}
                    <section class="panel" aria-labelledby="votes-title">
                        <h2 id="votes-title">{text.votes}</h2>
                        {if teams.is_empty() {
                            view! {
                                <p class="hint">{text.votes_hint}</p>
                                <div class="vote-grid">
                                    {options.iter().map(|(letter, choice)| {
                                        let letter = *letter;
                                        let id = format!("vote-{}", letter.as_char());
                                        view! {
                                            <label for=id.clone()>{format!("{} · {}", letter.as_char(), choice.label(lang))}</label>
                                            <input id=id type="number" min="0" max="999" inputmode="numeric" prop:value=votes.count(letter).to_string()
                                                on:change=move |ev| {
                                                    let count = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0);
                                                    let _ = workshop.apply(lang, |s| s.set_count(letter, count));
                                                }/>
                                        }
                                    }).collect_view()}
                                </div>
                            }.into_any()
                        } else {
                            view! {
                                <table class="team-votes">
                                    <thead><tr><th scope="col">"Team"</th>{options.iter().map(|(l, _)| view! { <th scope="col">{l.as_char().to_string()}</th> }).collect_view()}</tr></thead>
                                    <tbody>
                                        {teams.into_iter().enumerate().map(|(t, name)| {
                                            let picks = votes.team_picks(t).cloned().unwrap_or_default();
                                            view! {
                                                <tr>
                                                    <th scope="row">{name.clone()}</th>
                                                    {options.iter().map(|(letter, _)| {
                                                        let letter = *letter;
                                                        let on = picks.contains(&letter);
                                                        view! { <td><input type="checkbox" aria-label=format!("{name}: {}", letter.as_char()) prop:checked=on
                                                            on:change=move |_| { let _ = workshop.apply(lang, |s| s.toggle_team_pick(t, letter)); }/></td> }
                                                    }).collect_view()}
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    </section>
                    <div class="actions">
                        <button type="button" class="button primary" disabled=revealed on:click=move |_| act(|s, _| s.reveal())>{text.reveal}" (R)"</button>
                        <button type="button" class="button" disabled=index == 0 on:click=move |_| act(|s, _| s.previous())>"← "{text.previous}</button>
                        <button type="button" class="button" on:click=move |_| act(|s, _| s.next())>{if index + 1 == total { text.to_summary } else { text.next }}" →"</button>
                    </div>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| open_audience_window()>{text.open_audience}</button>
                        <button type="button" class="button" aria-expanded=move || help.get().to_string() on:click=move |_| help.update(|h| *h = !*h)>"? "{text.shortcuts}</button>
                    </div>
                    <Show when=move || help.get()>
                        <Shortcuts lang=lang/>
                    </Show>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| confirm_end.set(true)>{text.end_session}</button>
                        <Show when=move || confirm_end.get()>
                            <button type="button" class="button danger" on:click=move |_| workshop.replace(lang, None)>{text.end_confirm}</button>
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

/// The countdown with its controls.
#[component]
fn Timer(lang: Lang) -> impl IntoView {
    let workshop: Workshop = expect_context();
    let text = workshop_text(lang);
    let timer = move || {
        workshop
            .session
            .with(|s| s.as_ref().map(|s| *s.timer()))
            .unwrap_or_default()
    };
    let act = move |change: fn(&mut dmu_core::workshop::Timer, u64)| {
        let now = crate::dom::now_ms() as u64;
        let _ = workshop.apply::<()>(lang, |s| {
            change(s.timer_mut(), now);
            Ok(())
        });
    };
    view! {
        <section class="panel timer-panel" aria-labelledby="timer-title">
            <h2 id="timer-title">{text.timer}</h2>
            <p class="timer-clock" aria-live="off">{move || clock(timer().remaining(workshop.now.get()))}</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| act(|t, now| t.toggle(now))>
                    {move || if timer().is_running(workshop.now.get()) { text.pause_timer } else { text.start_timer }}" (␣)"
                </button>
                <button type="button" class="button" on:click=move |_| act(|t, now| t.add_extra(now))>{text.plus_30}</button>
                <select aria-label=text.timer_label on:change=move |ev| {
                    let seconds: u64 = event_target_value(&ev).parse().unwrap_or(60);
                    let _ = workshop.apply::<()>(lang, |s| { s.timer_mut().set_length(seconds * 1000); Ok(()) });
                }>
                    {[30u64, 45, 60, 90, 120, 180].into_iter().map(|n| view! {
                        <option value=n.to_string() selected=move || timer().length_ms() == n * 1000>{format!("{n} s")}</option>
                    }).collect_view()}
                </select>
            </div>
        </section>
    }
}

/// The list of keyboard shortcuts.
#[component]
fn Shortcuts(lang: Lang) -> impl IntoView {
    let text = workshop_text(lang);
    view! {
        <section class="panel shortcuts" aria-label=text.shortcuts>
            <dl>
                {text.shortcut_list.iter().map(|(key, what)| view! { <div><dt><kbd>{*key}</kbd></dt><dd>{*what}</dd></div> }).collect_view()}
            </dl>
        </section>
    }
}
