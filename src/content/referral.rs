//! The referral's wording: page titles, labels, hints, error messages, export headings and
//! what the submission pages say. No logic about the law.

use crate::referral::{FamilyTold, LegalStatus, ParallelProcess, Problem, Section, Sex};

pub const PREPARE: &str = "Prepare a referral";
pub const PREPARE_INTRO: &str = "Prepare the referral the safeguarding partnership needs. Nothing you enter is stored or sent until you check it and choose to send it.";
pub const OPEN_DRAFT: &str = "Open a saved draft";
pub const OPEN_DRAFT_TITLE: &str = "Open a saved draft referral";
pub const OPEN_DRAFT_HINT: &str = "Choose a draft file you saved from this service. It is read in this browser and not uploaded anywhere.";
pub const OPEN_DRAFT_LABEL: &str = "Draft file";
pub const OPEN_DRAFT_BUTTON: &str = "Open draft";
pub const OPEN_DRAFT_MISSING: &str = "Select a draft file";
pub const OPEN_DRAFT_REPLACES: &str =
    "Opening a draft replaces any answers you have given in this session.";
pub const CONTINUE: &str = "Continue";
pub const CHECK_TITLE: &str = "Check your referral before you continue";
pub const CHECK_CONTINUE: &str = "Confirm referral details";
pub const READY_TITLE: &str = "Your referral";
pub const MARKING: &str = "OFFICIAL-SENSITIVE";
pub const PRINT: &str = "Print or save as PDF";
pub const DOWNLOAD_JSON: &str = "Download as JSON";
pub const COPY_TEXT: &str = "Copy as text";
pub const COPIED: &str = "The referral has been copied as text. Paste it where you need it.";
pub const COPY_FAILED: &str = "The referral could not be copied. Select the text under ‘Referral as text’ and copy it instead.";
pub const TEXT_DETAILS: &str = "Referral as text";
pub const DOWNLOAD_ICS: &str = "Add deadlines to a calendar (.ics)";
pub const SAVE_DRAFT: &str = "Save draft to a file";
pub const SAVE_DRAFT_HINT: &str = "The draft file holds everything you have entered, including personal details. Keep it as securely as the referral itself. This service keeps nothing.";
pub const EXPORTS_HEADING: &str = "Save, print or copy the referral";
pub const SEND_HEADING: &str = "Send the referral";
pub const SEND_START: &str = "Continue to send";
pub const NO_ENDPOINT: &str = "This partnership has not set up online sending. Print, download or copy the referral and send it the way your partnership asks.";
pub const CONFIRM_TITLE: &str = "Send your referral";
pub const CONFIRM_INTRO: &str = "This is exactly what will be sent. ";
pub const NOTHING_SENT_YET: &str = "Nothing has been sent yet.";
pub const CONFIRM_TO: &str = "It will be sent to";
pub const CONFIRM_BUTTON: &str = "Confirm and send referral";
pub const SENDING: &str = "Sending…";
pub const RETRY: &str = "Try sending again";
pub const NOTHING_LOST: &str = "Nothing you entered has been lost. You can try again, or print, download or copy the referral instead.";
pub const SENT_TITLE: &str = "Referral sent";
pub const SENT_REFERENCE: &str = "Your reference";
pub const SENT_NEXT: &str = "What happens next";
pub const SENT_NEXT_TEXT: [&str; 3] = [
    "The safeguarding partnership’s business unit will check the referral and contact you if they need more information.",
    "The safeguarding partners will decide whether a rapid review is needed. Keep to the deadlines shown in the referral.",
    "Keep a copy of the referral: print it or download it now. This service does not keep one.",
];
pub const DRAFT_OPENED: &str = "Your draft has been opened.";
pub const REFERRAL_ID: &str = "Referral ID";
pub const GENERATED: &str = "Generated";
pub const ADD_CHILD: &str = "Add another child";
pub const REMOVE_CHILD: &str = "Remove this child";

/// Why a draft file could not be opened.
pub fn draft_problem(problem: &crate::referral::DraftError) -> &'static str {
    use crate::referral::DraftError;
    match problem {
        DraftError::TooLarge => "The selected file is too large to be a draft from this service. Nothing has been changed.",
        DraftError::NotADraft => "The selected file is not a draft from this service. Nothing has been changed.",
        DraftError::WrongVersion => "The selected draft was saved by a different version of this service and cannot be opened. Nothing has been changed.",
        DraftError::Damaged => "The selected draft file is damaged or has been changed since it was saved. Nothing has been changed.",
    }
}

