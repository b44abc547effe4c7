//! The set editor: a trainer writes a set in Markdown and sees, as they type, every error
//! at its line and each scenario as a learner will see it. What they type is kept as they
//! type; the template or a copy of a set replaces it only with the way back. Reading and
//! checking are the core's ([`dmu_core::sets::bring`]), as for a file they import.

use crate::actions;
use crate::checks::Checks;
use crate::flash::{Flash, FlashView};
use crate::import_box::anchors;
use crate::keeper::{Keeper, Kept};
use crate::preview::SetPreview;
use dmu_browser::dom;
use dmu_core::route::Route;
use dmu_core::sets::bring::{read_markdown, Brought, Reading};
use dmu_core::sets::draft::Draft;
use dmu_core::sets::lines::{line_at, line_start};
use dmu_core::sets::template::template;
use dmu_core::sets_text::{caret_place, sets_text};
use dmu_core::storage_text::notice_text;
use dmu_core::Lang;
use dmu_trainer::content::Content;
use dmu_trainer::context::UiLang;
use leptos::html::Textarea;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// How long the trainer pauses before the text is checked again.
const PAUSE: Duration = Duration::from_millis(250);

/// Reads the editor's text as a set.
fn read(text: &str) -> Reading {
    read_markdown("editor", text.as_bytes(), anchors)
}

/// The editor page.
#[component]
pub fn EditorPage() -> impl IntoView {
    let UiLang(lang) = expect_context();
    let content: Content = expect_context();
    let flash: Flash = expect_context();
    let stored = actions::read_draft();
    let start = match stored.text.trim().is_empty() {
        true => template(lang.get_untracked()).to_string(),
        false => stored.text,
    };
    let has_previous = RwSignal::new(stored.previous.is_some());
    // The text as last checked, a pause after the trainer typed it.
    let source = RwSignal::new(start.clone());
    let caret = RwSignal::new(1u32);
    let kept = RwSignal::new(Kept::Nothing);
    let keeper = Keeper::new(kept, stored.changed);
    let area = NodeRef::<Textarea>::new();
    let element = move || area.get_untracked();
    area.on_load(move |area| keeper.attach(area));

    // Checked against the chapter of the set's language, once both are here.
    let reading = Memo::new(move |_| {
        let ready = Lang::ALL.into_iter().all(|l| content.is_loaded(l));
        ready.then(|| source.with(|text| read(text)))
    });
    let last_good = Memo::new(move |before: Option<&Option<Brought>>| {
        reading.with(|r| match r {
            Some(Reading::Ready(brought)) => Some(brought.clone()),
            _ => before.cloned().flatten(),
        })
    });
    let has_errors =
        Memo::new(move |_| reading.with(|r| matches!(r, Some(Reading::Errors { .. }))));
    let stale = Signal::derive(move || has_errors.get() && last_good.with(Option::is_some));
    let can_save = Memo::new(move |_| reading.with(|r| matches!(r, Some(Reading::Ready(_)))));

    let check_timer = StoredValue::new(None::<TimeoutHandle>);
    let check_later = move || {
        if let Some(timer) = check_timer.get_value() {
            timer.clear();
        }
        let timer = set_timeout_with_handle(
            move || {
                if let Some(area) = element() {
                    source.set(area.value());
                }
            },
            PAUSE,
        );
        check_timer.set_value(timer.ok());
    };
    on_cleanup(move || {
        if let Some(timer) = check_timer.try_get_value().flatten() {
            timer.clear();
        }
    });
    let follow_caret = move || {
        if let Some(area) = element() {
            let at = area.selection_start().ok().flatten().unwrap_or(0);
            caret.set(line_at(&area.value(), at));
        }
    };
    let on_input = move |_| {
        keeper.typed();
        check_later();
        follow_caret();
    };
    // Puts the caret at the start of a line and shows it there.
    let go_to_line = Callback::new(move |line: u32| {
        let Some(area) = element() else {
            return;
        };
        let text = area.value();
        let at = line_start(&text, line);
        let _ = area.focus();
        let _ = area.set_selection_range(at, at);
        let before: String = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1) as usize)
            .collect();
        scroll_to_line(&area, &before);
        caret.set(line.max(1));
    });
    // Puts a stored draft in the editor, the caret at `at` (or the end) and scrolled to `top`.
    let show = move |draft: Draft, at: u32, top: i32| {
        if let Some(area) = element() {
            area.set_value(&draft.text);
            let at = at.min(draft.text.encode_utf16().count() as u32);
            let _ = area.set_selection_range(at, at);
            area.set_scroll_top(top);
        }
        source.set(draft.text);
        has_previous.set(draft.previous.is_some());
        follow_caret();
    };
    // A text stored by a replacement goes in the editor, from its start.
    let put = move |draft: Draft| {
        keeper.stored_elsewhere(draft.changed);
        show(draft, 0, 0);
    };
    let bring_back = Callback::new(move |()| {
        keeper.keep_now();
        let ui = lang.get_untracked();
        actions::bring_back_draft(ui, flash, move |draft| {
            put(draft);
            flash.say(sets_text(ui).brought_back.to_string());
        });
    });
    // The editor open in another tab stored its text: it shows here, where the trainer was.
    keeper.follow_other_tabs(move |draft: Draft| {
        let (at, top) = element().map_or((0, 0), |area| {
            let at = area.selection_start().ok().flatten().unwrap_or(0);
            (at, area.scroll_top())
        });
        show(draft, at, top);
        flash.say(sets_text(lang.get_untracked()).draft_followed.to_string());
    });
    // Typed here and in another tab at once: theirs is the previous draft now.
    let theirs_kept = keeper.theirs_kept();
    Effect::new(move |_| {
        if theirs_kept.get() > 0 {
            has_previous.set(true);
            let text = sets_text(lang.get_untracked()).other_tab_kept.to_string();
            flash.with_undo(text, bring_back);
        }
    });
    let start_template = move |_| {
        keeper.keep_now();
        let ui = lang.get_untracked();
        actions::replace_draft(template(ui).to_string(), ui, flash, move |draft| {
            let text = sets_text(ui);
            let kept_one = draft.previous.is_some();
            put(draft);
            match kept_one {
                true => flash.with_undo(
                    format!("{} {}", text.template_placed, text.previous_kept),
                    bring_back,
                ),
                false => flash.say(text.template_placed.to_string()),
            }
        });
    };
    let save = move |_| {
        keeper.keep_now();
        let Some(area) = element() else {
            return;
        };
        let text = area.value();
        let reading = read(&text);
        source.set(text);
        if let Reading::Ready(brought) = reading {
            actions::add(brought, lang.get_untracked(), flash, || {});
        }
    };
    let download = move |_| {
        let Some(area) = element() else {
            return;
        };
        let text = area.value();
        let name = match read(&text) {
            Reading::Ready(brought) => actions::file_name(&brought.set),
            Reading::Errors { .. } => "set.md".to_string(),
        };
        dom::download(&name, &text, "text/markdown");
    };

    let back = Route::Sets.fragment();
    view! {
        <div class="page set-editor">
            <h1 id="editor-title" tabindex="-1">
                {move || sets_text(lang.get()).editor_title}
            </h1>
            <p class="lead">{move || sets_text(lang.get()).editor_intro}</p>
            <FlashView />
            <div class="editor-layout">
                <div class="editor-source">
                    <label for="set-source" class="editor-label">
                        {move || sets_text(lang.get()).editor_label}
                    </label>
                    <textarea
                        id="set-source"
                        class="set-source"
                        node_ref=area
                        rows="20"
                        spellcheck="false"
                        autocapitalize="off"
                        autocomplete="off"
                        aria-describedby="editor-count"
                        on:input=on_input
                        on:keyup=move |_| follow_caret()
                        on:click=move |_| follow_caret()
                        on:focus=move |_| follow_caret()
                        on:select=move |_| follow_caret()
                        prop:value=start
                    ></textarea>
                    <div class="editor-status">
                        <p class="muted">{move || caret_place(lang.get(), caret.get())}</p>
                        <p
                            class="draft-kept"
                            class:form-warning=move || kept.with(|k| matches!(k, Kept::Failed(_)))
                            role="status"
                        >
                            {move || kept_text(lang.get(), &kept.get())}
                        </p>
                    </div>
                    <Checks reading=reading on_line=go_to_line />
                    <div class="actions editor-actions">
                        <button
                            type="button"
                            class="button primary"
                            id="save-set"
                            disabled=move || !can_save.get()
                            on:click=save
                        >
                            {move || sets_text(lang.get()).save_set}
                        </button>
                        <button type="button" class="button" on:click=download>
                            {move || sets_text(lang.get()).download_md}
                        </button>
                        <button type="button" class="button" on:click=start_template>
                            {move || sets_text(lang.get()).start_template}
                        </button>
                        <Show when=move || has_previous.get()>
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| bring_back.run(())
                            >
                                {move || sets_text(lang.get()).bring_back}
                            </button>
                        </Show>
                    </div>
                    <p class="muted" hidden=move || !has_errors.get()>
                        {move || sets_text(lang.get()).save_blocked}
                    </p>
                    <p>
                        <a href=back>{move || sets_text(lang.get()).back_to_sets}</a>
                    </p>
                </div>
                <SetPreview set=last_good stale=stale on_line=go_to_line />
            </div>
        </div>
    }
}

