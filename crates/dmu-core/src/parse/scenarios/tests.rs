//! Tests of the scenario file format: every question type, and precise errors.

use super::*;
use crate::scenario::{Kind, Pick};

const HEAD: &str = "---\nid: test\ntitle: Testset\nlang: nl\n---\n\n";

const SINGLE: &str = "## Wie tekent het contract? {#contract section=koper}\n\n\
Bij Van Dijk is de keuze gemaakt. Wie zet de handtekening?\n\n\
- [ ] Beslisser: Nee, die hakte de knoop al door.\n\
- [x] **Koper**: Ja, de formele afhandeling hoort bij de koper.\n\
- [ ] Gebruiker: Nee, die werkt er straks mee.\n";

fn parse_ok(body: &str) -> ScenarioSet {
    match parse_scenario_set("s.md", &format!("{HEAD}{body}")) {
        Ok(parsed) => parsed.value,
        Err(error) => panic!("{error}"),
    }
}

fn error_of(body: &str) -> ContentError {
    parse_scenario_set("s.md", &format!("{HEAD}{body}")).unwrap_err()
}

/// The 1-based line of the first line of the whole file (head included) containing `needle`.
fn line_of(body: &str, needle: &str) -> u32 {
    let full = format!("{HEAD}{body}");
    full.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1
}

#[test]
fn a_single_answer_scenario_parses() {
    let set = parse_ok(SINGLE);
    assert_eq!(set.id, "test");
    let s = &set.scenarios[0];
    assert_eq!(s.id, "contract");
    assert_eq!(s.question, "Wie tekent het contract?");
    assert_eq!(s.section, "koper");
    assert_eq!(s.kind(), Kind::Single);
    assert_eq!(s.parts[0].right_roles(), vec![Role::Buyer]);
    assert_eq!(
        plain_text(&s.parts[0].choices[1].why),
        "Ja, de formele afhandeling hoort bij de koper."
    );
    assert_eq!(s.line, 7);
}

#[test]
fn two_right_roles_make_a_multiple_answer_scenario() {
    let set = parse_ok(&SINGLE.replace("- [ ] Gebruiker", "- [x] Gebruiker"));
    assert_eq!(set.scenarios[0].kind(), Kind::Multiple);
}

#[test]
fn a_profile_scenario_parses_with_its_tip() {
    let body = "## Welke rol heeft Sanne? {#sanne section=beinvloeder}\n\n\
| Naam | Sanne de Vries |\n|---|---|\n| Kopregel | Lid managementteam |\n| Functie | Hoofd ICT |\n| Organisatie | Gemeente Zwolle |\n| Activiteit | Deelde een post over *privacy*. |\n\n\
- [x] Beïnvloeder: Ja, lid van het MT met eisen.\n\
- [ ] Koper: Nee.\n\n\
> [!TIP]\n> Reageer inhoudelijk op haar post.\n\n\
> [!NOTE]\n> Wie in jullie klantenkring lijkt op Sanne?\n";
    let s = &parse_ok(body).scenarios[0];
    assert_eq!(s.kind(), Kind::Profile);
    let profile = s.profile.as_ref().unwrap();
    assert_eq!(profile.name, "Sanne de Vries");
    assert_eq!(profile.headline, "Lid managementteam");
    assert_eq!(profile.company.as_deref(), Some("Gemeente Zwolle"));
    assert_eq!(
        plain_text(&profile.activity),
        "Deelde een post over privacy."
    );
    assert!(s.tip.is_some());
    assert!(s.prompt.is_some());
}

