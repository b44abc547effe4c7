//! TEMP: the handout (being written).
use leptos::prelude::*;
#[component]
pub fn HandoutPage(id: String) -> impl IntoView {
    view! { <h1>{id}</h1> }
}