/// What the keeper says about the draft.
fn kept_text(ui: Lang, kept: &Kept) -> String {
    let text = sets_text(ui);
    match kept {
        Kept::Nothing => String::new(),
        Kept::Stored => text.draft_kept.to_string(),
        Kept::InMemory => text.draft_in_memory.to_string(),
        Kept::Failed(notices) => std::iter::once(text.draft_not_kept.to_string())
            .chain(notices.iter().map(|notice| notice_text(ui, notice)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Scrolls the textarea so that the line starting after `before` shows a third down from
/// its top. Lines wrap, so where a line is depends on the width: a hidden copy of the
/// textarea holding only `before` measures it.
fn scroll_to_line(area: &HtmlTextAreaElement, before: &str) {
    let copy = area
        .clone_node()
        .ok()
        .and_then(|node| node.dyn_into::<HtmlTextAreaElement>().ok());
    let (Some(copy), Some(parent)) = (copy, area.parent_element()) else {
        return;
    };
    copy.remove_attribute("id").ok();
    copy.remove_attribute("aria-describedby").ok();
    copy.set_attribute("aria-hidden", "true").ok();
    copy.set_class_name("set-source line-measure");
    copy.set_value(before);
    if parent.append_child(&copy).is_err() {
        return;
    }
    let height = copy.scroll_height();
    copy.remove();
    area.set_scroll_top((height - area.client_height() / 3).max(0));
}
