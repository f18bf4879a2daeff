use super::*;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A deterministic stand-in for the browser's random generator (tests only).
fn counter_random(seed: u8) -> impl FnMut(&mut [u8]) -> bool {
    let mut state = u64::from(seed) + 1;
    move |buffer: &mut [u8]| {
        for byte in buffer.iter_mut() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            *byte = (state >> 33) as u8;
        }
        true
    }
}

fn identity(seed: u8) -> Identity {
    let mut secret = [0u8; 32];
    counter_random(seed)(&mut secret);
    generate_identity(secret)
}

fn encrypt_to(plaintext: &[u8], recipients: &[Recipient]) -> Vec<u8> {
    encrypt(plaintext, recipients, &mut counter_random(99)).unwrap()
}

/// A file `age-keygen` made, and a file `age` (1.x, the Go reference implementation) encrypted
/// to its public key: the plaintext below, with no newline.
const AGE_KEYGEN_FILE: &str = include_str!("testdata/age-keygen.txt");
const AGE_ENCRYPTED: &[u8] = include_bytes!("testdata/by-age.age");
const AGE_PLAINTEXT: &str = "{\"format\":\"referral/1\",\"made_by\":\"age 1.x\"}";

#[test]
fn what_is_encrypted_decrypts_to_the_same_bytes_for_every_recipient() {
    let (first, second) = (identity(1), identity(2));
    let recipients = [first.to_recipient(), second.to_recipient()];
    for size in [0, 1, 100, 65_535, 65_536, 65_537, 3 * 65_536, 200_000] {
        let plaintext: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
        let file = encrypt_to(&plaintext, &recipients);
        assert!(file.starts_with(b"age-encryption.org/v1\n-> X25519 "));
        for who in [&first, &second] {
            assert_eq!(
                decrypt(&file, std::slice::from_ref(who)).unwrap(),
                plaintext,
                "{size}"
            );
        }
    }
}

#[test]
fn the_wrong_key_and_no_key_open_nothing() {
    let file = encrypt_to(b"secret", &[identity(1).to_recipient()]);
    assert_eq!(decrypt(&file, &[identity(3)]), Err(DecryptError::WrongKey));
    assert_eq!(decrypt(&file, &[]), Err(DecryptError::WrongKey));
    // Among several identities, the right one is found.
    assert_eq!(
        decrypt(&file, &[identity(3), identity(1)]).unwrap(),
        b"secret"
    );
}

#[test]
fn any_changed_byte_or_a_cut_file_is_refused() {
    let key = identity(1);
    let plaintext = vec![7u8; 70_000];
    let file = encrypt_to(&plaintext, &[key.to_recipient()]);
    let header_end = file.windows(4).position(|w| w == b"--- ").unwrap();
    // Every byte of the header's arguments and MAC, and a sample of the payload's.
    let positions = (22..file.len())
        .filter(|&at| at < header_end + 60 || at % 997 == 0)
        .collect::<Vec<_>>();
    for at in positions {
        let mut changed = file.clone();
        changed[at] ^= 0x01;
        let result = decrypt(&changed, std::slice::from_ref(&key));
        assert!(result.is_err(), "a change at byte {at} went unnoticed");
    }
    for cut in [
        file.len() - 1,
        file.len() - 17,
        header_end + 70,
        header_end + 48 + 16,
    ] {
        assert!(
            decrypt(&file[..cut], std::slice::from_ref(&key)).is_err(),
            "cut at {cut}"
        );
    }
    // A whole chunk taken off the end: the file now ends on a chunk not marked last.
    let chunked = encrypt_to(&vec![1u8; 2 * 65_536 + 10], &[key.to_recipient()]);
    let shorter = &chunked[..chunked.len() - (10 + 16)];
    assert_eq!(
        decrypt(shorter, std::slice::from_ref(&key)),
        Err(DecryptError::Tampered)
    );
}

