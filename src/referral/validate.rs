//! Checking the referral form: one function per section, each giving the problems per field
//! (the UI words them from `content::referral`), and [`build`], which turns a complete form into
//! a [`Referral`]. Dates must be real, not in the future, consistent with each other and with
//! the dates given in the assessment.

use super::model::*;
use chrono::NaiveDate;
use rules::{assess, CaseFacts, DateAnswer};

/// Longest names, roles, agencies, ethnicity and similar short answers.
pub const SHORT_TEXT: usize = 200;
/// Longest descriptions.
pub const LONG_TEXT: usize = 10_000;
pub const PHONE_MAX: usize = 30;
pub const EMAIL_MAX: usize = 254;
/// Oldest estimated age accepted (care leavers can be referred up to 25).
pub const MAX_AGE: u32 = 25;

/// A page of the referral form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Referrer,
    /// The child at this index (0-based, below [`MAX_CHILDREN`]).
    Child(usize),
    Incident,
    Agencies,
    OtherChildrenAndFamily,
    Reasons,
}

impl Section {
    /// The sections in asking order for a form with `children` children.
    pub fn all(children: usize) -> Vec<Section> {
        let mut sections = vec![Section::Referrer];
        sections.extend((0..children.clamp(1, MAX_CHILDREN)).map(Section::Child));
        sections.extend([
            Section::Incident,
            Section::Agencies,
            Section::OtherChildrenAndFamily,
            Section::Reasons,
        ]);
        sections
    }
}

/// What is wrong with an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing typed.
    Missing,
    /// No option chosen.
    NotChosen,
    TooLong(usize),
    Phone,
    Email,
    /// Some of day, month and year are missing.
    DateIncomplete,
    /// Not a real date.
    DateInvalid,
    DateInFuture,
    /// The end of the period is before its start.
    DateToBeforeFrom,
    /// The local authority cannot have become aware before the incident started.
    AwareBeforeIncident,
    /// The assessment was made with this different date.
    DiffersFromAssessment(NaiveDate),
    /// The date of birth is after the incident.
    BornAfterIncident,
    /// Not a whole number of years from 0 to [`MAX_AGE`].
    Age,
}

/// A problem with one field. `field` is the id of the input (or of the first input of a
/// group) on the page, which the error summary links to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

fn error(field: impl Into<String>, problem: Problem) -> FieldError {
    FieldError {
        field: field.into(),
        problem,
    }
}

/// A required text answer: present and not too long.
fn required(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    if value.trim().is_empty() {
        errors.push(error(field, Problem::Missing));
    } else {
        optional(errors, field, value, max);
    }
}

fn optional(errors: &mut Vec<FieldError>, field: &str, value: &str, max: usize) {
    if value.trim().chars().count() > max {
        errors.push(error(field, Problem::TooLong(max)));
    }
}

fn chosen<T: for<'de> serde::Deserialize<'de>>(
    errors: &mut Vec<FieldError>,
    field: &str,
    value: &str,
) -> Option<T> {
    let choice = parse_choice::<T>(value);
    if choice.is_none() {
        errors.push(error(field, Problem::NotChosen));
    }
    choice
}

/// A telephone number: digits, spaces, `+`, `-` and brackets, with 7 to 15 digits.
pub fn is_phone(value: &str) -> bool {
    let value = value.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'))
        && (7..=15).contains(&digits)
}

/// An email address in the usual shape: one `@`, something before it, a dotted domain after,
/// no spaces or angle brackets.
pub fn is_email(value: &str) -> bool {
    let value = value.trim();
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ',' | ';'))
}

