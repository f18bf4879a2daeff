//! The referral pages (issue 5): the form, one small group of related questions per page;
//! check your answers; the referral with its exports; the page that shows exactly what will be
//! sent; and the confirmation. Thin: the model, checks and exports are `crate::referral`, the
//! words `content::referral`, the network `crate::submit`.

mod check;
mod document;
mod draft;
mod fields;
mod section;
mod send;

pub use check::ReferralCheckPage;
pub use document::{Exports, ReferralDocument};
pub use draft::OpenDraftPage;
pub use section::ReferralSectionPage;
pub use send::{ConfirmSendPage, SentPage};

use crate::embed::PartnershipConfig;
use crate::navigation::Page;
use crate::referral::{
    build, FieldError, Receipt, Referral, ReferralForm, ReferralMeta, ReferralStep, Section,
    SendFailure,
};
use crate::session::Session;
use leptos::prelude::*;

/// Where a submission stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendState {
    NotSent,
    Sending,
    Failed(SendFailure),
    Sent(Receipt),
}

/// The referral part of the session: in memory only, cleared by quick exit and Start again.
#[derive(Clone, Copy)]
pub struct ReferralSession {
    /// The form as typed (`None` until the practitioner starts a referral).
    pub form: RwSignal<Option<ReferralForm>>,
    /// The id and time attached when the referral was last confirmed on check your answers.
    pub meta: RwSignal<Option<ReferralMeta>>,
    pub send: RwSignal<SendState>,
}

impl ReferralSession {
    pub fn new() -> ReferralSession {
        ReferralSession {
            form: RwSignal::new(None),
            meta: RwSignal::new(None),
            send: RwSignal::new(SendState::NotSent),
        }
    }

    pub fn clear(&self) {
        self.form.set(None);
        self.meta.set(None);
        self.send.set(SendState::NotSent);
    }

    pub fn has_answers(&self) -> bool {
        self.form.with_untracked(Option::is_some)
    }
}

impl Default for ReferralSession {
    fn default() -> Self {
        ReferralSession::new()
    }
}

/// Where a confirmed referral is sent: only when the partnership names an endpoint and has
/// submission switched on (a `referral-submission-endpoint` meta element does both).
pub(crate) fn submission_endpoint(config: &PartnershipConfig) -> Option<String> {
    config.submission_endpoint.clone().filter(|endpoint| {
        config.features.submission && crate::referral::is_acceptable_endpoint(endpoint)
    })
}

pub(crate) fn go(session: Session, step: ReferralStep) {
    session.navigator.go(Page::Referral(step));
}

/// The referral as it stands: built from the form, the answers and the attached id.
pub(crate) fn current(
    session: Session,
    drafting: ReferralSession,
) -> Option<Result<Referral, (Section, Vec<FieldError>)>> {
    let form = drafting.form.get_untracked()?;
    let meta = drafting.meta.get_untracked()?;
    let facts = session.facts.get_untracked();
    Some(build(&form, &facts, &meta, crate::ui::today()))
}

/// Attaches a new id and time to the referral (when its details are confirmed).
pub(crate) fn attach_meta(drafting: ReferralSession) {
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    drafting.meta.set(Some(ReferralMeta {
        referral_id: crate::referral::uuid_v4(crate::ui::files::random_bytes()),
        generated_at: crate::ui::files::now_rfc3339(),
        partnership: config.with_value(|config| config.name.clone()),
    }));
    drafting.send.set(SendState::NotSent);
}

/// Shows the page for `step`. Pages that need a finished referral show check your answers
/// until there is one.
#[component]
pub fn ReferralPage(step: ReferralStep) -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let built = current(session, drafting).and_then(Result::ok);
    let sent = drafting
        .send
        .with_untracked(|s| matches!(s, SendState::Sent(_)));
    match (step, built) {
        (ReferralStep::OpenDraft, _) => view! { <OpenDraftPage /> }.into_any(),
        (ReferralStep::Section(section), _) => {
            view! { <ReferralSectionPage section=section /> }.into_any()
        }
        (ReferralStep::Check, _) => view! { <ReferralCheckPage /> }.into_any(),
        (ReferralStep::Ready, Some(referral)) => {
            view! { <ReadyPage referral=referral /> }.into_any()
        }
        (ReferralStep::Confirm, Some(referral)) if !sent => {
            view! { <ConfirmSendPage referral=referral /> }.into_any()
        }
        (ReferralStep::Confirm | ReferralStep::Sent, Some(referral)) if sent => {
            view! { <SentPage referral=referral /> }.into_any()
        }
        _ => view! { <ReferralCheckPage /> }.into_any(),
    }
}

/// The referral: the printable document, the exports and how to send it.
#[component]
fn ReadyPage(referral: Referral) -> impl IntoView {
    use crate::content::referral as words;
    let session = expect_context::<Session>();
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    let endpoint = config.with_value(submission_endpoint);
    crate::ui::set_title(words::READY_TITLE, false);
    view! {
        <crate::ui::form::BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l" tabindex="-1">{words::READY_TITLE}</h1>
                <ReferralDocument referral=referral.clone() print_only=false />
                <Exports referral=referral.clone() print_copy=false />
                <div class="app-no-print">
                    <h2 class="govuk-heading-m">{words::SEND_HEADING}</h2>
                    {match endpoint {
                        Some(_) => view! {
                            <button
                                type="button"
                                class="govuk-button"
                                data-testid="continue-to-send"
                                on:click=move |_| go(session, ReferralStep::Confirm)
                            >
                                {words::SEND_START}
                            </button>
                        }
                        .into_any(),
                        None => view! {
                            <p class="govuk-inset-text" data-testid="no-endpoint">{words::NO_ENDPOINT}</p>
                        }
                        .into_any(),
                    }}
                </div>
            </div>
        </div>
    }
}
