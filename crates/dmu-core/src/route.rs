//! The app's places, read from and written to the URL fragment (`#/practice`, `#koper`).
//! A fragment works on any static host without a fallback page, and a plain anchor such as
//! `#koper` opens the chapter at that section, so links from anywhere keep working.

pub use crate::page::AppPart;
use crate::role::Role;

/// A place in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The chapter, optionally at a section anchor.
    Chapter(Option<String>),
    /// Choosing what to practise.
    Practice,
    /// Start a round on one role, then play it (a link from the role's card in the chapter).
    PracticeRole(Role),
    /// Start a round on one set (by its id in the library), then play it: from the
    /// trainer's own sets, or a shared set played once.
    PracticeSet(String),
    /// The round being played.
    Quiz,
    /// The learner's progress.
    Progress,
    /// The trainer's presenter console.
    Workshop,
    /// The audience (projector) view of a workshop.
    Audience,
    /// A trainer's own sets: the list, import, export, sharing.
    Sets,
    /// The editor of a set, with its preview.
    SetEditor,
    /// One own set as a handout to print (by its id as written in the set).
    SetHandout(String),
    /// A set shared by link: the packed set itself (see [`crate::sets::share`]).
    SharedSet(String),
}

impl Route {
    /// Reads a fragment, with or without its `#`. Unknown paths fall back to the chapter;
    /// a query string (`?x`) is ignored. Under `#/workshop/` anything but nothing is the
    /// audience: a mistyped or extended projector link must never show the console, which
    /// holds the answer key.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let fragment = fragment.split('?').next().unwrap_or("");
        let Some(path) = fragment.strip_prefix('/') else {
            return match fragment {
                "" => Route::Chapter(None),
                anchor => Route::Chapter(Some(anchor.to_string())),
            };
        };
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let first = parts.next().unwrap_or("");
        let section = SECTIONS.iter().find(|(name, _)| *name == first);
        let Some(&(name, section)) = section else {
            return Route::Chapter(None);
        };
        match (section, parts.next()) {
            (Section::Practice, Some("set")) => match parts.next() {
                Some(id) => Route::PracticeSet(id.to_string()),
                None => Route::Practice,
            },
            (Section::Practice, Some(role)) => match Role::parse(role) {
                Some(role) => Route::PracticeRole(role),
                None => Route::Practice,
            },
            (Section::Practice, None) => Route::Practice,
            (Section::Quiz, _) => Route::Quiz,
            (Section::Progress, _) => Route::Progress,
            (Section::Sets, None) => Route::Sets,
            (Section::Sets, Some("editor")) => Route::SetEditor,
            (Section::Sets, Some("handout" | "hand-out")) => match parts.next() {
                Some(id) => Route::SetHandout(id.to_string()),
                None => Route::Sets,
            },
            (Section::Sets, Some(_)) => Route::Sets,
            // A share link: everything after `#/set/` is the packed set (base64url, so it
            // holds no `/` or `?`); a damaged one is the sets part's to explain.
            (Section::SharedSet, _) => Route::SharedSet(
                path.strip_prefix(name)
                    .unwrap_or("")
                    .trim_start_matches('/')
                    .to_string(),
            ),
            (Section::Workshop, Some(_)) => Route::Audience,
            (Section::Workshop, None) => Route::Workshop,
            (Section::Chapter, anchor) => Route::Chapter(anchor.map(str::to_string)),
        }
    }

    /// The fragment for this route, with its `#`.
    pub fn fragment(&self) -> String {
        match self {
            Route::Chapter(None) => "#/chapter".to_string(),
            Route::Chapter(Some(anchor)) => format!("#{anchor}"),
            Route::Practice => "#/practice".to_string(),
            Route::PracticeRole(role) => format!("#/practice/{}", role.key()),
            Route::PracticeSet(id) => format!("#/practice/set/{id}"),
            Route::Quiz => "#/quiz".to_string(),
            Route::Progress => "#/progress".to_string(),
            Route::Workshop => "#/workshop".to_string(),
            Route::Audience => "#/workshop/audience".to_string(),
            Route::Sets => "#/sets".to_string(),
            Route::SetEditor => "#/sets/editor".to_string(),
            Route::SetHandout(id) => format!("#/sets/handout/{id}"),
            Route::SharedSet(packed) => format!("#/set/{packed}"),
        }
    }

    /// The part of the app that shows this place.
    pub fn part(&self) -> AppPart {
        match self {
            Route::Chapter(_) => AppPart::Reader,
            Route::Practice | Route::PracticeRole(_) | Route::PracticeSet(_) | Route::Quiz => {
                AppPart::Practice
            }
            Route::Progress => AppPart::Progress,
            Route::Workshop | Route::Audience => AppPart::Workshop,
            Route::Sets | Route::SetEditor | Route::SetHandout(_) | Route::SharedSet(_) => {
                AppPart::Sets
            }
        }
    }

    /// The page whose heading and lead stand in while this place's part downloads
    /// (`data-loading` in the page): only a menu entry's own page, which opens with that
    /// heading. A round, the editor, a handout, a shared set and the projector open with
    /// their own, so they get none: another page's words would flash by (on the projector,
    /// the console's, in front of the room).
    pub fn skeleton(&self) -> Option<&'static str> {
        match self {
            Route::Practice | Route::Progress | Route::Workshop | Route::Sets => self.nav_item(),
            _ => None,
        }
    }

    /// What the page shows at this place before the app's code runs (`data-opening`,
    /// which the boot script writes and the stylesheet reads): the stand-in heading of
    /// [`Self::skeleton`], or only the loading line ([`opening::PART`]), and for the
    /// projector's window no menu either ([`opening::AUDIENCE`]). The chapter is in the
    /// page already: it needs none.
    pub fn opening(&self) -> Option<&'static str> {
        match self {
            Route::Chapter(_) => None,
            Route::Audience => Some(opening::AUDIENCE),
            _ => Some(self.skeleton().unwrap_or(opening::PART)),
        }
    }

    /// The main-menu entry this place belongs to (`data-nav` in the page), which the reader
    /// marks as the current page. The audience window shows no menu.
    pub fn nav_item(&self) -> Option<&'static str> {
        match self {
            Route::Chapter(_) => Some("chapter"),
            Route::Practice | Route::PracticeRole(_) | Route::PracticeSet(_) | Route::Quiz => {
                Some("practice")
            }
            Route::Progress => Some("progress"),
            Route::Workshop => Some("workshop"),
            Route::Sets | Route::SetEditor | Route::SetHandout(_) | Route::SharedSet(_) => {
                Some("sets")
            }
            Route::Audience => None,
        }
    }
}

