//! GIFT questions as scenarios: every valid form, every error with its line, what an import
//! gives back, and hostile input.

use super::*;
use crate::scenario::Kind;
use crate::sets::markdown::to_markdown;
use crate::text::plain_text;

fn nl(text: &str) -> GiftImport {
    import_gift("quiz.gift", text.as_bytes(), Lang::Nl)
}

fn only(text: &str) -> Scenario {
    let import = nl(text);
    assert_eq!(import.errors, vec![], "{text}");
    assert_eq!(import.scenarios.len(), 1, "{text}");
    import.scenarios.into_iter().next().unwrap()
}

fn error(text: &str) -> ContentError {
    let import = nl(text);
    assert_eq!(import.scenarios, vec![], "{text}");
    assert_eq!(import.errors.len(), 1, "{text}");
    import.errors.into_iter().next().unwrap()
}

fn whys(part: &Part) -> Vec<String> {
    part.choices.iter().map(|c| plain_text(&c.why)).collect()
}

#[test]
fn multiple_choice_with_one_right_role() {
    let s = only("::Wie tekent bij Van Dijk?:: Ilse voert de gesprekken en tekent. Welke rol heeft zij?\n{=Koper#Ja, zij tekent. ~Gebruiker ~beslisser#Nee, de directeur koos.}");
    assert_eq!(s.id, "wie-tekent-bij-van-dijk");
    assert_eq!(s.question, "Wie tekent bij Van Dijk?");
    assert_eq!(s.kind(), Kind::Single);
    assert_eq!(s.section, "koper");
    assert_eq!(s.line, 1);
    assert_eq!(
        plain_text(match &s.situation[0] {
            Block::Paragraph(inlines) => inlines,
            other => panic!("{other:?}"),
        }),
        "Ilse voert de gesprekken en tekent. Welke rol heeft zij?"
    );
    let part = &s.parts[0];
    assert_eq!(part.person, None);
    let picks: Vec<Pick> = part.choices.iter().map(|c| c.pick).collect();
    assert_eq!(
        picks,
        Pick::roles(&[Role::Buyer, Role::User, Role::DecisionMaker])
    );
    assert_eq!(part.right_roles(), vec![Role::Buyer]);
    assert_eq!(
        whys(part),
        vec![
            "Ja, zij tekent.",
            "Nee. Gebruiker is hier niet juist.",
            "Nee, de directeur koos."
        ]
    );
}

#[test]
fn weights_make_several_roles_right() {
    let s = only("Joost kiest het programma en werkt er zelf mee. {\n~%50%Beslisser\n~%50%Gebruiker\n~%-100%Koper\n~%0%Portier\n}");
    assert_eq!(s.kind(), Kind::Multiple);
    assert_eq!(s.right_roles(), vec![Role::DecisionMaker, Role::User]);
    assert_eq!(s.section, "overlap");
    assert_eq!(s.parts[0].choices.len(), 4);
    assert_eq!(
        whys(&s.parts[0])[2..],
        [
            "Nee. Koper is hier niet juist.",
            "Nee. Portier is hier niet juist."
        ]
    );
}

#[test]
fn roles_are_read_in_both_languages_any_case_and_without_accents() {
    let s = only("Wie? {=BUYER ~beinvloeder ~Decision-Maker ~poortwachter ~INITIATIEFNEMER ~User}");
    let picks: Vec<Pick> = s.parts[0].choices.iter().map(|c| c.pick).collect();
    assert_eq!(
        picks,
        Pick::roles(&[
            Role::Buyer,
            Role::Influencer,
            Role::DecisionMaker,
            Role::Gatekeeper,
            Role::Initiator,
            Role::User
        ])
    );
}

