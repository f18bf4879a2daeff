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
    out.push_str(&text.to_uppercase());
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

    let r = &referral.referrer;
    heading(&mut out, &words::section_title(super::Section::Referrer));
    line(&mut out, words::label("referrer-name"), &r.name);
    line(&mut out, words::label("referrer-role"), &r.role);
    line(&mut out, words::label("referrer-agency"), &r.agency);
    line(&mut out, words::label("referrer-phone"), &r.phone);
    line(&mut out, words::label("referrer-email"), &r.email);
    line(
        &mut out,
        words::label("referrer-lead-consulted"),
        if r.safeguarding_lead_consulted {
            "Yes"
        } else {
            "No"
        },
    );
    if let Some(lead) = &r.safeguarding_lead_name {
        line(&mut out, words::label("referrer-lead-name"), lead);
    }

    for (index, child) in referral.children.iter().enumerate() {
        heading(
            &mut out,
            &words::section_title(super::Section::Child(index)),
        );
        line(&mut out, words::label("name"), &child.name);
        if let Some(dob) = child.date_of_birth {
            line(&mut out, words::label("dob"), &long_date(dob));
        }
        if let Some(age) = child.estimated_age_years {
            line(&mut out, words::label("age"), &age.to_string());
        }
        line(&mut out, words::label("sex"), words::sex_name(child.sex));
        line(&mut out, words::label("ethnicity"), &child.ethnicity);
        line(&mut out, "Disability", or_none(&child.disability));
        line(
            &mut out,
            words::label("legal-status"),
            words::legal_status_name(child.legal_status),
        );
        line(
            &mut out,
            "Agencies the child is known to",
            or_none(&child.agencies_known_to),
        );
    }

    let i = &referral.incident;
    heading(&mut out, &words::section_title(super::Section::Incident));
    let when = match i.date_to {
        Some(to) if to != i.date_from => format!("{} to {}", long_date(i.date_from), long_date(to)),
        _ => long_date(i.date_from),
    };
    line(&mut out, "Date", &when);
    line(
        &mut out,
        words::label("incident-aware"),
        &long_date(i.la_aware_date),
    );
    line(&mut out, words::label("incident-place"), &i.place);
    line(&mut out, words::label("incident-setting"), &i.setting);
    line(&mut out, words::label("incident-suspected"), &i.suspected);
    line(
        &mut out,
        words::label("incident-what-happened"),
        &i.what_happened,
    );

    heading(&mut out, &words::section_title(super::Section::Agencies));
    line(
        &mut out,
        words::label("agencies-involved"),
        &referral.agencies_involved,
    );
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
    line(&mut out, words::label("parallel-processes"), &processes);
    line(
        &mut out,
        "Details of those processes",
        or_none(&referral.parallel_process_details),
    );

    heading(
        &mut out,
        &words::section_title(super::Section::OtherChildrenAndFamily),
    );
    line(
        &mut out,
        "Further children",
        or_none(&referral.further_children),
    );
    line(
        &mut out,
        words::label("immediate-actions"),
        &referral.immediate_actions_for_other_children,
    );
    line(
        &mut out,
        words::label("family-told"),
        words::family_told_name(referral.family_told),
    );
    line(&mut out, "Details", or_none(&referral.family_told_details));

    heading(&mut out, &words::section_title(super::Section::Reasons));
    out.push_str(&referral.why_criteria_met);
    out.push('\n');
    out.push('\n');
    out.push_str(words::MARKING);
    out.push('\n');
    out
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
            date.format("%Y%m%d")
        )));
        let next = date.succ_opt().unwrap_or(date);
        out.push_str(&fold(&format!(
            "DTEND;VALUE=DATE:{}",
            next.format("%Y%m%d")
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
