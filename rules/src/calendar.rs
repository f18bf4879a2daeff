//! Working days on the England & Wales bank-holiday calendar (R26), and age arithmetic (R04).
//!
//! The bank holidays are DATA: one sorted list. To add a year, append its dates to
//! [`BANK_HOLIDAYS_ENGLAND_AND_WALES`] and raise [`LAST_YEAR`] (see rules/README.md).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The first calendar year covered by the bank-holiday data.
pub const FIRST_YEAR: i32 = 2024;
/// The last calendar year covered by the bank-holiday data.
pub const LAST_YEAR: i32 = 2030;

/// The last year whose dates are published by GOV.UK (later years are projected).
pub const LAST_PUBLISHED_YEAR: i32 = 2028;

const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(date) => date,
        None => panic!("invalid bank holiday date in the table"),
    }
}

/// England & Wales bank holidays, sorted.
///
/// 2024–2028: GOV.UK `https://www.gov.uk/bank-holidays.json` as cached in
/// ministryofjustice/govuk-bank-holidays (cache of 25 Feb 2026, commit 4a2b76d5), domain.md
/// §9.1 [V-GOV].
///
/// 2029–2030: PROJECTED from the standing rules, NOT YET PUBLISHED BY GOV.UK: New Year's Day
/// (substitute Monday if at a weekend), Good Friday and Easter Monday (Gregorian computus:
/// Easter Sunday 1 April 2029 and 21 April 2030), first Monday in May, last Monday in May,
/// last Monday in August, Christmas Day and Boxing Day (substitute weekdays if at a
/// weekend). Replace with the published dates when GOV.UK publishes them; one-off holidays
/// can still be proclaimed.
pub static BANK_HOLIDAYS_ENGLAND_AND_WALES: &[NaiveDate] = &[
    // 2024
    d(2024, 1, 1),
    d(2024, 3, 29),
    d(2024, 4, 1),
    d(2024, 5, 6),
    d(2024, 5, 27),
    d(2024, 8, 26),
    d(2024, 12, 25),
    d(2024, 12, 26),
    // 2025
    d(2025, 1, 1),
    d(2025, 4, 18),
    d(2025, 4, 21),
    d(2025, 5, 5),
    d(2025, 5, 26),
    d(2025, 8, 25),
    d(2025, 12, 25),
    d(2025, 12, 26),
    // 2026
    d(2026, 1, 1),
    d(2026, 4, 3),
    d(2026, 4, 6),
    d(2026, 5, 4),
    d(2026, 5, 25),
    d(2026, 8, 31),
    d(2026, 12, 25),
    d(2026, 12, 28), // Boxing Day substitute
    // 2027
    d(2027, 1, 1),
    d(2027, 3, 26),
    d(2027, 3, 29),
    d(2027, 5, 3),
    d(2027, 5, 31),
    d(2027, 8, 30),
    d(2027, 12, 27), // Christmas Day substitute
    d(2027, 12, 28), // Boxing Day substitute
    // 2028
    d(2028, 1, 3), // New Year's Day substitute
    d(2028, 4, 14),
    d(2028, 4, 17),
    d(2028, 5, 1),
    d(2028, 5, 29),
    d(2028, 8, 28),
    d(2028, 12, 25),
    d(2028, 12, 26),
    // 2029 — projected from the standing rules, not yet published by GOV.UK
    d(2029, 1, 1),
    d(2029, 3, 30),
    d(2029, 4, 2),
    d(2029, 5, 7),
    d(2029, 5, 28),
    d(2029, 8, 27),
    d(2029, 12, 25),
    d(2029, 12, 26),
    // 2030 — projected from the standing rules, not yet published by GOV.UK
    d(2030, 1, 1),
    d(2030, 4, 19),
    d(2030, 4, 22),
    d(2030, 5, 6),
    d(2030, 5, 27),
    d(2030, 8, 26),
    d(2030, 12, 25),
    d(2030, 12, 26),
];

/// Why a working-day computation could not be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum CalendarError {
    /// The computation needs a year the bank-holiday data does not cover.
    YearNotCovered {
        /// The year needed.
        year: i32,
        /// First year covered.
        first_year: i32,
        /// Last year covered.
        last_year: i32,
    },
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::YearNotCovered {
                year,
                first_year,
                last_year,
            } => write!(
                f,
                "the bank-holiday calendar covers {first_year} to {last_year} only; this deadline needs {year}. Count the working days by hand against the GOV.UK bank holiday list."
            ),
        }
    }
}

