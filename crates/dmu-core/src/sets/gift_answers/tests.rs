//! GIFT's syntax: every form the reader takes, and every error with its line.

use super::*;

fn read(text: &str) -> Vec<ReadQuestion> {
    read_questions("q.gift", text, 100).reads
}

fn one(text: &str) -> (Option<String>, RawQuestion) {
    let mut reads = read(text);
    assert_eq!(reads.len(), 1, "{reads:?}");
    let read = reads.remove(0);
    match read.question {
        Ok(question) => (read.title, question),
        Err(error) => panic!("{error}"),
    }
}

fn error(text: &str) -> ContentError {
    let mut reads = read(text);
    assert_eq!(reads.len(), 1, "{reads:?}");
    reads.remove(0).question.unwrap_err()
}

fn answer(mark: char, text: &str, line: u32) -> RawAnswer {
    RawAnswer {
        line,
        mark,
        weight: None,
        text: text.into(),
        left: None,
        feedback: None,
    }
}

#[test]
fn questions_are_split_by_blank_lines_and_comments_are_skipped() {
    let text = "// Een commentaar\n\
        ::Een:: Wie tekent? {=Koper ~Gebruiker}\n\
        \n\
        \n\
        // tussen de vragen\n\
        Wie werkt ermee?\n\
        // midden in een vraag\n\
        {~Koper =Gebruiker}\n\
        \r\n\
        $CATEGORY: $course$/DMU\n\
        \n\
        Wie beslist? {=Beslisser ~Koper}";
    let reads = read(text);
    assert_eq!(reads.len(), 3);
    let numbers: Vec<usize> = reads.iter().map(|r| r.number).collect();
    assert_eq!(numbers, vec![1, 2, 3]);
    let lines: Vec<u32> = reads
        .iter()
        .map(|r| r.question.as_ref().unwrap().line)
        .collect();
    assert_eq!(lines, vec![2, 6, 12]);
    assert_eq!(reads[0].title.as_deref(), Some("Een"));
    let second = reads[1].question.as_ref().unwrap();
    assert_eq!(second.text, vec!["Wie werkt ermee?"]);
    assert_eq!(second.answers[1], answer('=', "Gebruiker", 8));
    assert!(read("// alleen commentaar\n\n   \n").is_empty());
}

#[test]
fn title_text_and_answers_over_several_lines() {
    let (title, q) = one("::Wie\\: tekent?::\n  Noor  voert de gesprekken\nen tekent.\n{\n  =Koper\n  ~Gebruiker\n}\n");
    assert_eq!(title.as_deref(), Some("Wie: tekent?"));
    assert_eq!(q.text, vec!["Noor voert de gesprekken en tekent."]);
    assert_eq!(
        q.answers,
        vec![answer('=', "Koper", 5), answer('~', "Gebruiker", 6)]
    );
    assert_eq!(q.general_feedback, None);
}

#[test]
fn escapes_and_new_lines_are_read() {
    let (_, q) =
        one(r"Tilde \~ is \= en \# en \{ \} en \: en \\ en \x.\nTweede regel. {=Ko\#per ~a\~b}");
    assert_eq!(
        q.text,
        vec![
            r"Tilde ~ is = en # en { } en : en \ en \x.",
            "Tweede regel."
        ]
    );
    assert_eq!(q.answers[0].text, "Ko#per");
    assert_eq!(q.answers[1].text, "a~b");
}

#[test]
fn weights_feedback_and_general_feedback() {
    let (_, q) = one(
        "Wie? {~%50%Koper#Ja, zij tekent. ~%50% Gebruiker # Ja. ~%-100%Portier#Nee \\= niet. ~%0%Beslisser ~%33.3333%Initiator ####Let op de handtekening.}",
    );
    let weights: Vec<Option<f64>> = q.answers.iter().map(|a| a.weight).collect();
    assert_eq!(
        weights,
        vec![
            Some(50.0),
            Some(50.0),
            Some(-100.0),
            Some(0.0),
            Some(33.3333)
        ]
    );
    assert_eq!(q.answers[0].feedback.as_deref(), Some("Ja, zij tekent."));
    assert_eq!(q.answers[1].text, "Gebruiker");
    assert_eq!(q.answers[1].feedback.as_deref(), Some("Ja."));
    assert_eq!(q.answers[2].feedback.as_deref(), Some("Nee = niet."));
    assert_eq!(q.answers[3].feedback, None);
    assert_eq!(
        q.general_feedback.as_deref(),
        Some("Let op de handtekening.")
    );
}

