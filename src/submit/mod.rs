//! The only module that makes a network request: the referral POST, made once the user has
//! confirmed on the page that shows exactly what will be sent. What the headers are and what
//! each answer means is in `crate::referral::protocol` (pure, tested on the host).

use crate::referral::protocol::{IDEMPOTENCY_HEADER, TIMEOUT_MS};
use crate::referral::{interpret_response, Receipt, SendFailure};
use gloo_net::http::Request;
use leptos::prelude::window;
use web_sys::{AbortSignal, ReferrerPolicy, RequestCache, RequestCredentials};

fn online() -> bool {
    window().navigator().on_line()
}

/// Sends `body` (the referral JSON) to `endpoint` with `idempotency_key` (the referral id).
/// Sends nothing when the device is offline. Never retries by itself: the user decides.
pub async fn send_referral(
    endpoint: &str,
    body: &str,
    idempotency_key: &str,
) -> Result<Receipt, SendFailure> {
    if !online() {
        return Err(SendFailure::Offline);
    }
    let signal = AbortSignal::timeout_with_u32(TIMEOUT_MS);
    let request = Request::post(endpoint)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header(IDEMPOTENCY_HEADER, idempotency_key)
        .credentials(RequestCredentials::Omit)
        .cache(RequestCache::NoStore)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .abort_signal(Some(&signal))
        .body(body.to_owned())
        .map_err(|_| SendFailure::Unreachable)?;
    let failed = |signal: &AbortSignal| {
        if signal.aborted() {
            SendFailure::Timeout
        } else if !online() {
            SendFailure::Offline
        } else {
            SendFailure::Unreachable
        }
    };
    let response = request.send().await.map_err(|_| failed(&signal))?;
    let status = response.status();
    match response.text().await {
        Ok(text) => interpret_response(status, &text),
        Err(_) if signal.aborted() => Err(SendFailure::Timeout),
        Err(_) => Err(SendFailure::UnreadableResponse),
    }
}
