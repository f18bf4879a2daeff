//! The referral: what the practitioner types ([`ReferralForm`], kept exactly as typed, which is
//! what a draft file holds) and the checked document that is exported and sent ([`Referral`],
//! whose JSON Schema is published as `public/schema/referral.schema.json`).

use chrono::NaiveDate;
use rules::{Assessment, CaseFacts};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the referral document format. Bump it when a field changes meaning.
pub const REFERRAL_FORMAT: &str = "referral/1";

/// Most children the form takes in full (the national notification takes up to 4); further
/// children are described in text.
pub const MAX_CHILDREN: usize = 4;

// ---------------------------------------------------------------------------------------------
// What the user types. Every value is a string kept exactly as typed (dates as day, month and
// year boxes), so a draft reopens exactly as it was left, errors and all.
// ---------------------------------------------------------------------------------------------

/// The referral form as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralForm {
    pub referrer: ReferrerForm,
    /// One to four children in full.
    pub children: Vec<ChildForm>,
    /// Further children, or anything about other children, as text.
    pub further_children: String,
    pub incident: IncidentForm,
    /// Agencies involved with the child and family.
    pub agencies_involved: String,
    /// Parallel processes already under way (`police`, `coroner`, …).
    pub parallel_processes: Vec<ParallelProcess>,
    pub parallel_process_details: String,
    /// Immediate actions taken to protect other children.
    pub immediate_actions: String,
    /// `yes`, `not_yet` or `no_increase_risk` (empty: not answered).
    pub family_told: String,
    pub family_told_details: String,
    /// Why the referrer thinks the criteria are met.
    pub why_criteria_met: String,
}

impl Default for ReferralForm {
    fn default() -> Self {
        ReferralForm {
            referrer: ReferrerForm::default(),
            children: vec![ChildForm::default()],
            further_children: String::new(),
            incident: IncidentForm::default(),
            agencies_involved: String::new(),
            parallel_processes: Vec::new(),
            parallel_process_details: String::new(),
            immediate_actions: String::new(),
            family_told: String::new(),
            family_told_details: String::new(),
            why_criteria_met: String::new(),
        }
    }
}

/// The referrer as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferrerForm {
    pub name: String,
    pub role: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
    /// `yes` or `no` (empty: not answered).
    pub lead_consulted: String,
    pub lead_name: String,
}

/// A date typed into GOV.UK day, month and year boxes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateForm {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateForm {
    pub fn is_blank(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }

    pub fn from_date(date: NaiveDate) -> DateForm {
        use chrono::Datelike;
        DateForm {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }
}

/// A child as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildForm {
    pub name: String,
    pub date_of_birth: DateForm,
    /// Estimated age in years, when the date of birth is not known.
    pub estimated_age: String,
    /// `female`, `male` or `not_known` (empty: not answered).
    pub sex: String,
    pub ethnicity: String,
    pub disability: String,
    /// One of the [`LegalStatus`] names (empty: not answered).
    pub legal_status: String,
    pub agencies_known_to: String,
}

/// The incident as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IncidentForm {
    pub date_from: DateForm,
    /// The end of a date range (blank for a single date).
    pub date_to: DateForm,
    pub la_aware: DateForm,
    pub place: String,
    pub what_happened: String,
    pub setting: String,
    pub suspected: String,
}

// ---------------------------------------------------------------------------------------------
// The checked referral: exported as JSON, sent, printed.
// ---------------------------------------------------------------------------------------------

/// A parallel process already under way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParallelProcess {
    /// A police investigation.
    Police,
    /// The coroner.
    Coroner,
    /// Child death review (CDOP).
    ChildDeathReview,
    /// The local authority designated officer (allegations against people who work with children).
    Lado,
    /// A regulator (for example Ofsted or the Care Quality Commission).
    Regulator,
}

impl ParallelProcess {
    pub const ALL: [ParallelProcess; 5] = [
        ParallelProcess::Police,
        ParallelProcess::Coroner,
        ParallelProcess::ChildDeathReview,
        ParallelProcess::Lado,
        ParallelProcess::Regulator,
    ];
}

/// The child's sex.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    NotKnown,
}

impl Sex {
    pub const ALL: [Sex; 3] = [Sex::Female, Sex::Male, Sex::NotKnown];
}

