//! The trainer's export of the session's results: CSV and JSON built from the same rows.
//! Pure text; the page offers it as a download made in the browser (a Blob), never sent.

use serde::Serialize;

use super::quiz::{total, RoundResult, OUT_OF};
use crate::content::training as text;

/// One question of one round, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub scenario_id: String,
    pub scenario: String,
    pub question: &'static str,
    pub answer: String,
    pub rules_answer: String,
    pub correct: bool,
}

/// The rows of every round, four per round.
pub fn rows(results: &[RoundResult]) -> Vec<Row> {
    results
        .iter()
        .flat_map(|r| {
            let a = &r.answers;
            let m = &r.model;
            let row = |question, answer: String, rules_answer: String, correct| Row {
                scenario_id: r.scenario_id.clone(),
                scenario: r.title.clone(),
                question,
                answer,
                rules_answer,
                correct,
            };
            [
                row(
                    text::Q_PANEL,
                    a.panel
                        .map_or(text::NOT_ANSWERED.into(), |p| text::panel_choice(p).into()),
                    text::panel_choice(m.panel).into(),
                    r.marks.panel,
                ),
                row(
                    text::Q_LA,
                    a.la.as_ref()
                        .map_or(text::NOT_ANSWERED.into(), text::la_choice),
                    text::la_choice(&m.la),
                    r.marks.la,
                ),
                row(
                    text::Q_DATE,
                    a.date.map_or(text::NOT_ANSWERED.into(), text::date_choice),
                    text::date_choice(m.date),
                    r.marks.date,
                ),
                row(
                    text::Q_FOLLOWS,
                    text::follows_list(&a.follows),
                    text::follows_list(&m.follows),
                    r.marks.follows,
                ),
            ]
        })
        .collect()
}

/// A CSV field: quoted when needed, and never read as a formula by a spreadsheet.
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The results as CSV (RFC 4180, CRLF line ends, a header row).
pub fn csv(results: &[RoundResult]) -> String {
    let mut out = String::from("scenario_id,scenario,question,answer,rules_answer,correct\r\n");
    for row in rows(results) {
        let fields = [
            field(&row.scenario_id),
            field(&row.scenario),
            field(row.question),
            field(&row.answer),
            field(&row.rules_answer),
            row.correct.to_string(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

#[derive(Serialize)]
struct Export<'a> {
    rule_set_version: &'a str,
    score: u32,
    out_of: u32,
    rounds: Vec<ExportRound>,
}

#[derive(Serialize)]
struct ExportRound {
    scenario_id: String,
    scenario: String,
    score: u32,
    out_of: u32,
    questions: Vec<Row>,
}

/// The results as JSON: total, then each round with its questions.
pub fn json(results: &[RoundResult]) -> String {
    let all = rows(results);
    let (score, out_of) = total(results);
    let version = rules::rule_set().version;
    let export = Export {
        rule_set_version: &version,
        score,
        out_of,
        rounds: results
            .iter()
            .zip(all.chunks(OUT_OF as usize))
            .map(|(r, questions)| ExportRound {
                scenario_id: r.scenario_id.clone(),
                scenario: r.title.clone(),
                score: r.marks.score(),
                out_of: OUT_OF,
                questions: questions.to_vec(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&export).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::quiz::{Answers, LaChoice, ModelAnswer};
    use crate::training::scenario::PanelClaim;

    fn results() -> Vec<RoundResult> {
        let scenario = crate::training::library::library()
            .scenarios
            .into_iter()
            .find(|s| s.id == "T08")
            .unwrap();
        let model = ModelAnswer::of(&rules::assess(&scenario.facts));
        let answers = Answers {
            panel: Some(PanelClaim::Required),
            la: Some(LaChoice::Named("Westmoor".into())),
            date: None,
            follows: model.follows.clone(),
        };
        vec![RoundResult::new(
            "T08",
            "=Lives in one area, \"harmed\" in another",
            answers,
            model,
        )]
    }

    #[test]
    fn csv_has_a_header_and_four_rows_per_round_and_escapes_fields() {
        let csv = csv(&results());
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "scenario_id,scenario,question,answer,rules_answer,correct"
        );
        assert_eq!(
            lines.len(),
            1 + 4 + 1,
            "header, four rows, final empty line"
        );
        assert_eq!(
            lines[1],
            "T08,\"'=Lives in one area, \"\"harmed\"\" in another\",Must the local authority notify the Child Safeguarding Practice Review Panel?,\"Yes, it must notify the Panel\",\"Yes, it must notify the Panel\",true"
        );
        assert!(
            lines[2].ends_with(",Westmoor,Riverside,false"),
            "{}",
            lines[2]
        );
        assert!(
            lines[3].contains(",Not answered,Friday 21 April 2028,false"),
            "{}",
            lines[3]
        );
        assert!(lines[4].ends_with(",true"));
    }

    #[test]
    fn json_carries_the_total_and_each_question() {
        let value: serde_json::Value = serde_json::from_str(&json(&results())).unwrap();
        assert_eq!(value["score"], 2);
        assert_eq!(value["out_of"], 4);
        assert_eq!(value["rounds"][0]["scenario_id"], "T08");
        assert_eq!(value["rounds"][0]["questions"].as_array().unwrap().len(), 4);
        assert_eq!(
            value["rounds"][0]["questions"][1]["rules_answer"],
            "Riverside"
        );
        assert_eq!(value["rounds"][0]["questions"][1]["correct"], false);
        assert!(json(&[]).contains("\"rounds\": []"));
    }
}
