//! The assessment as a record to keep: what prints ("Print or save this assessment": at most two
//! pages, marked OFFICIAL-SENSITIVE, with the date and time, the rule set, every answer the
//! outcome rests on, the outcome and its deadlines), the same as a file ("Save as a file":
//! `rules::record::SavedAssessment`, the case facts and assessment the referral embeds), and
//! opening that file again, which shows the same outcome. Nothing is stored by the browser.

use crate::content::outcome as text;
use crate::content::questions::{summary_value, wording};
use crate::flow::relevant_answers;
use crate::navigation::Page;
use crate::session::Session;
use crate::ui::form::OpenFileForm;
use leptos::prelude::*;
use rules::record::{SavedAssessment, FORMAT};
use rules::{Applicability, Assessment, CaseFacts, RuleId};

/// Every rule the assessment cites, in order, once each (the record keeps the codes).
fn rules_cited(assessment: &Assessment) -> Vec<RuleId> {
    fn walk(value: &serde_json::Value, out: &mut Vec<RuleId>) {
        match value {
            serde_json::Value::Object(map) => {
                if let (Some(rule), Some(_)) = (map.get("rule"), map.get("citation")) {
                    if let Ok(rule) = serde_json::from_value(rule.clone()) {
                        out.push(rule);
                    }
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(assessment) {
        walk(&value, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// The printed record: shown only when printed, in place of the outcome page.
#[component]
pub fn AssessmentRecord(facts: CaseFacts, assessment: Assessment) -> impl IntoView {
    // The time it was produced: when the page was drawn, and again when it is printed.
    let produced = RwSignal::new(crate::ui::files::now_rfc3339());
    let listener = window_event_listener_untyped("beforeprint", move |_| {
        produced.set(crate::ui::files::now_rfc3339());
    });
    on_cleanup(move || listener.remove());
    let top = text::top_section(&assessment);
    let (decision, basis) = text::headline(&assessment);
    let answers = relevant_answers(&facts)
        .into_iter()
        .map(|question| {
            view! {
                <tr>
                    <th scope="row">{wording(question).summary_key}</th>
                    <td>{summary_value(question, &facts)}</td>
                </tr>
            }
        })
        .collect_view();
    let conditions = assessment
        .panel_notification
        .conditions
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{text::condition_name(c.condition)}</th>
                    <td>{text::condition_state(c.state)}</td>
                </tr>
            }
        })
        .collect_view();
    let deadlines = assessment
        .deadlines
        .iter()
        .filter(|d| d.applies != Applicability::NotApplicable)
        .map(|d| {
            let tag = text::applicability_tag(d.applies)
                .map(|tag| format!(" ({tag})"))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{format!("{}{tag}", text::deadline_name(d.kind))}</th>
                    <td>{text::strength_name(d.strength)}</td>
                    <td>{text::due_text(&d.due, d.anchor, d.working_days)}</td>
                </tr>
            }
        })
        .collect_view();
    let also: Vec<String> = assessment
        .other_processes
        .iter()
        .filter(|p| p.applies != Applicability::NotApplicable)
        .map(|p| {
            let tag = text::applicability_tag(p.applies)
                .map(|tag| format!(" ({tag})"))
                .unwrap_or_default();
            format!("{}{tag}", text::process_name(p.kind))
        })
        .chain(
            assessment
                .routes
                .iter()
                .filter(|r| r.applies != Applicability::NotApplicable)
                .map(|r| format!("{}: {}", text::ROUTES, text::route_name(r.kind))),
        )
        .collect();
    let prompts: Vec<String> = assessment
        .judgement_prompts
        .iter()
        .map(|p| p.text.to_string())
        .collect();
    let cited = rules_cited(&assessment)
        .iter()
        .map(|rule| format!("{rule:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let rule_set = assessment.rule_set.clone();
    let partnership = expect_context::<StoredValue<crate::embed::PartnershipConfig>>()
        .with_value(|config| config.name.clone());
    view! {
        <article class="app-print-only app-record" data-testid="assessment-record">
            <p class="app-marking">{crate::content::referral::MARKING}</p>
            <h2>{text::RECORD_TITLE}</h2>
            <p data-testid="record-produced">
                {text::RECORD_PRODUCED} ": " {move || crate::content::uk_date_time(&produced.get())}
                ". " {partnership} "."
            </p>
            <p data-testid="record-rule-set">{text::rule_set_line(&assessment)}</p>
            // What the rules were checked against, as of the moment the record is produced.
            <p data-testid="record-sources-checked">
                {move || crate::content::sources::record_lines_generated(&rule_set, &produced.get()).join(" ")}
            </p>
            <h3>{text::RECORD_OUTCOME}</h3>
            <p><strong>{top.headline}</strong>{top.lines.into_iter().map(|line| format!(" {line}")).collect::<String>()}</p>
            <p>{decision} "." {basis.map(|b| format!(" {b}"))}</p>
            <table>
                <tbody>{conditions}</tbody>
            </table>
            <h3>{text::DEADLINES}</h3>
            <table data-testid="record-deadlines">
                <tbody>{deadlines}</tbody>
            </table>
            <p>{text::STRENGTHS}</p>
            {(!also.is_empty()).then(|| view! {
                <h3>{text::OTHER_PROCESSES}</h3>
                <ul>{also.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            })}
            {(!prompts.is_empty()).then(|| view! {
                <h3>{text::JUDGEMENTS}</h3>
                <ul>{prompts.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            })}
            <h3>{text::RECORD_ANSWERS}</h3>
            <table data-testid="record-answers">
                <tbody>{answers}</tbody>
            </table>
            <p>{text::RECORD_RULES} ": " {cited} ". " {text::RECORD_REPRODUCE}</p>
        </article>
    }
}

/// The file name of a saved assessment, from the time it was saved: no personal details.
fn file_name(saved_at: &str) -> String {
    let stamp: String = saved_at
        .chars()
        .take(16)
        .map(|c| if c.is_ascii_digit() { c } else { '-' })
        .collect();
    format!("assessment-{stamp}.json")
}

/// Offers the case facts and the assessment as a JSON file (a local download).
pub fn save_assessment(facts: &CaseFacts) {
    let saved_at = crate::ui::files::now_rfc3339();
    let record = SavedAssessment::new(facts, saved_at.clone());
    if let Ok(json) = serde_json::to_string_pretty(&record) {
        crate::ui::files::download(&file_name(&saved_at), "application/json", &json);
    }
}

/// Reads a saved assessment: it must be one, and these rules must give the same outcome.
pub fn read_saved(json: &str) -> Result<SavedAssessment, &'static str> {
    if json.len() > crate::referral::draft::MAX_DRAFT_BYTES {
        return Err(text::OPEN_NOT_AN_ASSESSMENT);
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|_| text::OPEN_NOT_AN_ASSESSMENT)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(text::OPEN_NOT_AN_ASSESSMENT);
    }
    let saved: SavedAssessment = serde_json::from_value(value).map_err(|_| text::OPEN_DAMAGED)?;
    if !saved.reproduces() {
        return Err(text::OPEN_DIFFERENT_RULES);
    }
    Ok(saved)
}

/// "Open a saved assessment": the same outcome again, from the saved answers.
#[component]
pub fn OpenAssessmentPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let open = move |json: String| {
        let saved = read_saved(&json).map_err(str::to_owned)?;
        let page = crate::flow::resolve(Page::Outcome, &saved.case_facts);
        session.facts.set(saved.case_facts);
        session.navigator.go(page);
        Ok(())
    };
    view! {
        <OpenFileForm
            input_id="assessment-file"
            title=text::OPEN_TITLE
            intro=text::OPEN_REPLACES
            label=text::OPEN_LABEL
            hint=text::OPEN_HINT
            button=text::OPEN_BUTTON
            missing=text::OPEN_MISSING
            unreadable=text::OPEN_NOT_AN_ASSESSMENT
            open=open
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_assessment_reads_back_and_a_changed_one_is_refused() {
        let facts = rules::answer_space::all_cases().swap_remove(500);
        let saved = SavedAssessment::new(&facts, "2026-11-26T09:15:00.000Z");
        let json = serde_json::to_string(&saved).unwrap();
        assert_eq!(read_saved(&json), Ok(saved.clone()));
        let mut changed = saved;
        changed.assessment.still_needed.push(rules::Question::Asker);
        assert_eq!(
            read_saved(&serde_json::to_string(&changed).unwrap()),
            Err(text::OPEN_DIFFERENT_RULES)
        );
        assert_eq!(read_saved("{}"), Err(text::OPEN_NOT_AN_ASSESSMENT));
        assert_eq!(
            read_saved(r#"{"format":"assessment-record/1"}"#),
            Err(text::OPEN_DAMAGED)
        );
        assert_eq!(
            file_name("2026-11-26T09:15:00.000Z"),
            "assessment-2026-11-26-09-15.json"
        );
    }
}
