//! Shows a part's pages once the content of the learner's language is here. Until then it
//! shows the same loading notice as the page did while the part itself downloaded, so
//! nothing moves; if the content cannot come, it says so and offers to try again.

use crate::content::Content;
use crate::context::CurrentRoute;
use dmu_core::ui_text::{page_heading, ui_text};
use dmu_core::Lang;
use leptos::prelude::*;

/// `children` once `lang`'s content is here.
#[component]
pub fn ContentGate(content: Content, lang: Memo<Lang>, children: ChildrenFn) -> impl IntoView {
    // Once the first language is here, the part only ever shows languages that are.
    let ready = Memo::new(move |_| content.is_loaded(lang.get()));
    let CurrentRoute(route) = expect_context();
    move || {
        if ready.get() {
            return children().into_any();
        }
        let text = ui_text(lang.get());
        match content.failed.get() {
            // The same as the page's own loading notice: the place's title and lead where
            // the page will have them, so nothing moves or flashes.
            None => {
                let heading = page_heading(&route.get(), lang.get());
                view! {
                    <main id=dmu_core::page::id::MAIN tabindex="-1">
                        <div class="page">
                            {match heading {
                                Some((title, lead)) => {
                                    view! {
                                        <h1>{title}</h1>
                                        <p class="lead">{lead}</p>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! { <h1 class="visually-hidden">{text.app_name}</h1> }
                                        .into_any()
                                }
                            }} <p class="loading" role="status">
                                {text.loading_part}
                            </p>
                        </div>
                    </main>
                }
                .into_any()
            }
            Some(_) => view! {
                <main id=dmu_core::page::id::MAIN tabindex="-1">
                    <div class="page">
                        <h1>{text.part_failed_title}</h1>
                        <div class="notice notice-warning" role="alert">
                            <p>{text.content_failed}</p>
                            <div class="notice-actions">
                                <button
                                    type="button"
                                    class="button"
                                    on:click=move |_| content.ensure(lang.get_untracked())
                                >
                                    {text.try_again}
                                </button>
                            </div>
                        </div>
                    </div>
                </main>
            }
            .into_any(),
        }
    }
}