#[test]
fn other_files_are_named_for_what_they_are() {
    let key = [identity(1)];
    assert_eq!(decrypt(b"{\"a\":1}", &key), Err(DecryptError::NotAgeFile));
    assert_eq!(decrypt(b"", &key), Err(DecryptError::NotAgeFile));
    assert_eq!(
        decrypt(b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n", &key),
        Err(DecryptError::Armored)
    );
    assert_eq!(
        decrypt(b"age-encryption.org/v2\n-> X 1\n\n--- x\n", &key),
        Err(DecryptError::UnsupportedVersion)
    );
    assert_eq!(
        decrypt(b"age-encryption.org/v1\n-> X25519\n", &key),
        Err(DecryptError::Damaged)
    );
    let scrypt = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\nOVzJ2jj0DtPYHJMNUMdTtrHS0CFGRhVzP3cnOoIOPEQ\n--- 2jyGcUIrFEwBm/JMUB55SrOCNDIY+sgIq+NaTIOakOQ\npayload";
    assert_eq!(decrypt(scrypt, &key), Err(DecryptError::Passphrase));
}

#[test]
fn encrypting_needs_a_recipient_and_randomness() {
    let recipient = [identity(1).to_recipient()];
    assert_eq!(
        encrypt(b"x", &[], &mut counter_random(1)),
        Err(EncryptError::NoRecipient)
    );
    assert_eq!(
        encrypt(b"x", &recipient, &mut |_: &mut [u8]| false),
        Err(EncryptError::NoRandomness)
    );
    // A generator that gives only zeros has failed (a zero file key would be no secret).
    assert_eq!(
        encrypt(b"x", &recipient, &mut |buffer: &mut [u8]| {
            buffer.fill(0);
            true
        }),
        Err(EncryptError::NoRandomness)
    );
}

#[test]
fn recipients_are_read_with_a_clear_problem() {
    let recipient = identity(5).to_recipient();
    let text = recipient.to_string();
    assert!(text.starts_with("age1") && text.len() == 62, "{text}");
    assert_eq!(Recipient::parse(&text), Ok(recipient));
    assert_eq!(Recipient::parse(&format!("  {text}\n")), Ok(recipient));
    assert_eq!(Recipient::parse(&text.to_ascii_uppercase()), Ok(recipient));
    assert_eq!(Recipient::parse(""), Err(RecipientProblem::Empty));
    assert_eq!(
        Recipient::parse(&identity(5).to_secret_string()),
        Err(RecipientProblem::SecretKey)
    );
    assert_eq!(
        Recipient::parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx user@host"),
        Err(RecipientProblem::SshKey)
    );
    assert_eq!(
        Recipient::parse("age1yubikey1q2w3e4r5t6y7u8i9o0p"),
        Err(RecipientProblem::Plugin)
    );
    assert_eq!(
        Recipient::parse("https://example.org/key"),
        Err(RecipientProblem::NotAge)
    );
    // One character changed, one left off, one added, mixed case: the checksum says so.
    let swapped = {
        let mut chars: Vec<char> = text.chars().collect();
        chars[20] = if chars[20] == 'q' { 'p' } else { 'q' };
        chars.into_iter().collect::<String>()
    };
    let mixed = format!("{}{}", &text[..10].to_ascii_uppercase(), &text[10..]);
    for damaged in [swapped, text[..61].to_string(), format!("{text}q"), mixed] {
        assert_eq!(
            Recipient::parse(&damaged),
            Err(RecipientProblem::Damaged),
            "{damaged}"
        );
    }
    for problem in [
        RecipientProblem::Empty,
        RecipientProblem::SecretKey,
        RecipientProblem::SshKey,
        RecipientProblem::Plugin,
        RecipientProblem::NotAge,
        RecipientProblem::Damaged,
    ] {
        assert!(problem.describe().ends_with('.'), "{problem:?}");
    }
}

#[test]
fn identity_files_are_read_as_age_keygen_writes_them() {
    let identities = parse_identities(AGE_KEYGEN_FILE).unwrap();
    assert_eq!(identities.len(), 1);
    let public = AGE_KEYGEN_FILE
        .lines()
        .find_map(|line| line.strip_prefix("# public key: "))
        .unwrap();
    assert_eq!(identities[0].to_recipient().to_string(), public);
    assert_eq!(
        parse_identities("# nothing here\n\n"),
        Err(IdentityFileError::NoIdentity)
    );
    assert_eq!(
        parse_identities("# a key file\nage1notasecret\n"),
        Err(IdentityFileError::NotAnIdentity { line: 2 })
    );
    // Windows line endings and a byte-order mark are read too.
    let crlf = format!("\u{feff}{}", AGE_KEYGEN_FILE.replace('\n', "\r\n"));
    assert_eq!(parse_identities(&crlf).unwrap(), identities);
    // What the tool writes reads back as the same identity and names its public key.
    let made = identity(9);
    let file = identity_file(&made, "2026-12-07T10:00:00Z");
    assert!(file.starts_with("# created: 2026-12-07T10:00:00Z\n# public key: age1"));
    assert_eq!(parse_identities(&file).unwrap(), vec![made.clone()]);
    assert!(!format!("{made:?}").contains("AGE-SECRET-KEY"));
}

#[test]
fn a_file_the_age_tool_made_opens_here() {
    let identities = parse_identities(AGE_KEYGEN_FILE).unwrap();
    assert_eq!(
        decrypt(AGE_ENCRYPTED, &identities).unwrap(),
        AGE_PLAINTEXT.as_bytes()
    );
    assert_eq!(
        decrypt(AGE_ENCRYPTED, &[identity(1)]),
        Err(DecryptError::WrongKey)
    );
}

/// The `age` command-line tools (Debian's `age` package, installed by scripts/setup).
fn age_tool(name: &str) -> Command {
    let found = Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    assert!(
        found,
        "`{name}` is not installed: run scripts/setup (it installs Debian's age package)"
    );
    Command::new(name)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("encryption-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn the_age_tool_decrypts_what_is_encrypted_here_and_this_opens_its_files() {
    // Here → age: a key made here, a file encrypted here, opened by `age -d -i`.
    let made = identity(11);
    let key_file = scratch("made-here.txt");
    std::fs::write(&key_file, identity_file(&made, "2026-12-07T10:00:00Z")).unwrap();
    let plaintext: Vec<u8> = (0..150_000u32).map(|i| (i * 7 % 256) as u8).collect();
    let encrypted = scratch("made-here.age");
    std::fs::write(&encrypted, encrypt_to(&plaintext, &[made.to_recipient()])).unwrap();
    let out = age_tool("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(&encrypted)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, plaintext);

    // age-keygen → here: its key file read here, a file `age -r` encrypted opened here.
    let keygen = age_tool("age-keygen").output().unwrap();
    assert!(keygen.status.success());
    let theirs = String::from_utf8(keygen.stdout).unwrap();
    let identities = parse_identities(&theirs).unwrap();
    let public = theirs
        .lines()
        .find_map(|line| line.strip_prefix("# public key: "))
        .unwrap();
    assert_eq!(identities[0].to_recipient().to_string(), public);
    let mut child = age_tool("age")
        .arg("-r")
        .arg(public)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(&plaintext).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(decrypt(&out.stdout, &identities).unwrap(), plaintext);

    // The wrong key: age refuses what was encrypted here to another key.
    let other = scratch("other.txt");
    std::fs::write(&other, identity_file(&identity(12), "2026-12-07T10:00:00Z")).unwrap();
    let refused = age_tool("age")
        .arg("-d")
        .arg("-i")
        .arg(&other)
        .arg(&encrypted)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    // A tampered file: age refuses it too.
    let mut bytes = std::fs::read(&encrypted).unwrap();
    let last = bytes.len() - 5;
    bytes[last] ^= 0x40;
    std::fs::write(&encrypted, &bytes).unwrap();
    let refused = age_tool("age")
        .arg("-d")
        .arg("-i")
        .arg(&key_file)
        .arg(&encrypted)
        .output()
        .unwrap();
    assert!(!refused.status.success());
}
