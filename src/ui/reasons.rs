//! Reasons as the rules core gives them: plain sentence, citation and how it was checked. The
//! one place a reason is rendered: the practitioner's outcome (`plain`) shows no rule codes and
//! makes the addresses in a citation links; training and the facilitator view keep the codes.

use crate::content::outcome::{confidence_name, WHY};
use leptos::prelude::*;
use rules::Reason;

/// A citation with every web address in it made a link, its text the site's name.
fn citation_view(citation: &str) -> impl IntoView {
    let mut parts = Vec::new();
    let mut rest = citation;
    while let Some(start) = rest.find("https://") {
        parts.push(rest[..start].to_string().into_any());
        let after = &rest[start..];
        let end = after
            .find(|c: char| c.is_whitespace() || c == ')' || c == ';' || c == ',')
            .unwrap_or(after.len());
        let url = after[..end].trim_end_matches('.').to_string();
        let site = url
            .trim_start_matches("https://")
            .split('/')
            .next()
            .unwrap_or_default()
            .trim_start_matches("www.")
            .to_string();
        parts.push(
            view! { <a class="govuk-link" href=url.clone() rel="noreferrer">{site}</a> }.into_any(),
        );
        rest = &after[url.len()..];
    }
    parts.push(rest.to_string().into_any());
    parts
}

#[component]
pub fn ReasonList(
    reasons: Vec<Reason>,
    /// For the practitioner: no rule codes, addresses as links.
    #[prop(optional)]
    plain: bool,
) -> impl IntoView {
    view! {
        <ul class="govuk-list app-reason-list">
            {reasons
                .into_iter()
                .map(|reason| {
                    let code = (!plain).then(|| view! {
                        <strong class="govuk-tag govuk-tag--grey">{format!("{:?}", reason.rule)}</strong>
                        " "
                    });
                    let citation = if plain {
                        citation_view(&reason.citation).into_any()
                    } else {
                        reason.citation.to_string().into_any()
                    };
                    view! {
                        <li>
                            {code}
                            {reason.sentence.to_string()}
                            <br />
                            <span class="app-citation">
                                {citation} " \u{2014} " {confidence_name(reason.confidence)}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "Why?": a GOV.UK details disclosure, closed until opened, holding the reasons for one
/// conclusion.
#[component]
pub fn Why(reasons: Vec<Reason>, #[prop(optional)] plain: bool) -> impl IntoView {
    (!reasons.is_empty()).then(|| {
        view! {
            <details class="govuk-details app-why">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{WHY}</span>
                </summary>
                <div class="govuk-details__text">
                    <ReasonList reasons=reasons plain=plain />
                </div>
            </details>
        }
    })
}
