//! Scenario packs: the built-in library or a trainer's own JSON file of local cases. A file is
//! read in the browser and validated here, with one clear message per problem: where it is
//! and what is wrong. A pack's learning points are checked against `rules::assess` exactly as
//! the library's are.

use std::collections::BTreeSet;

use rules::CaseFacts;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::scenario::{check_scenario, LearningPoint, Places, Scenario};

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
    /// Where: "The file", "Scenario 3 (T07)", or a field in it ("Scenario 3 (T07) facts.event").
    pub location: String,
    /// What is wrong, in plain words, going on from the location ("is empty").
    pub message: String,
    /// Whether the location names a field (then a colon comes between the two).
    field: bool,
}

impl PackProblem {
    /// A problem with the whole file or a whole scenario: "The file is empty."
    fn new(location: impl Into<String>, message: impl Into<String>) -> PackProblem {
        PackProblem {
            location: location.into(),
            message: message.into(),
            field: false,
        }
    }

    /// A problem with one field: "Scenario 1 (L1) facts.event: must be one of …"
    fn at(location: impl Into<String>, message: impl Into<String>) -> PackProblem {
        PackProblem {
            field: true,
            ..PackProblem::new(location, message)
        }
    }

    /// The problem as a sentence.
    pub fn text(&self) -> String {
        let join = if self.field { ": " } else { " " };
        let text = format!("{}{join}{}", self.location, self.message);
        if text.ends_with(['.', '?', '!']) {
            text
        } else {
            text + "."
        }
    }
}

/// A size in megabytes, as people read it ("5.2 MB", "1 MB").
fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if mb >= 10.0 || (mb * 10.0).round() % 10.0 == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// The problem with a file over [`MAX_BYTES`].
pub fn too_large(bytes: usize) -> PackProblem {
    let limit = megabytes(MAX_BYTES);
    let mut size = megabytes(bytes);
    // Just over the limit, both round to the same figure: "is 1 MB. … at most 1 MB" reads as
    // a contradiction.
    if size == limit {
        size = format!("more than {limit}");
    }
    PackProblem::new(
        "The file",
        format!("is {size}. A scenario pack can be at most {limit}"),
    )
}

/// The problem with a file the browser could not read.
pub fn unreadable() -> PackProblem {
    PackProblem::new(
        "The file",
        "could not be read: choose it again, or check it is a text file",
    )
}

/// `a`, `b` and `c` → a, b, c (the names as written in a pack file).
fn names(list: &str) -> String {
    list.split(", ")
        .flat_map(|part| part.split(" or "))
        .map(|name| name.trim().trim_matches('`'))
        .filter(|name| !name.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What serde calls a kind of value, as a pack's author would say it.
fn kind_of_value(serde: &str) -> String {
    let serde = serde.trim();
    if let Some(rest) = serde.strip_prefix("string ") {
        return format!("the text {rest}");
    }
    for (prefix, say) in [
        ("integer `", "the number "),
        ("floating point `", "the number "),
        ("boolean `", ""),
    ] {
        if let Some(rest) = serde.strip_prefix(prefix) {
            return format!("{say}{}", rest.trim_end_matches('`'));
        }
    }
    match serde {
        "map" | "a map" => "an object".into(),
        "sequence" | "a sequence" => "a list".into(),
        "a string" | "string" => "text".into(),
        "null" | "unit value" => "null".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => {
            "a whole number".into()
        }
        "f32" | "f64" => "a number".into(),
        "a boolean" | "bool" => "true or false".into(),
        other if other.starts_with("struct ") => "an object".into(),
        other if other.starts_with("enum ") => "one of the allowed values".into(),
        other => other.replace('`', "\""),
    }
}

/// Rewrites serde's messages in plain English, saying what is allowed: "unknown variant
/// `wizard`, expected `quiz` or `facilitator`" becomes "must be one of: quiz, facilitator (not
/// "wizard")". Messages written for people (the rules core's own, e.g. for dates) are kept.
pub fn plain(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((value, allowed)) = rest.split_once("`, expected ") {
            let allowed = allowed.trim_start_matches("one of ");
            return format!("must be one of: {} (not \"{value}\")", names(allowed));
        }
        if let Some((value, _)) = rest.split_once('`') {
            return format!("\"{value}\" is not allowed here");
        }
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((field, allowed)) = rest.split_once("`, expected ") {
            let allowed = allowed.trim_start_matches("one of ");
            return format!(
                "has an unknown field \"{field}\": the fields allowed are {}",
                names(allowed)
            );
        }
        if let Some((field, _)) = rest.split_once('`') {
            return format!("has an unknown field \"{field}\": no fields are allowed here");
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("needs \"{}\"", rest.trim_end_matches('`'));
    }
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.split_once(", expected ") {
                return format!(
                    "must be {}, not {}",
                    kind_of_value(expected),
                    kind_of_value(found)
                );
            }
        }
    }
    message.to_string()
}