#[test]
fn a_case_parses_one_part_per_person() {
    let body = "## Wie is wie bij Bakker Logistiek? {#bakker section=overlap}\n\n\
Bakker Logistiek zoekt een nieuw planningssysteem.\n\n\
### Anouk, planner\n\nZij merkte dat het oude systeem vastloopt.\n\n\
- [x] Initiatiefnemer: Ja, zij zag het probleem.\n- [x] Gebruiker: Ja, zij plant er dagelijks mee.\n- [ ] Koper: Nee.\n\n\
### Erik, directeur\n\n- [x] Beslisser: Ja.\n- [ ] Portier: Nee.\n\n\
### Fatima, inkoop\n\n- [x] Koper: Ja.\n- [ ] Beslisser: Nee.\n";
    let s = &parse_ok(body).scenarios[0];
    assert_eq!(s.kind(), Kind::Matrix);
    assert_eq!(s.parts.len(), 3);
    let anouk = s.parts[0].person.as_ref().unwrap();
    assert_eq!(anouk.name, "Anouk, planner");
    assert_eq!(anouk.about.len(), 1);
    assert_eq!(s.parts[0].right_roles(), vec![Role::Initiator, Role::User]);
}

#[test]
fn several_scenarios_follow_each_other() {
    let second = SINGLE.replace("{#contract", "{#contract-2");
    let set = parse_ok(&format!("{SINGLE}\n{second}"));
    assert_eq!(set.scenarios.len(), 2);
}

#[test]
fn a_missing_right_answer_is_an_error_at_the_heading() {
    let body = SINGLE.replace("[x] **Koper**", "[ ] **Koper**");
    let error = error_of(&body);
    assert!(error.message.contains("no right answer"), "{error}");
    assert_eq!(error.line, line_of(&body, "## Wie tekent"));
}

#[test]
fn an_unknown_role_is_an_error_at_its_option() {
    let body = SINGLE.replace("- [ ] Gebruiker:", "- [ ] Directeur:");
    let error = error_of(&body);
    assert!(
        error.message.contains("unknown role 'Directeur'"),
        "{error}"
    );
    assert_eq!(error.line, line_of(&body, "Directeur"));
}

#[test]
fn a_duplicate_id_is_an_error_at_the_second() {
    let body = format!("{SINGLE}\n{SINGLE}");
    let error = error_of(&body);
    assert!(error.message.contains("used twice"), "{error}");
    let second_heading = HEAD.lines().count() + SINGLE.lines().count() + 2;
    assert_eq!(error.line, second_heading as u32);
}

#[test]
fn an_option_without_explanation_is_an_error() {
    let body = SINGLE.replace(
        "- [ ] Gebruiker: Nee, die werkt er straks mee.",
        "- [ ] Gebruiker:",
    );
    let error = error_of(&body);
    assert!(error.message.contains("no explanation"), "{error}");
    assert_eq!(error.line, line_of(&body, "- [ ] Gebruiker:"));
}

#[test]
fn a_role_offered_twice_is_an_error() {
    let error = error_of(&SINGLE.replace("- [ ] Gebruiker:", "- [ ] Beslisser:"));
    assert!(error.message.contains("offered twice"), "{error}");
}

#[test]
fn a_missing_id_or_section_is_an_error() {
    let error = error_of(&SINGLE.replace(" {#contract section=koper}", ""));
    assert!(error.message.contains("needs a stable id"), "{error}");
    let error = error_of(&SINGLE.replace(" section=koper", ""));
    assert!(
        error.message.contains("needs the chapter section"),
        "{error}"
    );
}

#[test]
fn the_section_is_returned_as_a_link_to_check() {
    let parsed = parse_scenario_set("s.md", &format!("{HEAD}{SINGLE}")).unwrap();
    assert_eq!(
        parsed.links,
        vec![SectionLink {
            anchor: "koper".into(),
            line: 7
        }]
    );
}

#[test]
fn no_options_is_an_error() {
    let error = error_of("## Vraag {#v section=koper}\n\nEen situatie.\n");
    assert!(error.message.contains("no answer options"), "{error}");
}

#[test]
fn a_person_without_options_is_an_error() {
    let body = "## Case {#c section=koper}\n\nSituatie.\n\n### Anouk\n\nTekst.\n\n### Erik\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";
    let error = error_of(body);
    assert!(
        error.message.contains("'Anouk' has no answer options"),
        "{error}"
    );
}

