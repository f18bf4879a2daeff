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

pub mod outcome;
pub mod questions;
pub mod referral;
pub mod sources;
pub mod training;

/// A date as GOV.UK writes it: "3 June 2025".
pub use rules::dates::long_date;

/// A date with its weekday, for deadlines: "Tuesday 31 December 2024".
pub use rules::dates::long_date_with_weekday as deadline_date;

#[cfg(test)]
mod tests {
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