/// A JSON syntax error in plain English, with where it is.
fn not_json(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let at = format!("line {}, column {}", e.line(), e.column());
    match e.classify() {
        Category::Eof => format!("is not valid JSON: it ends before the JSON is complete ({at})"),
        _ => {
            let message = e.to_string();
            let what = message
                .rfind(" at line ")
                .map_or(message.as_str(), |i| &message[..i]);
            let what = match what {
                "expected value" => "a value was expected".to_string(),
                "trailing comma" => "a comma is followed by a closing bracket".to_string(),
                "key must be a string" => "a field name must be in double quotes".to_string(),
                other => other.replace('`', "\""),
            };
            format!("is not valid JSON at {at}: {what}")
        }
    }
}

const SCENARIO_FIELDS: [&str; 7] = [
    "id",
    "title",
    "vignette",
    "places",
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
        Err(e) => return Err(vec![PackProblem::new(file, not_json(&e))]),
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
                Some(_) => problems.push(PackProblem::at("title", "must be text")),
            }
            match map.get("scenarios") {
                Some(Value::Array(items)) => items.clone(),
                Some(_) => {
                    problems.push(PackProblem::at("scenarios", "must be a list of scenarios"));
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
        problems.push(PackProblem::at(
            "scenarios",
            "is empty: add at least one scenario",
        ));
    }
    if items.len() > MAX_SCENARIOS {
        problems.push(PackProblem::at(
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
                problems.push(PackProblem::at(
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
        plain(match message.rfind(" at line ") {
            Some(at) => &message[..at],
            None => &message,
        })
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
                format!("has an unknown field \"{key}\": a scenario has id, title, vignette, places, facts, learning_points and discussion"),
            ));
        }
    }
    for field in ["id", "title", "vignette"] {
        match map.get(field) {
            Some(Value::String(s)) if !s.trim().is_empty() => {}
            Some(Value::String(_)) => problems.push(PackProblem::at(at(field), "is empty")),
            Some(_) => problems.push(PackProblem::at(at(field), "must be text")),
            None => problems.push(PackProblem::new(location, format!("has no \"{field}\""))),
        }
    }
    match map.get("facts") {
        Some(Value::Object(facts)) => {
            // Field by field, so each problem names its field.
            for (key, value) in facts {
                let single = Value::Object([(key.clone(), value.clone())].into_iter().collect());
                if let Err(e) = from_value::<CaseFacts>(&single) {
                    problems.push(PackProblem::at(at(&format!("facts.{key}")), e.to_string()));
                }
            }
        }
        Some(_) => problems.push(PackProblem::at(
            at("facts"),
            "must be a JSON object of case facts",
        )),
        None => problems.push(PackProblem::new(location, "has no \"facts\"")),
    }
    if let Some(places) = map.get("places") {
        if let Err(e) = from_value::<Places>(places) {
            problems.push(PackProblem::at(at("places"), e));
        }
    }
    match map.get("learning_points") {
        None => {}
        Some(Value::Array(points)) => {
            for (n, point) in points.iter().enumerate() {
                if let Err(e) = from_value::<LearningPoint>(point) {
                    problems.push(PackProblem::at(
                        at(&format!("learning point {}", n + 1)),
                        e.to_string(),
                    ));
                }
            }
        }
        Some(_) => problems.push(PackProblem::at(at("learning_points"), "must be a list")),
    }
    match map.get("discussion") {
        None => {}
        Some(Value::Array(items)) if items.iter().all(Value::is_string) => {}
        Some(_) => problems.push(PackProblem::at(
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
            problems.push(PackProblem::at(location, e.to_string()));
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
            location,
            format!(
                "does not answer every question the rules need: add {} to its facts",
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
            .map(|p| p.text())
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
        assert_eq!(messages(read_pack("a", "")), ["The file is empty."]);
        assert_eq!(
            messages(read_pack("a", "{\"scenarios\": [}")),
            ["The file is not valid JSON at line 1, column 16: a value was expected."]
        );
        assert_eq!(
            messages(read_pack("a", "{\"scenarios\": [")),
            ["The file is not valid JSON: it ends before the JSON is complete (line 1, column 15)."]
        );
        assert_eq!(
            messages(read_pack("a", "42")),
            ["The file must hold a JSON object with a \"scenarios\" list."]
        );
        assert_eq!(
            messages(read_pack("a", "{\"scenarios\": []}")),
            ["scenarios: is empty: add at least one scenario."]
        );
        assert_eq!(
            messages(read_pack("a", "{\"cases\": []}")),
            [
                "The file has an unknown field \"cases\": a pack has \"title\" and \"scenarios\".",
                "The file has no \"scenarios\" list.",
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
            m[0].starts_with("Scenario 1 (L1) has an unknown field \"colour\""),
            "{m:?}"
        );
        assert_eq!(m[1], "Scenario 1 (L1) has no \"title\".");
        assert_eq!(
            m[2],
            "Scenario 1 (L1) facts.abuse_or_neglect: must be one of: known, suspected, not_suspected, not_sure (not \"maybe\")."
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
            "Scenario 1 (L1) does not answer every question the rules need: add number_of_children to its facts.",
            "Scenario 1 (L1) learning point 1: notify_by: claimed 2026-05-08, the rules say 2026-05-11 (the claim does not match the rules core).",
        ]);
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let two = GOOD.replacen("[{\"id\"", "[{\"id\": \"L1\", \"title\": \"x\", \"vignette\": \"y\", \"facts\": {\"event\": \"death\", \"asker\": \"local_authority\", \"child_age\": {\"age_in_years\": 20}, \"incident_place\": \"unknown\"}}, {\"id\"", 1);
        let m = messages(read_pack("a", &two));
        assert!(
            m.iter().any(|m| m
                == "Scenario 2 (L1) id: \"L1\" is used by another scenario: ids must be unique."),
            "{m:?}"
        );
    }

    #[test]
    fn serde_messages_say_what_is_allowed_in_plain_english() {
        assert_eq!(
            plain("unknown variant `wizard`, expected `quiz` or `facilitator`"),
            "must be one of: quiz, facilitator (not \"wizard\")"
        );
        assert_eq!(
            plain("unknown variant `x`, expected one of `a`, `b`, `c`"),
            "must be one of: a, b, c (not \"x\")"
        );
        assert_eq!(
            plain("unknown field `colour`, expected `text` or `claims`"),
            "has an unknown field \"colour\": the fields allowed are text, claims"
        );
        assert_eq!(plain("missing field `text`"), "needs \"text\"");
        assert_eq!(
            plain("invalid type: string \"four\", expected u8"),
            "must be a whole number, not the text \"four\""
        );
        assert_eq!(
            plain("invalid value: integer `300`, expected u8"),
            "must be a whole number, not the number 300"
        );
        let date = "invalid date \"2026-02-30\": expected a real calendar date written YYYY-MM-DD";
        assert_eq!(plain(date), date, "the rules core's own messages are kept");
        // And through the pack reader: a value of the wrong kind, a field a learning point lacks.
        let bad = GOOD
            .replace("{\"age_in_years\": 4}", "{\"age_in_years\": \"four\"}")
            .replace("\"text\": \"Notify by 11 May.\", ", "");
        let m = messages(read_pack("a", &bad));
        assert!(
            m[0].starts_with("Scenario 1 (L1) facts.child_age: "),
            "{m:?}"
        );
        assert!(
            !m.iter().any(|m| m.contains('`')),
            "no serde quoting: {m:?}"
        );
        assert_eq!(m[1], "Scenario 1 (L1) learning point 1: needs \"text\".");
    }

    #[test]
    fn sizes_are_given_in_megabytes() {
        assert_eq!(
            too_large(5_242_880).text(),
            "The file is 5.2 MB. A scenario pack can be at most 1 MB."
        );
        assert_eq!(megabytes(12_400_000), "12 MB");
        assert_eq!(megabytes(1_000_001), "1 MB");
        let big = " ".repeat(MAX_BYTES + 1);
        assert_eq!(
            messages(read_pack("a", &big)),
            ["The file is more than 1 MB. A scenario pack can be at most 1 MB."]
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
    fn the_published_schema_is_up_to_date() {
        crate::assert_published_schema_is("scenario-pack.schema.json", &pack_schema());
    }
}
