//! The words of workshop mode (presenter console, audience view, session summary) in Dutch
//! and English.

use crate::lang::Lang;
use crate::workshop::WorkshopError;

/// Workshop mode's words in one language.
pub struct WorkshopText {
    pub title: &'static str,
    pub intro: &'static str,
    pub play_set: &'static str,
    pub play_role: &'static str,
    pub play_hand: &'static str,
    pub hand_hint: &'static str,
    pub what_to_play: &'static str,
    pub teams_label: &'static str,
    pub teams_hint: &'static str,
    pub timer_label: &'static str,
    pub seconds: &'static str,
    pub start_session: &'static str,
    pub open_audience: &'static str,
    pub audience_hint: &'static str,
    pub skipped_cases: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub answer_key: &'static str,
    pub discuss: &'static str,
    pub next_up: &'static str,
    pub last_one: &'static str,
    pub timer: &'static str,
    pub start_timer: &'static str,
    pub pause_timer: &'static str,
    pub plus_30: &'static str,
    pub votes: &'static str,
    pub votes_hint: &'static str,
    pub reveal: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub to_summary: &'static str,
    pub end_session: &'static str,
    pub end_confirm: &'static str,
    pub shortcuts: &'static str,
    pub shortcut_list: &'static [(&'static str, &'static str)],
    pub close: &'static str,
    pub waiting: &'static str,
    pub votes_in: &'static str,
    pub right: &'static str,
    pub fullscreen: &'static str,
    pub summary_title: &'static str,
    pub per_scenario: &'static str,
    pub question_col: &'static str,
    pub right_col: &'static str,
    pub share_col: &'static str,
    pub top_wrong_col: &'static str,
    pub per_role: &'static str,
    pub found_col: &'static str,
    pub wrongly_col: &'static str,
    pub confused_title: &'static str,
    pub revisit_title: &'static str,
    pub team_scores: &'static str,
    pub print: &'static str,
    pub csv: &'static str,
    pub none: &'static str,
    pub back_to_session: &'static str,
    pub watching: &'static str,
    pub taken_over: &'static str,
    pub take_over: &'static str,
}

const NL: WorkshopText = WorkshopText {
    title: "Workshop",
    intro: "Speel situaties voor de hele zaal, zonder server en zonder telefoons: dit scherm is je console, het zaalscherm zet je op de beamer.",
    play_set: "Een sector",
    play_role: "Eén rol",
    play_hand: "Zelf kiezen",
    hand_hint: "Vink situaties aan; de volgorde zet je daarna met de pijlen.",
    what_to_play: "Wat speel je?",
    teams_label: "Teams (optioneel, één naam per regel, 2 tot 8)",
    teams_hint: "Zonder teams typ je per optie hoeveel mensen die kozen.",
    timer_label: "Bedenktijd",
    seconds: "seconden",
    start_session: "Start de sessie",
    open_audience: "Open het zaalscherm",
    audience_hint: "Sleep het zaalscherm naar de beamer en zet het op volledig scherm (toets F).",
    skipped_cases: "Niet in de zaal te spelen (case met meerdere personen)",
    move_up: "Omhoog",
    move_down: "Omlaag",
    answer_key: "Antwoordsleutel",
    discuss: "Om te bespreken",
    next_up: "Hierna",
    last_one: "Dit is de laatste situatie.",
    timer: "Timer",
    start_timer: "Start",
    pause_timer: "Pauze",
    plus_30: "+30 s",
    votes: "Stemmen in de zaal",
    votes_hint: "Typ per letter hoeveel mensen die optie kozen (of A–F: +1, Shift+A–F: −1).",
    reveal: "Toon het antwoord",
    previous: "Vorige",
    next: "Volgende",
    to_summary: "Naar de samenvatting",
    end_session: "Sessie beëindigen en wissen",
    end_confirm: "Ja, wis deze sessie",
    shortcuts: "Sneltoetsen",
    shortcut_list: &[
        ("A–F", "stem erbij voor die optie"),
        ("Shift + A–F", "stem eraf"),
        ("Spatie", "timer starten of pauzeren"),
        ("+", "30 seconden erbij"),
        ("R", "antwoord tonen"),
        ("→ of N", "volgende situatie"),
        ("← of P", "vorige situatie"),
        ("?", "deze lijst tonen of verbergen"),
    ],
    close: "Sluiten",
    waiting: "Zo meteen begint het. Kijk mee op dit scherm.",
    votes_in: "stemmen binnen",
    right: "juist",
    fullscreen: "Volledig scherm",
    summary_title: "Samenvatting van de sessie",
    per_scenario: "Per situatie",
    question_col: "Situatie",
    right_col: "Juiste rol",
    share_col: "Goed",
    top_wrong_col: "Meest gekozen fout",
    per_role: "Per rol",
    found_col: "Herkend",
    wrongly_col: "Ten onrechte gekozen",
    confused_title: "Wat de zaal het vaakst verwarde",
    revisit_title: "Nog eens bespreken",
    team_scores: "Stand van de teams",
    print: "Afdrukken",
    csv: "Download als CSV",
    none: "–",
    back_to_session: "Terug naar de sessie",
    watching: "Deze sessie loopt in een ander venster. Hier kijk je alleen mee: wat je hier aanklikt, gebeurt niet. Neem de sessie hier over als je vanuit dit venster verder wilt.",
    taken_over: "Een ander venster heeft deze sessie overgenomen. Dit venster kijkt nu alleen mee.",
    take_over: "Sessie hier overnemen",
};

