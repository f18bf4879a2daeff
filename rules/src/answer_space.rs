//! The discrete answer space, for exhaustive tests and the benchmark.
//!
//! Sixteen questions with all their answers (plus "not answered") would be billions of
//! combinations, so the space is the union of four full products, each over the questions
//! that interact in a group of rules, with representative dates and places:
//!
//! 1. **Panel core** (R01–R08): age × born alive × event × abuse × incident place ×
//!    residence, every combination.
//! 2. **Other processes**: (a) age × event × abuse × looked after × care leaver (R12, R13,
//!    R19); (b) age × event × abuse × suspected person × setting (R20–R22), with one
//!    representative per class of setting and suspected person (every setting and suspected
//!    person is in group 4).
//! 3. **Who and when** (R09–R11, R14, R26): asker × event × abuse × awareness date ×
//!    notification date × number of children × age.
//! 4. **Outside England** (R23–R25): incident place × residence × looked after × child
//!    protection plan × event × abuse.
//!
//! The groups follow the rules' inputs: for every rule, all the questions it reads are
//! varied together in some group. Every answer of every question (including "not answered"
//! and "not sure") appears in at least one group, and every combination within a group is
//! enumerated. Group 4 also crosses every setting with every suspected person.

use chrono::NaiveDate;

use crate::facts::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The incident date used with dates of birth (Wednesday 3 June 2026).
pub fn incident_date() -> NaiveDate {
    date(2026, 6, 3)
}

/// A representative age answer: `(child_age, incident_date)`.
pub type AgeRep = (Option<ChildAge>, Option<DateAnswer>);

/// Representative ages: not answered, not sure, newborn, well under 18, 17 in years,
/// 17 years 364 days, the 18th birthday, 22 (care-leaver age), 30, a 29 February birth on
/// the debated day, a baby born before the incident date (so born alive) and one born on
/// it, a date of birth without an incident date, and with "not sure".
pub fn ages() -> Vec<AgeRep> {
    let on = Some(DateAnswer::Date(incident_date()));
    vec![
        (None, None),
        (Some(ChildAge::NotSure), None),
        (Some(ChildAge::AgeInYears(0)), on),
        (Some(ChildAge::AgeInYears(9)), on),
        (Some(ChildAge::AgeInYears(17)), on),
        (Some(ChildAge::DateOfBirth(date(2008, 6, 4))), on), // 17y 364d
        (Some(ChildAge::DateOfBirth(date(2008, 6, 3))), on), // 18th birthday
        (Some(ChildAge::DateOfBirth(date(2004, 1, 10))), on), // 22
        (Some(ChildAge::AgeInYears(30)), on),
        (
            Some(ChildAge::DateOfBirth(date(2008, 2, 29))),
            Some(DateAnswer::Date(date(2026, 2, 28))),
        ),
        (Some(ChildAge::DateOfBirth(date(2026, 5, 20))), on), // a baby born before the incident
        (Some(ChildAge::DateOfBirth(date(2026, 6, 3))), on),  // born on the incident date
        (Some(ChildAge::DateOfBirth(date(2015, 5, 1))), None),
        (
            Some(ChildAge::DateOfBirth(date(2015, 5, 1))),
            Some(DateAnswer::NotSure),
        ),
    ]
}

/// Representative places: not answered, the same English LA as the other place, another
/// English LA, Wales, Scotland, Northern Ireland, abroad, unknown.
pub fn places() -> Vec<Option<Place>> {
    vec![
        None,
        Some(Place::english("E08000035")),
        Some(Place::english("E08000032")),
        Some(Place::Wales),
        Some(Place::Scotland),
        Some(Place::NorthernIreland),
        Some(Place::Abroad),
        Some(Place::Unknown),
    ]
}

fn opt<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

fn base() -> CaseFacts {
    CaseFacts {
        asker: Some(Asker::LocalAuthority),
        la_aware_date: Some(DateAnswer::Date(date(2026, 6, 4))),
        ..CaseFacts::default()
    }
}

