//! `assess FILE` (or `-` for stdin): read case facts as JSON, print the assessment as pretty
//! JSON. Exit 0 on success; exit 2 with a message naming the field path on malformed input.
//! FILE may also be an assessment saved by the app ("Save as a file", `assessment-record/1`):
//! its case facts are assessed again and, if this rule set does not give exactly the saved
//! assessment, that is said on standard error and the exit code is 3.

use std::io::Read;
use std::process::ExitCode;

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("assess: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        return fail("usage: assess FILE   (a case-facts JSON file, or - for standard input)");
    };
    let text = if path == "-" {
        let mut s = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut s) {
            return fail(format!("cannot read standard input: {e}"));
        }
        s
    } else {
        match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => return fail(format!("cannot read {path:?}: {e}")),
        }
    };
    let saved: Option<serde_json::Value> = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .filter(|v| v.get("format").and_then(|f| f.as_str()) == Some(rules::record::FORMAT));
    if let Some(value) = saved {
        let record: rules::record::SavedAssessment = match serde_path_to_error::deserialize(value) {
            Ok(r) => r,
            Err(e) => {
                return fail(format!(
                    "invalid saved assessment at {}: {}",
                    e.path(),
                    e.inner()
                ))
            }
        };
        let assessment = rules::assess(&record.case_facts);
        return match serde_json::to_string_pretty(&assessment) {
            Ok(s) => {
                println!("{s}");
                if assessment == record.assessment {
                    ExitCode::SUCCESS
                } else {
                    eprintln!(
                        "assess: this rule set ({}) does not give the saved assessment (made with {})",
                        assessment.rule_set.version, record.assessment.rule_set.version
                    );
                    ExitCode::from(3)
                }
            }
            Err(e) => fail(format!("cannot write the assessment: {e}")),
        };
    }
    let de = &mut serde_json::Deserializer::from_str(&text);
    let facts: rules::CaseFacts = match serde_path_to_error::deserialize(de) {
        Ok(f) => f,
        Err(e) => {
            let at = e.path().to_string();
            let at = if at == "." {
                "(top level)".to_string()
            } else {
                at
            };
            return fail(format!("invalid case facts at {at}: {}", e.inner()));
        }
    };
    let assessment = rules::assess(&facts);
    match serde_json::to_string_pretty(&assessment) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("cannot write the assessment: {e}")),
    }
}
