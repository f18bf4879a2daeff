//! Reasons as the rules core gives them: rule, plain sentence, citation and how it was checked.

use crate::content::outcome::{confidence_name, WHY};
use crate::ui::citation::CitationLink;
use leptos::prelude::*;
use rules::Reason;

#[component]
pub fn ReasonList(reasons: Vec<Reason>) -> impl IntoView {
    view! {
        <ul class="govuk-list app-reason-list">
            {reasons
                .into_iter()
                .map(|reason| {
                    view! {
                        <li>
                            <strong class="govuk-tag govuk-tag--grey">{format!("{:?}", reason.rule)}</strong>
                            " "
                            {reason.sentence.to_string()}
                            <br />
                            <span class="app-citation">
                                {reason
                                    .citations
                                    .into_iter()
                                    .map(|citation| view! { <CitationLink citation=citation /> "; " })
                                    .collect_view()}
                                {confidence_name(reason.confidence)}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "Why?": a disclosure holding the reasons for one conclusion.
#[component]
pub fn Why(reasons: Vec<Reason>) -> impl IntoView {
    (!reasons.is_empty()).then(|| {
        view! {
            <details class="govuk-details app-why">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{WHY}</span>
                </summary>
                <div class="govuk-details__text">
                    <ReasonList reasons=reasons />
                </div>
            </details>
        }
    })
}