/// The values of `data-opening` besides a stand-in heading's name ([`Route::opening`]).
pub mod opening {
    /// A part's place with no stand-in heading: only the loading line shows.
    pub const PART: &str = "part";
    /// The projector's window: the loading line, and no menu.
    pub const AUDIENCE: &str = "audience";
}

/// What the first segment of a path (`#/oefenen/...`) opens, before the rest is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Chapter,
    Practice,
    Quiz,
    Progress,
    Sets,
    SharedSet,
    Workshop,
}

/// The first segments [`Route::parse`] knows, in both languages.
const SECTIONS: [(&str, Section); 11] = [
    ("chapter", Section::Chapter),
    ("hoofdstuk", Section::Chapter),
    ("practice", Section::Practice),
    ("oefenen", Section::Practice),
    ("quiz", Section::Quiz),
    ("progress", Section::Progress),
    ("voortgang", Section::Progress),
    ("sets", Section::Sets),
    ("mijn-sets", Section::Sets),
    ("set", Section::SharedSet),
    ("workshop", Section::Workshop),
];

impl Section {
    /// The place most paths below the segment open: a round (on a role or a set), the
    /// set editor (or a handout), the projector. [`boot_places`] reads it; a test holds
    /// it to [`Route::parse`].
    fn deeper(self) -> Route {
        match self {
            Section::Chapter => Route::Chapter(Some(String::new())),
            Section::Practice => Route::PracticeRole(Role::Buyer),
            Section::Quiz => Route::Quiz,
            Section::Progress => Route::Progress,
            Section::Sets => Route::SetEditor,
            Section::SharedSet => Route::SharedSet(String::new()),
            Section::Workshop => Route::Audience,
        }
    }
}

