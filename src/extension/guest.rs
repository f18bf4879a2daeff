//! The on-demand module's side: the answers, the referral and training state, kept for the whole
//! visit, and the page showing (a question, check your answers, the outcome, a referral or
//! training page), mounted into the element the app gives. `src/bin/extension.rs` exports these
//! functions to JavaScript; the widget package calls them directly.

use super::Bridge;
use crate::app::Session;
use crate::embed::{with_page_settings, PartnershipConfig};
use crate::flow;
use crate::navigation::{Navigator, Page};
use crate::pages::{CheckAnswersPage, OutcomePage, QuestionPage, ReferralPage, ReferralSession};
use crate::training::ui::{FacilitatorPage, QuizPage, TrainingPage, TrainingState};
use leptos::prelude::*;
use rules::CaseFacts;
use std::any::Any;
use std::cell::RefCell;

struct Guest {
    /// Owns the state below for the whole visit (a root: no page of the app owns it).
    root: Owner,
    session: Session,
    referral: ReferralSession,
    /// The page showing; dropping it unmounts the page.
    showing: Option<Box<dyn Any>>,
}

thread_local! {
    static GUEST: RefCell<Option<Guest>> = const { RefCell::new(None) };
}

/// Connects to the app that owns the session (once, after loading).
pub fn connect(owner: Bridge) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let root = root_owner();
    let guest = root.with(|| {
        let navigator = Navigator::delegating_to(owner.clone(), Page::Start);
        let session = Session::new(navigator, owner.clone());
        let referral = ReferralSession::new();
        provide_context(session);
        provide_context(navigator);
        provide_context(referral);
        provide_context(StoredValue::new(with_page_settings(
            PartnershipConfig::from_host_page(),
        )));
        provide_context(TrainingState::new());
        // The shell warns before the page is left while there is anything to lose.
        Effect::new(move |reported: Option<bool>| {
            let answered = session.facts.with(|facts| *facts != CaseFacts::default())
                || referral.form.with(Option::is_some);
            if reported != Some(answered) {
                owner.answered(answered);
            }
            answered
        });
        Guest {
            root: root.clone(),
            session,
            referral,
            showing: None,
        }
    });
    GUEST.set(Some(guest));
}

/// Shows the page named `slug` inside `container`. Check your answers and the outcome need
/// every answer the rules need: until then the next question shows instead (Back or Forward
/// into a page whose answers were cleared).
pub fn show(container: web_sys::HtmlElement, slug: &str) {
    let Some(requested) = Page::from_slug(slug).filter(|page| page.is_on_demand()) else {
        return;
    };
    hide();
    GUEST.with_borrow_mut(|guest| {
        let Some(guest) = guest else { return };
        let page = guest
            .session
            .facts
            .with_untracked(|facts| flow::resolve(requested, facts));
        guest.session.navigator.show(page);
        let mounted = guest
            .root
            .with(|| leptos::mount::mount_to(container, move || page_view(page)));
        guest.showing = Some(Box::new(mounted));
    });
}

/// Where "Start now" leads: the next question the answers so far need.
pub fn start_page() -> String {
    GUEST
        .with_borrow(|guest| {
            guest
                .as_ref()
                .map(|guest| guest.session.facts.with_untracked(flow::next_page))
        })
        .unwrap_or(Page::Question(flow::FIRST_QUESTION))
        .slug()
}

/// Removes the page showing (the state stays for the next page).
pub fn hide() {
    let showing = GUEST.with_borrow_mut(|guest| guest.as_mut().and_then(|g| g.showing.take()));
    drop(showing);
}

/// Forgets the answers and the referral (the shell's session was cleared: quick exit, the
/// inactivity timeout, Start again).
/// Training scores stay: they are fictional, and Start again must not wipe a training session.
pub fn clear() {
    GUEST.with_borrow(|guest| {
        if let Some(guest) = guest {
            guest.referral.clear();
            guest.session.facts.set(CaseFacts::default());
        }
    });
}

fn page_view(page: Page) -> AnyView {
    match page {
        Page::Question(question) => view! { <QuestionPage question=question /> }.into_any(),
        Page::CheckAnswers => view! { <CheckAnswersPage /> }.into_any(),
        Page::Outcome => view! { <OutcomePage /> }.into_any(),
        Page::OpenAssessment => view! { <crate::pages::OpenAssessmentPage /> }.into_any(),
        Page::Referral(step) => view! { <ReferralPage step=step /> }.into_any(),
        Page::TrainingQuiz => view! { <QuizPage /> }.into_any(),
        Page::TrainingFacilitator => view! { <FacilitatorPage /> }.into_any(),
        _ => view! { <TrainingPage /> }.into_any(),
    }
}

/// A new root owner, whatever owner is current (the widget calls in from the app's own pages,
/// whose owners are disposed when they go; the guest's state must outlive them).
fn root_owner() -> Owner {
    let current = Owner::current();
    if let Some(current) = current.clone() {
        current.unset();
    }
    let root = Owner::new();
    if let Some(current) = current {
        current.set();
    }
    root
}
