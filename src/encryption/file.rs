//! An age file: a text header (the version line, one stanza per recipient wrapping the file
//! key, and a MAC over the header) then the payload (a nonce and the plaintext in 64 KiB
//! ChaCha20-Poly1305 chunks, the STREAM construction), as the age v1 specification sets out.

use super::keys::{Identity, Recipient};
use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use x25519_dalek::{x25519, X25519_BASEPOINT_BYTES};

const VERSION_LINE: &str = "age-encryption.org/v1";
const X25519_INFO: &[u8] = b"age-encryption.org/v1/X25519";
/// Plaintext bytes per payload chunk.
const CHUNK: usize = 64 * 1024;
/// Poly1305's tag.
const TAG: usize = 16;
/// Base64 characters per line of a stanza's body.
const COLUMNS: usize = 64;

/// Why a file could not be encrypted. Nothing is written then: never an unencrypted file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncryptError {
    /// No recipient to encrypt to.
    NoRecipient,
    /// The random generator gave nothing.
    NoRandomness,
    /// A recipient that no key can share a secret with (a low-order point).
    UnusableRecipient,
}

/// Why a file could not be decrypted. Nothing of a file that fails is returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecryptError {
    /// Not an age file.
    NotAgeFile,
    /// An ASCII-armoured age file (`age -a`, `-----BEGIN AGE ENCRYPTED FILE-----`).
    Armored,
    /// An age file of a version other than v1.
    UnsupportedVersion,
    /// Encrypted with a passphrase, not to a key.
    Passphrase,
    /// The header is not well formed, or the file ends early: damaged.
    Damaged,
    /// None of the identities opens it: the wrong key.
    WrongKey,
    /// It opens, but its header or its contents fail their authentication: changed since it
    /// was encrypted, or cut short.
    Tampered,
}

fn hkdf(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; 32] {
    let mut okm = [0u8; 32];
    // 32 bytes is always a valid HKDF-SHA-256 output length.
    let _ = Hkdf::<Sha256>::new(Some(salt), ikm).expand(info, &mut okm);
    okm
}

fn header_mac(file_key: &[u8; 16]) -> Hmac<Sha256> {
    let key = hkdf(&[], file_key, b"header");
    // HMAC takes a key of any length.
    <Hmac<Sha256> as Mac>::new_from_slice(&key).expect("HMAC takes any key length")
}

/// The STREAM nonce: an 11-byte big-endian chunk counter and the last-chunk flag.
fn stream_nonce(counter: u64, last: bool) -> Nonce {
    let mut nonce = [0u8; 12];
    nonce[3..11].copy_from_slice(&counter.to_be_bytes());
    nonce[11] = u8::from(last);
    nonce.into()
}

/// The key that wraps the file key for one recipient (X25519 then HKDF, salted with the
/// ephemeral share and the recipient).
fn wrap_key(shared: &[u8; 32], share: &[u8; 32], recipient: &[u8; 32]) -> [u8; 32] {
    let mut salt = [0u8; 64];
    salt[..32].copy_from_slice(share);
    salt[32..].copy_from_slice(recipient);
    hkdf(&salt, shared, X25519_INFO)
}

/// Writes one stanza: its arguments line, then its body in Base64 lines of 64 characters, the
/// last always shorter (empty if need be).
fn write_stanza(out: &mut String, arguments: &[&str], body: &[u8]) {
    out.push_str("->");
    for argument in arguments {
        out.push(' ');
        out.push_str(argument);
    }
    out.push('\n');
    let encoded = STANDARD_NO_PAD.encode(body);
    let mut rest = encoded.as_str();
    loop {
        let (line, tail) = rest.split_at(rest.len().min(COLUMNS));
        out.push_str(line);
        out.push('\n');
        if line.len() < COLUMNS {
            break;
        }
        rest = tail;
    }
}

