//! Working days and ages: domain.md §9 and §1.3.

use chrono::{Datelike, NaiveDate, Weekday};
use rules::calendar::*;

fn d(s: &str) -> NaiveDate {
    rules::dates::parse_iso_date(s).unwrap()
}

/// domain.md §9.3, every worked example exactly.
#[test]
fn worked_examples_9_3() {
    let cases = [
        ("2024-12-20", Some("2024-12-31"), Some("2025-01-15")),
        ("2025-04-17", Some("2025-04-28"), Some("2025-05-13")),
        ("2026-05-01", Some("2026-05-11"), Some("2026-05-26")),
        ("2026-12-23", Some("2027-01-04"), Some("2027-01-18")),
        ("2027-12-24", Some("2028-01-05"), Some("2028-01-19")),
        ("2028-08-24", Some("2028-09-01"), None),
    ];
    for (day0, five, fifteen) in cases {
        if let Some(five) = five {
            assert_eq!(add_working_days(d(day0), 5), Ok(d(five)), "{day0} + 5");
        }
        if let Some(fifteen) = fifteen {
            assert_eq!(add_working_days(d(day0), 15), Ok(d(fifteen)), "{day0} + 15");
        }
    }
}

/// domain.md §9.1: the ISO list, every date a non-working day.
#[test]
fn every_listed_bank_holiday_is_a_non_working_day() {
    let list = "2024-01-01, 2024-03-29, 2024-04-01, 2024-05-06, 2024-05-27, 2024-08-26, 2024-12-25, 2024-12-26, 2025-01-01, 2025-04-18, 2025-04-21, 2025-05-05, 2025-05-26, 2025-08-25, 2025-12-25, 2025-12-26, 2026-01-01, 2026-04-03, 2026-04-06, 2026-05-04, 2026-05-25, 2026-08-31, 2026-12-25, 2026-12-28, 2027-01-01, 2027-03-26, 2027-03-29, 2027-05-03, 2027-05-31, 2027-08-30, 2027-12-27, 2027-12-28, 2028-01-03, 2028-04-14, 2028-04-17, 2028-05-01, 2028-05-29, 2028-08-28, 2028-12-25, 2028-12-26";
    let dates: Vec<NaiveDate> = list.split(", ").map(d).collect();
    assert_eq!(dates.len(), 40);
    for date in &dates {
        assert_eq!(is_bank_holiday(*date), Ok(true), "{date}");
        assert_eq!(is_working_day(*date), Ok(false), "{date}");
    }
    // The data for 2024–2028 is exactly the published list.
    let ours: Vec<NaiveDate> = BANK_HOLIDAYS_ENGLAND_AND_WALES
        .iter()
        .copied()
        .filter(|x| x.year() <= LAST_PUBLISHED_YEAR)
        .collect();
    assert_eq!(ours, dates);
}

/// Christmas Eve and New Year's Eve are working days (not bank holidays).
#[test]
fn christmas_eve_is_a_working_day() {
    assert_eq!(is_working_day(d("2024-12-24")), Ok(true));
    assert_eq!(is_working_day(d("2024-12-31")), Ok(true));
}

fn easter_sunday(y: i32) -> NaiveDate {
    // Anonymous Gregorian computus (Meeus/Jones/Butcher).
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let dd = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - dd - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32).unwrap()
}

