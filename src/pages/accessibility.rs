use crate::content::pages::accessibility as text;
use crate::embed::PartnershipConfig;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let config = expect_context::<StoredValue<PartnershipConfig>>().get_value();
    let unit = config.business_unit.clone();
    crate::ui::set_title(text::TITLE, false);
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-xl" tabindex="-1">{text::TITLE}</h1>
                <p class="govuk-body">{text::INTRO}</p>
                <ul class="govuk-list govuk-list--bullet">
                    {text::ABLE_TO.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}
                </ul>
                <h2 class="govuk-heading-m">{text::COMPLIANCE_HEADING}</h2>
                <p class="govuk-body">{text::COMPLIANCE}</p>
                <h2 class="govuk-heading-m">{text::KNOWN_ISSUES_HEADING}</h2>
                <p class="govuk-body">{text::KNOWN_ISSUES}</p>
                <h2 class="govuk-heading-m">{text::FEEDBACK_HEADING}</h2>
                <p class="govuk-body">{text::FEEDBACK}</p>
                <ul class="govuk-list">
                    {(!config.name.is_empty()).then(|| view! { <li>{config.name.clone()}</li> })}
                    {unit
                        .is_given()
                        .then(|| view! { <li>"Telephone: " {unit.phone.clone()} " (" {unit.hours.clone()} ")"</li> })}
                    {unit.email.clone().map(|email| view! { <li>"Email: " {email}</li> })}
                </ul>
                <h2 class="govuk-heading-m">{text::ENFORCEMENT_HEADING}</h2>
                <p class="govuk-body">{text::ENFORCEMENT}</p>
                <p class="govuk-body">{text::PREPARED}</p>
            </div>
        </div>
    }
}
