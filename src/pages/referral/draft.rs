use super::go;
use super::ReferralSession;
use crate::content::referral::{self as words, draft_problem};
use crate::flow;
use crate::navigation::Page;
use crate::referral::{draft_from_json, DraftError, ReferralStep};
use crate::session::Session;
use crate::ui::form::OpenFileForm;
use leptos::prelude::*;

/// Open a draft file: read in the browser; a file that is not a sound draft changes nothing.
#[component]
pub fn OpenDraftPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let open = move |text: String| {
        let draft = draft_from_json(&text).map_err(|e| draft_problem(&e).to_owned())?;
        let next = flow::next_page(&draft.case_facts);
        session.facts.set(draft.case_facts);
        drafting.form.set(Some(draft.form));
        drafting.meta.set(None);
        drafting.send.set(super::SendState::NotSent);
        match next {
            Page::CheckAnswers => go(session, ReferralStep::Check),
            question => session.navigator.go(question),
        }
        Ok(())
    };
    view! {
        <OpenFileForm
            input_id="draft-file"
            title=words::OPEN_DRAFT_TITLE
            intro=words::OPEN_DRAFT_REPLACES
            label=words::OPEN_DRAFT_LABEL
            hint=words::OPEN_DRAFT_HINT
            button=words::OPEN_DRAFT_BUTTON
            missing=words::OPEN_DRAFT_MISSING
            unreadable=draft_problem(&DraftError::NotADraft)
            open=open
        />
    }
}
