//! The exports, built in the browser from the checked [`Referral`]: JSON (the same bytes that
//! are sent), plain text for the clipboard, and an iCalendar file of the deadlines. Pure
//! functions of the referral: no clock, no randomness, no I/O.

use super::model::*;
use crate::content::outcome as outcome_text;
use crate::content::referral as words;
use crate::content::{deadline_date, long_date};
use rules::{Applicability, Due};

/// The referral as JSON: what is downloaded and exactly what is sent.
pub fn to_json(referral: &Referral) -> String {
    serde_json::to_string_pretty(referral).unwrap_or_default() + "\n"
}

/// The deadlines that have a date, in the order the assessment gives them.
fn dated_deadlines(referral: &Referral) -> Vec<(&rules::Deadline, chrono::NaiveDate)> {
    referral
        .assessment
        .deadlines
        .iter()
        .filter(|deadline| deadline.applies != Applicability::NotApplicable)
        .filter_map(|deadline| match deadline.due {
            Due::On(date) => Some((deadline, date)),
            _ => None,
        })
        .collect()
}

/// Whether the calendar file would hold any deadline.
pub fn has_calendar_deadlines(referral: &Referral) -> bool {
    !dated_deadlines(referral).is_empty()
}

fn line(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push_str(": ");
    out.push_str(value);
    out.push('\n');
}

fn heading(out: &mut String, text: &str) {
    out.push('\n');
    out.push_str(&text.to_ascii_uppercase());
    out.push('\n');
}

fn or_none(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("None given")
}

/// The referral as plain text, for pasting into an email or a case record.
pub fn to_text(referral: &Referral) -> String {
    let mut out = String::new();
    out.push_str(words::MARKING);
    out.push('\n');
    out.push_str("Referral: serious child safeguarding incident\n");
    line(&mut out, "Partnership", &referral.partnership);
    line(&mut out, words::REFERRAL_ID, &referral.referral_id);
    line(&mut out, words::GENERATED, &referral.generated_at);

    let assessment = &referral.assessment;
    heading(&mut out, "Outcome of the assessment");
    let (headline, subline) = outcome_text::headline(assessment);
    out.push_str(&headline);
    out.push('\n');
    if let Some(subline) = subline {
        out.push_str(&subline);
        out.push('\n');
    }
    line(
        &mut out,
        outcome_text::RULE_SET,
        &format!(
            "{} (version {})",
            assessment.rule_set.edition, assessment.rule_set.version
        ),
    );
    for sentence in crate::content::sources::record_lines_generated(
        &assessment.rule_set,
        &referral.generated_at,
    ) {
        out.push_str(&sentence);
        out.push('\n');
    }
    let deadlines: Vec<_> = assessment
        .deadlines
        .iter()
        .filter(|deadline| deadline.applies != Applicability::NotApplicable)
        .collect();
    if !deadlines.is_empty() {
        heading(&mut out, outcome_text::DEADLINES);
        for deadline in deadlines {
            let tag = outcome_text::applicability_tag(deadline.applies)
                .map(|tag| format!(" ({tag})"))
                .unwrap_or_default();
            out.push_str(&format!(
                "- {}{tag}: {}\n",
                outcome_text::deadline_name(deadline.kind),
                outcome_text::due_text(&deadline.due, deadline.anchor, deadline.working_days)
            ));
        }
    }

    for section in document_sections(referral) {
        heading(&mut out, &section.heading);
        for (key, value) in section.rows {
            if key.is_empty() {
                out.push_str(&value);
                out.push('\n');
            } else {
                line(&mut out, &key, &value);
            }
        }
    }
    out.push('\n');
    out.push_str(words::MARKING);
    out.push('\n');
    out
}

/// A titled group of answers in the printed referral and the text export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentSection {
    pub heading: String,
    /// (label, value) pairs; an empty label is a paragraph on its own.
    pub rows: Vec<(String, String)>,
}

fn row(key: &str, value: impl Into<String>) -> (String, String) {
    (key.to_owned(), value.into())
}