/// A date from day, month and year boxes: `Ok(None)` when all are blank.
pub fn parse_date(date: &DateForm) -> Result<Option<NaiveDate>, Problem> {
    if date.is_blank() {
        return Ok(None);
    }
    let parts = [&date.day, &date.month, &date.year].map(|part| part.trim());
    if parts.iter().any(|part| part.is_empty()) {
        return Err(Problem::DateIncomplete);
    }
    let number = |part: &str| -> Option<u32> {
        (part.len() <= 4 && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(day), Some(month), Some(year)) =
        (number(parts[0]), number(parts[1]), number(parts[2]))
    else {
        return Err(Problem::DateInvalid);
    };
    if parts[2].len() != 4 {
        return Err(Problem::DateInvalid);
    }
    NaiveDate::from_ymd_opt(year as i32, month, day)
        .map(Some)
        .ok_or(Problem::DateInvalid)
}

/// A date that must not be in the future; problems are recorded against `field`.
fn past_date(
    errors: &mut Vec<FieldError>,
    field: &str,
    date: &DateForm,
    today: NaiveDate,
    required: bool,
) -> Option<NaiveDate> {
    match parse_date(date) {
        Ok(Some(date)) if date > today => {
            errors.push(error(field, Problem::DateInFuture));
            None
        }
        Ok(Some(date)) => Some(date),
        Ok(None) => {
            if required {
                errors.push(error(field, Problem::Missing));
            }
            None
        }
        Err(problem) => {
            errors.push(error(field, problem));
            None
        }
    }
}

/// The id of child `index`'s field `name` (`child-1-name`, …).
pub fn child_field(index: usize, name: &str) -> String {
    format!("child-{}-{name}", index + 1)
}

/// Problems on the page for `section`.
pub fn validate_section(
    section: Section,
    form: &ReferralForm,
    facts: &CaseFacts,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    match section {
        Section::Referrer => {
            let r = &form.referrer;
            required(&mut errors, "referrer-name", &r.name, SHORT_TEXT);
            required(&mut errors, "referrer-role", &r.role, SHORT_TEXT);
            required(&mut errors, "referrer-agency", &r.agency, SHORT_TEXT);
            if r.phone.trim().is_empty() {
                errors.push(error("referrer-phone", Problem::Missing));
            } else if r.phone.trim().len() > PHONE_MAX || !is_phone(&r.phone) {
                errors.push(error("referrer-phone", Problem::Phone));
            }
            if r.email.trim().is_empty() {
                errors.push(error("referrer-email", Problem::Missing));
            } else if r.email.trim().len() > EMAIL_MAX || !is_email(&r.email) {
                errors.push(error("referrer-email", Problem::Email));
            }
            match r.lead_consulted.as_str() {
                "yes" => required(&mut errors, "referrer-lead-name", &r.lead_name, SHORT_TEXT),
                "no" => {}
                _ => errors.push(error("referrer-lead-consulted", Problem::NotChosen)),
            }
        }
        Section::Child(index) => {
            let Some(child) = form.children.get(index) else {
                return errors;
            };
            let field = |name: &str| child_field(index, name);
            required(&mut errors, &field("name"), &child.name, SHORT_TEXT);
            let dob = past_date(
                &mut errors,
                &field("dob"),
                &child.date_of_birth,
                today,
                false,
            );
            let dob_ok = !errors.iter().any(|e| e.field == field("dob"));
            if child.date_of_birth.is_blank() {
                let age = child.estimated_age.trim();
                if age.is_empty() {
                    errors.push(error(field("age"), Problem::Missing));
                } else if !age.parse::<u32>().is_ok_and(|age| age <= MAX_AGE) {
                    errors.push(error(field("age"), Problem::Age));
                }
            } else if let (true, Some(dob), Ok(Some(from))) =
                (dob_ok, dob, parse_date(&form.incident.date_from))
            {
                if dob > from {
                    errors.push(error(field("dob"), Problem::BornAfterIncident));
                }
            }
            chosen::<Sex>(&mut errors, &field("sex"), &child.sex);
            required(
                &mut errors,
                &field("ethnicity"),
                &child.ethnicity,
                SHORT_TEXT,
            );
            optional(
                &mut errors,
                &field("disability"),
                &child.disability,
                LONG_TEXT,
            );
            chosen::<LegalStatus>(&mut errors, &field("legal-status"), &child.legal_status);
            optional(
                &mut errors,
                &field("agencies"),
                &child.agencies_known_to,
                LONG_TEXT,
            );
        }
        Section::Incident => {
            let i = &form.incident;
            let from = past_date(&mut errors, "incident-from", &i.date_from, today, true);
            let to = past_date(&mut errors, "incident-to", &i.date_to, today, false);
            let period_backwards = matches!((from, to), (Some(from), Some(to)) if to < from);
            if period_backwards {
                errors.push(error("incident-to", Problem::DateToBeforeFrom));
            }
            // Only a period that makes sense is compared with the assessment: otherwise the
            // start date would be called wrong while it shows the assessment's own date.
            if let (Some(from), Some(DateAnswer::Date(answered)), false) =
                (from, facts.incident_date, period_backwards)
            {
                let last = to.unwrap_or(from);
                if answered < from || answered > last {
                    errors.push(error(
                        "incident-from",
                        Problem::DiffersFromAssessment(answered),
                    ));
                }
            }
            let aware = past_date(&mut errors, "incident-aware", &i.la_aware, today, true);
            if let Some(aware) = aware {
                if let Some(DateAnswer::Date(answered)) = facts.la_aware_date {
                    if aware != answered {
                        errors.push(error(
                            "incident-aware",
                            Problem::DiffersFromAssessment(answered),
                        ));
                    }
                } else if from.is_some_and(|from| aware < from) {
                    errors.push(error("incident-aware", Problem::AwareBeforeIncident));
                }
            }
            required(&mut errors, "incident-place", &i.place, SHORT_TEXT);
            required(
                &mut errors,
                "incident-what-happened",
                &i.what_happened,
                LONG_TEXT,
            );
            required(&mut errors, "incident-setting", &i.setting, SHORT_TEXT);
            required(&mut errors, "incident-suspected", &i.suspected, LONG_TEXT);
        }
        Section::Agencies => {
            required(
                &mut errors,
                "agencies-involved",
                &form.agencies_involved,
                LONG_TEXT,
            );
            optional(
                &mut errors,
                "parallel-details",
                &form.parallel_process_details,
                LONG_TEXT,
            );
        }
        Section::OtherChildrenAndFamily => {
            optional(
                &mut errors,
                "further-children",
                &form.further_children,
                LONG_TEXT,
            );
            required(
                &mut errors,
                "immediate-actions",
                &form.immediate_actions,
                LONG_TEXT,
            );
            chosen::<FamilyTold>(&mut errors, "family-told", &form.family_told);
            optional(
                &mut errors,
                "family-told-details",
                &form.family_told_details,
                LONG_TEXT,
            );
        }
        Section::Reasons => {
            required(
                &mut errors,
                "why-criteria-met",
                &form.why_criteria_met,
                LONG_TEXT,
            );
        }
    }
    errors
}

/// The first section with a problem, and its problems.
pub fn first_incomplete(
    form: &ReferralForm,
    facts: &CaseFacts,
    today: NaiveDate,
) -> Option<(Section, Vec<FieldError>)> {
    Section::all(form.children.len())
        .into_iter()
        .map(|section| (section, validate_section(section, form, facts, today)))
        .find(|(_, errors)| !errors.is_empty())
}

fn text(value: &str) -> String {
    value.trim().to_owned()
}

fn some_text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The referral, when every section is complete; otherwise the first incomplete section.
/// The assessment is `rules::assess(facts)`: the referral never decides anything itself.
pub fn build(
    form: &ReferralForm,
    facts: &CaseFacts,
    meta: &ReferralMeta,
    today: NaiveDate,
) -> Result<Referral, (Section, Vec<FieldError>)> {
    if form.children.is_empty() || form.children.len() > MAX_CHILDREN {
        return Err((
            Section::Child(0),
            vec![error(child_field(0, "name"), Problem::Missing)],
        ));
    }
    if let Some(incomplete) = first_incomplete(form, facts, today) {
        return Err(incomplete);
    }
    let date = |d: &DateForm| parse_date(d).ok().flatten();
    let r = &form.referrer;
    let children = form
        .children
        .iter()
        .map(|child| Child {
            name: text(&child.name),
            date_of_birth: date(&child.date_of_birth),
            estimated_age_years: if child.date_of_birth.is_blank() {
                child.estimated_age.trim().parse().ok()
            } else {
                None
            },
            sex: parse_choice(&child.sex).unwrap_or(Sex::NotKnown),
            ethnicity: text(&child.ethnicity),
            disability: some_text(&child.disability),
            legal_status: parse_choice(&child.legal_status).unwrap_or(LegalStatus::NotKnown),
            agencies_known_to: some_text(&child.agencies_known_to),
        })
        .collect();
    let i = &form.incident;
    let mut parallel_processes: Vec<ParallelProcess> = ParallelProcess::ALL
        .into_iter()
        .filter(|p| form.parallel_processes.contains(p))
        .collect();
    parallel_processes.dedup();
    let lead_consulted = r.lead_consulted == "yes";
    Ok(Referral {
        format: REFERRAL_FORMAT.to_owned(),
        referral_id: meta.referral_id.clone(),
        generated_at: meta.generated_at.clone(),
        partnership: meta.partnership.clone(),
        referrer: Referrer {
            name: text(&r.name),
            role: text(&r.role),
            agency: text(&r.agency),
            phone: text(&r.phone),
            email: text(&r.email),
            safeguarding_lead_consulted: lead_consulted,
            safeguarding_lead_name: lead_consulted.then(|| text(&r.lead_name)),
        },
        children,
        further_children: some_text(&form.further_children),
        incident: Incident {
            date_from: date(&i.date_from).unwrap_or(today),
            date_to: date(&i.date_to),
            la_aware_date: date(&i.la_aware).unwrap_or(today),
            place: text(&i.place),
            what_happened: text(&i.what_happened),
            setting: text(&i.setting),
            suspected: text(&i.suspected),
        },
        agencies_involved: text(&form.agencies_involved),
        parallel_processes,
        parallel_process_details: some_text(&form.parallel_process_details),
        immediate_actions_for_other_children: text(&form.immediate_actions),
        family_told: parse_choice(&form.family_told).unwrap_or(FamilyTold::NotYet),
        family_told_details: some_text(&form.family_told_details),
        why_criteria_met: text(&form.why_criteria_met),
        case_facts: facts.clone(),
        assessment: assess(facts),
    })
}

/// A new form with what the assessment already knows filled in (the incident date, the date
/// the local authority became aware, where it happened, the setting and who is suspected), so
/// nothing is asked twice and the two cannot silently disagree. An answer of "not sure" or
/// "other" leaves the field for the user.
pub fn prefilled_form(facts: &CaseFacts) -> ReferralForm {
    use crate::content::questions::summary_value;
    use rules::{Place, Question, Setting};
    let mut form = ReferralForm::default();
    form.incident.place = match &facts.incident_place {
        // The place as typed ("Maidstone" says more than its authority), else the
        // authority's proper name.
        Some(Place::EnglishLocalAuthority(area)) => area
            .typed
            .clone()
            .unwrap_or_else(|| area.official_name().to_string()),
        Some(Place::Unknown) | None => String::new(),
        Some(_) => summary_value(Question::IncidentPlace, facts),
    };
    if !matches!(
        facts.setting,
        None | Some(Setting::NotSure | Setting::Other)
    ) {
        form.incident.setting = summary_value(Question::Setting, facts);
    }
    if facts.suspected_person.is_some() {
        form.incident.suspected = summary_value(Question::SuspectedPerson, facts);
    }
    if let Some(DateAnswer::Date(date)) = facts.incident_date {
        form.incident.date_from = DateForm::from_date(date);
    }
    if let Some(DateAnswer::Date(date)) = facts.la_aware_date {
        form.incident.la_aware = DateForm::from_date(date);
    }
    form
}
