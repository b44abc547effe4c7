//! A LinkedIn profile as the learner would see it: name, headline, position, organisation
//! and a recent post.

use crate::components::rich_text::inlines_view;
use dmu_core::quiz_text::quiz_text;
use dmu_core::scenario::Profile;
use dmu_core::Lang;
use leptos::prelude::*;

/// A profile card, in `lang` (the language of the profile).
#[component]
pub fn ProfileCard(profile: Profile, lang: Lang) -> impl IntoView {
    let text = quiz_text(lang);
    let initials: String = profile
        .name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .take(2)
        .collect();
    view! {
        <section class="profile-card" aria-label=text.profile_label>
            <div class="profile-head">
                <span class="avatar" aria-hidden="true">
                    {initials}
                </span>
                <div>
                    <p class="profile-name">{profile.name.clone()}</p>
                    <p class="profile-headline">{profile.headline.clone()}</p>
                    {profile.position.clone().map(|p| view! { <p class="profile-meta">{p}</p> })}
                    {profile.company.clone().map(|c| view! { <p class="profile-meta">{c}</p> })}
                </div>
            </div>
            <div class="profile-activity">
                <p class="profile-activity-label">{text.activity_label}</p>
                <p>{inlines_view(&profile.activity, lang)}</p>
            </div>
        </section>
    }
}