#[test]
fn matching_makes_a_case_with_a_person_per_pair() {
    let s = only("::Wie is wie bij Bakker?::\nBakker Logistiek kiest een planningssysteem.\n{\n=Anouk Brink, planner -> Gebruiker # Zij plant er elke dag mee.\n=Erik Dekker, directeur -> Beslisser\n=Sanne, assistent -> gebruiker\n=-> Koper\n}");
    assert_eq!(s.kind(), Kind::Matrix);
    assert_eq!(s.section, "overlap");
    assert_eq!(s.parts.len(), 3);
    let names: Vec<&str> = s
        .parts
        .iter()
        .map(|p| p.person.as_ref().unwrap().name.as_str())
        .collect();
    assert_eq!(
        names,
        vec![
            "Anouk Brink, planner",
            "Erik Dekker, directeur",
            "Sanne, assistent"
        ]
    );
    for part in &s.parts {
        let offered: Vec<Pick> = part.choices.iter().map(|c| c.pick).collect();
        assert_eq!(
            offered,
            Pick::roles(&[Role::User, Role::DecisionMaker, Role::Buyer])
        );
    }
    assert_eq!(s.parts[0].right_roles(), vec![Role::User]);
    assert_eq!(s.parts[1].right_roles(), vec![Role::DecisionMaker]);
    assert_eq!(s.parts[2].right_roles(), vec![Role::User]);
    assert_eq!(
        whys(&s.parts[0]),
        vec![
            "Zij plant er elke dag mee.",
            "Nee. Beslisser is hier niet juist.",
            "Nee. Koper is hier niet juist."
        ]
    );
    assert_eq!(whys(&s.parts[1])[1], "Ja. Beslisser is hier juist.");
}

#[test]
fn one_right_role_in_a_case_points_to_its_section() {
    let s = only("Wie? {=Noor -> Koper =Tarik -> Koper =-> Gebruiker}");
    assert_eq!(s.section, "koper");
    assert_eq!(s.question, "Wie is wie?");
}

#[test]
fn sections_explanations_and_headings_follow_the_language() {
    let text = "Wie? {=Beslisser ~Koper}\n\nWie? {=Noor -> Initiator =Tarik -> User}";
    let english = import_gift("quiz.gift", text.as_bytes(), Lang::En);
    assert_eq!(english.errors, vec![]);
    let s = &english.scenarios[0];
    assert_eq!(s.section, "decision-maker");
    assert_eq!(s.question, "Which role fits here?");
    assert_eq!(
        whys(&s.parts[0]),
        vec![
            "Yes. Decision maker is right here.",
            "No. Buyer is not right here."
        ]
    );
    assert_eq!(english.scenarios[1].question, "Who is who?");
    assert_eq!(english.scenarios[1].section, "overlap");
    let dutch = nl(text);
    assert_eq!(dutch.scenarios[0].section, "beslisser");
    assert_eq!(dutch.scenarios[0].question, "Welke rol past hier?");
    for (role, nl, en) in [
        ("Initiator", "initiatiefnemer", "initiator"),
        ("Beïnvloeder", "beinvloeder", "influencer"),
        ("Gatekeeper", "portier", "gatekeeper"),
        ("gebruiker", "gebruiker", "user"),
    ] {
        let text = format!("Wie? {{={role} ~Koper}}");
        assert_eq!(only(&text).section, nl, "{role}");
        let en_import = import_gift("q", text.as_bytes(), Lang::En);
        assert_eq!(en_import.scenarios[0].section, en, "{role}");
    }
}

#[test]
fn general_feedback_becomes_the_tip_and_new_lines_breaks() {
    let s = only("Regel een.\\nRegel twee. {=Koper ~Gebruiker ####Kijk wie er tekent.}");
    assert_eq!(
        s.tip,
        Some(vec![Block::Paragraph(vec![Inline::Text(
            "Kijk wie er tekent.".into()
        )])])
    );
    assert_eq!(
        s.situation,
        vec![Block::Paragraph(vec![
            Inline::Text("Regel een.".into()),
            Inline::Break,
            Inline::Text("Regel twee.".into())
        ])]
    );
}

#[test]
fn ids_come_from_titles_made_unique_else_from_the_place() {
    let text = "::Vraag?:: a {=Koper ~Gebruiker}\n\n\
        b {=Koper ~Gebruiker}\n\n\
        ::Vraag!:: c {=Koper ~Gebruiker}\n\n\
        ::gift-2:: d {=Koper ~Gebruiker}\n\n\
        ::?!:: e {=Koper ~Gebruiker}";
    let ids: Vec<String> = nl(text).scenarios.into_iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec!["vraag", "gift-2", "vraag-2", "gift-2-2", "gift-5"]
    );
}

