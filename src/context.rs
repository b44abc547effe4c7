//! The state the components share through Leptos context, in both bundles.

use dmu_core::route::Route;
use dmu_core::Lang;
use leptos::prelude::*;

/// The language the learner reads in.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

/// Where the learner is, read from the URL fragment.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// Changes whenever the trainer's own sets do (see [`crate::own_sets::follow`]).
#[derive(Clone, Copy)]
pub struct OwnSetsChanged(pub RwSignal<u64>);
