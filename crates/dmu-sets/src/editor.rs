//! TEMP: the set editor (being written).
use leptos::prelude::*;
#[component]
pub fn EditorPage() -> impl IntoView {
    view! { <h1>"Editor"</h1> }
}
