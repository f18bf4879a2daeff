//! Data-driven scenario tests: every `tests/scenarios/<ID>.facts.json` is assessed and
//! checked against `<ID>.expect.json`; every scenario in scenarios.md has a file; the CLI
//! assesses every facts file and prints exactly the library's assessment.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

fn scenario_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir())
        .expect("tests/scenarios exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".facts.json"))
                .map(str::to_string)
        })
        .collect();
    ids.sort();
    ids
}

fn load(id: &str) -> (rules::CaseFacts, Value) {
    let facts_text = std::fs::read_to_string(dir().join(format!("{id}.facts.json"))).unwrap();
    let expect_text = std::fs::read_to_string(dir().join(format!("{id}.expect.json"))).unwrap();
    let facts: rules::CaseFacts =
        serde_json::from_str(&facts_text).unwrap_or_else(|e| panic!("{id}: bad facts: {e}"));
    (facts, serde_json::from_str(&expect_text).unwrap())
}

fn status_name(a: &Value) -> String {
    match &a["panel_notification"]["status"] {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.keys().next().cloned().unwrap_or_default(),
        _ => String::new(),
    }
}

/// An area as its proper name (`{"incident_area": {"code": …, "name": "Kent County Council"}}`
/// → `{"incident_area": "Kent County Council"}`), as the expectations write it.
fn names(v: &Value) -> Value {
    match v {
        Value::Object(o) if o.contains_key("code") => o["name"].clone(),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), names(v))).collect()),
        other => other.clone(),
    }
}

fn check(id: &str, a: &Value, e: &Value) {
    let ctx = |what: &str| format!("{id}: {what}");
    if let Some(p) = e.get("panel") {
        assert_eq!(json!(status_name(a)), *p, "{}", ctx("panel status"));
    }
    if let Some(d) = e.get("duty_holder") {
        assert_eq!(
            names(&a["panel_notification"]["duty_holder"]),
            *d,
            "{}",
            ctx("duty holder")
        );
    }
    let deadline = |kind: &str| {
        a["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["kind"] == kind)
            .cloned()
    };
    if let Some(ds) = e.get("deadlines").and_then(Value::as_object) {
        for (kind, due) in ds {
            let d = deadline(kind)
                .unwrap_or_else(|| panic!("{}", ctx(&format!("missing deadline {kind}"))));
            let got = match &d["due"] {
                Value::Object(o) => o.get("on").cloned().unwrap_or(Value::Null),
                other => other.clone(),
            };
            assert_eq!(got, *due, "{}", ctx(&format!("deadline {kind}")));
        }
    }
    for kind in e
        .get("deadlines_absent")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            deadline(kind.as_str().unwrap()).is_none(),
            "{}",
            ctx(&format!("unexpected deadline {kind}"))
        );
    }
    let process = |kind: &str| {
        a["other_processes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["kind"] == kind)
            .cloned()
    };
    if let Some(ps) = e.get("processes").and_then(Value::as_object) {
        for (kind, applies) in ps {
            let p = process(kind)
                .unwrap_or_else(|| panic!("{}", ctx(&format!("missing process {kind}"))));
            assert_eq!(
                p["applies"],
                *applies,
                "{}",
                ctx(&format!("process {kind}"))
            );
        }
    }
    for kind in e
        .get("processes_absent")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            process(kind.as_str().unwrap()).is_none(),
            "{}",
            ctx(&format!("unexpected process {kind}"))
        );
    }
    if let Some(routes) = e.get("routes") {
        let got: Vec<Value> = a["routes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["kind"].clone())
            .collect();
        assert_eq!(Value::Array(got), *routes, "{}", ctx("routes"));
    }
    if let Some(rr) = e.get("rapid_review") {
        assert_eq!(a["rapid_review"]["applies"], *rr, "{}", ctx("rapid review"));
    }
    if let Some(lead) = e.get("rapid_review_lead") {
        assert_eq!(
            names(&a["rapid_review"]["lead_area"]),
            *lead,
            "{}",
            ctx("rapid review lead")
        );
    }
    if let Some(c) = e.get("rapid_review_collaborate_with") {
        assert_eq!(
            names(&a["rapid_review"]["collaborate_with"]),
            *c,
            "{}",
            ctx("rapid review collaboration")
        );
    }
    if let Some(lr) = e.get("local_review") {
        assert_eq!(a["local_review"]["applies"], *lr, "{}", ctx("local review"));
    }
    for id2 in e
        .get("lcspr_considerations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            a["local_review"]["additional_considerations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["id"] == *id2),
            "{}",
            ctx(&format!("missing LCSPR consideration {id2}"))
        );
    }
    for k in e
        .get("prompts")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            a["judgement_prompts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["kind"] == *k),
            "{}",
            ctx(&format!("missing prompt {k}"))
        );
    }
    if let Some(ll) = e.get("local_learning") {
        assert_eq!(
            !a["local_learning"].is_null(),
            ll.as_bool().unwrap(),
            "{}",
            ctx("local learning")
        );
    }
    if let Some(c) = e.get("can_notify_panel") {
        assert_eq!(
            a["next_steps"]["can_notify_panel"],
            *c,
            "{}",
            ctx("can notify")
        );
    }
    for q in e
        .get("still_needed_includes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            a["still_needed"].as_array().unwrap().contains(q),
            "{}",
            ctx(&format!("still_needed lacks {q}"))
        );
    }
    if let Some(cs) = e.get("conditions").and_then(Value::as_object) {
        for (cond, state) in cs {
            let c = a["panel_notification"]["conditions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["condition"] == *cond)
                .unwrap();
            assert_eq!(c["state"], *state, "{}", ctx(&format!("condition {cond}")));
        }
    }
}

