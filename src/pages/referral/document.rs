use super::ReferralSession;
use crate::content::outcome as outcome_text;
use crate::content::referral as words;
use crate::referral::{
    document_sections, file_name, has_calendar_deadlines, to_ics, to_json, to_text, Draft, Referral,
};
use crate::session::Session;
use crate::ui::files::{copy_to_clipboard, download};
use leptos::prelude::*;
use rules::Applicability;

/// The referral as a document: on screen, and what prints (marked OFFICIAL-SENSITIVE, no site
/// chrome). With `print_only` it shows only when printed.
#[component]
pub fn ReferralDocument(referral: Referral, print_only: bool) -> impl IntoView {
    let assessment = referral.assessment.clone();
    let (headline, subline) = outcome_text::headline(&assessment);
    let deadlines: Vec<_> = assessment
        .deadlines
        .iter()
        .filter(|d| d.applies != Applicability::NotApplicable)
        .cloned()
        .collect();
    let sections = document_sections(&referral)
        .into_iter()
        .map(|section| {
            let (rows, paragraphs): (Vec<_>, Vec<_>) =
                section.rows.into_iter().partition(|(key, _)| !key.is_empty());
            let list = (!rows.is_empty()).then(|| {
                let rows = rows
                    .into_iter()
                    .map(|(key, value)| {
                        view! {
                            <div class="govuk-summary-list__row">
                                <dt class="govuk-summary-list__key">{key}</dt>
                                <dd class="govuk-summary-list__value app-preserve-lines" data-testid="document-value"><bdi>{crate::referral::export::with_visible_controls(&value)}</bdi></dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! { <dl class="govuk-summary-list">{rows}</dl> }
            });
            let paragraphs = paragraphs
                .into_iter()
                .map(|(_, value)| view! { <p class="govuk-body app-preserve-lines" data-testid="document-value"><bdi>{crate::referral::export::with_visible_controls(&value)}</bdi></p> })
                .collect_view();
            view! {
                <section class="app-referral-section">
                    <h3 class="govuk-heading-m">{section.heading}</h3>
                    {list}
                    {paragraphs}
                </section>
            }
        })
        .collect_view();
    let class = if print_only {
        "app-referral-document app-print-only"
    } else {
        "app-referral-document"
    };
    view! {
        <article class=class data-testid=if print_only { "referral-print-copy" } else { "referral-document" }>
            <p class="app-marking">{words::MARKING}</p>
            <h2 class="govuk-heading-l">"Referral: serious child safeguarding incident"</h2>
            <dl class="govuk-summary-list">
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">"Partnership"</dt>
                    <dd class="govuk-summary-list__value">{referral.partnership.clone()}</dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{words::REFERRAL_ID}</dt>
                    <dd class="govuk-summary-list__value" data-testid="referral-id">{referral.referral_id.clone()}</dd>
                </div>
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{words::GENERATED}</dt>
                    <dd class="govuk-summary-list__value">{crate::content::uk_date_time(&referral.generated_at)}</dd>
                </div>
            </dl>
            <section class="app-referral-section">
                <h3 class="govuk-heading-m">"Outcome of the assessment"</h3>
                <p class="govuk-body govuk-!-font-weight-bold">{headline}</p>
                {subline.map(|line| view! { <p class="govuk-body">{line}</p> })}
                <p class="govuk-body-s">
                    {format!("{}: {} (version {})", outcome_text::RULE_SET, assessment.rule_set.edition, assessment.rule_set.version)}
                </p>
                {crate::content::sources::record_lines_generated(&assessment.rule_set, &referral.generated_at)
                    .into_iter()
                    .map(|sentence| view! { <p class="govuk-body-s" data-testid="record-sources">{sentence}</p> })
                    .collect_view()}
            </section>
            {(!deadlines.is_empty()).then(|| view! {
                <section class="app-referral-section">
                    <h3 class="govuk-heading-m">{outcome_text::DEADLINES}</h3>
                    <ul class="govuk-list govuk-list--bullet">
                        {deadlines.into_iter().map(|d| {
                            let tag = outcome_text::applicability_tag(d.applies).map(|t| format!(" ({t})")).unwrap_or_default();
                            view! {
                                <li>{format!("{}{tag}: {}", outcome_text::deadline_name(d.kind), outcome_text::due_text(&d.due, d.anchor, d.working_days))}</li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {sections}
            <p class="app-marking">{words::MARKING}</p>
        </article>
    }
}

/// Print, download, copy and calendar exports, and saving a draft. All in the browser.
#[component]
pub fn Exports(referral: Referral, print_copy: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let copied = RwSignal::new(None::<bool>);
    let json = to_json(&referral);
    let text = to_text(&referral);
    let ics = to_ics(&referral);
    let id = referral.referral_id.clone();
    let with_calendar = has_calendar_deadlines(&referral);
    let download_json = {
        let (json, id) = (json.clone(), id.clone());
        move |_| download(&file_name(&id, "json"), "application/json", &json)
    };
    let download_ics = {
        let id = id.clone();
        move |_| download(&file_name(&id, "ics"), "text/calendar", &ics)
    };
    let copy = {
        let text = text.clone();
        move |_| {
            let text = text.clone();
            leptos::task::spawn_local(async move {
                copied.set(Some(copy_to_clipboard(&text).await));
            });
        }
    };
    let save_draft = move |_| {
        let draft = Draft {
            case_facts: session.facts.get_untracked(),
            form: drafting.form.get_untracked().unwrap_or_default(),
        };
        download(
            "referral-draft.json",
            "application/json",
            &crate::referral::draft_to_json(&draft),
        );
    };
    view! {
        <div class="app-no-print" data-testid="exports">
            <h2 class="govuk-heading-m">{words::EXPORTS_HEADING}</h2>
            <div class="govuk-button-group">
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| { let _ = window().print(); }>
                    {words::PRINT}
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=download_json>
                    {words::DOWNLOAD_JSON}
                </button>
                <button type="button" class="govuk-button govuk-button--secondary" on:click=copy>
                    {words::COPY_TEXT}
                </button>
                {with_calendar.then(|| view! {
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=download_ics>
                        {words::DOWNLOAD_ICS}
                    </button>
                })}
                <button type="button" class="govuk-button govuk-button--secondary" on:click=save_draft>
                    {words::SAVE_DRAFT}
                </button>
            </div>
            <div aria-live="polite" data-testid="copy-status">
                {move || copied.get().map(|ok| view! {
                    <p class="govuk-body">{if ok { words::COPIED } else { words::COPY_FAILED }}</p>
                })}
            </div>
            <p class="govuk-body-s">{words::SAVE_DRAFT_HINT}</p>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{words::TEXT_DETAILS}</span>
                </summary>
                <div class="govuk-details__text">
                    <pre class="app-export-text" data-testid="referral-text">{text}</pre>
                </div>
            </details>
        </div>
        {print_copy.then(|| view! { <ReferralDocument referral=referral.clone() print_only=true /> })}
    }
}
