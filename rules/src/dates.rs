//! Writing and reading dates by hand. chrono's `format`/`parse_from_str` (and its serde
//! support, which parses through the same machinery) would add its whole strftime engine to
//! the WebAssembly; these produce exactly what chrono produced for the patterns the app used.

use chrono::{Datelike, NaiveDate, Weekday};
use std::fmt::{self, Write};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// chrono's `%Y`: four digits, or a sign and at least four digits outside 0–9999.
fn push_year(out: &mut String, year: i32) {
    let _ = if (0..10_000).contains(&year) {
        write!(out, "{year:04}")
    } else {
        write!(out, "{year:+05}")
    };
}

fn ymd(date: NaiveDate, separator: &str) -> String {
    let mut out = String::with_capacity(10);
    push_year(&mut out, date.year());
    let _ = write!(
        out,
        "{separator}{:02}{separator}{:02}",
        date.month(),
        date.day()
    );
    out
}

/// "2025-03-03" (ISO 8601, as in the JSON).
pub fn iso_date(date: NaiveDate) -> String {
    ymd(date, "-")
}

/// "20250303", for iCalendar `VALUE=DATE`.
pub fn compact_date(date: NaiveDate) -> String {
    ymd(date, "")
}

/// "3 March 2025", as GOV.UK writes dates.
pub fn long_date(date: NaiveDate) -> String {
    let mut out = format!("{} {} ", date.day(), MONTHS[date.month0() as usize]);
    push_year(&mut out, date.year());
    out
}

/// "Monday 3 March 2025".
pub fn long_date_with_weekday(date: NaiveDate) -> String {
    format!("{} {}", weekday_name(date.weekday()), long_date(date))
}

/// A date written exactly as [`iso_date`] writes it, and nothing else: "2025-02-03", not
/// "2025-2-3", " 2025-02-03", "+2025-02-03" or "2025-02-30" (but "+10000-01-01" and
/// "-0001-12-31", as chrono wrote them).
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    parse_lenient(s).ok().filter(|d| iso_date(*d) == s)
}

/// Why [`parse_lenient`] failed, worded as chrono words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParseError {
    OutOfRange,
    Invalid,
    TooShort,
    TooLong,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            ParseError::OutOfRange => "input is out of range",
            ParseError::Invalid => "input contains invalid characters",
            ParseError::TooShort => "premature end of input",
            ParseError::TooLong => "trailing input",
        })
    }
}

/// Up to `max` ASCII digits (at least one), as chrono's scanner reads a number.
fn number(s: &str, max: usize) -> Result<(&str, i64), ParseError> {
    if s.is_empty() {
        return Err(ParseError::TooShort);
    }
    let digits = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(ParseError::Invalid);
    }
    let mut n = 0i64;
    for c in s[..digits].bytes() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(c - b'0')))
            .ok_or(ParseError::OutOfRange)?;
    }
    Ok((&s[digits..], n))
}

/// A `-`, with any whitespace around it.
fn dash(s: &str) -> Result<&str, ParseError> {
    match s.trim_start().strip_prefix('-') {
        Some(rest) => Ok(rest.trim_start()),
        None if s.trim_start().is_empty() => Err(ParseError::TooShort),
        None => Err(ParseError::Invalid),
    }
}

/// What chrono's `NaiveDate::from_str` (and so its serde support) accepts: whitespace
/// around the parts, unpadded months and days, a signed year of any length.
fn parse_lenient(s: &str) -> Result<NaiveDate, ParseError> {
    let s = s.trim_start();
    let (s, year) = if let Some(rest) = s.strip_prefix('-') {
        number(rest, usize::MAX).map(|(s, v)| (s, -v))?
    } else if let Some(rest) = s.strip_prefix('+') {
        number(rest, usize::MAX)?
    } else {
        number(s, 4)?
    };
    let year = i32::try_from(year).map_err(|_| ParseError::OutOfRange)?;
    let (s, month) = number(dash(s)?, 2)?;
    if !(1..=12).contains(&month) {
        return Err(ParseError::OutOfRange);
    }
    let (s, day) = number(dash(s)?, 2)?;
    if !(1..=31).contains(&day) {
        return Err(ParseError::OutOfRange);
    }
    if !s.trim_start().is_empty() {
        return Err(ParseError::TooLong);
    }
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(ParseError::OutOfRange)
}

