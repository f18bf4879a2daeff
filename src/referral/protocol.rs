//! The submission protocol, as plain data: the headers sent and what each answer from the
//! partnership's system means. The request itself is made by `crate::submit` (the only module
//! that touches the network); this part is pure so that it is tested on the host.
//!
//! `POST <endpoint>` with the referral JSON as the body and the headers
//! `Content-Type: application/json`, `Accept: application/json` and
//! `Idempotency-Key: <referral_id>`. The receiver answers `201 Created` (or `200 OK` for a
//! repeat of an already received key) with `{"reference": "…"}`.

use serde::Deserialize;

/// The header carrying the idempotency key (the referral id).
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
/// How long to wait for an answer.
pub const TIMEOUT_MS: u32 = 10_000;
/// Longest reference accepted from the receiver.
pub const MAX_REFERENCE: usize = 100;

/// The receiver's acknowledgement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub reference: String,
}

/// Why a referral was not (or may not have been) received. Every failure keeps the referral.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendFailure {
    /// The device is offline.
    Offline,
    /// No answer in [`TIMEOUT_MS`].
    Timeout,
    /// The request failed before an answer (network error, connection refused, or the
    /// browser refused the answer because the receiver does not allow this site: CORS).
    Unreachable,
    /// A 4xx answer.
    Rejected(u16),
    /// A 5xx answer.
    ServerError(u16),
    /// A success status whose body is not the expected acknowledgement, or any other status.
    UnreadableResponse,
}

impl SendFailure {
    /// Whether the referral may have reached the partnership all the same (no answer in time,
    /// or an answer that could not be read): then the page must not say nothing was sent.
    pub fn may_have_been_sent(&self) -> bool {
        matches!(self, SendFailure::Timeout | SendFailure::UnreadableResponse)
    }
}

#[derive(Deserialize)]
struct Acknowledgement {
    reference: String,
}

/// What an answer with `status` and `body` means.
pub fn interpret_response(status: u16, body: &str) -> Result<Receipt, SendFailure> {
    match status {
        200 | 201 => {
            let ack: Acknowledgement =
                serde_json::from_str(body).map_err(|_| SendFailure::UnreadableResponse)?;
            let reference = ack.reference.trim();
            if reference.is_empty()
                || reference.chars().count() > MAX_REFERENCE
                || reference.chars().any(char::is_control)
            {
                return Err(SendFailure::UnreadableResponse);
            }
            Ok(Receipt {
                reference: reference.to_owned(),
            })
        }
        400..=499 => Err(SendFailure::Rejected(status)),
        500..=599 => Err(SendFailure::ServerError(status)),
        _ => Err(SendFailure::UnreadableResponse),
    }
}

/// Whether `endpoint` may be used: an absolute `https://` URL, `http://` on the loopback
/// address (for local testing), or a path on this site (`/…`), with no user name, password or
/// fragment.
pub fn is_acceptable_endpoint(endpoint: &str) -> bool {
    if endpoint.starts_with('/') && !endpoint.starts_with("//") {
        return !endpoint.contains('#')
            && !endpoint.contains('\\')
            && !endpoint
                .chars()
                .any(|c| c.is_whitespace() || c.is_control());
    }
    let rest = if let Some(rest) = endpoint.strip_prefix("https://") {
        rest
    } else if let Some(rest) = endpoint.strip_prefix("http://") {
        if !(rest.starts_with("127.0.0.1:")
            || rest.starts_with("127.0.0.1/")
            || rest.starts_with("localhost:")
            || rest.starts_with("localhost/"))
        {
            return false;
        }
        rest
    } else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && !endpoint.contains('#')
        && !endpoint
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
}
