//! Scenario packs: the built-in library or a trainer's own JSON file of local cases. A file is
//! read in the browser and validated here, with one clear message per problem: where it is
//! and what is wrong. A pack's learning points are checked against `rules::assess` exactly as
//! the library's are.

use std::collections::BTreeSet;

use rules::CaseFacts;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::scenario::{check_scenario, LearningPoint, Scenario};

/// Where a pack came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// The scenario library built into the app.
    BuiltIn,
    /// A file the trainer opened, by its name.
    File(String),
}

/// A set of scenarios to train with.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub title: Option<String>,
    pub source: PackSource,
    pub scenarios: Vec<Scenario>,
}

/// The scenario pack file format (`public/schema/scenario-pack.schema.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Scenario pack")]
pub struct PackFile {
    /// The address of this schema, if wanted.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A title for the pack, shown to the trainer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The scenarios (at least one, at most 200). Each `facts` object uses the case-facts
    /// format of the `assess` command.
    pub scenarios: Vec<Scenario>,
}

/// The JSON Schema of a scenario pack file, as published in
/// `public/schema/scenario-pack.schema.json`.
pub fn pack_schema() -> String {
    let schema = schemars::schema_for!(PackFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The largest file accepted.
pub const MAX_BYTES: usize = 1_000_000;
/// The most scenarios in a pack.
pub const MAX_SCENARIOS: usize = 200;

/// One problem with a pack file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// Where: "The file", or "Scenario 3 (T07)", with a field path.
    pub location: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl PackProblem {
    fn new(location: impl Into<String>, message: impl Into<String>) -> PackProblem {
        PackProblem {
            location: location.into(),
            message: message.into(),
        }
    }
}

/// The problem with a file over [`MAX_BYTES`].
pub fn too_large(bytes: usize) -> PackProblem {
    PackProblem::new(
        "The file",
        format!("is too large ({bytes} bytes): a pack can be at most {MAX_BYTES} bytes"),
    )
}

/// The problem with a file the browser could not read.
pub fn unreadable() -> PackProblem {
    PackProblem::new(
        "The file",
        "could not be read: choose it again, or check it is a text file",
    )
}

const SCENARIO_FIELDS: [&str; 6] = [
    "id",
    "title",
    "vignette",
    "facts",
    "learning_points",
    "discussion",
];

/// Reads a pack file: the pack, or every problem found.
pub fn read_pack(name: &str, text: &str) -> Result<Pack, Vec<PackProblem>> {
    let file = "The file";
    if text.len() > MAX_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    if text.trim().is_empty() {
        return Err(vec![PackProblem::new(file, "is empty")]);
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            return Err(vec![PackProblem::new(
                file,
                format!("is not valid JSON: {e}"),
            )])
        }
    };
    let mut problems = Vec::new();
    let mut title = None;
    let items = match &value {
        Value::Object(map) => {
            for key in map.keys() {
                if !["$schema", "title", "scenarios"].contains(&key.as_str()) {
                    problems.push(PackProblem::new(
                        file,
                        format!("has an unknown field \"{key}\": a pack has \"title\" and \"scenarios\""),
                    ));
                }
            }
            match map.get("title") {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => title = Some(s.clone()),
                Some(_) => problems.push(PackProblem::new("title", "must be text")),
            }
            match map.get("scenarios") {
                Some(Value::Array(items)) => items.clone(),
                Some(_) => {
                    problems.push(PackProblem::new("scenarios", "must be a list of scenarios"));
                    Vec::new()
                }
                None => {
                    problems.push(PackProblem::new(file, "has no \"scenarios\" list"));
                    Vec::new()
                }
            }
        }
        Value::Array(items) => items.clone(),
        _ => {
            return Err(vec![PackProblem::new(
                file,
                "must hold a JSON object with a \"scenarios\" list",
            )])
        }
    };
    if items.is_empty() && problems.is_empty() {
        problems.push(PackProblem::new(
            "scenarios",
            "is empty: add at least one scenario",
        ));
    }
    if items.len() > MAX_SCENARIOS {
        problems.push(PackProblem::new(
            "scenarios",
            format!(
                "has {} scenarios: a pack can hold at most {MAX_SCENARIOS}",
                items.len()
            ),
        ));
    }
    let mut scenarios = Vec::new();
    let mut ids = BTreeSet::new();
    for (i, item) in items.iter().take(MAX_SCENARIOS).enumerate() {
        let id = item.get("id").and_then(Value::as_str).unwrap_or("");
        let location = if id.is_empty() {
            format!("Scenario {}", i + 1)
        } else {
            format!("Scenario {} ({id})", i + 1)
        };
        let before = problems.len();
        if let Some(scenario) = read_scenario(item, &location, &mut problems) {
            if !ids.insert(scenario.id.clone()) {
                problems.push(PackProblem::new(
                    format!("{location} id"),
                    format!(
                        "\"{}\" is used by another scenario: ids must be unique",
                        scenario.id
                    ),
                ));
            }
            if problems.len() == before {
                scenarios.push(scenario);
            }
        }
    }
    if problems.is_empty() {
        Ok(Pack {
            title,
            source: PackSource::File(name.to_string()),
            scenarios,
        })
    } else {
        Err(problems)
    }
}

/// Deserializes through text, so each type has one deserializer in the app (a smaller build
/// than `serde_json::from_value`); the messages are the same, without a line number.
fn from_value<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, String> {
    let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| {
        let message = e.to_string();
        match message.rfind(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        }
    })
}

