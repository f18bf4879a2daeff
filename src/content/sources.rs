//! What the user reads about the sources the rules were checked against: when, what is known
//! but not yet reviewed, and what to do meanwhile. The sources themselves (titles, addresses,
//! quotations, dates) come from `rules::sources`.

use rules::{dates, Source, SourceStatus};

pub const HEADING: &str = "What these rules were checked against";
pub const NOT_REVIEWED_INTRO: &str =
    "Newer law and guidance are known to exist but have not yet been reviewed for these rules:";
pub const MEANWHILE: &str = "Until they are reviewed, follow your safeguarding partnership\u{2019}s own procedures where they differ from what this tool says.";
pub const SOURCES_SUMMARY: &str = "The sources and when each was checked:";
/// The outcome's short line (a disclosure's title): when the rules were checked, and whether
/// newer sources exist that they have not been reviewed against.
pub fn summary(checked: &str, newer_not_reviewed: bool) -> String {
    if newer_not_reviewed {
        format!("Checked {}; newer guidance exists", when(checked))
    } else {
        format!("Checked {}", when(checked))
    }
}
pub const OPENS_IN_NEW_TAB: &str = " (opens in new tab)";
pub const NOTICE_TITLE: &str = "Important";

/// "November 2026" from "2026-11"; "25 February 2026" from "2026-02-25"; "2026" as is.
pub fn when(checked: &str) -> String {
    if let Some(date) = dates::parse_iso_date(checked) {
        return dates::long_date(date);
    }
    // A month: the first of the month, written without its day.
    match dates::parse_iso_date(&format!("{checked}-01")) {
        Some(first) => dates::long_date(first).trim_start_matches("1 ").to_string(),
        None => checked.to_string(),
    }
}

/// The plain statement: checked when, and by when it should be checked again.
pub fn checked_statement(checked: &str, review_by: chrono::NaiveDate) -> String {
    format!(
        "These rules were last checked against the law and guidance in {}. They should be checked again by {}.",
        when(checked),
        dates::long_date(review_by)
    )
}

/// The notice after the review-by date.
pub fn review_overdue(review_by: chrono::NaiveDate) -> String {
    format!(
        "The rules in this tool should have been checked against the law and guidance again by {}. The law or guidance may have changed since: check your safeguarding partnership\u{2019}s own procedures before you act on what this tool says.",
        dates::long_date(review_by)
    )
}

/// The statement as plain lines, for the referral record and its text export: when checked,
/// the newer sources not reviewed and what to do meanwhile, and the notice if overdue.
pub fn record_lines(rule_set: &rules::RuleSet, today: chrono::NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    if rules::review_due(today) {
        out.push(review_overdue(rule_set.review_by));
    }
    out.push(checked_statement(&rule_set.checked, rule_set.review_by));
    if !rule_set.not_reviewed.is_empty() {
        let names: Vec<String> = rule_set.not_reviewed.iter().map(|s| s.label()).collect();
        out.push(format!("{} {}.", NOT_REVIEWED_INTRO, names.join("; ")));
        out.push(MEANWHILE.to_string());
    }
    out
}

/// [`record_lines`] as of the date a record was generated (its ISO timestamp's date).
pub fn record_lines_generated(rule_set: &rules::RuleSet, generated_at: &str) -> Vec<String> {
    let on = generated_at
        .get(..10)
        .and_then(dates::parse_iso_date)
        .unwrap_or(chrono::NaiveDate::MIN);
    record_lines(rule_set, on)
}

/// How current a source is, in words, for a source that is not in force and checked.
pub fn status_note(source: &Source) -> Option<String> {
    match source.status {
        SourceStatus::InForceChecked => None,
        SourceStatus::PublishedNotReviewed => Some("not yet reviewed for these rules".into()),
        SourceStatus::Superseded => Some(match source.superseded_by {
            Some(newer) => format!(
                "since replaced by {}, not yet reviewed for these rules",
                rules::sources::source(newer).title
            ),
            None => "since replaced".into(),
        }),
    }
}

/// When a source's wording was last checked, in words.
pub fn checked_note(source: &Source) -> String {
    match &source.checked {
        Some(c) => format!("checked {}", when(c)),
        None => "not checked".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn when_reads_each_precision() {
        assert_eq!(when("2026-11"), "November 2026");
        assert_eq!(when("2026-02-25"), "25 February 2026");
        assert_eq!(when("2026"), "2026");
    }

    /// Every source's status reads plainly, and a superseded one names what replaced it.
    #[test]
    fn status_notes_name_the_newer_source() {
        for s in rules::SOURCES.iter() {
            match s.status {
                SourceStatus::InForceChecked => assert!(status_note(s).is_none()),
                SourceStatus::Superseded => {
                    assert!(status_note(s).unwrap().contains("since replaced by"))
                }
                SourceStatus::PublishedNotReviewed => {
                    assert!(status_note(s).unwrap().contains("not yet reviewed"))
                }
            }
        }
    }

    /// The record says what was checked and when, names the newer sources, and adds the
    /// notice only after the review-by date.
    #[test]
    fn the_record_lines_follow_the_review_by_date() {
        let set = rules::rule_set();
        let before = record_lines(&set, set.review_by);
        assert!(before[0].starts_with("These rules were last checked"));
        assert!(before
            .iter()
            .any(|l| l.contains("Working Together to Safeguard Children 2026")));
        assert!(before.iter().any(|l| l.contains("own procedures")));
        let after = record_lines(&set, set.review_by.succ_opt().unwrap());
        assert!(after[0].contains("should have been checked against the law and guidance again"));
        assert_eq!(after.len(), before.len() + 1);
    }

    #[test]
    fn the_statement_gives_both_dates() {
        let set = rules::rule_set();
        let s = checked_statement(&set.checked, set.review_by);
        assert!(
            s.contains("November 2026") && s.contains("31 May 2027"),
            "{s}"
        );
    }
}