const EN: WorkshopText = WorkshopText {
    title: "Workshop",
    intro: "Play situations for the whole room, without a server or phones: this screen is your console, the room screen goes on the projector.",
    play_set: "A sector",
    play_role: "One role",
    play_hand: "Hand-picked",
    hand_hint: "Tick situations; set their order with the arrows afterwards.",
    what_to_play: "What do you play?",
    teams_label: "Teams (optional, one name per line, 2 to 8)",
    teams_hint: "Without teams you type how many people chose each option.",
    timer_label: "Thinking time",
    seconds: "seconds",
    start_session: "Start the session",
    open_audience: "Open the room screen",
    audience_hint: "Drag the room screen to the projector and make it full screen (key F).",
    skipped_cases: "Not playable in the room (a case with several people)",
    move_up: "Up",
    move_down: "Down",
    answer_key: "Answer key",
    discuss: "To discuss",
    next_up: "Next up",
    last_one: "This is the last situation.",
    timer: "Timer",
    start_timer: "Start",
    pause_timer: "Pause",
    plus_30: "+30 s",
    votes: "Votes in the room",
    votes_hint: "Type how many people chose each letter (or A–F: +1, Shift+A–F: −1).",
    reveal: "Reveal the answer",
    previous: "Previous",
    next: "Next",
    to_summary: "To the summary",
    end_session: "End and clear the session",
    end_confirm: "Yes, clear this session",
    shortcuts: "Keyboard shortcuts",
    shortcut_list: &[
        ("A–F", "add a vote for that option"),
        ("Shift + A–F", "remove a vote"),
        ("Space", "start or pause the timer"),
        ("+", "add 30 seconds"),
        ("R", "reveal the answer"),
        ("→ or N", "next situation"),
        ("← or P", "previous situation"),
        ("?", "show or hide this list"),
    ],
    close: "Close",
    waiting: "We are about to start. Watch this screen.",
    votes_in: "votes in",
    right: "right",
    fullscreen: "Full screen",
    summary_title: "Session summary",
    per_scenario: "Per situation",
    question_col: "Situation",
    right_col: "Right role",
    share_col: "Right",
    top_wrong_col: "Most chosen wrong",
    per_role: "Per role",
    found_col: "Recognised",
    wrongly_col: "Chosen wrongly",
    confused_title: "What the room confused most",
    revisit_title: "Worth discussing again",
    team_scores: "Team standings",
    print: "Print",
    csv: "Download as CSV",
    none: "–",
    back_to_session: "Back to the session",
    watching: "This session is run from another window. Here you only watch: what you click here does not happen. Take the session over if you want to go on from this window.",
    taken_over: "Another window took this session over. This window now only watches.",
    take_over: "Take the session over here",
};

