//! age's X25519 keys as text: a recipient (the public key, `age1…`, Bech32 with the
//! human-readable part `age`) and an identity (the secret key, `AGE-SECRET-KEY-1…`, upper-case
//! Bech32), and the identity file `age-keygen` writes.

use bech32::primitives::decode::CheckedHrpstring;
use bech32::{Bech32, Hrp};
use std::fmt;
use x25519_dalek::{x25519, X25519_BASEPOINT_BYTES};

const RECIPIENT_HRP: &str = "age";
const IDENTITY_HRP: &str = "age-secret-key-";

/// A recipient's public key: files encrypted to it open only with its identity.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Recipient(pub(super) [u8; 32]);

/// A secret key (what opens files encrypted to its recipient). Its `Debug` does not show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Identity(pub(super) [u8; 32]);

/// Why a text is not an age X25519 recipient, for whoever typed it into a configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientProblem {
    Empty,
    /// An identity (`AGE-SECRET-KEY-1…`): the secret half, which must never be published.
    SecretKey,
    /// An SSH public key (`ssh-ed25519 …`, `ssh-rsa …`): age can use them, this tool cannot.
    SshKey,
    /// A plugin's recipient (`age1yubikey1…` and the like): needs the plugin to encrypt.
    Plugin,
    /// Not `age1…` at all.
    NotAge,
    /// Starts like one, but a character, the length or the checksum is wrong (a typing mistake
    /// or a partial copy).
    Damaged,
}

impl RecipientProblem {
    /// The problem in words for a site's web manager (after the recipient, in quotation marks).
    pub fn describe(self) -> &'static str {
        match self {
            RecipientProblem::Empty => "is empty: give the public key that age-keygen printed (it starts age1).",
            RecipientProblem::SecretKey => "is a secret key (AGE-SECRET-KEY-1…), not a public one. Never publish it: remove it from the configuration now, make a new key, and give its public key (age1…) instead.",
            RecipientProblem::SshKey => "is an SSH key: give an age public key (age1…, made with age-keygen or this tool's \u{2018}Create your partnership\u{2019}s key\u{2019}).",
            RecipientProblem::Plugin => "is an age plugin's key (for example a YubiKey's): this tool can only encrypt to age's own keys (age1… made by age-keygen).",
            RecipientProblem::NotAge => "is not an age public key: it must start age1, as age-keygen prints it.",
            RecipientProblem::Damaged => "is not a valid age public key: a character is wrong or missing (its checksum does not match). Copy it again from the key file's \u{2018}public key\u{2019} line.",
        }
    }
}

/// Decodes Bech32 (not Bech32m) text with the human-readable part `hrp` into 32 bytes.
fn decode32(text: &str, hrp: &str) -> Option<[u8; 32]> {
    let checked = CheckedHrpstring::new::<Bech32>(text).ok()?;
    if checked.hrp().to_lowercase() != hrp {
        return None;
    }
    let bytes: Vec<u8> = checked.byte_iter().collect();
    let key: [u8; 32] = bytes.try_into().ok()?;
    // One spelling per key: re-encoding gives back what was read (no stray padding bits).
    let again = bech32::encode_lower::<Bech32>(Hrp::parse(hrp).ok()?, &key).ok()?;
    (again == text.to_ascii_lowercase()).then_some(key)
}

impl Recipient {
    /// Reads a recipient (`age1…`; surrounding spaces are ignored).
    pub fn parse(text: &str) -> Result<Recipient, RecipientProblem> {
        // `make bench` measures the on-demand module without the age code (see Cargo.toml).
        if cfg!(feature = "measure-without-encryption") {
            return Err(RecipientProblem::Damaged);
        }
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        if text.is_empty() {
            return Err(RecipientProblem::Empty);
        }
        if lower.starts_with("age-secret-key-") {
            return Err(RecipientProblem::SecretKey);
        }
        if lower.starts_with("ssh-") || lower.starts_with("ecdsa-") {
            return Err(RecipientProblem::SshKey);
        }
        if !lower.starts_with("age1") {
            return Err(RecipientProblem::NotAge);
        }
        // A plugin's recipient has a longer human-readable part, age1<name>1<data> (Bech32's
        // data characters never include 1).
        if lower[4..].contains('1') {
            return Err(RecipientProblem::Plugin);
        }
        decode32(text, RECIPIENT_HRP)
            .map(Recipient)
            .ok_or(RecipientProblem::Damaged)
    }
}

