//! The structured referral (issue 5): the form as typed, validation, the checked referral
//! document, and the pure export builders (JSON, plain text, iCalendar) and draft files. Plain
//! Rust, tested on the host: no web-sys here. Sending is `crate::submit`'s job; the protocol it
//! follows is in [`protocol`].

pub mod draft;
pub mod export;
pub mod model;
pub mod protocol;
pub mod steps;
pub mod validate;

pub use draft::{draft_from_json, draft_to_json, Draft, DraftError};
pub use export::{
    document_sections, file_name, has_calendar_deadlines, to_ics, to_json, to_text, DocumentSection,
};
pub use model::*;
pub use protocol::{interpret_response, is_acceptable_endpoint, Receipt, SendFailure};
pub use steps::ReferralStep;
pub use validate::{
    build, child_field, first_incomplete, prefilled_form, validate_section, FieldError, Problem,
    Section,
};

#[cfg(test)]
mod tests;
