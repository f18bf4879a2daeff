//! What the rules were checked against and when, the newer sources known but not yet
//! reviewed, and (after the review-by date) a notice. The date comparison is the rules core's
//! (`rules::review_due`); the page passes today's date.

use crate::content::sources as words;
use crate::ui::citation::SourceLink;
use chrono::NaiveDate;
use leptos::prelude::*;
use rules::RuleSet;

/// The statement for the outcome page (and so its printout). Self-contained, so a page layout
/// can place it where it fits; the notice after the review-by date is [`ReviewNotice`].
#[component]
pub fn SourcesChecked(rule_set: RuleSet) -> impl IntoView {
    let statement = words::checked_statement(&rule_set.checked, rule_set.review_by);
    let not_reviewed = rule_set.not_reviewed.clone();
    let sources = rule_set.sources.clone();
    // Short on screen (the outcome fits three phone screens): the disclosure's title says when
    // the rules were checked and that newer sources exist; inside, the full statement, those
    // sources, what to do meanwhile, and every source with its date. The printed record has
    // the full statement (`content::sources::record_lines`).
    let newer = !not_reviewed.is_empty();
    view! {
        <details class="govuk-details app-disclosure app-sources-checked" data-testid="sources-checked">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text" data-testid="sources-summary">
                    {words::summary(&rule_set.checked, newer)}
                </span>
            </summary>
            <div class="govuk-details__text">
                <h2 class="govuk-heading-s">{words::HEADING}</h2>
                <p class="govuk-body" data-testid="checked-statement">{statement}</p>
                {newer.then(|| view! {
                    <p class="govuk-body">{words::NOT_REVIEWED_INTRO}</p>
                    <ul class="govuk-list govuk-list--bullet" data-testid="not-reviewed">
                        {not_reviewed.into_iter().map(|s| view! { <li><SourceLink source=s /></li> }).collect_view()}
                    </ul>
                    <p class="govuk-body">{words::MEANWHILE}</p>
                })}
                <p class="govuk-body">{words::SOURCES_SUMMARY}</p>
                <ul class="govuk-list app-reason-list">
                    {sources
                        .into_iter()
                        .map(|s| {
                            let checked = words::checked_note(&s);
                            view! { <li><SourceLink source=s /> <span class="app-citation">{format!("\u{2014} {checked}")}</span></li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        </details>
    }
}

/// After the review-by date: a notice that the rules are due to be checked again. Nothing
/// before it. Takes the date alone, not the rule set: on the start page the whole sources table
/// (quotations and all) would otherwise ship in the first module.
#[component]
pub fn ReviewNotice(review_by: NaiveDate, today: NaiveDate) -> impl IntoView {
    rules::review_due(today).then(|| {
        view! {
            <div class="govuk-notification-banner" role="region" aria-labelledby="review-notice-title" data-testid="review-notice">
                <div class="govuk-notification-banner__header">
                    <h2 class="govuk-notification-banner__title" id="review-notice-title">{words::NOTICE_TITLE}</h2>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-notification-banner__heading">{words::review_overdue(review_by)}</p>
                </div>
            </div>
        }
    })
}