fn read_scenario(
    item: &Value,
    location: &str,
    problems: &mut Vec<PackProblem>,
) -> Option<Scenario> {
    let Value::Object(map) = item else {
        problems.push(PackProblem::new(location, "must be a JSON object"));
        return None;
    };
    let at = |field: &str| format!("{location} {field}");
    let before = problems.len();
    for key in map.keys() {
        if !SCENARIO_FIELDS.contains(&key.as_str()) {
            problems.push(PackProblem::new(
                location,
                format!("has an unknown field \"{key}\": a scenario has id, title, vignette, facts, learning_points and discussion"),
            ));
        }
    }
    for field in ["id", "title", "vignette"] {
        match map.get(field) {
            Some(Value::String(s)) if !s.trim().is_empty() => {}
            Some(Value::String(_)) => problems.push(PackProblem::new(at(field), "is empty")),
            Some(_) => problems.push(PackProblem::new(at(field), "must be text")),
            None => problems.push(PackProblem::new(location, format!("has no \"{field}\""))),
        }
    }
    match map.get("facts") {
        Some(Value::Object(facts)) => {
            // Field by field, so each problem names its field.
            for (key, value) in facts {
                let single = Value::Object([(key.clone(), value.clone())].into_iter().collect());
                if let Err(e) = from_value::<CaseFacts>(&single) {
                    problems.push(PackProblem::new(at(&format!("facts.{key}")), e.to_string()));
                }
            }
        }
        Some(_) => problems.push(PackProblem::new(
            at("facts"),
            "must be a JSON object of case facts",
        )),
        None => problems.push(PackProblem::new(location, "has no \"facts\"")),
    }
    match map.get("learning_points") {
        None => {}
        Some(Value::Array(points)) => {
            for (n, point) in points.iter().enumerate() {
                if let Err(e) = from_value::<LearningPoint>(point) {
                    problems.push(PackProblem::new(
                        at(&format!("learning point {}", n + 1)),
                        e.to_string(),
                    ));
                }
            }
        }
        Some(_) => problems.push(PackProblem::new(at("learning_points"), "must be a list")),
    }
    match map.get("discussion") {
        None => {}
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {}
        Some(_) => problems.push(PackProblem::new(
            at("discussion"),
            "must be a list of questions (text)",
        )),
    }
    if problems.len() > before {
        return None;
    }
    let scenario: Scenario = match from_value(item) {
        Ok(scenario) => scenario,
        Err(e) => {
            problems.push(PackProblem::new(location, e.to_string()));
            return None;
        }
    };
    let assessment = rules::assess(&scenario.facts);
    if !assessment.still_needed.is_empty() {
        let missing: Vec<String> = assessment
            .still_needed
            .iter()
            .map(|q| {
                serde_json::to_string(q)
                    .unwrap_or_default()
                    .trim_matches('"')
                    .to_string()
            })
            .collect();
        problems.push(PackProblem::new(
            at("facts"),
            format!(
                "leave questions the rules need unanswered: add {}",
                missing.join(", ")
            ),
        ));
    }
    for wrong in check_scenario(&scenario) {
        problems.push(PackProblem::new(
            location,
            format!("{wrong} (the claim does not match the rules core)"),
        ));
    }
    Some(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(result: Result<Pack, Vec<PackProblem>>) -> Vec<String> {
        result
            .expect_err("problems")
            .into_iter()
            .map(|p| format!("{}: {}", p.location, p.message))
            .collect()
    }

    const GOOD: &str = r#"{"title": "Local cases", "scenarios": [{"id": "L1", "title": "A case",
        "vignette": "A fictional case.", "facts": {"asker": "local_authority", "event": "serious_harm",
        "child_age": {"age_in_years": 4}, "abuse_or_neglect": "suspected",
        "incident_place": {"english_local_authority": "fictional:Northshire"},
        "residence": {"english_local_authority": "fictional:Northshire"}, "looked_after": "no",
        "suspected_person": "parent_or_carer", "setting": "home", "la_aware_date": "2026-05-01",
        "notification_sent": "not_sent_yet", "number_of_children": 1},
        "learning_points": [{"text": "Notify by 11 May.", "claims": {"panel": "required", "notify_by": "2026-05-11"}}],
        "discussion": ["Why?"]}]}"#;

    #[test]
    fn a_good_pack_reads() {
        let pack = read_pack("local.json", GOOD).expect("reads");
        assert_eq!(pack.title.as_deref(), Some("Local cases"));
        assert_eq!(pack.scenarios.len(), 1);
        assert_eq!(pack.source, PackSource::File("local.json".into()));
    }

    #[test]
    fn the_library_as_a_pack_file_reads() {
        let file = PackFile {
            schema: None,
            title: Some("Library".into()),
            scenarios: super::super::library::library().scenarios,
        };
        let text = serde_json::to_string(&file).unwrap();
        assert_eq!(
            read_pack("lib.json", &text).unwrap().scenarios.len(),
            file.scenarios.len()
        );
    }

    #[test]
    fn not_json_empty_and_wrong_shape_are_explained() {
        assert_eq!(messages(read_pack("a", "")), ["The file: is empty"]);
        let m = messages(read_pack("a", "{\"scenarios\": [}"));
        assert!(
            m[0].starts_with("The file: is not valid JSON: expected value at line 1"),
            "{m:?}"
        );
        assert_eq!(
            messages(read_pack("a", "42")),
            ["The file: must hold a JSON object with a \"scenarios\" list"]
        );
        assert_eq!(
            messages(read_pack("a", "{\"scenarios\": []}")),
            ["scenarios: is empty: add at least one scenario"]
        );
        assert_eq!(
            messages(read_pack("a", "{\"cases\": []}")),
            [
                "The file: has an unknown field \"cases\": a pack has \"title\" and \"scenarios\"",
                "The file: has no \"scenarios\" list",
            ]
        );
    }

    #[test]
    fn each_problem_in_a_scenario_is_named_with_its_field() {
        let bad = GOOD
            .replace("\"suspected\"", "\"maybe\"")
            .replace("2026-05-01", "2026-02-30")
            .replace("\"title\": \"A case\",", "\"colour\": \"red\",");
        let m = messages(read_pack("a", &bad));
        assert_eq!(m.len(), 4, "{m:?}");
        assert!(
            m[0].starts_with("Scenario 1 (L1): has an unknown field \"colour\""),
            "{m:?}"
        );
        assert_eq!(m[1], "Scenario 1 (L1): has no \"title\"");
        assert!(
            m[2].starts_with("Scenario 1 (L1) facts.abuse_or_neglect: unknown variant `maybe`"),
            "{m:?}"
        );
        assert!(
            m[3].starts_with("Scenario 1 (L1) facts.la_aware_date: invalid date \"2026-02-30\""),
            "{m:?}"
        );
    }

    #[test]
    fn claims_that_contradict_the_rules_and_incomplete_facts_are_reported() {
        let wrong = GOOD
            .replace("2026-05-11", "2026-05-08")
            .replace(", \"number_of_children\": 1", "");
        let m = messages(read_pack("a", &wrong));
        assert_eq!(m, [
            "Scenario 1 (L1) facts: leave questions the rules need unanswered: add number_of_children",
            "Scenario 1 (L1): learning point 1: notify_by: claimed 2026-05-08, the rules say 2026-05-11 (the claim does not match the rules core)",
        ]);
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let two = GOOD.replacen("[{\"id\"", "[{\"id\": \"L1\", \"title\": \"x\", \"vignette\": \"y\", \"facts\": {\"event\": \"death\", \"asker\": \"local_authority\", \"child_age\": {\"age_in_years\": 20}, \"incident_place\": \"unknown\"}}, {\"id\"", 1);
        let m = messages(read_pack("a", &two));
        assert!(
            m.iter().any(|m| m
                == "Scenario 2 (L1) id: \"L1\" is used by another scenario: ids must be unique"),
            "{m:?}"
        );
    }

    #[test]
    fn the_example_in_the_documentation_is_a_valid_pack() {
        let doc = include_str!("../../docs/training.md");
        let start = doc.find("```json\n").expect("an example") + "```json\n".len();
        let end = start + doc[start..].find("```").unwrap();
        let pack = read_pack("example.json", &doc[start..end]).expect("the example reads");
        assert_eq!(pack.scenarios.len(), 1);
    }

    #[test]
    fn the_published_schema_matches_the_types() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/schema/scenario-pack.schema.json"
        );
        let schema = pack_schema();
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &schema).unwrap();
        }
        let published = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            published == schema,
            "public/schema/scenario-pack.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test -p referral-assistant schema"
        );
    }
}
