//! Property tests over dates and arbitrary case facts.

mod common;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use proptest::prelude::*;
use rules::calendar::*;
use rules::*;

fn date_in(from: NaiveDate, days: u64) -> impl Strategy<Value = NaiveDate> {
    (0..days).prop_map(move |n| from + Days::new(n))
}

fn covered_day0() -> impl Strategy<Value = NaiveDate> {
    // Day 0 from 1 Jan 2024 to mid-2030, so that +60 working days stays covered.
    date_in(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), 2375)
}

proptest! {
    #[test]
    fn deadline_is_a_working_day_strictly_after_day0(day0 in covered_day0(), n in 1u32..=40) {
        let due = add_working_days(day0, n).unwrap();
        prop_assert!(due > day0);
        prop_assert!(!matches!(due.weekday(), Weekday::Sat | Weekday::Sun));
        prop_assert!(!BANK_HOLIDAYS_ENGLAND_AND_WALES.contains(&due));
        prop_assert_eq!(is_working_day(due), Ok(true));
        // Exactly n working days in (day0, due].
        let mut count = 0;
        let mut x = day0;
        while x < due {
            x = x + Days::new(1);
            if is_working_day(x).unwrap() { count += 1; }
        }
        prop_assert_eq!(count, n);
    }

    #[test]
    fn deadline_is_monotone_in_the_anchor(a in covered_day0(), b in covered_day0(), n in 1u32..=20) {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(add_working_days(lo, n).unwrap() <= add_working_days(hi, n).unwrap());
    }

    #[test]
    fn adding_n_then_m_is_adding_n_plus_m(day0 in covered_day0(), n in 0u32..=20, m in 0u32..=20) {
        let once = add_working_days(day0, n + m).unwrap();
        let twice = add_working_days(add_working_days(day0, n).unwrap(), m).unwrap();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn outside_the_calendar_is_an_error(day0 in date_in(NaiveDate::from_ymd_opt(2031, 1, 1).unwrap(), 3650), n in 1u32..=20) {
        let is_error = add_working_days(day0, n).is_err();
        prop_assert!(is_error);
    }

    #[test]
    fn the_day_before_the_18th_birthday_is_a_child_the_birthday_is_not(
        dob in date_in(NaiveDate::from_ymd_opt(1980, 1, 1).unwrap(), 365 * 60)
    ) {
        let feb29 = dob.month() == 2 && dob.day() == 29;
        let birthday = if feb29 {
            NaiveDate::from_ymd_opt(dob.year() + 18, 3, 1).unwrap()
        } else {
            dob.checked_add_months(Months::new(12 * 18)).unwrap()
        };
        prop_assert_eq!(is_child_on(dob, birthday), ChildOnDate::NotChild);
        let before = birthday - Days::new(1);
        let expected = if feb29 { ChildOnDate::Ambiguous29February } else { ChildOnDate::Child };
        prop_assert_eq!(is_child_on(dob, before), expected);
        prop_assert_eq!(is_child_on(dob, before - Days::new(1)), ChildOnDate::Child);
        prop_assert_eq!(is_child_on(dob, dob), ChildOnDate::Child);
    }
}

fn arb_date() -> impl Strategy<Value = NaiveDate> {
    date_in(NaiveDate::from_ymd_opt(1950, 1, 1).unwrap(), 365 * 150)
}

fn arb_facts() -> impl Strategy<Value = CaseFacts> {
    let yns = || {
        proptest::option::of(prop_oneof![
            Just(YesNoNotSure::Yes),
            Just(YesNoNotSure::No),
            Just(YesNoNotSure::NotSure)
        ])
    };
    let place = || {
        proptest::option::of(prop_oneof![
            "[A-Z][a-z]{0,8}"
                .prop_map(|name| Place::EnglishLocalAuthority(LocalArea::fictional(&name))),
            // Codes of areas that did not change (a changed one is read as the authority in
            // force on the incident date).
            proptest::sample::select(
                places::all()
                    .iter()
                    .filter(|a| a.has_childrens_services() && a.start.is_none() && a.end.is_none())
                    .map(|a| a.code)
                    .collect::<Vec<_>>()
            )
            .prop_map(Place::english),
            Just(Place::Wales),
            Just(Place::Scotland),
            Just(Place::NorthernIreland),
            Just(Place::Abroad),
            Just(Place::Unknown),
        ])
    };
    let date_answer = || {
        proptest::option::of(prop_oneof![
            arb_date().prop_map(DateAnswer::Date),
            Just(DateAnswer::NotSure)
        ])
    };
    (
        (
            proptest::option::of(proptest::sample::select(Asker::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Event::ALL.to_vec())),
            proptest::option::of(prop_oneof![
                arb_date().prop_map(ChildAge::DateOfBirth),
                any::<u32>().prop_map(ChildAge::AgeInYears),
                (0u32..30).prop_map(ChildAge::AgeInYears),
                Just(ChildAge::NotSure),
            ]),
            yns(),
            proptest::option::of(proptest::sample::select(AbuseOrNeglect::ALL.to_vec())),
            date_answer(),
            place(),
            place(),
        ),
        (
            yns(),
            yns(),
            proptest::option::of(proptest::sample::select(SuspectedPerson::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Setting::ALL.to_vec())),
            yns(),
            date_answer(),
            proptest::option::of(prop_oneof![
                arb_date().prop_map(SentAnswer::Sent),
                Just(SentAnswer::NotSentYet),
                Just(SentAnswer::NotSure)
            ]),
            proptest::option::of(any::<u32>()),
        ),
    )
        .prop_map(
            |(
                (
                    asker,
                    event,
                    child_age,
                    born_alive,
                    abuse,
                    incident_date,
                    incident_place,
                    residence,
                ),
                (looked_after, care_leaver, suspected, setting, cp, aware, sent, n),
            )| CaseFacts {
                asker,
                event,
                child_age,
                born_alive,
                abuse_or_neglect: abuse,
                incident_date,
                incident_place,
                residence,
                looked_after,
                care_leaver,
                suspected_person: suspected,
                setting,
                child_protection_plan: cp,
                la_aware_date: aware,
                notification_sent: sent,
                number_of_children: n,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Total on arbitrary facts (any dates, any ages, any names) and the invariants hold;
    /// the facts round-trip through JSON.
    #[test]
    fn assess_is_total_and_keeps_its_invariants(f in arb_facts()) {
        let a = assess(&f);
        if let Err(e) = common::check_invariants(&f, &a) {
            return Err(TestCaseError::fail(e));
        }
        let json = serde_json::to_string(&f).unwrap();
        let back: CaseFacts = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, f);
        let out = serde_json::to_value(&a).unwrap();
        let a2: Assessment = serde_json::from_value(out).unwrap();
        prop_assert_eq!(a2, a);
    }
}
