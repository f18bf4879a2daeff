use crate::content::outcome::{CHECK_SUBMIT, CHECK_TITLE};
use crate::content::questions::{summary_value, wording};
use crate::flow::relevant_answers;
use crate::navigation::Page;
use crate::session::Session;
use crate::ui::form::BackLink;
use crate::ui::set_title;
use leptos::prelude::*;

/// Check your answers: every answer that matters, each with a Change link.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let facts = session.facts.get_untracked();
    set_title(CHECK_TITLE, false);
    let rows = relevant_answers(&facts)
        .into_iter()
        .map(|question| {
            let key = wording(question).summary_key;
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{key}</dt>
                    <dd class="govuk-summary-list__value">{summary_value(question, &facts)}</dd>
                    <dd class="govuk-summary-list__actions">
                        <a
                            class="govuk-link"
                            href="#change"
                            on:click=session.navigator.link_to(Page::Question(question))
                        >
                            "Change"
                            <span class="govuk-visually-hidden">{format!(" {}", key.to_ascii_lowercase())}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l" tabindex="-1">{CHECK_TITLE}</h1>
                <dl class="govuk-summary-list">{rows}</dl>
                <button
                    type="button"
                    class="govuk-button"
                    on:click=move |_| session.navigator.go(Page::Outcome)
                >
                    {CHECK_SUBMIT}
                </button>
            </div>
        </div>
    }
}
