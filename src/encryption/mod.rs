//! The age file format (<https://age-encryption.org/v1>, X25519 recipients), written from its
//! specification on the RustCrypto primitives: encrypting bytes to one or more recipients'
//! public keys (`age1…`), decrypting with an identity file (`AGE-SECRET-KEY-1…` lines, as
//! `age-keygen` writes it), making a new identity, and reading a recipient with a clear problem
//! when it is not one. Files made here open with the `age` and `rage` command-line tools, and
//! theirs open here (the tests check both ways with the real `age`).
//!
//! Pure and host-tested: randomness is passed in (the browser's `crypto.getRandomValues` in the
//! app, [`browser_random`]), nothing is stored, nothing is sent. Only the pages that make or
//! open an encrypted file call this, so none of it is in the first load (the shell never does).
//!
//! Not supported (each refused with its own error, never misread): passphrase files (scrypt),
//! SSH and plugin recipients, and ASCII-armoured files (`age -a`).

mod file;
mod keys;

pub use file::{decrypt, encrypt, DecryptError, EncryptError};
pub use keys::{
    generate_identity, identity_file, parse_identities, parse_recipients, Identity,
    IdentityFileError, Recipient, RecipientProblem,
};

/// Fills `bytes` from the browser's cryptographic random generator; `false` if there is none
/// (then nothing may be encrypted: zeros are not a key). Browser only.
pub fn browser_random(bytes: &mut [u8]) -> bool {
    let Ok(crypto) = leptos::prelude::window().crypto() else {
        return false;
    };
    // getRandomValues fills at most 65,536 bytes a call.
    bytes
        .chunks_mut(65_536)
        .all(|chunk| crypto.get_random_values_with_u8_array(chunk).is_ok())
}

#[cfg(test)]
mod tests;
