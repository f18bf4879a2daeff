//! Settings a deployment gives the app through its page (the only place the app reads them).
//!
//! The submission endpoint is a `<meta name="referral-submission-endpoint" content="https://…">`
//! in the page's `<head>`. `scripts/csp.mjs` writes it at build time from the
//! `SUBMISSION_ENDPOINT` environment variable and adds the endpoint's origin to the Content
//! Security Policy's `connect-src`, so the app can reach that one origin and no other. The demo
//! build has neither, so it can send nothing. The meta element also switches
//! `features.submission` on; a partnership configuration that names an endpoint must switch it
//! on itself, and its endpoint's origin must be in `connect-src` (build with
//! `SUBMISSION_ENDPOINT` set to it). An endpoint that is not `https://` (or
//! `http://` on the loopback address, for tests) is ignored.
//!
//! Only the standalone build reads it. Embedded, the page is the host's, and a meta element
//! there (from another tool, say) must not switch sending on: the partnership configuration
//! (attributes or file) is the one place an embedding names an endpoint.

use super::PartnershipConfig;
use crate::referral::is_acceptable_endpoint;
use leptos::prelude::document;

/// The `name` of the meta element carrying the submission endpoint.
pub const SUBMISSION_ENDPOINT_META: &str = "referral-submission-endpoint";

/// `config` with the settings the page gives.
pub fn with_page_settings(mut config: PartnershipConfig) -> PartnershipConfig {
    if !super::owns_document() {
        return config;
    }
    if let Some(endpoint) = document()
        .query_selector(&format!("meta[name=\"{SUBMISSION_ENDPOINT_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .map(|endpoint| endpoint.trim().to_owned())
        .filter(|endpoint| is_acceptable_endpoint(endpoint))
    {
        config.submission_endpoint = Some(endpoint);
        config.features.submission = true;
    }
    config
}
