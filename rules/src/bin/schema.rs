//! Regenerate the published JSON Schemas:
//! `cargo run -q -p rules --bin schema` (from the repository root) writes
//! `public/schema/case-facts.schema.json`, `public/schema/assessment.schema.json` and
//! `public/schema/assessment-record.schema.json`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../public/schema");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("schema: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for (name, text) in [
        ("case-facts.schema.json", rules::case_facts_schema()),
        ("assessment.schema.json", rules::assessment_schema()),
        (
            "assessment-record.schema.json",
            rules::record::saved_assessment_schema(),
        ),
    ] {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("schema: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
