//! Exhaustive enumeration of the answer space (`rules::answer_space`): no panic, and the
//! invariants of `common::check_invariants` for every case; known and suspected give
//! the same outcome; still_needed is exactly the set of questions some answer to which
//! changes the assessment (checked independently on a sample, through `assess` itself).

mod common;

use chrono::{Days, Months, NaiveDate};
use common::{check_invariants, shape};
use rules::*;

#[test]
fn every_case_satisfies_the_invariants() {
    let mut failures = Vec::new();
    let n = answer_space::for_each_case(|c| {
        let a = assess(c);
        if let Err(e) = check_invariants(c, &a) {
            if failures.len() < 10 {
                failures.push(format!("{e}\n  in {}", serde_json::to_string(c).unwrap()));
            }
        }
    });
    assert!(n > 100_000, "the answer space has {n} cases");
    assert!(
        failures.is_empty(),
        "{} failures, first:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn known_and_suspected_give_the_same_outcome() {
    answer_space::for_each_case(|c| {
        if c.abuse_or_neglect != Some(AbuseOrNeglect::Known) {
            return;
        }
        let s = CaseFacts {
            abuse_or_neglect: Some(AbuseOrNeglect::Suspected),
            ..c.clone()
        };
        let (a, b) = (assess(c), assess(&s));
        assert_eq!(shape(&a), shape(&b), "{c:?}");
        assert_eq!(a.deadlines, b.deadlines);
        assert_eq!(a.still_needed, b.still_needed);
    });
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Real answers to a question, for the independent check.
fn answers(q: Question, c: &CaseFacts) -> Vec<CaseFacts> {
    let with = |g: &dyn Fn(&mut CaseFacts)| {
        let mut x = c.clone();
        g(&mut x);
        x
    };
    let places = [
        Place::english("E08000035"),
        Place::english("E08000032"),
        Place::english("E10000016"),
        Place::Wales,
        Place::Scotland,
        Place::NorthernIreland,
        Place::Abroad,
        Place::Unknown,
    ];
    let yns = [YesNoNotSure::Yes, YesNoNotSure::No, YesNoNotSure::NotSure];
    match q {
        Question::Asker => Asker::ALL
            .iter()
            .map(|v| with(&|x| x.asker = Some(*v)))
            .collect(),
        Question::Event => Event::ALL
            .iter()
            .map(|v| with(&|x| x.event = Some(*v)))
            .collect(),
        Question::ChildAge => {
            let mut v: Vec<ChildAge> = [0, 9, 16, 17, 18, 20, 30]
                .iter()
                .map(|y| ChildAge::AgeInYears(*y))
                .collect();
            v.push(ChildAge::NotSure);
            v.extend(
                [d(2008, 6, 4), d(2008, 6, 3), d(2008, 2, 29), d(2026, 5, 20)]
                    .map(ChildAge::DateOfBirth),
            );
            v.iter()
                .map(|a| with(&|x| x.child_age = Some(*a)))
                .collect()
        }
        Question::IncidentDate => {
            let Some(ChildAge::DateOfBirth(dob)) = c.child_age else {
                return vec![
                    with(&|x| x.incident_date = Some(DateAnswer::NotSure)),
                    with(&|x| x.incident_date = Some(DateAnswer::Date(d(2026, 6, 3)))),
                ];
            };
            let y = |n: u32| dob.checked_add_months(Months::new(12 * n)).unwrap();
            let mut dates = vec![
                dob,
                y(5),
                y(16),
                y(18) - Days::new(1),
                y(18),
                y(20),
                y(30),
                dob - Days::new(1),
            ];
            dates.push(NaiveDate::from_ymd_opt(chrono::Datelike::year(&dob) + 18, 2, 28).unwrap());
            let mut v: Vec<CaseFacts> = dates
                .iter()
                .map(|t| with(&|x| x.incident_date = Some(DateAnswer::Date(*t))))
                .collect();
            v.push(with(&|x| x.incident_date = Some(DateAnswer::NotSure)));
            v
        }
        Question::BornAlive => yns
            .iter()
            .map(|v| with(&|x| x.born_alive = Some(*v)))
            .collect(),
        Question::AbuseOrNeglect => AbuseOrNeglect::ALL
            .iter()
            .map(|v| with(&|x| x.abuse_or_neglect = Some(*v)))
            .collect(),
        Question::IncidentPlace => places
            .iter()
            .map(|v| with(&|x| x.incident_place = Some(v.clone())))
            .collect(),
        Question::Residence => places
            .iter()
            .map(|v| with(&|x| x.residence = Some(v.clone())))
            .collect(),
        Question::LookedAfter => yns
            .iter()
            .map(|v| with(&|x| x.looked_after = Some(*v)))
            .collect(),
        Question::CareLeaver => yns
            .iter()
            .map(|v| with(&|x| x.care_leaver = Some(*v)))
            .collect(),
        Question::SuspectedPerson => SuspectedPerson::ALL
            .iter()
            .map(|v| with(&|x| x.suspected_person = Some(*v)))
            .collect(),
        Question::Setting => Setting::ALL
            .iter()
            .map(|v| with(&|x| x.setting = Some(*v)))
            .collect(),
        Question::ChildProtectionPlan => yns
            .iter()
            .map(|v| with(&|x| x.child_protection_plan = Some(*v)))
            .collect(),
        Question::LaAwareDate => [DateAnswer::Date(d(2026, 6, 4)), DateAnswer::NotSure]
            .iter()
            .map(|v| with(&|x| x.la_aware_date = Some(*v)))
            .collect(),
        Question::NotificationSent => [
            SentAnswer::Sent(d(2026, 6, 8)),
            SentAnswer::NotSentYet,
            SentAnswer::NotSure,
        ]
        .iter()
        .map(|v| with(&|x| x.notification_sent = Some(*v)))
        .collect(),
        Question::NumberOfChildren => [1, 3, 5]
            .iter()
            .map(|v| with(&|x| x.number_of_children = Some(*v)))
            .collect(),
    }
}

#[test]
fn still_needed_is_exactly_the_questions_that_can_change_the_outcome() {
    let mut k = 0usize;
    let mut checked = 0usize;
    answer_space::for_each_case(|c| {
        k += 1;
        if !k.is_multiple_of(53) {
            return;
        }
        checked += 1;
        let a = assess(c);
        for q in Question::ALL {
            if !q.is_unanswered(c) {
                continue;
            }
            let shapes: Vec<_> = answers(q, c).iter().map(|x| shape(&assess(x))).collect();
            let changes = shapes.iter().any(|s| *s != shapes[0]);
            assert_eq!(
                changes,
                a.still_needed.contains(&q),
                "{q:?}: some answer changes the outcome = {changes}, but still_needed = {:?}\n in {}",
                a.still_needed,
                serde_json::to_string(c).unwrap()
            );
            if let PanelStatus::CannotTellYet { missing } = &a.panel_notification.status {
                let statuses: Vec<_> = answers(q, c)
                    .iter()
                    .map(|x| {
                        let p = assess(x).panel_notification;
                        (
                            std::mem::discriminant(&p.status),
                            shape_duty(&p.duty_holder),
                        )
                    })
                    .collect();
                let panel_changes = statuses.iter().any(|s| *s != statuses[0]);
                assert_eq!(
                    panel_changes,
                    missing.contains(&q),
                    "{q:?} missing {missing:?} in {c:?}"
                );
            }
        }
    });
    assert!(checked > 3000);
}

fn shape_duty(d: &DutyHolder) -> u8 {
    match d {
        DutyHolder::IncidentArea(_) => 0,
        DutyHolder::ResidenceArea(_) => 1,
        DutyHolder::NoEnglishDuty => 2,
        DutyHolder::Unknown => 3,
    }
}

/// When still_needed is empty, answering any remaining question (even two of them) changes
/// nothing.
#[test]
fn nothing_left_means_nothing_left() {
    let mut k = 0usize;
    answer_space::for_each_case(|c| {
        k += 1;
        if !k.is_multiple_of(97) {
            return;
        }
        let a = assess(c);
        if !a.still_needed.is_empty() {
            return;
        }
        let s0 = shape(&a);
        let open: Vec<Question> = Question::ALL
            .iter()
            .copied()
            .filter(|q| q.is_unanswered(c))
            .collect();
        for q1 in &open {
            for x in answers(*q1, c) {
                assert_eq!(shape(&assess(&x)), s0, "{q1:?} in {c:?}");
                for q2 in open.iter().filter(|q| *q > q1) {
                    for y in answers(*q2, &x) {
                        assert_eq!(shape(&assess(&y)), s0, "{q1:?}+{q2:?} in {c:?}");
                    }
                }
            }
        }
    });
}