/// A configuration's list of recipients: every one must be valid (a list with a bad key is
/// refused whole, never used in part); an empty list gives none.
pub fn parse_recipients(list: &[String]) -> Result<Vec<Recipient>, RecipientProblem> {
    list.iter().map(|text| Recipient::parse(text)).collect()
}

impl fmt::Display for Recipient {
    /// The recipient as `age-keygen` prints it (`age1…`, lower case).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hrp = Hrp::parse(RECIPIENT_HRP).map_err(|_| fmt::Error)?;
        let text = bech32::encode_lower::<Bech32>(hrp, &self.0).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl fmt::Debug for Recipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recipient({self})")
    }
}

impl Identity {
    /// An identity from 32 random bytes (X25519 clamps them when they are used).
    pub fn from_secret(secret: [u8; 32]) -> Identity {
        Identity(secret)
    }

    /// Reads one identity line (`AGE-SECRET-KEY-1…`).
    pub fn parse(text: &str) -> Option<Identity> {
        let text = text.trim();
        if !text.to_ascii_lowercase().starts_with(IDENTITY_HRP) {
            return None;
        }
        decode32(text, IDENTITY_HRP).map(Identity)
    }

    /// Its recipient: the public key to give to whoever sends files to this identity.
    pub fn to_recipient(&self) -> Recipient {
        Recipient(x25519(self.0, X25519_BASEPOINT_BYTES))
    }

    /// The identity as `age-keygen` writes it (`AGE-SECRET-KEY-1…`, upper case).
    pub fn to_secret_string(&self) -> String {
        Hrp::parse(IDENTITY_HRP)
            .ok()
            .and_then(|hrp| bech32::encode_upper::<Bech32>(hrp, &self.0).ok())
            .unwrap_or_default()
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Identity(for {})", self.to_recipient())
    }
}

/// A new identity from 32 bytes of the browser's (or any cryptographic) random generator.
pub fn generate_identity(random: [u8; 32]) -> Identity {
    Identity::from_secret(random)
}

/// An identity file in `age-keygen`'s layout: when it was made (RFC 3339), its public key, and
/// the secret key. `age -d -i` and `rage -d -i` read it.
pub fn identity_file(identity: &Identity, created: &str) -> String {
    format!(
        "# created: {created}\n# public key: {}\n{}\n",
        identity.to_recipient(),
        identity.to_secret_string()
    )
}

/// Why an identity file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentityFileError {
    /// No identity in it (empty, or only comments).
    NoIdentity,
    /// Line `line` (from 1) is neither a comment (`#…`), blank, nor an `AGE-SECRET-KEY-1…` key:
    /// perhaps another kind of file, or a damaged key. (The line itself is never repeated: it
    /// may be a secret.)
    NotAnIdentity { line: usize },
}

/// Reads an identity file: `AGE-SECRET-KEY-1…` lines; blank lines and `#` comments are ignored
/// (as `age` does).
pub fn parse_identities(text: &str) -> Result<Vec<Identity>, IdentityFileError> {
    let mut identities = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match Identity::parse(line) {
            Some(identity) => identities.push(identity),
            None => return Err(IdentityFileError::NotAnIdentity { line: index + 1 }),
        }
    }
    if identities.is_empty() {
        Err(IdentityFileError::NoIdentity)
    } else {
        Ok(identities)
    }
}
