//! The console's countdown with its controls, and the list of keyboard shortcuts.

use crate::workshop::Workshop;
use dmu_core::workshop::setup::{DEFAULT_THINKING_SECONDS, THINKING_SECONDS};
use dmu_core::workshop::{clock, Timer as Countdown};
use dmu_core::workshop_text::workshop_text;
use dmu_core::Lang;
use leptos::prelude::*;

/// The countdown with its controls.
#[component]
pub fn Timer(lang: Lang) -> impl IntoView {
    let workshop: Workshop = expect_context();
    let text = workshop_text(lang);
    let timer = Memo::new(move |_| {
        workshop
            .session
            .with(|s| s.as_ref().map(|s| *s.timer()))
            .unwrap_or_default()
    });
    let timer = move || timer.get();
    let act = move |change: fn(&mut Countdown, u64)| {
        let _ = workshop.apply_now::<()>(lang, |s, now| {
            change(s.timer_mut(), now);
            Ok(())
        });
    };
    view! {
        <section class="panel timer-panel" aria-labelledby="timer-title">
            <h2 id="timer-title">{text.timer}</h2>
            <p class="timer-clock" aria-live="off">
                {move || clock(timer().remaining(workshop.now.get()))}
            </p>
            <div class="actions">
                <button
                    type="button"
                    class="button primary"
                    on:click=move |_| act(|t, now| t.toggle(now))
                >
                    {move || {
                        if timer().is_running(workshop.now.get()) {
                            text.pause_timer
                        } else {
                            text.start_timer
                        }
                    }}
                    " (␣)"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| act(|t, now| t.add_extra(now))
                >
                    {text.plus_30}
                </button>
                <select
                    aria-label=text.timer_label
                    on:change=move |ev| {
                        let seconds: u64 = event_target_value(&ev)
                            .parse()
                            .unwrap_or(DEFAULT_THINKING_SECONDS);
                        let _ = workshop
                            .apply::<
                                (),
                            >(
                                lang,
                                |s| {
                                    s.timer_mut().set_seconds(seconds);
                                    Ok(())
                                },
                            );
                    }
                >
                    {THINKING_SECONDS
                        .into_iter()
                        .map(|n| {
                            view! {
                                <option
                                    value=n.to_string()
                                    selected=move || timer().length_seconds() == n
                                >
                                    {format!("{n} s")}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </section>
    }
}

/// The list of keyboard shortcuts.
#[component]
pub fn Shortcuts(lang: Lang) -> impl IntoView {
    let text = workshop_text(lang);
    view! {
        <section class="panel shortcuts" aria-label=text.shortcuts>
            <dl>
                {text
                    .shortcut_list
                    .iter()
                    .map(|(key, what)| {
                        view! {
                            <div>
                                <dt>
                                    <kbd>{*key}</kbd>
                                </dt>
                                <dd>{*what}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
