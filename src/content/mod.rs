//! Every word the user reads that is not law. A partnership can reword anything here without
//! touching routing (`navigation`, later `flow`) or the law (`rules`). What the law says, and
//! why, comes from the `rules` crate's rule table and assessment, never from here.

pub mod pages;

/// The service's name: what it does, in the user's words (GOV.UK service naming).
pub const SERVICE_NAME: &str = "Check if a serious child safeguarding incident must be notified";

/// Shown in the footer and on the results page: the law the tool encodes.
pub const RULES_FOOTNOTE: &str =
    "Rules from the Children Act 2004 section 16C and related law and guidance, checked November 2026.";

/// Attribution required by the Open Government Licence for the statutory text quoted.
pub const LICENCE: &str =
    "Contains public sector information licensed under the Open Government Licence v3.0.";

/// What Exit this page announces while Shift is being pressed (GOV.UK's component's wording).
pub mod quick_exit {
    pub const EXPIRED: &str = "Exit this page expired.";

    /// After `presses` counted presses of Shift.
    pub fn announcement(presses: usize) -> &'static str {
        match presses {
            0 => "",
            1 => "Shift, press 2 more times to exit.",
            2 => "Shift, press 1 more time to exit.",
            _ => "Loading.",
        }
    }
}

pub mod outcome;
pub mod questions;
pub mod referral;
pub mod sources;
pub mod training;

/// A date as GOV.UK writes it: "3 June 2025".
pub use rules::dates::long_date;

/// A date with its weekday, for deadlines: "Tuesday 31 December 2024".
pub use rules::dates::long_date_with_weekday as deadline_date;

/// A moment the browser wrote as UTC ("2026-11-26T06:57:51.526Z", `Date.toISOString`) as
/// people in the UK read it: "Thursday 26 November 2026 at 6:57am (UK time)". British Summer
/// Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October. Anything else is shown as it is.
pub fn uk_date_time(rfc3339: &str) -> String {
    use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
    let parsed = (|| {
        let date = rules::dates::parse_iso_date(rfc3339.get(..10)?)?;
        let time = rfc3339.get(10..)?.strip_prefix('T')?;
        let hour: u32 = time.get(..2)?.parse().ok()?;
        let minute: u32 = time.get(3..5)?.parse().ok()?;
        (time.ends_with('Z') && time.get(2..3) == Some(":")).then_some(())?;
        date.and_hms_opt(hour, minute, 0)
    })();
    let Some(utc) = parsed else {
        return rfc3339.to_string();
    };
    let last_sunday = |month: u32| -> Option<NaiveDateTime> {
        let mut day = NaiveDate::from_ymd_opt(utc.year(), month + 1, 1)?.pred_opt()?;
        while day.weekday() != Weekday::Sun {
            day = day.pred_opt()?;
        }
        day.and_hms_opt(1, 0, 0)
    };
    let summer = matches!((last_sunday(3), last_sunday(10)), (Some(start), Some(end)) if utc >= start && utc < end);
    let local = if summer {
        utc + Duration::hours(1)
    } else {
        utc
    };
    let (pm, hour) = local.time().hour12();
    let minute = local.time().minute();
    use chrono::Timelike;
    format!(
        "{} at {hour}:{minute:02}{} (UK time)",
        deadline_date(local.date()),
        if pm { "pm" } else { "am" }
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_read_as_uk_time() {
        assert_eq!(
            super::uk_date_time("2026-11-26T06:57:51.526Z"),
            "Thursday 26 November 2026 at 6:57am (UK time)"
        );
        // British Summer Time: one hour ahead of UTC.
        assert_eq!(
            super::uk_date_time("2026-07-01T12:05:00.000Z"),
            "Wednesday 1 July 2026 at 1:05pm (UK time)"
        );
        assert_eq!(super::uk_date_time("yesterday"), "yesterday");
    }

    /// Check your answers, error messages and the text export change the case of this
    /// wording with the ASCII-only functions (Unicode's case tables are large in the wasm),
    /// which is only the same if no letter outside ASCII has a case.
    #[test]
    fn no_wording_has_a_non_ascii_letter_with_a_case() {
        for source in [
            include_str!("mod.rs"),
            include_str!("outcome.rs"),
            include_str!("pages.rs"),
            include_str!("questions.rs"),
            include_str!("referral.rs"),
            include_str!("training.rs"),
        ] {
            let escaped = source.split("\\u{").skip(1).filter_map(|rest| {
                let hex = rest.split('}').next()?;
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)
            });
            for c in source.chars().chain(escaped).filter(|c| !c.is_ascii()) {
                assert!(
                    c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]),
                    "{c:?} has a case"
                );
            }
        }
    }
}

/// What the autocomplete (`ui::autocomplete`) says to screen readers, as GOV.UK's
/// accessible-autocomplete says it.
pub mod autocomplete {
    pub const ASSISTIVE_HINT: &str = "When autocomplete results are available use up and down arrows to review and enter to select. Touch device users, explore by touch or with swipe gestures.";

    /// The status message: how many results, and which is highlighted.
    pub fn status(results: usize, highlighted: Option<(usize, String)>) -> String {
        match (results, highlighted) {
            (0, _) => "No search results.".into(),
            (n, Some((i, label))) => format!("{label} {} of {n} is highlighted.", i + 1),
            (1, None) => "1 result is available.".into(),
            (n, None) => format!("{n} results are available."),
        }
    }
}
