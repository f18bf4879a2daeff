use crate::content::pages::privacy;
use crate::embed::PartnershipConfig;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let config = expect_context::<StoredValue<PartnershipConfig>>().get_value();
    crate::ui::set_title(privacy::TITLE, false);
    view! {
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-xl" tabindex="-1">{privacy::TITLE}</h1>
                {privacy::SECTIONS
                    .iter()
                    .map(|(heading, paragraphs)| {
                        view! {
                            <h2 class="govuk-heading-m">{*heading}</h2>
                            {paragraphs
                                .iter()
                                .map(|text| view! { <p class="govuk-body">{*text}</p> })
                                .collect_view()}
                        }
                    })
                    .collect_view()}
                <h2 class="govuk-heading-m" id=privacy::PLACE_DATA_ID tabindex="-1">
                    {privacy::PLACE_DATA_HEADING}
                </h2>
                {privacy::place_data()
                    .into_iter()
                    .map(|text| view! { <p class="govuk-body">{text}</p> })
                    .collect_view()}
                <h2 class="govuk-heading-m">{privacy::CONTROLLER_HEADING}</h2>
                <p class="govuk-body">{privacy::CONTROLLER}</p>
                {(!config.name.is_empty() && config.business_unit.is_given())
                    .then(|| {
                        view! {
                            <p class="govuk-body">
                                {config.name.clone()} " business unit: "
                                {config.business_unit.phone.clone()}
                                {config.business_unit.email.clone().map(|email| format!(", {email}"))}
                            </p>
                        }
                    })}
            </div>
        </div>
    }
}