pub fn section_title(section: Section) -> String {
    match section {
        Section::Referrer => "Your details".into(),
        Section::Child(index) => format!("Child {}", index + 1),
        Section::Incident => "The incident".into(),
        Section::Agencies => "Agencies and other processes".into(),
        Section::OtherChildrenAndFamily => "Other children and the family".into(),
        Section::Reasons => "Why you think the criteria are met".into(),
    }
}

/// A field's label (also its name in check your answers and the text export).
pub fn label(field: &str) -> &'static str {
    match field_key(field) {
        "referrer-name" => "Full name",
        "referrer-role" => "Role",
        "referrer-agency" => "Agency",
        "referrer-phone" => "Telephone number",
        "referrer-email" => "Email address",
        "referrer-lead-consulted" => "Have you consulted your agency’s safeguarding lead?",
        "referrer-lead-name" => "Safeguarding lead’s name",
        "name" => "Name or initials",
        "dob" => "Date of birth",
        "age" => "Estimated age in years",
        "sex" => "Sex",
        "ethnicity" => "Ethnicity",
        "disability" => "Disability (optional)",
        "legal-status" => "Legal status",
        "agencies" => "Agencies the child is known to (optional)",
        "incident-from" => "Date of the incident, or the start of the period",
        "incident-to" => "End of the period (optional)",
        "incident-aware" => "Date the local authority became aware",
        "incident-place" => "Where it happened",
        "incident-what-happened" => "What happened",
        "incident-setting" => "The setting",
        "incident-suspected" => "Who is suspected of causing the harm",
        "agencies-involved" => "Agencies involved with the child and family",
        "parallel-processes" => "Other processes already under way",
        "parallel-details" => "Details of those processes (optional)",
        "further-children" => "Further children (optional)",
        "immediate-actions" => "Immediate actions taken to protect other children",
        "family-told" => "Has the family been told about this referral?",
        "family-told-details" => "Details (optional)",
        "why-criteria-met" => "Why do you think the criteria are met?",
        _ => "This answer",
    }
}

/// A field's hint, if it has one.
pub fn hint(field: &str) -> Option<&'static str> {
    Some(match field_key(field) {
        "referrer-phone" => "For international numbers include the country code",
        "dob" => "For example, 27 3 2012. Leave blank if not known and give an estimated age.",
        "age" => "Only if the date of birth is not known",
        "ethnicity" => "As recorded by your agency, or ‘Not known’",
        "incident-from" => "For example, 27 3 2025",
        "incident-to" => "Only if the incident happened over a period of time",
        "incident-place" => "For example, the town or local authority area. Do not give a full address.",
        "incident-setting" => "For example, the family home, a school or a children’s home",
        "incident-suspected" => "For example, a parent or carer, another child, or not known",
        "further-children" => "Only if more than 4 children are involved: name or initials, age and anything relevant",
        "immediate-actions" => "Include siblings and other children in the household or setting. If none were needed, say why.",
        "why-criteria-met" => "Explain why you believe the incident meets the criteria for a rapid review",
        _ => return None,
    })
}

/// `child-2-name` → `name`; other ids are their own key.
fn field_key(field: &str) -> &str {
    match field.strip_prefix("child-") {
        Some(rest) => rest.split_once('-').map(|(_, key)| key).unwrap_or(rest),
        None => field,
    }
}