impl std::error::Error for CalendarError {}

fn covered(date: NaiveDate) -> Result<(), CalendarError> {
    let year = date.year();
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError::YearNotCovered {
            year,
            first_year: FIRST_YEAR,
            last_year: LAST_YEAR,
        })
    }
}

/// Whether `date` is an England & Wales bank holiday. Errors outside the covered years.
pub fn is_bank_holiday(date: NaiveDate) -> Result<bool, CalendarError> {
    covered(date)?;
    Ok(BANK_HOLIDAYS_ENGLAND_AND_WALES.binary_search(&date).is_ok())
}

/// Whether `date` is a working day (Monday–Friday, not a bank holiday). Errors outside the
/// covered years.
pub fn is_working_day(date: NaiveDate) -> Result<bool, CalendarError> {
    let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    Ok(!weekend && !is_bank_holiday(date)?)
}

/// The `n`th working day after `day0` (R26). Day 0 itself never counts; with `n == 0` the
/// answer is `day0`. Every day examined must fall in a covered year, otherwise a
/// [`CalendarError`] is returned (never a wrong date).
pub fn add_working_days(day0: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
    let mut date = day0;
    let mut left = n;
    while left > 0 {
        date = date
            .checked_add_days(Days::new(1))
            .ok_or(CalendarError::YearNotCovered {
                year: date.year(),
                first_year: FIRST_YEAR,
                last_year: LAST_YEAR,
            })?;
        if is_working_day(date)? {
            left -= 1;
        }
    }
    Ok(date)
}

/// Whether a person is a child on a date (R04).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChildOnDate {
    /// Under 18 on the date.
    Child,
    /// 18 or over on the date.
    NotChild,
    /// Born on 29 February and the date is 28 February of the 18th-birthday year: the law on
    /// which day is the "relevant anniversary" in a non-leap year is debated. For judgement.
    Ambiguous29February,
    /// The date is before the date of birth.
    BeforeBirth,
}

/// The anniversary of `dob` in `year`, taking 1 March for a 29 February birth in a non-leap
/// year (the later reading; 28 February is flagged separately by [`is_child_on`]).
pub fn anniversary(dob: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, dob.month(), dob.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// Age in completed years on `on` (29 February births attain each age on 1 March in a
/// non-leap year). `None` if `on` is before `dob` or out of range.
pub fn age_in_years_on(dob: NaiveDate, on: NaiveDate) -> Option<u32> {
    if on < dob {
        return None;
    }
    let mut years = on.year() - dob.year();
    if on < anniversary(dob, on.year())? {
        years -= 1;
    }
    u32::try_from(years).ok()
}

/// Whether a person born on `dob` is a child on `incident_date`: a child if
/// `incident_date < 18th birthday`, because a person attains an age at the start of the
/// birthday (Family Law Reform Act 1969 s9). So 17 years 364 days is a child; the 18th
/// birthday is not. For a 29 February birth, 28 February of the 18th year is ambiguous.
pub fn is_child_on(dob: NaiveDate, incident_date: NaiveDate) -> ChildOnDate {
    if incident_date < dob {
        return ChildOnDate::BeforeBirth;
    }
    let year18 = dob.year() + 18;
    let Some(birthday18) = anniversary(dob, year18) else {
        return ChildOnDate::NotChild;
    };
    let feb29 = dob.month() == 2 && dob.day() == 29;
    if feb29
        && birthday18.month() == 3
        && NaiveDate::from_ymd_opt(year18, 2, 28) == Some(incident_date)
    {
        return ChildOnDate::Ambiguous29February;
    }
    if incident_date < birthday18 {
        ChildOnDate::Child
    } else {
        ChildOnDate::NotChild
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_within_range() {
        assert!(BANK_HOLIDAYS_ENGLAND_AND_WALES
            .windows(2)
            .all(|w| w[0] < w[1]));
        for y in FIRST_YEAR..=LAST_YEAR {
            let n = BANK_HOLIDAYS_ENGLAND_AND_WALES
                .iter()
                .filter(|d| d.year() == y)
                .count();
            assert_eq!(n, 8, "year {y}");
        }
    }
}
