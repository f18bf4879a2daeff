//! A saved assessment: the case facts and the assessment made from them, with the same
//! `case_facts` and `assessment` the referral embeds. A decision log anyone can reproduce:
//! `assess` reads the file, assesses the facts again and says whether it gets the same.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{assess, Assessment, CaseFacts};

/// The format name and version written in every saved assessment.
pub const FORMAT: &str = "assessment-record/1";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SavedAssessment {
    /// Always `assessment-record/1` for this version of the format.
    pub format: String,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
    /// The answers.
    pub case_facts: CaseFacts,
    /// `assess(case_facts)` when it was saved, with the rule set that made it.
    pub assessment: Assessment,
}

impl SavedAssessment {
    /// A record of `facts` assessed now.
    pub fn new(facts: &CaseFacts, saved_at: impl Into<String>) -> SavedAssessment {
        SavedAssessment {
            format: FORMAT.into(),
            saved_at: saved_at.into(),
            case_facts: facts.clone(),
            assessment: assess(facts),
        }
    }

    /// Whether this rule set gives exactly the saved assessment for the saved facts.
    pub fn reproduces(&self) -> bool {
        assess(&self.case_facts) == self.assessment
    }
}

/// The JSON Schema of [`SavedAssessment`], as published in
/// `public/schema/assessment-record.schema.json`.
pub fn saved_assessment_schema() -> String {
    let schema = schemars::schema_for!(SavedAssessment);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