#[test]
fn matching_pairs_and_extra_answers() {
    let (_, q) = one("Wie is wie? {\n=Ilse, assistent -> Koper\n=Tarik->Gebruiker # Hij werkt ermee.\n=-> Portier\n}");
    assert_eq!(q.answers[0].left.as_deref(), Some("Ilse, assistent"));
    assert_eq!(q.answers[0].text, "Koper");
    assert_eq!(q.answers[1].left.as_deref(), Some("Tarik"));
    assert_eq!(q.answers[1].feedback.as_deref(), Some("Hij werkt ermee."));
    assert_eq!(q.answers[2].left.as_deref(), Some(""));
    assert_eq!(q.answers[2].text, "Portier");
    assert_eq!(q.answers[2].line, 4);
}

#[test]
fn missing_word_and_format_markers() {
    let (_, q) = one("Ilse is de {=koper ~gebruiker} in deze aankoop.");
    assert_eq!(q.text, vec!["Ilse is de _____ in deze aankoop."]);
    let (title, q) = one("::T::[markdown]**Noor** tekent. {=Koper ~Gebruiker}");
    assert_eq!(title.as_deref(), Some("T"));
    assert_eq!(q.text, vec!["**Noor** tekent."]);
    let (_, q) = one("[HTML]<b>Noor</b> tekent. {=Koper ~Gebruiker}");
    assert_eq!(q.text, vec!["<b>Noor</b> tekent."]);
}

#[test]
fn every_syntax_error_names_its_line() {
    for (text, line, says) in [
        (
            "::Titel zonder einde\nWie? {=Koper ~Gebruiker}",
            1,
            "not closed",
        ),
        ("Wie tekent?\nNoor.", 1, "no answers"),
        ("Wie?\n{=Koper\n~Gebruiker", 2, "never closed"),
        ("Wie?\n{=Koper\n{~Gebruiker}}", 3, "'{' inside the answers"),
        (
            &format!("Wie? {}x{}", "{".repeat(10_000), "}".repeat(10_000)),
            1,
            "'{' inside the answers",
        ),
        (
            "Wie? {=Koper ~Gebruiker}\nEn? {=Koper ~Portier}",
            2,
            "second set of answers",
        ),
        (
            "Wie?\n{Koper =Koper ~Gebruiker}",
            2,
            "comes before the first answer",
        ),
        ("Wie?\n{ }", 2, "essay"),
        (
            &format!("Wie?\n{{{}}}", "~Koper ".repeat(MAX_ANSWERS + 1)),
            2,
            "21 answers",
        ),
        ("Wie?\n{TRUE#ja#nee}", 2, "true/false"),
        ("Wie?\n{T}", 2, "true/false"),
        ("Wie?\n{#3:1}", 2, "numerical"),
        ("Wie? {\n~%5O%Koper ~Gebruiker}", 2, "not a number"),
        ("Wie? {\n=Koper\n~%50Gebruiker}", 3, "not closed"),
        ("Wie? {=Koper\n~Gebruiker #Nee\u{202e}ja}", 2, "U+202E"),
        ("::Noor\u{200b}::\nWie? {=Koper ~Gebruiker}", 1, "U+200B"),
    ] {
        let error = error(text);
        assert_eq!(error.line, line, "{text:.60}: {error}");
        assert!(error.message.contains(says), "{text:.60}: {error}");
        assert_eq!(error.file, "q.gift");
        crate::error::assert_bilingual(&error);
    }
}

#[test]
fn questions_past_the_limit_are_only_counted() {
    let text = "a {=Koper ~Gebruiker}\n\n$CATEGORY: x\n\nb {=Koper}\n\n// c\nc {=Koper\n\nd {}";
    let questions = read_questions("q.gift", text, 2);
    assert_eq!(questions.reads.len(), 2);
    assert_eq!(questions.total, 4);
    assert_eq!(questions.first_left_out, Some(8));
    let all = read_questions("q.gift", text, 4);
    assert_eq!((all.reads.len(), all.first_left_out), (4, None));
}

#[test]
fn a_title_is_kept_when_its_question_fails() {
    let reads = read("::Vraag één:: Wie? {=Koper ~Gebruiker");
    assert_eq!(reads[0].title.as_deref(), Some("Vraag één"));
    assert!(reads[0].question.is_err());
}

#[test]
fn quotes_in_messages_are_short() {
    assert_eq!(quote("kort"), "kort");
    let long = quote(&"x".repeat(100));
    assert_eq!(long.chars().count(), 61);
    assert!(long.ends_with('…'));
    assert_eq!(collapse("  a \t b\u{2028}c \n"), "a b c");
}