#[test]
fn every_scenario_meets_its_expectations() {
    let ids = scenario_ids();
    assert!(
        ids.len() >= 14,
        "expected at least 14 scenario files, found {}",
        ids.len()
    );
    for id in &ids {
        let (facts, expect) = load(id);
        let a = serde_json::to_value(rules::assess(&facts)).unwrap();
        check(id, &a, &expect);
    }
}

/// The IDs the brief names (S01, S03, S04, S07, S08, S10, S11, S13, S17, S23 and the
/// variations S08b, S10b, S11b, S13b), used if scenarios.md is not present.
const KNOWN_IDS: [&str; 14] = [
    "S01", "S03", "S04", "S07", "S08", "S08b", "S10", "S10b", "S11", "S11b", "S13", "S13b", "S17",
    "S23",
];

fn ids_in_scenarios_md(text: &str) -> BTreeSet<String> {
    let token = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect()
    };
    let mut ids = BTreeSet::new();
    for line in text.lines() {
        // "## S01 — ..." headings.
        if let Some(rest) = line.strip_prefix("## S") {
            ids.insert(format!("S{}", token(rest)));
        }
        // "Variation S08b: ..." mentions.
        for (pos, _) in line.match_indices("Variation S") {
            ids.insert(format!("S{}", token(&line[pos + "Variation S".len()..])));
        }
    }
    ids
}

#[test]
fn every_scenario_in_scenarios_md_has_a_file() {
    let files: BTreeSet<String> = scenario_ids().into_iter().collect();
    let md = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/scenarios.md");
    let wanted: BTreeSet<String> = match std::fs::read_to_string(&md) {
        Ok(text) => {
            let ids = ids_in_scenarios_md(&text);
            assert!(
                ids.contains("S01") && ids.contains("S08b"),
                "parsed {ids:?}"
            );
            ids
        }
        Err(_) => {
            eprintln!(
                "note: {} not found; checking the built-in list",
                md.display()
            );
            KNOWN_IDS.iter().map(|s| s.to_string()).collect()
        }
    };
    for id in KNOWN_IDS {
        assert!(files.contains(id), "no scenario file for {id}");
    }
    for id in &wanted {
        assert!(
            files.contains(id),
            "scenarios.md has {id} but tests/scenarios has no {id}.facts.json"
        );
    }
}

