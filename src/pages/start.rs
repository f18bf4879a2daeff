use crate::content::pages::{inactivity, start};
use crate::content::SERVICE_NAME;
use crate::embed::PartnershipConfig;
use crate::navigation::Navigator;
use crate::session::Visit;
use crate::ui::sources_checked::ReviewNotice;
use leptos::prelude::*;

/// The GOV.UK start page: what the service is for, who it is for, what to have to hand.
#[component]
pub fn StartPage() -> impl IntoView {
    let visit = expect_context::<Visit>();
    let navigator = expect_context::<Navigator>();
    let cleared = visit.cleared_for_inactivity();
    set_title_plain();
    let config = expect_context::<StoredValue<PartnershipConfig>>().get_value();
    let authorities = config
        .local_authorities
        .iter()
        .map(|a| a.trim().strip_prefix(rules::FICTIONAL).unwrap_or(a.trim()))
        .collect::<Vec<_>>()
        .join(" and ");
    // A partnership that has not given them yet: no numbers at all, never someone else's.
    let contacts_given = !config.local_authorities.is_empty()
        && config.childrens_social_care.is_given()
        && config.out_of_hours.is_given();
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {move || {
                    cleared
                        .get()
                        .then(|| {
                            view! {
                                <div
                                    class="govuk-notification-banner"
                                    role="region"
                                    aria-labelledby="cleared-title"
                                >
                                    <div class="govuk-notification-banner__header">
                                        <h2 class="govuk-notification-banner__title" id="cleared-title">
                                            "Important"
                                        </h2>
                                    </div>
                                    <div class="govuk-notification-banner__content">
                                        <p class="govuk-notification-banner__heading">{inactivity::CLEARED}</p>
                                    </div>
                                </div>
                            }
                        })
                }}
                <ReviewNotice review_by=rules::sources::review_by() today=crate::ui::today() />
                <h1 class="govuk-heading-xl" tabindex="-1">{SERVICE_NAME}</h1>
                <p class="govuk-body">{start::INTRO}</p>
                <div class="govuk-warning-text">
                    <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                    <div class="govuk-warning-text__text">
                        <span class="govuk-visually-hidden">"Warning"</span>
                        <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                            {start::EMERGENCY}
                        </p>
                        <p class="govuk-body govuk-!-margin-bottom-0">
                            {if contacts_given {
                                view! {
                                    "If you are worried about a child in " {authorities.clone()}
                                    ", contact children\u{2019}s social care on "
                                    <strong>{config.childrens_social_care.phone.clone()}</strong> " ("
                                    {config.childrens_social_care.hours.clone()} "), or the out-of-hours team on "
                                    <strong>{config.out_of_hours.phone.clone()}</strong> " ("
                                    {config.out_of_hours.hours.clone()} ")."
                                }
                                    .into_any()
                            } else {
                                start::CONTACT_UNKNOWN.into_any()
                            }}
                        </p>
                    </div>
                </div>
                <h2 class="govuk-heading-m">{start::WHO_FOR_HEADING}</h2>
                <p class="govuk-body">{start::WHO_FOR}</p>
                <h2 class="govuk-heading-m">{start::NEED_HEADING}</h2>
                <p class="govuk-body">{start::NEED_INTRO}</p>
                <ul class="govuk-list govuk-list--bullet">
                    {start::NEED.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
                </ul>
                <p class="govuk-body">{start::NOT_SURE}</p>
                <div class="govuk-inset-text">{start::NOTHING_LEAVES}</div>
                <button
                    type="button"
                    class="govuk-button govuk-button--start"
                    data-testid="start-now"
                    on:click=move |_| {
                        cleared.set(false);
                        navigator.go(visit.start_page());
                    }
                >
                    {start::START_BUTTON}
                    <svg
                        class="govuk-button__start-icon"
                        xmlns="http://www.w3.org/2000/svg"
                        width="17.5"
                        height="19"
                        viewBox="0 0 33 40"
                        aria-hidden="true"
                        focusable="false"
                    >
                        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"></path>
                    </svg>
                </button>
                <p class="govuk-body">
                    <a
                        class="govuk-link"
                        href="#open-draft"
                        data-testid="open-draft"
                        on:click=navigator.link_to(crate::navigation::Page::Referral(crate::referral::ReferralStep::OpenDraft))
                    >
                        {crate::content::referral::OPEN_DRAFT}
                    </a>
                </p>
                <p class="govuk-body">
                    <a
                        class="govuk-link"
                        href="#open-assessment"
                        data-testid="open-assessment"
                        on:click=navigator.link_to(crate::navigation::Page::OpenAssessment)
                    >
                        {crate::content::outcome::OPEN_SAVED}
                    </a>
                </p>
                <p class="govuk-body-s">{start::QUICK_EXIT_TIP}</p>
            </div>
        </div>
    }
}

/// The start page's title is the service name alone.
fn set_title_plain() {
    crate::ui::set_document_title(SERVICE_NAME);
}