/// Encrypts `plaintext` to every recipient. `random` fills a buffer from a cryptographic
/// random generator and says whether it could.
pub fn encrypt(
    plaintext: &[u8],
    recipients: &[Recipient],
    random: &mut dyn FnMut(&mut [u8]) -> bool,
) -> Result<Vec<u8>, EncryptError> {
    // `make bench` measures the on-demand module without the age code (see Cargo.toml).
    if recipients.is_empty() || cfg!(feature = "measure-without-encryption") {
        return Err(EncryptError::NoRecipient);
    }
    let mut fill = |buffer: &mut [u8]| {
        if random(buffer) && buffer.iter().any(|byte| *byte != 0) {
            Ok(())
        } else {
            Err(EncryptError::NoRandomness)
        }
    };
    let mut file_key = [0u8; 16];
    fill(&mut file_key)?;

    let mut header = String::from(VERSION_LINE);
    header.push('\n');
    for recipient in recipients {
        let mut ephemeral = [0u8; 32];
        fill(&mut ephemeral)?;
        let share = x25519(ephemeral, X25519_BASEPOINT_BYTES);
        let shared = x25519(ephemeral, recipient.0);
        if shared == [0u8; 32] {
            return Err(EncryptError::UnusableRecipient);
        }
        let key = wrap_key(&shared, &share, &recipient.0);
        let body = ChaCha20Poly1305::new(&key.into())
            .encrypt(&Nonce::default(), file_key.as_slice())
            .map_err(|_| EncryptError::UnusableRecipient)?;
        write_stanza(
            &mut header,
            &["X25519", &STANDARD_NO_PAD.encode(share)],
            &body,
        );
    }
    header.push_str("---");
    let mut mac = header_mac(&file_key);
    mac.update(header.as_bytes());
    header.push(' ');
    header.push_str(&STANDARD_NO_PAD.encode(mac.finalize().into_bytes()));
    header.push('\n');

    let mut nonce = [0u8; 16];
    fill(&mut nonce)?;
    let cipher = ChaCha20Poly1305::new(&hkdf(&nonce, &file_key, b"payload").into());
    let chunks: Vec<&[u8]> = if plaintext.is_empty() {
        vec![&[]]
    } else {
        plaintext.chunks(CHUNK).collect()
    };
    let mut out = Vec::with_capacity(header.len() + 16 + plaintext.len() + chunks.len() * TAG);
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(&nonce);
    for (counter, chunk) in chunks.iter().enumerate() {
        let last = counter + 1 == chunks.len();
        let sealed = cipher
            .encrypt(&stream_nonce(counter as u64, last), *chunk)
            .map_err(|_| EncryptError::NoRandomness)?;
        out.extend_from_slice(&sealed);
    }
    Ok(out)
}

/// One stanza of a header: its arguments (the first is its type) and its body.
struct Stanza<'a> {
    arguments: Vec<&'a str>,
    body: Vec<u8>,
}

/// Reads the header's lines from `data`: the stanzas, where the MAC line starts, the MAC, and
/// where the payload starts.
struct Header<'a> {
    stanzas: Vec<Stanza<'a>>,
    /// The header up to and including `---`: what the MAC covers.
    covered: &'a [u8],
    mac: Vec<u8>,
    payload: &'a [u8],
}

/// The next line of `data` from `at` (without its `\n`), and where the one after starts.
fn line(data: &[u8], at: usize) -> Result<(&str, usize), DecryptError> {
    let rest = data.get(at..).ok_or(DecryptError::Damaged)?;
    let end = rest
        .iter()
        .position(|byte| *byte == b'\n')
        .ok_or(DecryptError::Damaged)?;
    let text = std::str::from_utf8(&rest[..end]).map_err(|_| DecryptError::Damaged)?;
    Ok((text, at + end + 1))
}

/// Canonical unpadded Base64 (what age writes; anything else is a damaged header).
fn base64(text: &str) -> Result<Vec<u8>, DecryptError> {
    STANDARD_NO_PAD
        .decode(text)
        .map_err(|_| DecryptError::Damaged)
}