#[test]
fn fixing_a_question_renames_no_other() {
    let broken = "::Vraag:: a {=Koper ~Gebruiker\n\n::Vraag:: b {=Koper ~Gebruiker}\n\nc {=Koper ~Gebruiker}";
    let fixed = broken.replace("~Gebruiker\n", "~Gebruiker}\n");
    let ids =
        |text: &str| -> Vec<String> { nl(text).scenarios.into_iter().map(|s| s.id).collect() };
    assert_eq!(ids(broken), vec!["vraag-2", "gift-3"]);
    assert_eq!(ids(&fixed), vec!["vraag", "vraag-2", "gift-3"]);
}

#[test]
fn an_import_gives_every_valid_scenario_and_every_error() {
    let text = "// DMU-vragen\n\
        ::Een:: Wie tekent? {=Koper ~Gebruiker}\n\
        \n\
        ::Twee:: Wat is de hoofdstad?\n\
        {=Amsterdam ~Den Haag}\n\
        \n\
        ::Drie:: Wie werkt ermee? {~Koper =Gebruiker}\n\
        \n\
        Waar of niet? {T}\n";
    let import = nl(text);
    let ids: Vec<&str> = import.scenarios.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, vec!["een", "drie"]);
    let lines: Vec<u32> = import.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![5, 9]);
    assert!(import.errors[0]
        .message
        .contains("'Amsterdam' and 'Den Haag' are not roles"));
    let set = import.to_set("Mijn DMU-quiz").unwrap();
    assert_eq!(set.id, "mijn-dmu-quiz");
    assert_eq!(set.title, "Mijn DMU-quiz");
    assert_eq!(set.scenarios.len(), 2);
    assert_eq!(set.file, "quiz.gift");
    assert_eq!(import.to_set("  ").unwrap().id, "gift");
    assert_eq!(import.to_set("  ").unwrap().title, "GIFT");
    assert_eq!(
        import.to_set("Mijn\u{202e} quiz").unwrap().title,
        "Mijn quiz"
    );
    assert_eq!(nl("Wie? {T}").to_set("x"), None);
}

#[test]
fn an_imported_set_round_trips_through_markdown() {
    let text = "::Wie tekent?:: Ilse *tekent* [hier](javascript:alert(1)) <script>x</script> & zo | voort # \\{ok\\}.\n{=Koper#Ja: `zij` tekent_nu ~Gebruiker}\n\n\
        ::Wie is wie?:: Bij Bakker. {=Anouk -> Gebruiker =Erik -> Beslisser =-> Koper ####Tip: *let op*.}\n\n\
        - 1. > Tekst die op een lijst lijkt {~%50%Beslisser ~%50%Gebruiker ~%-50%Portier}";
    for lang in Lang::ALL {
        let import = import_gift("quiz.gift", text.as_bytes(), lang);
        assert_eq!(import.errors, vec![]);
        let set = import.to_set("Quiz").unwrap();
        let markdown = to_markdown(&set, lang);
        let back = parse_scenario_set("quiz.md", &markdown).unwrap().value;
        let lines = |s: &ScenarioSet| -> Vec<Scenario> {
            s.scenarios
                .iter()
                .cloned()
                .map(|mut s| {
                    s.line = 0;
                    s
                })
                .collect()
        };
        assert_eq!(lines(&back), lines(&set), "{markdown}");
    }
}

#[test]
fn links_and_html_in_gift_stay_text() {
    let s = only("Zie [klik](javascript:alert(1)) en ![x](data:text/html,<script>alert(1)</script>) en <img src=x onerror=alert(1)>. {=Koper#<b>Ja</b> [x](data:x) ~Gebruiker}");
    let Block::Paragraph(inlines) = &s.situation[0] else {
        panic!("{:?}", s.situation)
    };
    assert_eq!(
        inlines,
        &vec![Inline::Text(
            "Zie [klik](javascript:alert(1)) en ![x](data:text/html,<script>alert(1)</script>) en <img src=x onerror=alert(1)>.".into()
        )]
    );
    assert_eq!(
        s.parts[0].choices[0].why,
        vec![Inline::Text("<b>Ja</b> [x](data:x)".into())]
    );
}