#[test]
fn the_cli_assesses_every_scenario_file() {
    for id in scenario_ids() {
        let path = dir().join(format!("{id}.facts.json"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
            .arg(&path)
            .output()
            .expect("run the assess binary");
        assert!(
            out.status.success(),
            "{id}: exit {:?}: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let printed: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
        let (facts, _) = load(&id);
        assert_eq!(
            printed,
            serde_json::to_value(rules::assess(&facts)).unwrap(),
            "{id}"
        );
    }
}

/// A saved assessment (the app's "Save as a file") is reproduced by the CLI: the same
/// assessment printed, exit 0; one the rules would not give is reported with exit 3.
#[test]
fn the_cli_reproduces_a_saved_assessment() {
    let (facts, _) = load("S01");
    let saved = rules::record::SavedAssessment::new(&facts, "2026-11-26T09:00:00.000Z");
    assert!(saved.reproduces());
    let out = cli_with_stdin(&serde_json::to_string(&saved).unwrap());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, serde_json::to_value(&saved.assessment).unwrap());
    let mut changed = saved.clone();
    changed.assessment.deadlines.clear();
    assert!(!changed.reproduces());
    let out = cli_with_stdin(&serde_json::to_string(&changed).unwrap());
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not give the saved assessment"));
}

#[test]
fn the_cli_reads_stdin() {
    let out = cli_with_stdin("{}");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["panel_notification"]["status"]["cannot_tell_yet"].is_object());
}

/// The `assess` binary run on `input` given on standard input (`-`).
fn cli_with_stdin(input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn cli_error(input: &str) -> (i32, String) {
    let out = cli_with_stdin(input);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_cli_rejects_malformed_input_naming_the_field() {
    let cases = [
        ("{not json", "line 1"),
        (r#"{"bogus": 1}"#, "bogus"),
        (r#"{"event": "dead"}"#, "event"),
        (r#"{"la_aware_date": "2024-02-30"}"#, "la_aware_date"),
        (
            r#"{"incident_place": {"english_local_authority": 5}}"#,
            "incident_place.english_local_authority",
        ),
        (r#"{"child_age": {"age_in_years": -1}}"#, "child_age"),
    ];
    for (input, field) in cases {
        let (code, err) = cli_error(input);
        assert_eq!(code, 2, "{input}: {err}");
        assert!(
            err.contains(field),
            "{input}: message {err:?} should name {field}"
        );
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("/nonexistent/facts.json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
}

#[test]
fn the_cli_takes_names_or_codes_and_refuses_an_unknown_name_with_suggestions() {
    // A name, as files were written before codes, a code, and a name with its code.
    for place in [
        r#""Maidstone""#,
        r#""E07000110""#,
        r#""E10000016""#,
        r#"{"code": "E10000016", "typed": "Maidstone"}"#,
    ] {
        let input = format!(
            r#"{{"asker": "health", "event": "serious_harm", "incident_date": "2026-05-01", "incident_place": {{"english_local_authority": {place}}}}}"#
        );
        let out = cli_with_stdin(&input);
        assert!(
            out.status.success(),
            "{place}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let holder = &v["panel_notification"]["duty_holder"]["incident_area"];
        assert_eq!(holder["code"], "E10000016", "{place}");
        assert_eq!(holder["name"], "Kent County Council", "{place}");
    }
    let (code, err) = cli_error(r#"{"incident_place": {"english_local_authority": "Maidstne"}}"#);
    assert_eq!(code, 2);
    assert!(
        err.contains("incident_place.english_local_authority")
            && err.contains("did you mean Maidstone"),
        "{err}"
    );
    // An abolished county split in two: the question, naming the successors' codes.
    let (code, err) = cli_error(
        r#"{"incident_date": "2024-01-05", "residence": {"english_local_authority": "Cumbria"}}"#,
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("residence.english_local_authority: Cumbria was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness")
            && err.contains("E06000063 (Cumberland)"),
        "{err}"
    );
    // Wales is a route of its own.
    let (code, err) = cli_error(r#"{"incident_place": {"english_local_authority": "Cardiff"}}"#);
    assert_eq!(code, 2);
    assert!(
        err.contains("Cardiff is in Wales, not England: write \"wales\" instead"),
        "{err}"
    );
}