/// The GOV.UK-style error message for a problem with `field`.
pub fn problem_message(field: &str, problem: &Problem) -> String {
    let key = field_key(field);
    let name = label(field).trim_end_matches(" (optional)");
    match problem {
        Problem::Missing => match key {
            "referrer-name" => "Enter your full name".into(),
            "referrer-role" => "Enter your role".into(),
            "referrer-agency" => "Enter your agency".into(),
            "referrer-phone" => "Enter a telephone number".into(),
            "referrer-email" => "Enter an email address".into(),
            "referrer-lead-name" => "Enter the name of the safeguarding lead you consulted".into(),
            "name" => "Enter the child’s name or initials".into(),
            "age" => "Enter the child’s date of birth or an estimated age".into(),
            "ethnicity" => "Enter the child’s ethnicity, or ‘Not known’".into(),
            "incident-from" => "Enter the date of the incident".into(),
            "incident-aware" => "Enter the date the local authority became aware".into(),
            "incident-place" => "Enter where the incident happened".into(),
            "incident-what-happened" => "Describe what happened".into(),
            "incident-setting" => "Enter the setting".into(),
            "incident-suspected" => "Enter who is suspected of causing the harm, or ‘Not known’".into(),
            "agencies-involved" => "Enter the agencies involved with the child and family".into(),
            "immediate-actions" => "Enter the immediate actions taken to protect other children, or say why none were needed".into(),
            "why-criteria-met" => "Explain why you think the criteria are met".into(),
            _ => format!("Enter {}", name.to_ascii_lowercase()),
        },
        Problem::NotChosen => match key {
            "referrer-lead-consulted" => "Select yes if you have consulted your agency’s safeguarding lead".into(),
            "sex" => "Select the child’s sex".into(),
            "legal-status" => "Select the child’s legal status".into(),
            "family-told" => "Select whether the family has been told about this referral".into(),
            _ => format!("Select {}", name.to_ascii_lowercase()),
        },
        Problem::TooLong(max) => format!("{name} must be {max} characters or fewer"),
        Problem::Phone => "Enter a telephone number, like 01632 960 001 or +44 1632 960 001".into(),
        Problem::Email => "Enter an email address in the correct format, like name@example.com".into(),
        Problem::DateIncomplete => format!("{name} must include a day, month and year"),
        Problem::DateInvalid => format!("{name} must be a real date"),
        Problem::DateInFuture => format!("{name} must be today or in the past"),
        Problem::DateToBeforeFrom => "The end of the period must be the same as or after its start".into(),
        Problem::AwareBeforeIncident => "The date the local authority became aware must be the same as or after the date of the incident".into(),
        Problem::DiffersFromAssessment(date) => format!(
            "{name} must match the date given in the assessment ({}), or change that answer first",
            super::long_date(*date)
        ),
        Problem::BornAfterIncident => "The date of birth must be before the date of the incident".into(),
        Problem::Age => "Estimated age must be a whole number of years from 0 to 25".into(),
    }
}

pub fn sex_name(sex: Sex) -> &'static str {
    match sex {
        Sex::Female => "Female",
        Sex::Male => "Male",
        Sex::NotKnown => "Not known",
    }
}

pub fn legal_status_name(status: LegalStatus) -> &'static str {
    match status {
        LegalStatus::LookedAfter => "Looked after by a local authority",
        LegalStatus::ChildProtectionPlan => "Subject to a child protection plan",
        LegalStatus::ChildInNeedPlan => "Subject to a child in need plan",
        LegalStatus::CareLeaver => "Care leaver",
        LegalStatus::RemandedOrSecure => "Remanded or in a secure setting",
        LegalStatus::None => "None of these",
        LegalStatus::NotKnown => "Not known",
    }
}

pub fn family_told_name(told: FamilyTold) -> &'static str {
    match told {
        FamilyTold::Yes => "Yes",
        FamilyTold::NotYet => "Not yet",
        FamilyTold::NoIncreaseRisk => "No — telling them would increase the risk to a child",
    }
}

pub fn parallel_process_name(process: ParallelProcess) -> &'static str {
    match process {
        ParallelProcess::Police => "Police investigation",
        ParallelProcess::Coroner => "Coroner",
        ParallelProcess::ChildDeathReview => "Child death review",
        ParallelProcess::Lado => "Local authority designated officer (LADO)",
        ParallelProcess::Regulator => {
            "Regulator (for example Ofsted or the Care Quality Commission)"
        }
    }
}

/// How a submission failed, in plain words.
pub fn failure_message(failure: &crate::referral::SendFailure) -> String {
    use crate::referral::SendFailure;
    match failure {
        SendFailure::Offline => "The referral was not sent because this device is offline. Check your connection and try again.".into(),
        SendFailure::Timeout => "The referral may not have been sent: the partnership’s system did not answer in time. Trying again is safe — it will not be sent twice.".into(),
        SendFailure::Unreachable => "The referral was not sent: the partnership’s system could not be reached or refused the connection from this site.".into(),
        SendFailure::Rejected(status) => format!("The referral was not accepted by the partnership’s system (it answered with error {status}). Check the details, or contact the partnership’s business unit."),
        SendFailure::ServerError(status) => format!("The referral was not sent: the partnership’s system had a problem (error {status}). Try again later."),
        SendFailure::UnreadableResponse => "The partnership’s system answered, but its answer could not be understood, so we cannot confirm the referral was received. Trying again is safe — it will not be sent twice.".into(),
    }
}
