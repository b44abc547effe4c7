//! Shows the place the URL names: the chapter (the page itself), or a page of the practice
//! or workshop part, which is downloaded the first time and shown with a notice while it
//! comes (or, if it cannot come, what to do). Also marks the current menu entry.

use crate::page;
use crate::parts::{self, Bundle};
use dmu_browser::dom;
use dmu_core::page::{attr, id, AppPart};
use dmu_core::route::Route;

/// Shows `route`.
pub fn show(route: &Route) {
    // The audience window on a projector shows the workshop part alone.
    let audience = *route == Route::Audience;
    for element in page::all(&format!("[{}]", attr::CHROME)) {
        page::hide(&element, audience);
    }
    // Said on every page but the audience's, when what the learner does is not kept.
    let persistent = dmu_browser::storage::is_persistent();
    page::set_hidden(id::STORAGE_NOTICE, audience || persistent);
    let here = route.nav_item();
    for link in page::all(&format!("[{}]", attr::NAV)) {
        let current = link.get_attribute(attr::NAV).as_deref() == here;
        page::set_or_remove(&link, "aria-current", current.then_some("page"));
    }

    let part = route.part();
    let bundle = match part {
        AppPart::Reader => Bundle::Ready,
        _ => parts::status_or_load(part),
    };
    // The page's <main> holds the chapter and the notices about a part's download; a part
    // that is running brings its own <main>, and then the page's steps aside, id and all
    // (the skip link and the parts look for `#main`).
    let own_main = part == AppPart::Reader || bundle != Bundle::Ready;
    let prerendered = format!("main[{}]", attr::PRERENDERED);
    if let Some(main) = page::all(&prerendered).into_iter().next() {
        page::hide(&main, !own_main);
        page::set_or_remove(&main, "id", own_main.then_some(id::MAIN));
    }
    page::set_hidden(id::CHAPTER, part != AppPart::Reader);
    page::set_hidden(
        id::PART_LOADING,
        part == AppPart::Reader || bundle != Bundle::Loading,
    );
    // While it downloads, a menu page's title and lead stand where the part will put them;
    // other places show only the loading line.
    let skeleton = route.skeleton();
    for element in page::all(&format!("[{}]", attr::LOADING)) {
        let this = element.get_attribute(attr::LOADING);
        page::hide(&element, this.as_deref() != skeleton);
    }
    page::set_hidden(
        id::PART_FAILED,
        part == AppPart::Reader || bundle != Bundle::Failed,
    );

    // Bring the section a link pointed at into view, with keyboard focus on it.
    if let Route::Chapter(Some(anchor)) = route {
        dom::focus_element(anchor);
    }
}
