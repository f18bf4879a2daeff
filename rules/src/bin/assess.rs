//! `assess FILE` (or `-` for stdin): read case facts as JSON, print the assessment as pretty
//! JSON. Exit 0 on success; exit 2 with a message naming the field path on malformed input.

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