/// A part's place as the boot script in `index.html` tells it, before any of the app's
/// code runs: by the first segment of its path alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootPlace {
    /// The first segment of the path (`oefenen`).
    pub segment: &'static str,
    /// The part that shows it, whose files the script fetches at once.
    pub part: AppPart,
    /// [`Route::opening`] of the segment alone (`#/oefenen`).
    pub alone: &'static str,
    /// [`Route::opening`] of most paths below it (`#/oefenen/koper`).
    pub deeper: &'static str,
}

/// Every part's place, for the boot script: the prerenderer writes this table into the
/// page, so the script holds no copy of [`Route::parse`].
pub fn boot_places() -> Vec<BootPlace> {
    SECTIONS
        .iter()
        .filter_map(|&(segment, section)| {
            let alone = Route::parse(&format!("#/{segment}"));
            // The chapter's segments open no part: they have no opening, and no row.
            Some(BootPlace {
                segment,
                part: alone.part(),
                alone: alone.opening()?,
                deeper: section.deeper().opening()?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One route of each kind, with every role and a few anchors.
    fn every_route() -> Vec<Route> {
        let mut routes = vec![
            Route::Chapter(None),
            Route::Chapter(Some("koper".into())),
            Route::Chapter(Some("wat-is-een-dmu".into())),
            Route::Practice,
            Route::Quiz,
            Route::Progress,
            Route::Workshop,
            Route::Audience,
            Route::Sets,
            Route::SetEditor,
            Route::SetHandout("mijn-set".into()),
            Route::SharedSet("AQAAAAB-_x".into()),
            Route::PracticeSet("u-zorg-0a1b2c3d".into()),
        ];
        routes.extend(Role::ALL.map(Route::PracticeRole));
        routes
    }

    #[test]
    fn every_routes_fragment_reads_back_as_that_route() {
        for route in every_route() {
            let fragment = route.fragment();
            assert!(fragment.starts_with('#'), "{fragment}");
            assert_eq!(Route::parse(&fragment), route, "{fragment}");
            // Also without its `#`, as `location.hash` handlers sometimes pass it.
            assert_eq!(Route::parse(&fragment[1..]), route, "{fragment}");
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
        assert_eq!(Route::parse("#koper").part(), AppPart::Reader);
        assert_eq!(Route::parse("").part(), AppPart::Reader);
        assert_eq!(Route::parse("#/voortgang").part(), AppPart::Progress);
        for fragment in ["#/practice", "#/oefenen/koper", "#/quiz"] {
            assert_eq!(
                Route::parse(fragment).part(),
                AppPart::Practice,
                "{fragment}"
            );
        }
        for fragment in ["#/workshop", "#/workshop/zaal"] {
            assert_eq!(
                Route::parse(fragment).part(),
                AppPart::Workshop,
                "{fragment}"
            );
        }
    }

    #[test]
    fn every_place_but_the_projector_marks_a_menu_entry_of_its_own_part() {
        // The menu's links (as the prerenderer writes them): each is marked by its own
        // `nav_item`, and its link `#/<entry>` opens it.
        let menu = [
            Route::Chapter(None),
            Route::Practice,
            Route::Progress,
            Route::Workshop,
            Route::Sets,
        ];
        for entry in &menu {
            let nav = entry.nav_item().expect("a menu link has an entry");
            assert_eq!(Route::parse(&format!("#/{nav}")), *entry, "{nav}");
        }
        for route in every_route() {
            let Some(nav) = route.nav_item() else {
                assert_eq!(route, Route::Audience, "only the projector has no menu");
                continue;
            };
            let entry = menu.iter().find(|m| m.nav_item() == Some(nav));
            let entry = entry.unwrap_or_else(|| panic!("{route:?} marks no menu entry"));
            assert_eq!(entry.part(), route.part(), "{route:?}");
        }
        assert_eq!(Route::Quiz.nav_item(), Route::Practice.nav_item());
    }

    #[test]
    fn only_a_menu_entrys_own_page_has_a_stand_in_heading() {
        for route in every_route() {
            let expected = match route {
                Route::Practice => Some("practice"),
                Route::Progress => Some("progress"),
                Route::Workshop => Some("workshop"),
                Route::Sets => Some("sets"),
                _ => None,
            };
            assert_eq!(route.skeleton(), expected, "{route:?}");
        }
        assert_eq!(Route::parse("#/workshop/zaal").skeleton(), None);
        assert_eq!(Route::parse("#/sets/editor").skeleton(), None);
    }

    #[test]
    fn own_sets_places_and_share_links() {
        assert_eq!(Route::parse("#/mijn-sets"), Route::Sets);
        assert_eq!(Route::parse("#/sets/nergens"), Route::Sets);
        assert_eq!(Route::parse("#/sets/handout"), Route::Sets);
        assert_eq!(
            Route::parse("#/mijn-sets/hand-out/zorg"),
            Route::SetHandout("zorg".into())
        );
        // A share link keeps its packed set whole; an empty one is still a share link,
        // which the sets part explains.
        assert_eq!(
            Route::parse("#/set/AQ-_x"),
            Route::SharedSet("AQ-_x".into())
        );
        assert_eq!(Route::parse("#/set"), Route::SharedSet(String::new()));
        for route in [Route::Sets, Route::SetEditor, Route::SharedSet("x".into())] {
            assert_eq!(route.part(), AppPart::Sets);
        }
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

    #[test]
    fn no_projector_link_ever_opens_the_console() {
        for link in [
            "#/workshop/audience?x",
            "#/workshop/audience/",
            "#/workshop/audience/extra",
            "#/workshop/zaal?fullscreen=1",
            "#/workshop/audiance",
            "#/workshop/x",
        ] {
            assert_eq!(Route::parse(link), Route::Audience, "{link}");
        }
        for console in ["#/workshop", "#/workshop/", "#/workshop?x", "#/workshop//"] {
            assert_eq!(Route::parse(console), Route::Workshop, "{console}");
        }
        assert_eq!(Route::parse("#/quiz?x"), Route::Quiz);
    }

    #[test]
    fn the_boot_script_opens_each_part_place_as_the_app_will() {
        let places = boot_places();
        // Every segment but the chapter's, each once.
        assert_eq!(places.len(), SECTIONS.len() - 2);
        let place = |segment: &str| places.iter().find(|p| p.segment == segment).unwrap();
        assert_eq!(
            place("oefenen"),
            &BootPlace {
                segment: "oefenen",
                part: AppPart::Practice,
                alone: "practice",
                deeper: opening::PART
            }
        );
        assert_eq!(place("workshop").alone, "workshop");
        assert_eq!(place("workshop").deeper, opening::AUDIENCE);
        assert_eq!(place("quiz").alone, opening::PART);
        assert_eq!(place("voortgang").deeper, "progress");
        assert_eq!(place("set").part, AppPart::Sets);
        // Each section's deeper place is what a path below it opens.
        let below = [
            ("practice", "koper"),
            ("oefenen", "set/zorg"),
            ("quiz", "x"),
            ("progress", "x"),
            ("sets", "editor"),
            ("mijn-sets", "hand-out/zorg"),
            ("set", "AQ"),
            ("workshop", "zaal"),
        ];
        for (segment, rest) in below {
            let route = Route::parse(&format!("#/{segment}/{rest}"));
            assert_eq!(
                route.opening(),
                Some(place(segment).deeper),
                "{segment}/{rest}"
            );
            assert_eq!(route.part(), place(segment).part, "{segment}/{rest}");
        }
        for route in every_route() {
            assert_eq!(route.opening().is_none(), route.part() == AppPart::Reader);
        }
    }
}