/// Workshop mode's text for a language.
pub fn workshop_text(lang: Lang) -> &'static WorkshopText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// "42%" for a share, or "–" when nobody voted.
pub fn share_label(share: Option<f64>) -> String {
    share.map_or_else(
        || "–".to_string(),
        |s| format!("{}%", (s * 100.0).round() as u32),
    )
}

/// "Situatie 3 van 12".
pub fn situation_of(lang: Lang, number: usize, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Situatie {number} van {total}"),
        Lang::En => format!("Situation {number} of {total}"),
    }
}

/// Why the workshop refused what the trainer asked, in their language.
pub fn workshop_error(lang: Lang, error: &WorkshopError) -> String {
    use WorkshopError::*;
    if lang == Lang::En {
        let mut text = error.to_string();
        if let Some(first) = text.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return text + ".";
    }
    match error {
        UnknownSet(id) => format!("Er is geen set situaties '{id}'."),
        NothingToPlay => "Geen van de gekozen situaties kan in de zaal worden gespeeld.".into(),
        NotStarted => "De sessie is nog niet begonnen.".into(),
        AlreadyStarted => "De sessie is al begonnen.".into(),
        Ended => "De sessie is afgelopen.".into(),
        AlreadyRevealed => "Het antwoord staat al op het scherm.".into(),
        AtFirst => "Dit is de eerste situatie.".into(),
        NoSuchLetter { letter, options } => {
            format!("Optie {letter} bestaat niet: deze situatie heeft {options} opties.")
        }
        NoSuchTeam(team) => format!("Er is geen team {}.", team.saturating_add(1)),
        NoSuchPosition(at) => format!("De lijst heeft geen plek {}.", at.saturating_add(1)),
        RoomVotesOnly => {
            "Deze sessie heeft geen teams: typ hoeveel mensen elke optie kozen.".into()
        }
        TeamVotesOnly => "Deze sessie heeft teams: typ welke opties elk team koos.".into(),
        TeamCount(n) => format!(
            "Een sessie heeft {} tot {} teams, niet {n}.",
            crate::workshop::MIN_TEAMS,
            crate::workshop::MAX_TEAMS
        ),
        EmptyTeamName => "Een team heeft een naam nodig.".into(),
        DuplicateTeamName(name) => {
            format!("Twee teams heten '{name}'. Geef elk team een eigen naam.")
        }
        TeamNameTooLong(name) => format!(
            "De teamnaam '{name}' is langer dan {} tekens.",
            crate::workshop::MAX_TEAM_NAME
        ),
        MissingScenario(id) => format!("Situatie '{id}' staat niet meer in de inhoud."),
        OptionsChanged(id) => format!("De opties van situatie '{id}' zijn veranderd."),
        Inconsistent(_) => {
            "De opgeslagen sessie klopt niet (meer). Begin een nieuwe sessie.".into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_read_in_both_languages() {
        let error = WorkshopError::DuplicateTeamName("Rood".into());
        assert_eq!(
            workshop_error(Lang::Nl, &error),
            "Twee teams heten 'Rood'. Geef elk team een eigen naam."
        );
        assert_eq!(
            workshop_error(Lang::En, &error),
            "Two teams are called 'Rood'."
        );
        assert_eq!(
            workshop_error(Lang::Nl, &WorkshopError::TeamCount(9)),
            "Een sessie heeft 2 tot 8 teams, niet 9."
        );
    }

    #[test]
    fn shares_are_whole_percentages_or_a_dash() {
        assert_eq!(share_label(Some(0.426)), "43%");
        assert_eq!(share_label(None), "–");
        assert_eq!(situation_of(Lang::Nl, 3, 12), "Situatie 3 van 12");
    }

    #[test]
    fn both_languages_list_the_same_shortcuts() {
        assert_eq!(
            workshop_text(Lang::Nl).shortcut_list.len(),
            workshop_text(Lang::En).shortcut_list.len()
        );
    }
}