/// The referral's answers, section by section: one source for the printed referral, the
/// confirmation copy and the text export.
pub fn document_sections(referral: &Referral) -> Vec<DocumentSection> {
    use super::Section;
    let mut sections = Vec::new();
    let r = &referral.referrer;
    let mut rows = vec![
        row(words::label("referrer-name"), &r.name),
        row(words::label("referrer-role"), &r.role),
        row(words::label("referrer-agency"), &r.agency),
        row(words::label("referrer-phone"), &r.phone),
        row(words::label("referrer-email"), &r.email),
        row(
            words::label("referrer-lead-consulted"),
            if r.safeguarding_lead_consulted {
                "Yes"
            } else {
                "No"
            },
        ),
    ];
    if let Some(lead) = &r.safeguarding_lead_name {
        rows.push(row(words::label("referrer-lead-name"), lead));
    }
    sections.push(DocumentSection {
        heading: words::section_title(Section::Referrer),
        rows,
    });
    for (index, child) in referral.children.iter().enumerate() {
        let mut rows = vec![row(words::label("name"), &child.name)];
        if let Some(dob) = child.date_of_birth {
            rows.push(row(words::label("dob"), long_date(dob)));
        }
        if let Some(age) = child.estimated_age_years {
            rows.push(row(words::label("age"), age.to_string()));
        }
        rows.extend([
            row(words::label("sex"), words::sex_name(child.sex)),
            row(words::label("ethnicity"), &child.ethnicity),
            row("Disability", or_none(&child.disability)),
            row(
                words::label("legal-status"),
                words::legal_status_name(child.legal_status),
            ),
            row(
                "Agencies the child is known to",
                or_none(&child.agencies_known_to),
            ),
        ]);
        sections.push(DocumentSection {
            heading: words::section_title(Section::Child(index)),
            rows,
        });
    }
    let i = &referral.incident;
    let when = match i.date_to {
        Some(to) if to != i.date_from => {
            format!("{} to {}", long_date(i.date_from), long_date(to))
        }
        _ => long_date(i.date_from),
    };
    sections.push(DocumentSection {
        heading: words::section_title(Section::Incident),
        rows: vec![
            row("Date", when),
            row(words::label("incident-aware"), long_date(i.la_aware_date)),
            row(words::label("incident-place"), &i.place),
            row(words::label("incident-setting"), &i.setting),
            row(words::label("incident-suspected"), &i.suspected),
            row(words::label("incident-what-happened"), &i.what_happened),
        ],
    });
    let processes = if referral.parallel_processes.is_empty() {
        "None".to_owned()
    } else {
        referral
            .parallel_processes
            .iter()
            .map(|p| words::parallel_process_name(*p))
            .collect::<Vec<_>>()
            .join("; ")
    };
    sections.push(DocumentSection {
        heading: words::section_title(Section::Agencies),
        rows: vec![
            row(
                words::label("agencies-involved"),
                &referral.agencies_involved,
            ),
            row(words::label("parallel-processes"), processes),
            row(
                "Details of those processes",
                or_none(&referral.parallel_process_details),
            ),
        ],
    });
    sections.push(DocumentSection {
        heading: words::section_title(Section::OtherChildrenAndFamily),
        rows: vec![
            row("Further children", or_none(&referral.further_children)),
            row(
                words::label("immediate-actions"),
                &referral.immediate_actions_for_other_children,
            ),
            row(
                words::label("family-told"),
                words::family_told_name(referral.family_told),
            ),
            row("Details", or_none(&referral.family_told_details)),
        ],
    });
    sections.push(DocumentSection {
        heading: words::section_title(Section::Reasons),
        rows: vec![row("", &referral.why_criteria_met)],
    });
    sections
}