fn standing_rules(y: i32) -> Vec<NaiveDate> {
    let weekday_on_or_after = |date: NaiveDate| {
        let mut x = date;
        while matches!(x.weekday(), Weekday::Sat | Weekday::Sun) {
            x = x.succ_opt().unwrap();
        }
        x
    };
    let first_monday = |m: u32| {
        let mut x = NaiveDate::from_ymd_opt(y, m, 1).unwrap();
        while x.weekday() != Weekday::Mon {
            x = x.succ_opt().unwrap();
        }
        x
    };
    let last_monday = |m: u32| {
        let mut x = NaiveDate::from_ymd_opt(y, m + 1, 1)
            .unwrap()
            .pred_opt()
            .unwrap();
        while x.weekday() != Weekday::Mon {
            x = x.pred_opt().unwrap();
        }
        x
    };
    let easter = easter_sunday(y);
    let christmas = NaiveDate::from_ymd_opt(y, 12, 25).unwrap();
    let xmas = weekday_on_or_after(christmas);
    let boxing = weekday_on_or_after(xmas.succ_opt().unwrap());
    vec![
        weekday_on_or_after(NaiveDate::from_ymd_opt(y, 1, 1).unwrap()),
        easter - chrono::Days::new(2),
        easter + chrono::Days::new(1),
        first_monday(5),
        last_monday(5),
        last_monday(8),
        xmas,
        boxing,
    ]
}

/// The data agrees with the standing rules for every covered year (2024–2028 have no
/// one-off holidays), which is how 2029–2030 were projected.
#[test]
fn data_agrees_with_the_standing_rules() {
    for y in FIRST_YEAR..=LAST_YEAR {
        let ours: Vec<NaiveDate> = BANK_HOLIDAYS_ENGLAND_AND_WALES
            .iter()
            .copied()
            .filter(|x| x.year() == y)
            .collect();
        assert_eq!(ours, standing_rules(y), "{y}");
    }
    assert_eq!(easter_sunday(2029), d("2029-04-01"));
    assert_eq!(easter_sunday(2030), d("2030-04-21"));
}

#[test]
fn out_of_range_years_give_an_error_never_a_date() {
    let err = add_working_days(d("2030-12-20"), 15).unwrap_err();
    assert_eq!(
        err,
        CalendarError::YearNotCovered {
            year: 2031,
            first_year: 2024,
            last_year: 2030
        }
    );
    assert!(err.to_string().contains("2031"));
    assert!(add_working_days(d("2023-06-01"), 5).is_err());
    assert!(is_working_day(d("2031-01-02")).is_err());
    assert!(is_bank_holiday(d("2023-12-25")).is_err());
    // The last covered working day is still reachable.
    assert_eq!(add_working_days(d("2030-12-20"), 3), Ok(d("2030-12-27")));
    assert_eq!(add_working_days(d("2026-03-10"), 0), Ok(d("2026-03-10")));
}

/// §1.3.1: 17 years 364 days is a child; the 18th birthday is not.
#[test]
fn age_boundary_17y364d_and_18th_birthday() {
    let dob = d("2008-06-03");
    assert_eq!(is_child_on(dob, d("2026-06-02")), ChildOnDate::Child);
    assert_eq!(is_child_on(dob, d("2026-06-03")), ChildOnDate::NotChild);
    assert_eq!(is_child_on(dob, d("2026-06-04")), ChildOnDate::NotChild);
    assert_eq!(is_child_on(dob, d("2008-06-03")), ChildOnDate::Child);
    assert_eq!(is_child_on(dob, d("2008-06-02")), ChildOnDate::BeforeBirth);
    assert_eq!(age_in_years_on(dob, d("2026-06-02")), Some(17));
    assert_eq!(age_in_years_on(dob, d("2026-06-03")), Some(18));
}

/// §1.3.1: 29 February births: 28 February of the 18th year is for judgement; 27 February
/// is a child; 1 March is not.
#[test]
fn born_on_29_february() {
    let dob = d("2008-02-29");
    assert_eq!(is_child_on(dob, d("2026-02-27")), ChildOnDate::Child);
    assert_eq!(
        is_child_on(dob, d("2026-02-28")),
        ChildOnDate::Ambiguous29February
    );
    assert_eq!(is_child_on(dob, d("2026-03-01")), ChildOnDate::NotChild);
    assert_eq!(age_in_years_on(dob, d("2012-02-29")), Some(4));
    assert_eq!(age_in_years_on(dob, d("2013-02-28")), Some(4));
    assert_eq!(age_in_years_on(dob, d("2013-03-01")), Some(5));
}