/// The child's legal status at the time of the incident.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalStatus {
    LookedAfter,
    ChildProtectionPlan,
    ChildInNeedPlan,
    CareLeaver,
    RemandedOrSecure,
    None,
    NotKnown,
}

impl LegalStatus {
    pub const ALL: [LegalStatus; 7] = [
        LegalStatus::LookedAfter,
        LegalStatus::ChildProtectionPlan,
        LegalStatus::ChildInNeedPlan,
        LegalStatus::CareLeaver,
        LegalStatus::RemandedOrSecure,
        LegalStatus::None,
        LegalStatus::NotKnown,
    ];
}

/// Whether the family has been told about the referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FamilyTold {
    Yes,
    NotYet,
    /// No: telling them would increase the risk to a child.
    NoIncreaseRisk,
}

impl FamilyTold {
    pub const ALL: [FamilyTold; 3] = [
        FamilyTold::Yes,
        FamilyTold::NotYet,
        FamilyTold::NoIncreaseRisk,
    ];
}

/// The snake_case name a choice has in forms, drafts and JSON.
pub fn choice_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The choice whose name is `name`, if any.
pub fn parse_choice<T: for<'de> Deserialize<'de>>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Who is referring.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Referrer {
    pub name: String,
    pub role: String,
    pub agency: String,
    pub phone: String,
    pub email: String,
    /// Whether the agency's safeguarding lead was consulted.
    pub safeguarding_lead_consulted: bool,
    /// The lead's name, when consulted.
    pub safeguarding_lead_name: Option<String>,
}

/// A child the referral is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Name or initials.
    pub name: String,
    /// Date of birth (YYYY-MM-DD), if known.
    #[serde(default, with = "rules::dates::serde_iso::option")]
    #[schemars(with = "Option<NaiveDate>", !default)]
    pub date_of_birth: Option<NaiveDate>,
    /// Estimated age in years, when the date of birth is not known.
    pub estimated_age_years: Option<u32>,
    pub sex: Sex,
    pub ethnicity: String,
    pub disability: Option<String>,
    pub legal_status: LegalStatus,
    pub agencies_known_to: Option<String>,
}

/// The incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// The date of the incident, or the start of the period.
    #[serde(with = "rules::dates::serde_iso")]
    #[schemars(with = "NaiveDate")]
    pub date_from: NaiveDate,
    /// The end of the period, for an incident over a range of dates.
    #[serde(default, with = "rules::dates::serde_iso::option")]
    #[schemars(with = "Option<NaiveDate>", !default)]
    pub date_to: Option<NaiveDate>,
    /// When the local authority became aware.
    #[serde(with = "rules::dates::serde_iso")]
    #[schemars(with = "NaiveDate")]
    pub la_aware_date: NaiveDate,
    pub place: String,
    pub what_happened: String,
    pub setting: String,
    /// Who is suspected of causing the harm.
    pub suspected: String,
}

/// The referral document: exported as JSON, printed, and sent to the partnership.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Always `referral/1` for this version of the format.
    pub format: String,
    /// A random UUID (version 4) identifying this referral; also the idempotency key.
    pub referral_id: String,
    /// When the referral was generated (RFC 3339, UTC).
    pub generated_at: String,
    /// The partnership the referral is for.
    pub partnership: String,
    pub referrer: Referrer,
    /// One to four children.
    pub children: Vec<Child>,
    pub further_children: Option<String>,
    pub incident: Incident,
    pub agencies_involved: String,
    pub parallel_processes: Vec<ParallelProcess>,
    pub parallel_process_details: Option<String>,
    pub immediate_actions_for_other_children: String,
    pub family_told: FamilyTold,
    pub family_told_details: Option<String>,
    pub why_criteria_met: String,
    /// The answers the assessment was made from.
    pub case_facts: CaseFacts,
    /// The assessment (`rules::assess(case_facts)`), including the rule-set version and the
    /// deadlines.
    pub assessment: Assessment,
}

/// What is attached to a referral when it is generated: its id, when, and for whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferralMeta {
    pub referral_id: String,
    pub generated_at: String,
    pub partnership: String,
}

