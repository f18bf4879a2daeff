//! A citation as the user reads it: the source's name as a link (never a bare address), how
//! current it is, and the short quotation that was seen. Used wherever reasons are shown.

use crate::content::sources as words;
use leptos::prelude::*;
use rules::sources::source;
use rules::{Citation, Source};

/// One citation of a reason: a row of the sources table, with the reason's pinpoint and the
/// words it rests on.
#[component]
pub fn CitationLink(citation: Citation) -> impl IntoView {
    let row = source(citation.source);
    let label = match &citation.pinpoint {
        Some(p) => format!("{}, {p}", row.title),
        None => row.label(),
    };
    let mut row = row.clone();
    if citation.quotation.is_some() {
        row.quotation = citation.quotation;
    }
    view! { <SourceLink source=row label=label /> }
}

/// A source by its readable name: a link where its address is known (opening in a new tab, so
/// the answers on this page are kept), with its status and quotation.
#[component]
pub fn SourceLink(source: Source, #[prop(optional, into)] label: Option<String>) -> impl IntoView {
    let label = label.unwrap_or_else(|| source.label());
    let status = words::status_note(&source);
    let quotation = source.quotation.clone();
    view! {
        <span class="app-citation__source" data-source=format!("{:?}", source.id)>
            {match source.address.clone() {
                Some(address) => view! {
                    <a class="govuk-link" href=address.to_string() target="_blank" rel="noopener noreferrer">
                        {label}
                        <span class="govuk-visually-hidden">{words::OPENS_IN_NEW_TAB}</span>
                    </a>
                }
                .into_any(),
                None => view! { <span>{label}</span> }.into_any(),
            }}
            {status.map(|note| format!(" ({note})"))}
            {quotation.map(|q| view! { " " <q class="app-citation__quote">{q.to_string()}</q> })}
        </span>
    }
}
