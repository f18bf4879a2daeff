//! Draft files: everything typed so far (the assessment answers and the referral form) saved
//! to a file the practitioner keeps, and opened again later. The app stores nothing itself.
//!
//! A draft is JSON: `{"format": "referral-draft/1", "case_facts": …, "form": …, "checksum": …}`.
//! The checksum (FNV-1a, 64-bit, hex) is over the compact JSON of `case_facts` and `form`: it
//! catches a file damaged or edited outside the service. It is not a security control (anyone
//! can recompute it); the file is personal data and must be kept securely.

use super::model::{ReferralForm, MAX_CHILDREN};
use rules::CaseFacts;
use serde::{Deserialize, Serialize};

pub const DRAFT_FORMAT: &str = "referral-draft/1";
/// Larger files are refused before they are parsed.
pub const MAX_DRAFT_BYTES: usize = 1_000_000;

/// What a draft holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub case_facts: CaseFacts,
    pub form: ReferralForm,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DraftFile {
    format: String,
    case_facts: CaseFacts,
    form: ReferralForm,
    checksum: String,
}

/// Why a file could not be opened as a draft. Opening a draft either succeeds completely or
/// changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    TooLarge,
    /// Not JSON, or JSON without the draft format marker.
    NotADraft,
    /// A draft of another format version.
    WrongVersion,
    /// The right format, but its contents do not fit or the checksum does not match.
    Damaged,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn checksum(case_facts: &CaseFacts, form: &ReferralForm) -> String {
    let body = serde_json::to_string(&(case_facts, form)).unwrap_or_default();
    format!("{:016x}", fnv1a(body.as_bytes()))
}

/// The checksum a draft saved before places were held by code carries: each English area was
/// written as the name typed (`"english_local_authority":"Maidstone"`), which reading now
/// resolves to `{"code":…,"typed":"Maidstone"}`. Such files still open.
fn checksum_with_names(case_facts: &CaseFacts, form: &ReferralForm) -> Option<String> {
    let mut body = serde_json::to_string(&(case_facts, form)).ok()?;
    let mut changed = false;
    for place in [&case_facts.incident_place, &case_facts.residence] {
        if let Some(rules::Place::EnglishLocalAuthority(area)) = place {
            let typed = area.typed.as_deref()?;
            let now = serde_json::to_string(area).ok()?;
            let then = serde_json::to_string(typed).ok()?;
            body = body.replacen(&now, &then, 1);
            changed = true;
        }
    }
    changed.then(|| format!("{:016x}", fnv1a(body.as_bytes())))
}

/// The draft file's text.
pub fn draft_to_json(draft: &Draft) -> String {
    let file = DraftFile {
        format: DRAFT_FORMAT.into(),
        case_facts: draft.case_facts.clone(),
        form: draft.form.clone(),
        checksum: checksum(&draft.case_facts, &draft.form),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// Reads a draft file's text.
pub fn draft_from_json(text: &str) -> Result<Draft, DraftError> {
    if text.len() > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| DraftError::NotADraft)?;
    match value.get("format").and_then(|format| format.as_str()) {
        Some(DRAFT_FORMAT) => {}
        Some(other) if other.starts_with("referral-draft/") => {
            return Err(DraftError::WrongVersion)
        }
        _ => return Err(DraftError::NotADraft),
    }
    // Through text (not from_value), as the app reads facts elsewhere: one CaseFacts
    // deserializer in the wasm, and a smaller one for the form.
    let file: DraftFile = serde_json::to_string(&value)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .ok_or(DraftError::Damaged)?;
    let children = file.form.children.len();
    if !(1..=MAX_CHILDREN).contains(&children)
        || (file.checksum != checksum(&file.case_facts, &file.form)
            && Some(&file.checksum) != checksum_with_names(&file.case_facts, &file.form).as_ref())
    {
        return Err(DraftError::Damaged);
    }
    Ok(Draft {
        case_facts: file.case_facts,
        form: file.form,
    })
}
