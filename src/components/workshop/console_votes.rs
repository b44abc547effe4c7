//! The console's votes and scores, each figure in its own small view: a vote changes the
//! count of its own letter (or the tick of its own team), never the rest of the console.

use crate::workshop::Workshop;
use dmu_core::workshop::Letter;
use dmu_core::workshop_text::workshop_text;
use dmu_core::Lang;
use leptos::prelude::*;

/// The room's hands per option: one number field per letter.
#[component]
pub fn RoomVotes(lang: Lang, options: Vec<(Letter, String)>) -> impl IntoView {
    let text = workshop_text(lang);
    view! {
        <p class="hint">{text.votes_hint}</p>
        <div class="vote-grid">
            {options
                .into_iter()
                .map(|(letter, label)| view! { <RoomVote lang=lang letter=letter label=label /> })
                .collect_view()}
        </div>
    }
}

/// One option's hands.
#[component]
fn RoomVote(lang: Lang, letter: Letter, label: String) -> impl IntoView {
    let workshop: Workshop = expect_context();
    let count = Memo::new(move |_| {
        workshop
            .on_screen(|_, item| item.votes.count(letter))
            .unwrap_or(0)
    });
    let id = format!("vote-{}", letter.as_char());
    view! {
        <label for=id.clone()>{format!("{} · {label}", letter.as_char())}</label>
        <input
            id=id
            type="number"
            min="0"
            max="999"
            inputmode="numeric"
            data-letter=letter.as_char().to_string()
            prop:value=move || count.get().to_string()
            on:change=move |ev| {
                let count = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0);
                let _ = workshop.apply(lang, |s| s.set_count(letter, count));
            }
        />
    }
}

/// Each team's answer: a row of ticks per team.
#[component]
pub fn TeamVotes(lang: Lang, teams: Vec<String>, letters: Vec<Letter>) -> impl IntoView {
    view! {
        <table class="team-votes">
            <thead>
                <tr>
                    <th scope="col">"Team"</th>
                    {letters
                        .iter()
                        .map(|l| view! { <th scope="col">{l.as_char().to_string()}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {teams
                    .into_iter()
                    .enumerate()
                    .map(|(team, name)| {
                        let letters = letters.clone();
                        view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                {letters
                                    .into_iter()
                                    .map(|letter| {
                                        view! {
                                            <TeamPick
                                                lang=lang
                                                team=team
                                                name=name.clone()
                                                letter=letter
                                            />
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// One team's tick for one letter.
#[component]
fn TeamPick(lang: Lang, team: usize, name: String, letter: Letter) -> impl IntoView {
    let workshop: Workshop = expect_context();
    let on = Memo::new(move |_| {
        workshop.on_screen(|_, item| {
            item.votes
                .team_picks(team)
                .is_some_and(|p| p.contains(&letter))
        }) == Some(true)
    });
    view! {
        <td>
            <input
                type="checkbox"
                aria-label=format!("{name}: {}", letter.as_char())
                prop:checked=move || on.get()
                on:change=move |_| {
                    let _ = workshop.apply(lang, |s| s.toggle_team_pick(team, letter));
                }
            />
        </td>
    }
}

/// The teams' running scores, best first; nothing without teams.
#[component]
pub fn Scoreboard(lang: Lang) -> impl IntoView {
    let workshop: Workshop = expect_context();
    let text = workshop_text(lang);
    let scores = Memo::new(move |_| {
        workshop.session.with(|s| {
            s.as_ref()
                .map(|s| s.scores(crate::content::library(lang)))
                .unwrap_or_default()
                .into_iter()
                .map(|t| (t.name, t.points))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || scores.with(|s| !s.is_empty())>
            <section class="panel" aria-labelledby="scores-title">
                <h2 id="scores-title">{text.team_scores}</h2>
                <ol class="scoreboard">
                    {move || {
                        scores
                            .get()
                            .into_iter()
                            .map(|(name, points)| {
                                view! {
                                    <li>
                                        <span>{name}</span>
                                        <strong>{points}</strong>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </section>
        </Show>
    }
}