#[test]
fn every_mapping_error_names_its_line_and_what_to_write() {
    for (text, line, says) in [
        ("Wie?\n{=Koper\n~Jan\n~Piet}", 3, "'Jan' and 'Piet' are not roles"),
        ("Wie?\n{=Koper ~}", 2, "an empty answer is not a role"),
        ("Wie? {=Koper # ja = goed ~Gebruiker}", 1, "write \\= and \\~ there"),
        ("Wie? {=a ~b ~c ~d ~e}", 1, "'a', 'b', 'c' and 2 more are not roles"),
        ("Wie?\n{=Koper\n~Buyer}", 3, "again (line 2 already offers it)"),
        ("Wie? {=Koper =Buyer}", 1, "short-answer"),
        ("Wie? {=Koper}", 1, "short-answer"),
        ("Wie? {~%100%Koper}", 1, "only one role"),
        ("Wie? {~Koper ~Gebruiker}", 1, "no answer is right"),
        ("Wie? {~%0%Koper ~%-50%Gebruiker}", 1, "no answer is right"),
        ("::Wie is de koper?:: Noor. {=Koper ~Gebruiker}", 1, "names a role ('koper')"),
        ("::Who is the buyer?:: Noor. {=Koper ~Gebruiker}", 1, "names a role ('buyer')"),
        ("Wie?\n{=Koper Jan -> Koper\n=Noor -> Gebruiker}", 2, "names a role ('koper')"),
        ("::T::\n{=Koper ~Gebruiker}", 1, "no text"),
        ("Wie? {=Noor -> Koper\n~Gebruiker}", 2, "all pairs"),
        ("Wie? {=Noor -> Koper\n~Tarik -> Gebruiker}", 2, "starts with =, not ~"),
        ("Wie? {=-> Koper =-> Gebruiker}", 1, "no one to match"),
        ("Wie? {=Noor -> Koper =Tarik -> Koper}", 1, "the same role"),
        ("Wie? {=Noor -> Koper =Tarik -> Gebruiker\n=-> Koper}", 2, "already offers"),
        ("Wie? {=Noor -> Baas =Tarik -> Gebruiker}", 1, "'Baas' is not a role"),
        (
            "Wie? {=A -> Koper =B -> Gebruiker =C -> Koper =D -> Portier =E -> Koper =F -> Koper =G -> Koper}",
            1,
            "7 pairs: a case has at most 6",
        ),
    ] {
        let error = error(text);
        assert_eq!(error.line, line, "{text}: {error}");
        assert!(error.message.contains(says), "{text}: {error}");
        assert!(
            error.message.contains(": ") && error.message.len() > 40,
            "says what to do: {error}"
        );
        crate::error::assert_bilingual(&error);
    }
    let five = error("Wie? {=a ~b ~c ~d ~e}");
    assert!(
        five.message_in(Lang::Nl)
            .starts_with("'a', 'b', 'c' en nog 2 zijn geen rollen: de antwoorden op een DMU-vraag"),
        "{}",
        five.message_in(Lang::Nl)
    );
    let empty = error("Wie?\n{=Koper ~}");
    assert!(empty
        .message_in(Lang::Nl)
        .starts_with("een leeg antwoord is geen rol:"));
}

#[test]
fn a_question_the_parser_refuses_says_why_in_both_languages() {
    let mut s = only("Wie? {=Koper ~Gebruiker}");
    s.parts[0].choices.truncate(1);
    s.line = 12;
    let error = through_markdown("quiz.gift", s, Lang::Nl).unwrap_err();
    assert_eq!(error.line, 12);
    assert_eq!(
        error.message,
        "this question cannot be imported: scenario 'gift-1' needs at least two options"
    );
    assert_eq!(
        error.message_in(Lang::Nl),
        "deze vraag kan niet worden geïmporteerd: het scenario 'gift-1' heeft minstens twee opties nodig"
    );
}

#[test]
fn the_case_limit_is_the_parsers() {
    // Seven people in a Markdown case are refused by the parser as well.
    let people: String = (1..=MAX_PAIRS + 1)
        .map(|i| format!("### Persoon {i}\n\n- [x] Koper: Ja.\n- [ ] Gebruiker: Nee.\n\n"))
        .collect();
    let source = format!("---\nid: t\ntitle: T\nlang: nl\n---\n\n## Wie is wie? {{#c section=koper}}\n\nTekst.\n\n{people}");
    let error = parse_scenario_set("t.md", &source).unwrap_err();
    assert!(error.message.contains("2 to 6"), "{error}");
}