/// `#[serde(with = "rules::dates::serde_iso")]` for a `NaiveDate`: the same JSON as chrono's
/// serde support, read and written without its strftime engine.
pub mod serde_iso {
    use super::{iso_date, parse_lenient};
    use chrono::NaiveDate;
    use serde::{de, Deserializer, Serializer};
    use std::fmt;

    /// Writes "YYYY-MM-DD".
    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&iso_date(*date))
    }

    /// Reads a date as chrono's serde support does.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Visitor)
    }

    struct Visitor;

    impl de::Visitor<'_> for Visitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a formatted date string")
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            parse_lenient(s).map_err(E::custom)
        }
    }

    /// The same for an `Option<NaiveDate>` (`null` is `None`). A field read `with` a module
    /// is no longer optional by itself: add `#[serde(default)]`, and
    /// `#[schemars(with = "Option<NaiveDate>", !default)]` to keep its schema as it was.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes "YYYY-MM-DD" or `null`.
        pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match date {
                Some(date) => super::serialize(date, s),
                None => s.serialize_none(),
            }
        }

        /// Reads a date or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            #[derive(Deserialize)]
            struct Date(#[serde(with = "super")] NaiveDate);
            Ok(Option::<Date>::deserialize(d)?.map(|Date(date)| date))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// What the app wrote and accepted before, with chrono's strftime engine.
    fn chrono_iso(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .filter(|d| d.format("%Y-%m-%d").to_string() == s)
    }

    fn chrono_lenient(s: &str) -> Result<NaiveDate, String> {
        s.parse::<NaiveDate>().map_err(|e| e.to_string())
    }

    fn same_as_chrono(date: NaiveDate) {
        assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        assert_eq!(iso_date(date), format!("{date:?}"), "chrono's serde output");
        assert_eq!(compact_date(date), date.format("%Y%m%d").to_string());
        assert_eq!(long_date(date), date.format("%-d %B %Y").to_string());
        assert_eq!(
            long_date_with_weekday(date),
            date.format("%A %-d %B %Y").to_string()
        );
        assert_eq!(parse_iso_date(&iso_date(date)), Some(date));
    }

    #[test]
    fn every_day_1900_to_2100_is_written_and_read_as_chrono_did() {
        let mut date = day(1900, 1, 1);
        while date <= day(2100, 12, 31) {
            same_as_chrono(date);
            date = date.succ_opt().unwrap();
        }
    }

    #[test]
    fn years_outside_0_to_9999_take_a_sign_as_in_chrono() {
        for date in [
            NaiveDate::MIN,
            NaiveDate::MAX,
            day(-1, 12, 31),
            day(0, 1, 1),
            day(999, 1, 1),
            day(9999, 12, 31),
            day(10000, 1, 1),
            day(-10000, 2, 29),
        ] {
            same_as_chrono(date);
        }
        assert_eq!(iso_date(day(-1, 12, 31)), "-0001-12-31");
        assert_eq!(iso_date(day(10000, 1, 1)), "+10000-01-01");
    }

    #[test]
    fn examples() {
        assert_eq!(iso_date(day(2025, 3, 3)), "2025-03-03");
        assert_eq!(compact_date(day(2025, 3, 3)), "20250303");
        assert_eq!(long_date(day(2025, 3, 3)), "3 March 2025");
        assert_eq!(
            long_date_with_weekday(day(2025, 3, 3)),
            "Monday 3 March 2025"
        );
        assert_eq!(
            long_date_with_weekday(day(2024, 12, 31)),
            "Tuesday 31 December 2024"
        );
    }

    #[test]
    fn only_the_exact_form_is_an_iso_date() {
        for s in [
            "2025-2-03",
            "2025-02-3",
            "2025-02-30",
            "2025-13-01",
            "2025-00-01",
            "2025-01-00",
            "2023-02-29",
            " 2025-02-03",
            "2025-02-03 ",
            "2025 -02-03",
            "2025- 02-03",
            "+2025-02-03",
            "+02025-02-03",
            "-02025-02-03",
            "20250-01-01",
            "025-01-01",
            "2025-001-01",
            "2025/02/03",
            "20250203",
            "2025-02-03T00:00",
            "2025-02",
            "",
            "not_sure",
            "２０２５-02-03",
        ] {
            assert_eq!(parse_iso_date(s), None, "{s:?}");
            assert_eq!(chrono_iso(s), None, "{s:?}");
        }
        assert_eq!(parse_iso_date("2024-02-29"), Some(day(2024, 2, 29)));
        assert_eq!(parse_iso_date("0000-01-01"), Some(day(0, 1, 1)));
        // As chrono wrote them, so accepted as before.
        assert_eq!(parse_iso_date("-2025-02-03"), Some(day(-2025, 2, 3)));
        assert_eq!(parse_iso_date("+10000-01-01"), Some(day(10000, 1, 1)));
    }

    #[test]
    fn serde_reads_what_chrono_read_with_the_same_errors() {
        for s in [
            "2025-02-03",
            "2025-2-3",
            " 2025 - 02 - 03 ",
            "\t2025-02-03\n",
            "\u{3000}2025-02-03",
            "+2025-02-03",
            "+02025-02-03",
            "-0001-12-31",
            "+10000-01-01",
            "20250-01-01",
            "2025-02-30",
            "2025-13-01",
            "2025-00-01",
            "2025-02-00",
            "2025-02-003",
            "2025-02-03x",
            "2025-02",
            "2025-02-",
            "2025",
            "",
            " ",
            "-",
            "+",
            "x2025-02-03",
            "2025/02/03",
            "+99999999999-01-01",
            "+99999999999999999999-01-01",
            "-262145-01-01",
            "+262143-12-31",
            "+262144-01-01",
        ] {
            assert_eq!(
                parse_lenient(s).map_err(|e| e.to_string()),
                chrono_lenient(s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn serde_helpers_give_chronos_json() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct Dates {
            #[serde(with = "serde_iso")]
            on: NaiveDate,
            #[serde(default, with = "serde_iso::option")]
            maybe: Option<NaiveDate>,
        }
        let dates = Dates {
            on: day(2025, 3, 3),
            maybe: Some(day(1999, 12, 31)),
        };
        let json = serde_json::to_string(&dates).unwrap();
        assert_eq!(json, r#"{"on":"2025-03-03","maybe":"1999-12-31"}"#);
        assert_eq!(serde_json::from_str::<Dates>(&json).unwrap(), dates);
        let value = serde_json::to_value(&dates).unwrap();
        assert_eq!(serde_json::from_value::<Dates>(value).unwrap(), dates);

        let none = r#"{"on":" 2025-3-3","maybe":null}"#;
        let read: Dates = serde_json::from_str(none).unwrap();
        assert_eq!((read.on, read.maybe), (day(2025, 3, 3), None));
        let missing: Dates = serde_json::from_str(r#"{"on":"2025-03-03"}"#).unwrap();
        assert_eq!(missing.maybe, None);

        let error = |json| serde_json::from_str::<Dates>(json).unwrap_err().to_string();
        assert_eq!(
            error(r#"{"on":"2025-02-30"}"#),
            "input is out of range at line 1 column 18"
        );
        assert_eq!(
            error(r#"{"on":3}"#),
            "invalid type: integer `3`, expected a formatted date string at line 1 column 7"
        );
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
            .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
    }

    proptest! {
        #[test]
        fn any_date_is_written_as_chrono_writes_it(date in any_date()) {
            same_as_chrono(date);
        }

        #[test]
        fn date_like_text_is_read_as_chrono_read_it(
            s in r"\s?[+-]?[0-9]{0,6}\s?-?\s?[0-9]{0,3}\s?-?\s?[0-9]{0,3}\s?x?"
        ) {
            prop_assert_eq!(parse_iso_date(&s), chrono_iso(&s));
            prop_assert_eq!(parse_lenient(&s).map_err(|e| e.to_string()), chrono_lenient(&s));
        }

        #[test]
        fn any_text_is_read_as_chrono_read_it(s in r"[0-9 +\-\t\u{3000}x]{0,14}") {
            prop_assert_eq!(parse_iso_date(&s), chrono_iso(&s));
            prop_assert_eq!(parse_lenient(&s).map_err(|e| e.to_string()), chrono_lenient(&s));
        }
    }
}
