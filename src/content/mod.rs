//! Every word the user reads that is not law. A partnership can reword anything here without
//! touching routing (`navigation`, later `flow`) or the law (`rules`). What the law says, and
//! why, comes from the `rules` crate's rule table and assessment, never from here.

pub mod pages;

/// The service's name: what it does, in the user's words (GOV.UK service naming).
pub const SERVICE_NAME: &str = "Check if a serious child safeguarding incident must be notified";

/// Shown in the footer and on the results page: the law the tool encodes.
pub const RULES_FOOTNOTE: &str =
    "Rules from the Children Act 2004 section 16C and Working Together to Safeguard Children 2023.";

/// Attribution required by the Open Government Licence for the statutory text quoted.
pub const LICENCE: &str =
    "Contains public sector information licensed under the Open Government Licence v3.0.";

pub mod outcome;
pub mod questions;
pub mod referral;
pub mod training;

/// A date as GOV.UK writes it: "3 June 2025".
pub use rules::dates::long_date;

/// A date with its weekday, for deadlines: "Tuesday 31 December 2024".
pub use rules::dates::long_date_with_weekday as deadline_date;
