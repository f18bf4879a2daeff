use super::go;
use super::ReferralSession;
use crate::app::Session;
use crate::content::referral::{self as words, draft_problem};
use crate::flow;
use crate::navigation::Page;
use crate::referral::{draft_from_json, DraftError, ReferralStep};
use crate::ui::form::{described_by, form_group_class, BackLink, ErrorMessage, ErrorSummary};
use crate::ui::set_title;
use leptos::prelude::*;

const INPUT: &str = "draft-file";

/// Open a draft file: read in the browser; a file that is not a sound draft changes nothing.
#[component]
pub fn OpenDraftPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| set_title(words::OPEN_DRAFT_TITLE, problem.with(Option::is_some)));
    let errors = Signal::derive(move || {
        problem
            .get()
            .map(|message| vec![(INPUT.to_owned(), message)])
            .unwrap_or_default()
    });
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // Scoped: reading the file looks in this tool's own shadow root.
        leptos::task::spawn_local_scoped(async move {
            let outcome = match crate::ui::files::read_chosen_file(INPUT).await {
                None => Err(words::OPEN_DRAFT_MISSING.to_owned()),
                Some(Err(())) => Err(draft_problem(&DraftError::NotADraft).to_owned()),
                Some(Ok(text)) => draft_from_json(&text).map_err(|e| draft_problem(&e).to_owned()),
            };
            match outcome {
                Err(message) => problem.set(Some(message)),
                Ok(draft) => {
                    let next = flow::next_page(&draft.case_facts);
                    session.facts.set(draft.case_facts);
                    drafting.form.set(Some(draft.form));
                    drafting.meta.set(None);
                    drafting.send.set(super::SendState::NotSent);
                    match next {
                        Page::CheckAnswers => go(session, ReferralStep::Check),
                        question => session.navigator.go(question),
                    }
                }
            }
        });
    };
    let error = move || problem.get();
    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors=errors />
                <form novalidate on:submit=open>
                    <h1 class="govuk-heading-l" tabindex="-1">{words::OPEN_DRAFT_TITLE}</h1>
                    <p class="govuk-body">{words::OPEN_DRAFT_REPLACES}</p>
                    <div class=form_group_class(move || error().is_some())>
                        <label class="govuk-label govuk-label--s" for=INPUT>{words::OPEN_DRAFT_LABEL}</label>
                        <div class="govuk-hint" id="draft-file-hint">{words::OPEN_DRAFT_HINT}</div>
                        <ErrorMessage id="draft-file-error".to_owned() message=Signal::derive(error) />
                        <input
                            class="govuk-file-upload"
                            id=INPUT
                            name=INPUT
                            type="file"
                            accept=".json,application/json"
                            aria-describedby=described_by(INPUT, true, move || error().is_some())
                        />
                    </div>
                    <button type="submit" class="govuk-button">{words::OPEN_DRAFT_BUTTON}</button>
                </form>
            </div>
        </div>
    }
}
