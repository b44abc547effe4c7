//! The state the components share through Leptos context, in both bundles.

use dmu_core::round::Round;
use dmu_core::route::Route;
use dmu_core::Lang;
use leptos::prelude::*;

/// The language the learner reads in.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// Where the learner is, read from the URL fragment.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// The practice round in progress (or just finished), if any.
#[derive(Clone, Copy)]
pub struct ActiveRound(pub RwSignal<Option<Round>>);
