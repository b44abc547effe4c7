//! Stored progress from outside the code: fixture files of every schema version still read,
//! an export from another device merges in, and 1,000 answers fit the storage budget.

use dmu_core::grade::Outcome;
use dmu_core::progress::review::schedule;
use dmu_core::progress::{merge, parse_import, Attempt, Confidence, Profiles, Progress};
use dmu_core::scenario::Pick;
use dmu_core::stored::Decoded;
use dmu_core::Role;

const PROGRESS_V1: &str = include_str!("fixtures/progress-v1.json");
const PROGRESS_V2: &str = include_str!("fixtures/progress-v2.json");
const PROFILES_V1: &str = include_str!("fixtures/profiles-v1.json");
const EXPORT_V1: &str = include_str!("fixtures/export-v1.json");

/// The storage budget for 1,000 answers, in bytes (issue 4).
const BUDGET: usize = 100_000;

fn progress_v1() -> Progress {
    match Progress::decode(Some(PROGRESS_V1)) {
        Decoded::Ok(progress) => progress,
        other => panic!("the v1 fixture must read: {other:?}"),
    }
}

#[test]
fn progress_v2_fixture_reads_steps_and_roles() {
    let Decoded::Ok(progress) = Progress::decode(Some(PROGRESS_V2)) else {
        panic!("the v2 fixture must read");
    };
    let steps = progress.attempts_on("ict-aanpak-oumaima");
    assert_eq!(steps[0].chosen, vec![vec![Pick::Step(0), Pick::Step(1)]]);
    assert_eq!(steps[1].chosen, vec![vec![Pick::Step(2)]]);
    let roles = progress.attempts_on("wie-tekent-het-contract");
    assert_eq!(roles[0].chosen, vec![Pick::roles(&[Role::Buyer])]);
    assert_eq!(
        Progress::decode(Some(&progress.encode())),
        Decoded::Ok(progress)
    );
}

#[test]
fn progress_v1_fixture_reads() {
    let progress = progress_v1();
    assert_eq!(progress.len(), 5);
    assert_eq!(progress.scenarios().count(), 3);
    let sandra = progress.attempts_on("dienst-advocatenkantoor-secretariaat");
    assert_eq!(sandra.len(), 3);
    assert_eq!(sandra[0].chosen, vec![Pick::roles(&[Role::Influencer])]);
    assert_eq!(sandra[0].outcome, Outcome::Wrong);
    assert_eq!(sandra[0].confidence, Confidence::Guess);
    assert_eq!(sandra[2].answered_at, 1_718_359_200_000);
    assert_eq!(sandra[2].score, 100);
    let case = progress.attempts_on("dienst-case-projectsoftware");
    assert_eq!(
        case[0].chosen[0],
        Pick::roles(&[Role::Initiator, Role::User])
    );
    assert_eq!(case[0].chosen.len(), 5);
    // Written back and read again, nothing changes.
    assert_eq!(
        Progress::decode(Some(&progress.encode())),
        Decoded::Ok(progress)
    );
}

#[test]
fn profiles_v1_fixture_reads() {
    let Decoded::Ok(profiles) = Profiles::decode(Some(PROFILES_V1)) else {
        panic!("the v1 fixture must read");
    };
    assert_eq!(profiles.learners().len(), 2);
    assert_eq!(profiles.active().name, "Bram de Vries");
    assert_eq!(
        Profiles::decode(Some(&profiles.encode())),
        Decoded::Ok(profiles)
    );
}

#[test]
fn an_export_v1_fixture_merges_without_duplicates() {
    let imported = parse_import(EXPORT_V1, 1_718_500_000_000).expect("the v1 export must read");
    assert_eq!(imported.profile, "Anna");
    assert_eq!(imported.exported_at, 1_718_400_000_000);
    let mut local = progress_v1();
    let report = local.merge_from(&imported.progress);
    // Two of its three answers were already on this device.
    assert_eq!(report.added, 1);
    assert_eq!(report.already_there, 2);
    assert_eq!(local.len(), 6);
    assert_eq!(local, merge(&imported.progress, &progress_v1()));
    assert_eq!(schedule(&local).len(), 4);
}

/// An answer to a scenario from a pessimistic mix: long ids, the longest role key, a
/// quarter five-person cases, many two-role answers, the longest outcome and confidence.
fn pessimistic(i: usize) -> (String, Attempt) {
    let id = format!("dienst-administratiekantoor-office-{:05}", i % 100);
    let one = Pick::roles(&[Role::DecisionMaker]);
    let two = Pick::roles(&[Role::DecisionMaker, Role::Influencer]);
    let chosen = match i % 4 {
        0 => vec![two.clone(), one.clone(), two, one.clone(), one],
        1 => vec![two],
        _ => vec![one],
    };
    let attempt = Attempt {
        answered_at: 1_718_000_000_000 + i as u64 * 61_000,
        chosen,
        outcome: Outcome::Partly,
        score: 67,
        confidence: Confidence::Unsure,
    };
    (id, attempt)
}