/// A version 4 UUID from 16 random bytes (RFC 9562 §5.4), lower-case hex with hyphens.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Whether `text` is a lower-case version 4 UUID.
pub fn is_uuid_v4(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
        && bytes[14] == b'4'
        && matches!(bytes[19], b'8' | b'9' | b'a' | b'b')
}

/// The JSON Schema of [`Referral`], as published in `public/schema/referral.schema.json`.
pub fn referral_schema() -> String {
    let schema = schemars::schema_for!(Referral);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

impl ReferralForm {
    /// The typed value behind the input with `id` (the ids the form pages use), if any.
    pub fn field_mut(&mut self, id: &str) -> Option<&mut String> {
        if let Some(rest) = id.strip_prefix("child-") {
            let (number, name) = rest.split_once('-')?;
            let index = number.parse::<usize>().ok()?.checked_sub(1)?;
            let child = self.children.get_mut(index)?;
            return Some(match name {
                "name" => &mut child.name,
                "dob-day" => &mut child.date_of_birth.day,
                "dob-month" => &mut child.date_of_birth.month,
                "dob-year" => &mut child.date_of_birth.year,
                "age" => &mut child.estimated_age,
                "sex" => &mut child.sex,
                "ethnicity" => &mut child.ethnicity,
                "disability" => &mut child.disability,
                "legal-status" => &mut child.legal_status,
                "agencies" => &mut child.agencies_known_to,
                _ => return None,
            });
        }
        let r = &mut self.referrer;
        let i = &mut self.incident;
        Some(match id {
            "referrer-name" => &mut r.name,
            "referrer-role" => &mut r.role,
            "referrer-agency" => &mut r.agency,
            "referrer-phone" => &mut r.phone,
            "referrer-email" => &mut r.email,
            "referrer-lead-consulted" => &mut r.lead_consulted,
            "referrer-lead-name" => &mut r.lead_name,
            "incident-from-day" => &mut i.date_from.day,
            "incident-from-month" => &mut i.date_from.month,
            "incident-from-year" => &mut i.date_from.year,
            "incident-to-day" => &mut i.date_to.day,
            "incident-to-month" => &mut i.date_to.month,
            "incident-to-year" => &mut i.date_to.year,
            "incident-aware-day" => &mut i.la_aware.day,
            "incident-aware-month" => &mut i.la_aware.month,
            "incident-aware-year" => &mut i.la_aware.year,
            "incident-place" => &mut i.place,
            "incident-what-happened" => &mut i.what_happened,
            "incident-setting" => &mut i.setting,
            "incident-suspected" => &mut i.suspected,
            "agencies-involved" => &mut self.agencies_involved,
            "parallel-details" => &mut self.parallel_process_details,
            "further-children" => &mut self.further_children,
            "immediate-actions" => &mut self.immediate_actions,
            "family-told" => &mut self.family_told,
            "family-told-details" => &mut self.family_told_details,
            "why-criteria-met" => &mut self.why_criteria_met,
            _ => return None,
        })
    }

    /// The typed value behind the input with `id` (empty when there is none).
    pub fn field(&self, id: &str) -> String {
        self.clone().field_mut(id).cloned().unwrap_or_default()
    }

    /// Sets the typed value behind the input with `id`; unknown ids are ignored.
    pub fn set_field(&mut self, id: &str, value: String) {
        if let Some(slot) = self.field_mut(id) {
            *slot = value;
        }
    }
}

/// The ids of the free-text inputs (not dates, choices, phone or email), for a form with
/// `children` children: what a practitioner can type anything into.
pub fn free_text_fields(children: usize) -> Vec<String> {
    let mut ids: Vec<String> = [
        "referrer-name",
        "referrer-role",
        "referrer-agency",
        "referrer-lead-name",
    ]
    .map(String::from)
    .to_vec();
    for number in 1..=children {
        for name in ["name", "ethnicity", "disability", "agencies"] {
            ids.push(format!("child-{number}-{name}"));
        }
    }
    ids.extend(
        [
            "incident-place",
            "incident-what-happened",
            "incident-setting",
            "incident-suspected",
            "agencies-involved",
            "parallel-details",
            "further-children",
            "immediate-actions",
            "family-told-details",
            "why-criteria-met",
        ]
        .map(String::from),
    );
    ids
}
