//! The app's places, read from and written to the URL fragment (`#/practice`, `#koper`).
//! A fragment works on any static host without a fallback page, and a plain anchor such as
//! `#koper` opens the chapter at that section, so links from anywhere keep working.

use crate::role::Role;

/// The separately downloaded parts of the app, so that each visitor loads only what they
/// use: a student reading the chapter gets the reader, practice adds the practice part,
/// and only a trainer's workshop loads the workshop part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The header and the chapter: always loaded, first.
    Reader,
    /// Practice, rounds and progress, with the learner's stored data.
    Practice,
    /// The presenter console and the audience window.
    Workshop,
}

/// A place in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The chapter, optionally at a section anchor.
    Chapter(Option<String>),
    /// Choosing what to practise.
    Practice,
    /// Start a round on one role, then play it (a link from the role's card in the chapter).
    PracticeRole(Role),
    /// The round being played.
    Quiz,
    /// The learner's progress.
    Progress,
    /// The trainer's presenter console.
    Workshop,
    /// The audience (projector) view of a workshop.
    Audience,
}

impl Route {
    /// Reads a fragment, with or without its `#`. Unknown paths fall back to the chapter.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let Some(path) = fragment.strip_prefix('/') else {
            return match fragment {
                "" => Route::Chapter(None),
                anchor => Route::Chapter(Some(anchor.to_string())),
            };
        };
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next()) {
            (Some("practice" | "oefenen"), Some(role)) => match Role::parse(role) {
                Some(role) => Route::PracticeRole(role),
                None => Route::Practice,
            },
            (Some("practice" | "oefenen"), None) => Route::Practice,
            (Some("quiz"), _) => Route::Quiz,
            (Some("progress" | "voortgang"), _) => Route::Progress,
            (Some("workshop"), Some("audience" | "zaal")) => Route::Audience,
            (Some("workshop"), _) => Route::Workshop,
            (Some("chapter" | "hoofdstuk"), anchor) => Route::Chapter(anchor.map(str::to_string)),
            _ => Route::Chapter(None),
        }
    }

    /// The fragment for this route, with its `#`.
    pub fn fragment(&self) -> String {
        match self {
            Route::Chapter(None) => "#/chapter".to_string(),
            Route::Chapter(Some(anchor)) => format!("#{anchor}"),
            Route::Practice => "#/practice".to_string(),
            Route::PracticeRole(role) => format!("#/practice/{}", role.key()),
            Route::Quiz => "#/quiz".to_string(),
            Route::Progress => "#/progress".to_string(),
            Route::Workshop => "#/workshop".to_string(),
            Route::Audience => "#/workshop/audience".to_string(),
        }
    }

    /// The part of the app that shows this place.
    pub fn part(&self) -> Part {
        match self {
            Route::Chapter(_) => Part::Reader,
            Route::Practice | Route::PracticeRole(_) | Route::Quiz | Route::Progress => {
                Part::Practice
            }
            Route::Workshop | Route::Audience => Part::Workshop,
        }
    }

    /// The main-menu entry this place belongs to (`data-nav` in the page), which the reader
    /// marks as the current page. The audience window shows no menu.
    pub fn nav_item(&self) -> Option<&'static str> {
        match self {
            Route::Chapter(_) => Some("chapter"),
            Route::Practice | Route::PracticeRole(_) | Route::Quiz => Some("practice"),
            Route::Progress => Some("progress"),
            Route::Workshop => Some("workshop"),
            Route::Audience => None,
        }
    }
}

impl Part {
    /// The id of the element a part mounts in, which the page holds from the start; the
    /// reader is the page itself.
    pub fn root_id(self) -> Option<&'static str> {
        match self {
            Part::Reader => None,
            Part::Practice => Some("practice-root"),
            Part::Workshop => Some("workshop-root"),
        }
    }

    /// The name of a lazily loaded part's files (`<name>.js`, `<name>_bg.wasm`): its
    /// binary's name. The reader's own files carry a content hash and are loaded by the page.
    pub fn file_name(self) -> Option<&'static str> {
        match self {
            Part::Reader => None,
            Part::Practice => Some("dmu-practice"),
            Part::Workshop => Some("dmu-workshop"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        for route in [
            Route::Chapter(None),
            Route::Chapter(Some("koper".into())),
            Route::Practice,
            Route::PracticeRole(Role::Buyer),
            Route::Quiz,
            Route::Progress,
            Route::Workshop,
            Route::Audience,
        ] {
            assert_eq!(Route::parse(&route.fragment()), route);
        }
    }

    #[test]
    fn plain_anchors_open_the_chapter_there() {
        assert_eq!(
            Route::parse("#portier"),
            Route::Chapter(Some("portier".into()))
        );
        assert_eq!(Route::parse(""), Route::Chapter(None));
        assert_eq!(Route::parse("#"), Route::Chapter(None));
        assert_eq!(
            Route::parse("#/hoofdstuk/koper"),
            Route::Chapter(Some("koper".into()))
        );
    }

    #[test]
    fn each_place_belongs_to_one_part() {
        assert_eq!(Route::parse("#koper").part(), Part::Reader);
        assert_eq!(Route::parse("").part(), Part::Reader);
        for fragment in ["#/practice", "#/oefenen/koper", "#/quiz", "#/voortgang"] {
            assert_eq!(Route::parse(fragment).part(), Part::Practice, "{fragment}");
        }
        for fragment in ["#/workshop", "#/workshop/zaal"] {
            assert_eq!(Route::parse(fragment).part(), Part::Workshop, "{fragment}");
        }
    }

    #[test]
    fn navigation_groups() {
        assert_eq!(Route::Quiz.nav_item(), Some("practice"));
        assert_eq!(Route::PracticeRole(Role::User).nav_item(), Some("practice"));
        assert_eq!(
            Route::Chapter(Some("koper".into())).nav_item(),
            Some("chapter")
        );
        assert_eq!(Route::Progress.nav_item(), Some("progress"));
        assert_eq!(Route::Workshop.nav_item(), Some("workshop"));
        assert_eq!(Route::Audience.nav_item(), None);
    }

    #[test]
    fn only_the_lazy_parts_have_a_root_and_files_of_their_own() {
        assert_eq!(Part::Reader.root_id(), None);
        assert_eq!(Part::Reader.file_name(), None);
        assert_eq!(Part::Practice.root_id(), Some("practice-root"));
        assert_eq!(Part::Workshop.file_name(), Some("dmu-workshop"));
        assert_ne!(Part::Practice.root_id(), Part::Workshop.root_id());
    }

    #[test]
    fn dutch_aliases_and_unknown_paths() {
        assert_eq!(Route::parse("#/oefenen"), Route::Practice);
        assert_eq!(Route::parse("#/voortgang"), Route::Progress);
        assert_eq!(Route::parse("#/workshop/zaal"), Route::Audience);
        assert_eq!(Route::parse("#/nergens"), Route::Chapter(None));
        assert_eq!(
            Route::parse("#/oefenen/koper"),
            Route::PracticeRole(Role::Buyer)
        );
        assert_eq!(Route::parse("#/practice/nobody"), Route::Practice);
    }
}
