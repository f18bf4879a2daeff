//! The published JSON Schemas must equal the ones generated from the types.
//! Regenerate with `make schema` (or `cargo run -q -p rules --bin schema`).

use std::path::Path;

fn published(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../public/schema")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn case_facts_schema_is_up_to_date() {
    assert!(
        published("case-facts.schema.json") == rules::case_facts_schema(),
        "public/schema/case-facts.schema.json is stale: run `make schema`"
    );
}

#[test]
fn assessment_schema_is_up_to_date() {
    assert!(
        published("assessment.schema.json") == rules::assessment_schema(),
        "public/schema/assessment.schema.json is stale: run `make schema`"
    );
}

#[test]
fn saved_assessment_schema_is_up_to_date() {
    assert!(
        published("assessment-record.schema.json") == rules::record::saved_assessment_schema(),
        "public/schema/assessment-record.schema.json is stale: run `make schema`"
    );
}

/// Every scenario's facts validate structurally: required keys of the schema are all
/// optional (every question may be unanswered) and unknown fields are refused.
#[test]
fn case_facts_schema_describes_every_field_and_refuses_unknown_ones() {
    let v: serde_json::Value = serde_json::from_str(&rules::case_facts_schema()).unwrap();
    assert_eq!(v["additionalProperties"], serde_json::json!(false));
    let props = v["properties"].as_object().unwrap();
    assert_eq!(props.len(), rules::Question::ALL.len());
    for (k, p) in props {
        assert!(p.get("description").is_some(), "{k} has no description");
    }
    assert!(v
        .get("required")
        .is_none_or(|r| r.as_array().unwrap().is_empty()));
}