#[test]
fn hostile_content_in_scenarios_is_inert_or_rejected() {
    let body = SINGLE.replace("Bij Van Dijk", "<script>alert(1)</script> Bij Van Dijk");
    let s = &parse_ok(&body).scenarios[0];
    assert!(
        matches!(&s.situation[0], Block::Paragraph(inlines) if plain_text(inlines).contains("<script>"))
    );
    let body = SINGLE.replace(
        "Ja, de formele",
        "[klik](JaVaScRiPt:alert(1)) Ja, de formele",
    );
    assert!(error_of(&body).message.contains("not allowed"));
}

#[test]
fn text_before_the_first_scenario_is_an_error() {
    let error = error_of(&format!("Losse tekst.\n\n{SINGLE}"));
    assert!(
        error.message.contains("before the first scenario"),
        "{error}"
    );
    assert_eq!(error.line, 7);
}

#[test]
fn profile_rows_are_checked() {
    let body = "## P {#p section=koper}\n\n| Naam | Sanne |\n|---|---|\n| Schoenmaat | 39 |\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";
    let error = error_of(body);
    assert!(
        error.message.contains("unknown profile field 'schoenmaat'"),
        "{error}"
    );
    let body = "## P {#p section=koper}\n\n| Naam | Sanne |\n|---|---|\n| Kopregel | Inkoper |\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";
    let error = error_of(body);
    assert!(error.message.contains("activiteit/activity"), "{error}");
}

const APPROACH: &str = "## Wat is je volgende stap bij Noor? {#noor section=portier type=approach roles=gatekeeper}\n\n\
Noor plant de overleggen van de directeur en verzamelt alle vragen.\n\n\
### Noor Bakker, officemanager\n\nJullie zijn sinds vorige week connecties.\n\n\
- [x] **Vraag Noor om een introductie bij de directeur.** Ja. Zo raadt [het hoofdstuk](#portier) het aan.\n\
- [ ] **Stuur de directeur je prijslijst.** Nee. Je slaat de [portier](#portier) over.\n\
- [ ] **Vraag Noor het contract te tekenen.** Nee: dat doet de [koper](#koper).\n";

#[test]
fn one_person_makes_a_single_question_with_a_named_subject() {
    let body = SINGLE.replace(
        "- [ ] Beslisser",
        "### Ilse Aarts, managementassistent\n\nZij tekent.\n\n- [ ] Beslisser",
    );
    let s = &parse_ok(&body).scenarios[0];
    assert_eq!(s.kind(), Kind::Single);
    let ilse = s.parts[0].person.as_ref().unwrap();
    assert_eq!(ilse.full_name(), "Ilse Aarts");
    assert_eq!(ilse.title(), Some("managementassistent"));
}

#[test]
fn an_approach_question_reads_steps_in_bold() {
    let parsed = parse_scenario_set("s.md", &format!("{HEAD}{APPROACH}")).unwrap();
    let s = &parsed.value.scenarios[0];
    assert_eq!(s.kind(), Kind::Approach);
    assert_eq!(s.roles(), vec![Role::Gatekeeper]);
    let choices = &s.parts[0].choices;
    assert_eq!(choices.len(), 3);
    assert_eq!(choices[0].pick, Pick::Step(0));
    assert_eq!(
        choices[0].step,
        "Vraag Noor om een introductie bij de directeur."
    );
    assert!(choices[0].correct);
    assert_eq!(plain_text(&choices[2].why), "Nee: dat doet de koper.");
    assert_eq!(s.parts[0].right_picks(), vec![Pick::Step(0)]);
    assert_eq!(
        s.parts[0].person.as_ref().unwrap().full_name(),
        "Noor Bakker"
    );
    let anchors: Vec<&str> = parsed.links.iter().map(|l| l.anchor.as_str()).collect();
    assert_eq!(anchors, ["portier", "portier", "portier", "koper"]);
}