#[test]
fn a_thousand_answers_fit_the_storage_budget() {
    let progress = Progress::from_attempts((0..1_000).map(pessimistic));
    assert_eq!(progress.len(), 1_000);
    let stored = progress.encode();
    println!(
        "1,000 answers (pessimistic mix): {} bytes stored",
        stored.len()
    );
    assert!(stored.len() <= BUDGET, "{} bytes", stored.len());
}

#[cfg(feature = "markdown")]
mod with_content {
    //! The same promises against the app's real scenarios.

    use super::*;
    use dmu_core::grade::grade;
    use dmu_core::library::Library;
    use dmu_core::parse::load_content;
    use dmu_core::progress::{mastery, review_round, summary, Confusion};
    use dmu_core::rng::Rng;
    use dmu_core::scenario::Scenario;
    use std::path::Path;

    fn dutch() -> Library {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let libraries = load_content(&root).unwrap_or_else(|error| panic!("{error}"));
        libraries.into_iter().next().expect("the Dutch content")
    }

    /// The fixtures' answers on scenarios still in the content grade as they did (answers
    /// on scenarios since removed are kept in the log, and found by nothing).
    #[test]
    fn the_fixtures_agree_with_the_content() {
        let library = dutch();
        let Decoded::Ok(v2) = Progress::decode(Some(PROGRESS_V2)) else {
            panic!("the v2 fixture must read");
        };
        let mut checked = 0;
        for progress in [progress_v1(), v2] {
            for (id, attempt) in progress.attempts() {
                let Some(scenario) = library.scenario(id) else {
                    continue;
                };
                let graded = grade(scenario, &attempt.chosen);
                assert_eq!(graded.outcome, attempt.outcome, "{id}");
                assert_eq!((graded.score * 100.0).round() as u8, attempt.score, "{id}");
                checked += 1;
            }
        }
        assert!(
            checked >= 4,
            "only {checked} fixture answers are on current scenarios"
        );
    }

    /// A learner's 1,000 answers on the real scenarios: random choices, one every minute
    /// or so during an hour a day.
    fn simulated(library: &Library) -> Progress {
        let scenarios: Vec<&Scenario> = library.scenarios().collect();
        let mut rng = Rng::new(42);
        let mut progress = Progress::new();
        for i in 0..1_000u64 {
            let scenario = scenarios[rng.below(scenarios.len())];
            let chosen: Vec<Vec<Pick>> = scenario
                .parts
                .iter()
                .map(|part| {
                    let n = 1 + rng.below(2);
                    (0..n)
                        .map(|_| part.choices[rng.below(part.choices.len())].pick)
                        .collect()
                })
                .collect();
            let confidence = Confidence::ALL[rng.below(3)];
            let at = 1_718_000_000_000 + (i / 60) * 86_400_000 + (i % 60) * 60_000;
            progress.record(
                &scenario.id,
                Attempt::graded(scenario, chosen, confidence, at),
            );
        }
        progress
    }

    #[test]
    fn a_thousand_real_answers_fit_the_storage_budget() {
        let library = dutch();
        let progress = simulated(&library);
        assert_eq!(progress.len(), 1_000);
        let stored = progress.encode();
        println!(
            "1,000 answers (real content): {} bytes stored",
            stored.len()
        );
        assert!(stored.len() <= BUDGET, "{} bytes", stored.len());
    }

    #[test]
    fn the_progress_page_and_review_work_on_real_answers() {
        let library = dutch();
        let progress = simulated(&library);
        let summary = summary(&progress, library.scenarios(), |_| 0);
        assert_eq!(summary.total, library.scenarios().count());
        assert!(summary.seen > 0 && summary.seen <= summary.total);
        assert_eq!(summary.days_practised, 17);
        for role in mastery(&progress, library.scenarios()) {
            assert!((0.0..=1.0).contains(&role.level));
            assert!(role.sightings > 0);
        }
        let confusion = Confusion::of(&progress, library.scenarios());
        assert!(confusion.total() > 0 && confusion.pairs()[0].count > 0);
        let now = 1_718_000_000_000 + 30 * 86_400_000;
        let round = review_round(&progress, library.scenarios(), now, 10);
        assert_eq!(round.len(), 10);
        let due = dmu_core::progress::due(&progress, now);
        let mut ids: Vec<&str> = round.iter().map(|p| p.scenario.as_str()).collect();
        for pick in &round {
            assert!(library.scenario(&pick.scenario).is_some());
            assert_eq!(pick.due, due.iter().any(|d| d.scenario == pick.scenario));
            if let Some(pair) = pick.contrast {
                assert!(pair.count > 0 && pair.chose != pair.actual);
            }
        }
        // A month later plenty is due, and the first pick trains a confused pair.
        assert!(round.iter().all(|p| p.due));
        assert!(round[0].contrast.is_some());
        dmu_core::order::sort(&mut ids);
        ids.dedup();
        assert_eq!(ids.len(), 10);
    }
}