fn parse_header(data: &[u8]) -> Result<Header<'_>, DecryptError> {
    if data.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----") {
        return Err(DecryptError::Armored);
    }
    let (first, mut at) = line(data, 0).map_err(|_| {
        if data.starts_with(b"age-encryption.org/") {
            DecryptError::Damaged
        } else {
            DecryptError::NotAgeFile
        }
    })?;
    if first != VERSION_LINE {
        return Err(if first.starts_with("age-encryption.org/") {
            DecryptError::UnsupportedVersion
        } else {
            DecryptError::NotAgeFile
        });
    }
    let mut stanzas = Vec::new();
    loop {
        let start = at;
        let (text, next) = line(data, at)?;
        if let Some(mac) = text.strip_prefix("--- ") {
            return Ok(Header {
                stanzas,
                covered: &data[..start + 3],
                mac: base64(mac)?,
                payload: &data[next..],
            });
        }
        let arguments: Vec<&str> = text
            .strip_prefix("-> ")
            .ok_or(DecryptError::Damaged)?
            .split(' ')
            .collect();
        if arguments
            .iter()
            .any(|argument| argument.is_empty() || !argument.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err(DecryptError::Damaged);
        }
        at = next;
        let mut encoded = String::new();
        loop {
            let (body_line, next) = line(data, at)?;
            at = next;
            if body_line.len() > COLUMNS {
                return Err(DecryptError::Damaged);
            }
            encoded.push_str(body_line);
            if body_line.len() < COLUMNS {
                break;
            }
        }
        stanzas.push(Stanza {
            arguments,
            body: base64(&encoded)?,
        });
    }
}

/// The file key, if one of `identities` unwraps one of the X25519 stanzas.
fn unwrap_file_key(
    stanzas: &[Stanza<'_>],
    identities: &[Identity],
) -> Result<[u8; 16], DecryptError> {
    let mut tried = false;
    for stanza in stanzas {
        if stanza.arguments[0] != "X25519" {
            continue;
        }
        let share: [u8; 32] = match (stanza.arguments.as_slice(), stanza.body.len()) {
            ([_, share], 32) => base64(share)?
                .try_into()
                .map_err(|_| DecryptError::Damaged)?,
            _ => return Err(DecryptError::Damaged),
        };
        tried = true;
        for identity in identities {
            let shared = x25519(identity.0, share);
            if shared == [0u8; 32] {
                return Err(DecryptError::Damaged);
            }
            let key = wrap_key(&shared, &share, &identity.to_recipient().0);
            if let Ok(file_key) = ChaCha20Poly1305::new(&key.into())
                .decrypt(&Nonce::default(), stanza.body.as_slice())
            {
                return file_key.try_into().map_err(|_| DecryptError::Damaged);
            }
        }
    }
    if !tried && stanzas.iter().any(|s| s.arguments[0] == "scrypt") {
        return Err(DecryptError::Passphrase);
    }
    Err(DecryptError::WrongKey)
}

/// Decrypts an age file with any of `identities`. Returns the plaintext only if the header's
/// MAC and every chunk of the payload authenticate.
pub fn decrypt(file: &[u8], identities: &[Identity]) -> Result<Vec<u8>, DecryptError> {
    if cfg!(feature = "measure-without-encryption") {
        return Err(DecryptError::NotAgeFile);
    }
    let header = parse_header(file)?;
    let file_key = unwrap_file_key(&header.stanzas, identities)?;
    let mut mac = header_mac(&file_key);
    mac.update(header.covered);
    mac.verify_slice(&header.mac)
        .map_err(|_| DecryptError::Tampered)?;

    let (nonce, sealed) = header
        .payload
        .split_at_checked(16)
        .ok_or(DecryptError::Tampered)?;
    if sealed.is_empty() {
        return Err(DecryptError::Tampered);
    }
    let cipher = ChaCha20Poly1305::new(&hkdf(nonce, &file_key, b"payload").into());
    let chunks: Vec<&[u8]> = sealed.chunks(CHUNK + TAG).collect();
    let mut plaintext = Vec::with_capacity(sealed.len());
    for (counter, chunk) in chunks.iter().enumerate() {
        let last = counter + 1 == chunks.len();
        let opened = cipher
            .decrypt(&stream_nonce(counter as u64, last), *chunk)
            .map_err(|_| DecryptError::Tampered)?;
        // Only a file with no plaintext at all ends with an empty chunk.
        if last && opened.is_empty() && counter > 0 {
            return Err(DecryptError::Tampered);
        }
        plaintext.extend_from_slice(&opened);
    }
    Ok(plaintext)
}