/// Check your answers: each section's answers as typed, for `form` (complete or not).
pub fn check_rows(form: &ReferralForm, section: super::Section) -> Vec<(String, String)> {
    use super::validate::parse_date;
    use super::Section;
    let value = |id: &str| form.field(id).trim().to_owned();
    let date = |d: &DateForm| match parse_date(d) {
        Ok(Some(date)) => long_date(date),
        Ok(None) => String::new(),
        Err(_) => format!("{} {} {}", d.day.trim(), d.month.trim(), d.year.trim()),
    };
    let choice = |id: &str, name: fn(&str) -> Option<&'static str>| {
        name(&form.field(id)).unwrap_or("").to_owned()
    };
    let texts = |ids: &[&str]| -> Vec<(String, String)> {
        ids.iter()
            .map(|id| {
                (
                    words::label(id).trim_end_matches(" (optional)").to_owned(),
                    value(id),
                )
            })
            .collect()
    };
    match section {
        Section::Referrer => {
            let mut rows = texts(&[
                "referrer-name",
                "referrer-role",
                "referrer-agency",
                "referrer-phone",
                "referrer-email",
            ]);
            let consulted = match form.referrer.lead_consulted.as_str() {
                "yes" => "Yes",
                "no" => "No",
                _ => "",
            };
            rows.push(row(words::label("referrer-lead-consulted"), consulted));
            if consulted == "Yes" {
                rows.extend(texts(&["referrer-lead-name"]));
            }
            rows
        }
        Section::Child(index) => {
            let Some(child) = form.children.get(index) else {
                return Vec::new();
            };
            let id = |name: &str| super::child_field(index, name);
            let mut rows = texts(&[&id("name")]);
            if child.date_of_birth.is_blank() {
                rows.extend(texts(&[&id("age")]));
            } else {
                rows.push(row(words::label("dob"), date(&child.date_of_birth)));
            }
            rows.push(row(
                words::label("sex"),
                choice(&id("sex"), |v| parse_choice::<Sex>(v).map(words::sex_name)),
            ));
            rows.extend(texts(&[&id("ethnicity"), &id("disability")]));
            rows.push(row(
                words::label("legal-status"),
                choice(&id("legal-status"), |v| {
                    parse_choice::<LegalStatus>(v).map(words::legal_status_name)
                }),
            ));
            rows.extend(texts(&[&id("agencies")]));
            rows
        }
        Section::Incident => {
            let mut rows = vec![row(
                words::label("incident-from"),
                date(&form.incident.date_from),
            )];
            if !form.incident.date_to.is_blank() {
                rows.push(row("End of the period", date(&form.incident.date_to)));
            }
            rows.push(row(
                words::label("incident-aware"),
                date(&form.incident.la_aware),
            ));
            rows.extend(texts(&[
                "incident-place",
                "incident-what-happened",
                "incident-setting",
                "incident-suspected",
            ]));
            rows
        }
        Section::Agencies => {
            let mut rows = texts(&["agencies-involved"]);
            let processes = ParallelProcess::ALL
                .into_iter()
                .filter(|p| form.parallel_processes.contains(p))
                .map(words::parallel_process_name)
                .collect::<Vec<_>>();
            rows.push(row(
                words::label("parallel-processes"),
                if processes.is_empty() {
                    "None".to_owned()
                } else {
                    processes.join("; ")
                },
            ));
            rows.extend(texts(&["parallel-details"]));
            rows
        }
        Section::OtherChildrenAndFamily => {
            let mut rows = texts(&["further-children", "immediate-actions"]);
            rows.push(row(
                words::label("family-told"),
                choice("family-told", |v| {
                    parse_choice::<FamilyTold>(v).map(words::family_told_name)
                }),
            ));
            rows.extend(texts(&["family-told-details"]));
            rows
        }
        Section::Reasons => texts(&["why-criteria-met"]),
    }
}

/// Escapes TEXT for iCalendar (RFC 5545 §3.3.11).
fn ics_text(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// `2025-03-04T10:11:12.345Z` → `20250304T101112Z`.
fn ics_stamp(rfc3339: &str) -> String {
    let digits: String = rfc3339
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    if digits.len() == 14 {
        format!("{}T{}Z", &digits[..8], &digits[8..])
    } else {
        "19700101T000000Z".into()
    }
}

/// An iCalendar file with one all-day event per dated deadline. It deliberately carries no
/// personal details (calendars are often synchronised elsewhere): only the deadline, the
/// referral id and the partnership.
pub fn to_ics(referral: &Referral) -> String {
    let mut out = String::new();
    let stamp = ics_stamp(&referral.generated_at);
    for text in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Referral assistant//Serious child safeguarding incident//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(text));
    }
    for (deadline, date) in dated_deadlines(referral) {
        let name = outcome_text::deadline_name(deadline.kind);
        let kind = super::model::choice_name(&deadline.kind);
        let description = format!(
            "{}: {}. {} {}. {}: {}.",
            outcome_text::strength_name(deadline.strength),
            deadline_date(date),
            words::REFERRAL_ID,
            referral.referral_id,
            "Partnership",
            referral.partnership
        );
        out.push_str(&fold("BEGIN:VEVENT"));
        out.push_str(&fold(&format!(
            "UID:{}-{kind}@referral-assistant",
            ics_text(&referral.referral_id)
        )));
        out.push_str(&fold(&format!("DTSTAMP:{stamp}")));
        out.push_str(&fold(&format!(
            "DTSTART;VALUE=DATE:{}",
            rules::dates::compact_date(date)
        )));
        let next = date.succ_opt().unwrap_or(date);
        out.push_str(&fold(&format!(
            "DTEND;VALUE=DATE:{}",
            rules::dates::compact_date(next)
        )));
        out.push_str(&fold(&format!("SUMMARY:{}", ics_text(name))));
        out.push_str(&fold(&format!("DESCRIPTION:{}", ics_text(&description))));
        out.push_str(&fold("TRANSP:TRANSPARENT"));
        out.push_str(&fold("END:VEVENT"));
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

/// A file name for an export: `referral-<first 8 of id>.<extension>`.
pub fn file_name(referral_id: &str, extension: &str) -> String {
    let short: String = referral_id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect();
    format!("referral-{short}.{extension}")
}