/// Call `f` on every case of the answer space. Returns the number of cases.
pub fn for_each_case(mut f: impl FnMut(&CaseFacts)) -> usize {
    let mut n = 0usize;
    let mut run = |c: &CaseFacts| {
        n += 1;
        f(c)
    };
    let ages = ages();
    let places = places();
    let events = opt(&Event::ALL);
    let abuses = opt(&AbuseOrNeglect::ALL);
    let yns = opt(&YesNoNotSure::ALL);

    // 1. Panel core.
    let mut c = base();
    for (age, on) in &ages {
        c.child_age = *age;
        c.incident_date = *on;
        for born_alive in &yns {
            c.born_alive = *born_alive;
            for event in &events {
                c.event = *event;
                for abuse in &abuses {
                    c.abuse_or_neglect = *abuse;
                    for incident in &places {
                        c.incident_place = incident.clone();
                        for residence in &places {
                            c.residence = residence.clone();
                            run(&c);
                        }
                    }
                }
            }
        }
    }

    // 2. Other processes.
    let suspects = [
        None,
        Some(SuspectedPerson::ParentOrCarer),
        Some(SuspectedPerson::PersonWorkingWithChildren),
        Some(SuspectedPerson::AnotherChild),
        Some(SuspectedPerson::ExtraFamilial),
        Some(SuspectedPerson::Unknown),
    ];
    let settings = [
        None,
        Some(Setting::Home),
        Some(Setting::School),
        Some(Setting::ChildrensHome),
        Some(Setting::FosterCare),
        Some(Setting::NotSure),
    ];
    // Ages without the variants that only matter to the age test itself (group 1 has them).
    let core_ages: Vec<AgeRep> = [0, 1, 2, 3, 5, 6, 7, 8].iter().map(|k| ages[*k]).collect();
    let mut c = base();
    c.incident_place = Some(Place::english("E10000016"));
    c.residence = Some(Place::english("E08000032"));
    // 2a. Looked-after and care-leaver deaths, child death review (R12, R13, R19).
    for (age, on) in &core_ages {
        c.child_age = *age;
        c.incident_date = *on;
        for event in &events {
            c.event = *event;
            for abuse in &abuses {
                c.abuse_or_neglect = *abuse;
                for looked_after in &yns {
                    c.looked_after = *looked_after;
                    for care_leaver in &yns {
                        c.care_leaver = *care_leaver;
                        run(&c);
                    }
                }
            }
        }
    }
    // 2b. DARDR, SAR, provider notifications, LADO (R20–R22).
    c.looked_after = None;
    c.care_leaver = None;
    for (age, on) in &core_ages {
        c.child_age = *age;
        c.incident_date = *on;
        for event in &events {
            c.event = *event;
            for abuse in &abuses {
                c.abuse_or_neglect = *abuse;
                for s in &suspects {
                    c.suspected_person = *s;
                    for setting in &settings {
                        c.setting = *setting;
                        run(&c);
                    }
                }
            }
        }
    }

    // 3. Who and when.
    let awares = [
        None,
        Some(DateAnswer::NotSure),
        Some(DateAnswer::Date(date(2026, 6, 4))),
        Some(DateAnswer::Date(date(2030, 12, 20))), // runs past the calendar
    ];
    let sents = [
        None,
        Some(SentAnswer::NotSentYet),
        Some(SentAnswer::NotSure),
        Some(SentAnswer::Sent(date(2026, 6, 8))),
    ];
    let children = [None, Some(1), Some(3), Some(5)];
    let small_ages = [ages[0], ages[3], ages[6]];
    let mut c = CaseFacts {
        incident_place: Some(Place::english("E08000035")),
        residence: Some(Place::english("E08000035")),
        ..CaseFacts::default()
    };
    for asker in opt(&Asker::ALL) {
        c.asker = asker;
        for event in &events {
            c.event = *event;
            for abuse in &abuses {
                c.abuse_or_neglect = *abuse;
                for aware in &awares {
                    c.la_aware_date = *aware;
                    for sent in &sents {
                        c.notification_sent = *sent;
                        for n in &children {
                            c.number_of_children = *n;
                            for (age, on) in &small_ages {
                                c.child_age = *age;
                                c.incident_date = *on;
                                run(&c);
                            }
                        }
                    }
                }
            }
        }
    }

    // 4. Outside England, and every setting and suspected person.
    let mut c = base();
    c.child_age = Some(ChildAge::AgeInYears(9));
    for incident in &places {
        c.incident_place = incident.clone();
        for residence in &places {
            c.residence = residence.clone();
            for looked_after in &yns {
                c.looked_after = *looked_after;
                for cp in &yns {
                    c.child_protection_plan = *cp;
                    for event in &events {
                        c.event = *event;
                        for abuse in &abuses {
                            c.abuse_or_neglect = *abuse;
                            run(&c);
                        }
                    }
                }
            }
        }
    }
    let mut c = base();
    c.child_age = Some(ChildAge::AgeInYears(9));
    c.incident_place = Some(Place::english("E08000035"));
    for setting in opt(&Setting::ALL) {
        c.setting = setting;
        for s in opt(&SuspectedPerson::ALL) {
            c.suspected_person = s;
            for event in &events {
                c.event = *event;
                for abuse in &abuses {
                    c.abuse_or_neglect = *abuse;
                    run(&c);
                }
            }
        }
    }
    n
}

/// Every case of the answer space, collected (for tests that need random access).
pub fn all_cases() -> Vec<CaseFacts> {
    let mut v = Vec::new();
    for_each_case(|c| v.push(c.clone()));
    v
}
