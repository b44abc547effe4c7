//! A LinkedIn profile in the editor's preview: the quiz's card, by its markup and classes,
//! as a named group rather than a region. A preview can show many profiles, and regions
//! that share a name are look-alike landmarks; the quiz shows one at a time, and its own
//! card stays as it is so that the student's parts do not pay for a name per person.

use dmu_core::quiz_text::quiz_text;
use dmu_core::scenario::Profile;
use dmu_core::Lang;
use dmu_trainer::components::rich_text::inlines_view;
use leptos::prelude::*;

/// A profile card, in `lang` (the language of the profile).
pub fn profile_view(profile: &Profile, lang: Lang) -> impl IntoView {
    let text = quiz_text(lang);
    let initials: String = profile
        .name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .take(2)
        .collect();
    let label = format!("{}: {}", text.profile_label, profile.name);
    view! {
        <div class="profile-card" role="group" aria-label=label>
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
        </div>
    }
}
