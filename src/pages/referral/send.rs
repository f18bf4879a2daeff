use super::document::Exports;
use super::ReferralSession;
use super::{go, SendState};
use crate::content::referral::{self as words, failure_message};
use crate::embed::PartnershipConfig;
use crate::referral::{to_json, Referral, ReferralStep};
use crate::session::Session;
use crate::ui::form::BackLink;
use crate::ui::set_title;
use leptos::prelude::*;

/// Exactly what will be sent, where, and the one button that sends it. Nothing is sent before
/// that button is pressed; pressing it again while sending does nothing.
#[component]
pub fn ConfirmSendPage(referral: Referral) -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    let endpoint = config.with_value(super::submission_endpoint);
    let state = drafting.send;
    Effect::new(move |_| {
        set_title(
            words::CONFIRM_TITLE,
            state.with(|s| matches!(s, SendState::Failed(_))),
        )
    });
    let body = to_json(&referral);
    let key = referral.referral_id.clone();
    let Some(endpoint) = endpoint else {
        return view! {
            <BackLink />
            <h1 class="govuk-heading-l" tabindex="-1">{words::CONFIRM_TITLE}</h1>
            <p class="govuk-inset-text" data-testid="no-endpoint">{words::NO_ENDPOINT}</p>
            <Exports referral=referral print_copy=true />
        }
        .into_any();
    };
    let send = {
        let (endpoint, body, key) = (endpoint.clone(), body.clone(), key.clone());
        move |_| {
            if state.with_untracked(|s| matches!(s, SendState::Sending | SendState::Sent(_))) {
                return;
            }
            state.set(SendState::Sending);
            let (endpoint, body, key) = (endpoint.clone(), body.clone(), key.clone());
            leptos::task::spawn_local(async move {
                match crate::submit::send_referral(&endpoint, &body, &key).await {
                    Ok(receipt) => {
                        state.set(SendState::Sent(receipt));
                        go(session, ReferralStep::Sent);
                    }
                    Err(failure) => {
                        state.set(SendState::Failed(failure));
                        request_animation_frame(|| crate::ui::form::focus_element("send-failure"));
                    }
                }
            });
        }
    };
    let sending = move || state.with(|s| matches!(s, SendState::Sending));
    let failure = move || match state.get() {
        SendState::Failed(failure) => Some(failure),
        _ => None,
    };
    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {move || failure().map(|failure| view! {
                    <div class="govuk-error-summary" tabindex="-1" id="send-failure" data-testid="send-failure">
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">"Your referral has not been confirmed as sent"</h2>
                            <div class="govuk-error-summary__body">
                                <p class="govuk-body">{failure_message(&failure)}</p>
                                <p class="govuk-body">{words::NOTHING_LOST}</p>
                            </div>
                        </div>
                    </div>
                })}
                <span class="govuk-caption-l">{words::PREPARE}</span>
                <h1 class="govuk-heading-l" tabindex="-1">{words::CONFIRM_TITLE}</h1>
                <p class="govuk-body" data-testid="confirm-intro">
                    {words::CONFIRM_INTRO}
                    // After a failure that may have sent it, "nothing has been sent" may be untrue.
                    {move || {
                        (!failure().is_some_and(|failure| failure.may_have_been_sent()))
                            .then_some(words::NOTHING_SENT_YET)
                    }}
                </p>
                <p class="govuk-body">
                    {words::CONFIRM_TO} " " <strong class="app-break-all" data-testid="endpoint">{endpoint}</strong>
                </p>
                <details class="govuk-details" open>
                    <summary class="govuk-details__summary">
                        <span class="govuk-details__summary-text">"What will be sent (JSON)"</span>
                    </summary>
                    <div class="govuk-details__text">
                        <pre class="app-export-text" data-testid="payload" tabindex="0" aria-label="What will be sent">{body}</pre>
                    </div>
                </details>
                <button
                    type="button"
                    class="govuk-button"
                    data-testid="confirm-send"
                    aria-disabled=move || sending().then_some("true")
                    on:click=send
                >
                    {move || if sending() {
                        words::SENDING
                    } else if failure().is_some() {
                        words::RETRY
                    } else {
                        words::CONFIRM_BUTTON
                    }}
                </button>
                <div aria-live="polite" class="govuk-visually-hidden">
                    {move || sending().then_some(words::SENDING)}
                </div>
                {move || failure().map(|_| view! { <Exports referral=referral.clone() print_copy=true /> })}
            </div>
        </div>
    }
    .into_any()
}

/// The confirmation: sent, the reference, what happens next, and a copy to keep.
#[component]
pub fn SentPage(referral: Referral) -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let reference = drafting.send.with_untracked(|s| match s {
        SendState::Sent(receipt) => receipt.reference.clone(),
        _ => String::new(),
    });
    set_title(words::SENT_TITLE, false);
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <div class="govuk-panel govuk-panel--confirmation">
                    <h1 class="govuk-panel__title" tabindex="-1">{words::SENT_TITLE}</h1>
                    <div class="govuk-panel__body">
                        {words::SENT_REFERENCE}
                        <br />
                        <strong data-testid="reference">{reference}</strong>
                    </div>
                </div>
                <h2 class="govuk-heading-m">{words::SENT_NEXT}</h2>
                {words::SENT_NEXT_TEXT.iter().map(|text| view! { <p class="govuk-body">{*text}</p> }).collect_view()}
                <Exports referral=referral print_copy=true />
                <button type="button" class="govuk-button govuk-button--secondary app-no-print" on:click=move |_| session.clear()>
                    "Start again"
                </button>
            </div>
        </div>
    }
}