#[test]
fn a_persona_question_needs_two_roles() {
    let persona = APPROACH.replace(
        "type=approach roles=gatekeeper",
        "type=persona roles=decision-maker,Gebruiker",
    );
    let s = &parse_ok(&persona).scenarios[0];
    assert_eq!(s.kind(), Kind::Persona);
    assert_eq!(s.roles(), vec![Role::DecisionMaker, Role::User]);
    let alone = APPROACH.replace("type=approach", "type=persona");
    let error = error_of(&alone);
    assert!(error.message.contains("at least two"), "{error}");
    assert_eq!(error.line, line_of(&alone, "## Wat is"));
}

#[test]
fn approach_attributes_are_checked() {
    let cases = [
        (
            "type=approach roles=gatekeeper",
            "type=approach",
            "needs the roles",
        ),
        (
            "type=approach roles=gatekeeper",
            "roles=gatekeeper",
            "add type=approach",
        ),
        ("type=approach", "type=quiz", "unknown question type 'quiz'"),
        (
            "roles=gatekeeper",
            "roles=gatekeeper,baas",
            "unknown role 'baas'",
        ),
        (
            "roles=gatekeeper",
            "roles=gatekeeper,portier",
            "named twice",
        ),
    ];
    for (from, to, expected) in cases {
        let error = error_of(&APPROACH.replace(from, to));
        assert!(error.message.contains(expected), "{to}: {error}");
    }
}

#[test]
fn a_step_must_be_bold_explained_and_offered_once() {
    let plain = APPROACH.replace(
        "**Stuur de directeur je prijslijst.**",
        "Stuur de directeur je prijslijst:",
    );
    let error = error_of(&plain);
    assert!(error.message.contains("step in bold"), "{error}");
    assert_eq!(error.line, line_of(&plain, "Stuur de directeur"));
    let bare = APPROACH.replace(" Nee. Je slaat de [portier](#portier) over.", "");
    assert!(error_of(&bare).message.contains("has no explanation"));
    let twice = APPROACH.replace(
        "Vraag Noor het contract te tekenen.",
        "Stuur de directeur je prijslijst.",
    );
    assert!(error_of(&twice).message.contains("offered twice"));
    // A step without anything after its box asks for the step, on its own line.
    let empty = APPROACH.replace(
        "[ ] **Stuur de directeur je prijslijst.** Nee. Je slaat de [portier](#portier) over.",
        "[ ]",
    );
    let error = error_of(&empty);
    assert!(error.message.contains("step in bold"), "{error}");
    assert_eq!(error.line, line_of(APPROACH, "Stuur de directeur"));
}

#[test]
fn an_approach_question_offers_three_to_six_steps() {
    let two: String = APPROACH
        .lines()
        .filter(|l| !l.contains("contract"))
        .map(|l| format!("{l}\n"))
        .collect();
    let error = error_of(&two);
    assert!(
        error.message.contains("has 2 steps; offer 3 to 6"),
        "{error}"
    );
}

#[test]
fn no_heading_names_a_role() {
    let cases = [
        (
            "Wie tekent het contract?",
            "Wie is hier de koper?",
            "## Wie is hier",
        ),
        (
            "Wie tekent het contract?",
            "Who are the decision makers?",
            "## Who are",
        ),
    ];
    for (from, to, at) in cases {
        let body = SINGLE.replace(from, to);
        let error = error_of(&body);
        assert!(error.message.contains("gives the answer away"), "{error}");
        assert_eq!(error.line, line_of(&body, at));
    }
    let person = SINGLE.replace(
        "- [ ] Beslisser",
        "### Ilse, koper en gebruiker\n\n- [ ] Beslisser",
    );
    let error = error_of(&person);
    assert!(error.message.contains("('koper')"), "{error}");
    assert_eq!(error.line, line_of(&person, "### Ilse"));
}

