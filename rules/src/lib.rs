//! # rules — the statutory rules core
//!
//! The pure rules for notifying serious child safeguarding incidents in England
//! (Children Act 2004 s16C and the guidance listed in [`sources`]), with routing for
//! Wales, Scotland, Northern Ireland and overseas. Plain data in ([`CaseFacts`]), an
//! [`Assessment`] out ([`assess`]). No I/O, no clock, no randomness: "today" is never read.
//!
//! * [`rule`]: the rule table R01–R26 (title, statement, parts with citations and confidence).
//! * [`sources`]: the sources table (what was seen, where, when checked, in force or not) and
//!   the review-by date.
//! * [`facts`]: the answers ([`CaseFacts`]); `None` = not answered, `not_sure` = answered
//!   "I'm not sure".
//! * [`calendar`]: England & Wales bank holidays (data), working days, age on a date.
//! * [`dates`]: dates written and read without chrono's strftime engine.
//! * [`assess()`]: one small function per rule.
//! * [`assessment`]: the output types.
//! * [`record`]: a saved assessment (facts and assessment), reproducible with `assess`.

pub mod answer_space;
pub mod assess;
pub mod assessment;
pub mod calendar;
pub mod dates;
pub mod facts;
pub mod places;
pub mod record;
pub mod rule;
pub mod sources;
pub mod text;

pub use assess::{assess, rule_set};
pub use assessment::*;
pub use calendar::{add_working_days, is_child_on, CalendarError, ChildOnDate};
pub use facts::*;
pub use rule::{Citation, Confidence, RuleId, RuleInfo, RulePart, RULES};
pub use sources::{review_due, Source, SourceId, SourceStatus, SOURCES};

/// The JSON Schema of [`CaseFacts`], as published in `public/schema/case-facts.schema.json`.
pub fn case_facts_schema() -> String {
    let schema = schemars::schema_for!(CaseFacts);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The JSON Schema of [`Assessment`], as published in `public/schema/assessment.schema.json`.
pub fn assessment_schema() -> String {
    let schema = schemars::schema_for!(Assessment);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