#[test]
fn whole_file_errors() {
    let error = error("// alleen commentaar\n");
    assert_eq!(error.line, 0);
    assert!(error.message.contains("no questions"));
    crate::error::assert_bilingual(&error);
    let import = import_gift("latin1.gift", b"Wie?\n{=Koper ~Gebr\xfciker}", Lang::Nl);
    assert_eq!(import.scenarios, vec![]);
    assert_eq!(import.errors.len(), 1);
    assert_eq!(import.errors[0].line, 2);
    assert!(import.errors[0].message.contains("UTF-8"));
    crate::error::assert_bilingual(&import.errors[0]);
}

#[test]
fn hostile_input_gives_clear_errors_without_a_panic() {
    let ten_mb = "Wie? {=Koper ~Gebruiker}\n\n".repeat(10 * 1024 * 1024 / 26);
    let import = nl(&ten_mb);
    assert_eq!(import.scenarios, vec![]);
    assert_eq!(import.errors.len(), 1);
    assert_eq!(import.errors[0].line, 0);
    assert!(
        import.errors[0].message.contains("split it"),
        "{:?}",
        import.errors
    );
    crate::error::assert_bilingual(&import.errors[0]);

    let nested = format!(
        "Wie? {}=Koper ~Gebruiker{}",
        "{".repeat(10_000),
        "}".repeat(10_000)
    );
    let mut import = nl(&nested);
    assert_eq!(import.scenarios, vec![]);
    assert_eq!(import.errors.len(), 1);
    let error = import.errors.remove(0);
    assert_eq!(error.line, 1);
    assert!(error.message.contains("'{' inside the answers"), "{error}");

    let bytes: Vec<u8> = [
        b"Wie? {=Koper ~Gebruiker}\n\nWie? {=Ko".as_slice(),
        &[0xff, 0xfe, 0x80],
        b"per ~Gebruiker}",
    ]
    .concat();
    let import = import_gift("x.gift", &bytes, Lang::Nl);
    assert_eq!(import.scenarios, vec![]);
    assert_eq!(import.errors.len(), 1);
    assert_eq!(import.errors[0].line, 3);
    assert!(
        import.errors[0].message.contains("UTF-8"),
        "{}",
        import.errors[0]
    );

    for (name, line) in [
        ("Noor\u{202e}reppok", 2),
        ("No\u{200b}or", 2),
        ("Noor\u{2066}x\u{2069}", 2),
        ("Noor\u{0}", 2),
        ("Noor\u{e0041}", 2),
    ] {
        let text = format!("Wie?\n{{={name} -> Koper =Tarik -> Gebruiker}}\n\n::T{name}:: Wie? {{=Koper ~Gebruiker}}");
        let import = nl(&text);
        assert_eq!(import.scenarios, vec![], "{name:?}");
        let lines: Vec<u32> = import.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![line, 4], "{name:?}");
        assert!(
            import.errors[0].message.contains("invisible character"),
            "{name:?}"
        );
        for error in &import.errors {
            crate::error::assert_bilingual(error);
        }
    }

    // Just under the size limit, in one question with very many answers, and in very many
    // questions: one short error for the question, and at most MAX_QUESTIONS scenarios.
    let many_answers = format!("Wie? {{=Koper {}}}", "~Jan ".repeat(300_000));
    let mut import = nl(&many_answers);
    assert_eq!(import.scenarios, vec![]);
    assert_eq!(import.errors.len(), 1);
    let error = import.errors.remove(0);
    assert!(
        error.message.contains("300001 answers"),
        "{:.200}",
        error.message
    );
    assert!(error.message.len() < 1_000);
    // A file of 2 MB holds some 60,000 questions: the first thousand are read.
    let many = "::V:: Wie? {=Koper ~Gebruiker}\n\n".repeat(2 * 1024 * 1024 / 34);
    let import = nl(&many);
    assert_eq!(import.scenarios.len(), MAX_QUESTIONS);
    assert_eq!(import.scenarios[MAX_QUESTIONS - 1].id, "v-1000");
    assert_eq!(import.errors.len(), 1);
    assert_eq!(import.errors[0].line, 2_001);
    assert!(
        import.errors[0].message.contains("61680 questions"),
        "{}",
        import.errors[0]
    );
    assert!(
        import.errors[0].message.contains("Split the file"),
        "{}",
        import.errors[0]
    );
    crate::error::assert_bilingual(&import.errors[0]);
    assert!(import.errors[0]
        .message_in(Lang::Nl)
        .contains("61680 vragen"));
}