#[test]
fn a_profile_question_has_no_person_heading() {
    let body = "## P {#p section=koper}\n\n| Naam | Sanne |\n|---|---|\n| Kopregel | Inkoper |\n| Activiteit | Post |\n\n### Sanne, inkoper\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";
    let error = error_of(body);
    assert!(
        error.message.contains("the profile is the person"),
        "{error}"
    );
}

#[test]
fn every_error_speaks_both_languages_on_its_line() {
    let case = |more: &str| {
        format!("## Wie is wie? {{#c section=koper}}\n\nSituatie.\n\n### Anouk\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n\n{more}")
    };
    let profile = |rows: &str| {
        format!("## P {{#p section=koper}}\n\n{rows}\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n")
    };
    let table = "| Naam | Sanne |\n|---|---|\n| Kopregel | Inkoper |\n| Activiteit | Post |";
    let people = |n: usize, options: &str| -> String {
        (1..=n)
            .map(|i| format!("### Persoon {i}\n\n{options}\n"))
            .collect()
    };
    let roles = "- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n";
    let steps = "- [x] **Bel.** Ja.\n- [ ] **Mail.** Nee.\n- [ ] **Wacht.** Nee.\n";
    let two_steps = APPROACH
        .lines()
        .filter(|l| !l.contains("contract"))
        .map(|l| format!("{l}\n"))
        .collect();
    // Each body, and text on the line the error names (the last line that has it).
    let cases: Vec<(String, &str)> = vec![
        (format!("Losse tekst.\n\n{SINGLE}"), "Losse tekst"),
        (format!("{SINGLE}\n{SINGLE}"), "## Wie"),
        (
            SINGLE.replace("## Wie tekent", "# Wie tekent"),
            "# Wie tekent",
        ),
        (SINGLE.replace(" {#contract section=koper}", ""), "## Wie"),
        (SINGLE.replace("{#contract", "{#Contract"), "## Wie"),
        (SINGLE.replace("section=koper", "section=Koper"), "## Wie"),
        (
            SINGLE.replace("section=koper", "section=koper kleur=rood"),
            "## Wie",
        ),
        (SINGLE.replace(" section=koper", ""), "## Wie"),
        (
            SINGLE.replace("Wie tekent het contract?", "Wie is de koper?"),
            "## Wie",
        ),
        (APPROACH.replace("type=approach ", ""), "## Wat"),
        (APPROACH.replace(" roles=gatekeeper", ""), "## Wat"),
        (APPROACH.replace("type=approach", "type=persona"), "## Wat"),
        (APPROACH.replace("type=approach", "type=quiz"), "## Wat"),
        (
            APPROACH.replace("roles=gatekeeper", "roles=gatekeeper,baas"),
            "## Wat",
        ),
        (
            APPROACH.replace("roles=gatekeeper", "roles=gatekeeper,portier"),
            "## Wat",
        ),
        (APPROACH.replace("roles=gatekeeper", "roles=,"), "## Wat"),
        (
            case("Tekst.\n\n- [x] Koper: Weer.\n- [ ] Gebruiker: Nee.\n"),
            "Weer.",
        ),
        (
            format!("{SINGLE}\nTekst.\n\n- [x] Koper: Weer.\n- [ ] Gebruiker: Nee.\n"),
            "Weer.",
        ),
        (profile(&format!("{table}\n\nTekst.\n\n{table}")), "| Naam"),
        (case("### Erik\n\nTekst.\n"), "### Erik"),
        ("## V {#v section=koper}\n\nEen situatie.\n".into(), "## V"),
        (format!("## V {{#v section=koper}}\n\n{roles}"), "## V"),
        (
            format!(
                "## V {{#v section=koper}}\n\nTekst.\n\n{}",
                people(7, roles)
            ),
            "## V",
        ),
        (profile(&format!("{table}\n\n### Sanne, inkoper\n")), "## P"),
        (
            format!(
                "## V {{#v section=portier type=approach roles=portier}}\n\nTekst.\n\n{}",
                people(2, steps)
            ),
            "## V",
        ),
        (two_steps, "## Wat"),
        (
            "## V {#v section=koper}\n\nSituatie.\n\n- [x] Koper: Ja.\n".into(),
            "## V",
        ),
        (SINGLE.replace("[x] **Koper**", "[ ] **Koper**"), "## Wie"),
        (
            SINGLE.replace("- [ ] Gebruiker:", "- Gebruiker:"),
            "- Gebruiker",
        ),
        (
            SINGLE.replace("straks mee.", "straks mee.\n  > Een citaat."),
            "- [ ] Gebruiker",
        ),
        (
            SINGLE.replace("- [ ] Gebruiker:", "- [ ] Directeur:"),
            "Directeur",
        ),
        (
            SINGLE.replace(" Nee, die werkt er straks mee.", ""),
            "- [ ] Gebruiker",
        ),
        (
            SINGLE.replace("- [ ] Gebruiker:", "- [ ] Beslisser:"),
            "- [ ] Beslisser",
        ),
        (APPROACH.replace("- [ ] **Stuur", "- **Stuur"), "- **Stuur"),
        (
            APPROACH.replace("over.\n", "over.\n  > Een citaat.\n"),
            "**Stuur",
        ),
        (
            APPROACH.replace("**Stuur de directeur je prijslijst.**", "Stuur:"),
            "Stuur:",
        ),
        (
            APPROACH.replace("**Stuur de directeur je prijslijst.**", "**&nbsp;**"),
            "&nbsp;",
        ),
        (
            APPROACH.replace(" Nee. Je slaat de [portier](#portier) over.", ""),
            "**Stuur",
        ),
        (
            APPROACH.replace(
                "Vraag Noor het contract te tekenen.",
                "Stuur de directeur je prijslijst.",
            ),
            "Nee: dat doet",
        ),
        (profile("| Naam | Sanne | x |\n|---|---|---|"), "| Naam"),
        (
            profile("| Naam | Sanne |\n|---|---|\n| Schoenmaat | 39 |"),
            "Schoenmaat",
        ),
        (
            profile("| Naam | Sanne |\n|---|---|\n| Kopregel | Inkoper |"),
            "| Naam",
        ),
    ];
    for (body, at) in cases {
        let error = error_of(&body);
        let full = format!("{HEAD}{body}");
        let lines: Vec<&str> = full.lines().collect();
        let line = lines.iter().rposition(|l| l.contains(at)).unwrap() as u32 + 1;
        assert_eq!(error.line, line, "{body}: {error}");
        crate::error::assert_bilingual(&error);
    }
    let blank = APPROACH.replace("**Stuur de directeur je prijslijst.**", "**&nbsp;**");
    assert!(error_of(&blank).message.contains("is empty"), "{blank}");
    let nobody = case("").replace("[x] Koper: Ja.", "[ ] Koper: Nee.");
    assert_eq!(
        error_of(&nobody).message_in(crate::Lang::Nl),
        "het scenario 'c' heeft voor 'Anouk' geen goed antwoord: markeer dat met '- [x]'"
    );
    let empty = parse_scenario_set("s.md", HEAD).unwrap_err();
    assert_eq!(empty.line, 0);
    crate::error::assert_bilingual(&empty);
}

#[test]
fn a_bad_set_id_is_an_error_on_its_line() {
    let source = format!("---\ntitle: Testset\nlang: nl\nid: Test\n---\n\n{SINGLE}");
    let error = parse_scenario_set("s.md", &source).unwrap_err();
    assert_eq!(error.line, 4);
    assert!(error.message.contains("'Test'"), "{error}");
    assert_eq!(
        error.message_in(crate::Lang::Nl),
        "het anker 'Test' mag alleen kleine letters, cijfers, '-' en '_' bevatten"
    );
}
