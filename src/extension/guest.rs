//! The on-demand module's side: the answers, the referral and training state, kept for the whole
//! visit, and the page showing (a question, check your answers, the outcome, a referral or
//! training page), mounted into the element the app gives. `src/bin/extension.rs` exports a
//! [`Guest`] per tool to JavaScript (two tools on one host page share the module, not a guest).

use super::bridge::{ToGuest, ToShell, Wire};
use super::Bridge;
use crate::embed::{with_page_settings, Embedding, PartnershipConfig};
use crate::flow;
use crate::navigation::{Navigator, Page};
use crate::pages::{
    AccessibilityPage, CheckAnswersPage, OutcomePage, PrivacyPage, QuestionPage, ReferralPage,
    ReferralSession,
};
use crate::session::Session;
use crate::training::ui::{FacilitatorPage, QuizPage, TrainingPage, TrainingState};
use crate::ui::inactivity::InactivityWarning;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use rules::CaseFacts;
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The answers, the referral and training state of one tool, and the page showing.
pub struct Guest {
    /// Owns the state below for the whole visit (no page of the app owns it).
    root: Owner,
    /// The tool this guest serves when embedded (its shadow root and configuration).
    embedding: Option<Embedding>,
    session: Session,
    referral: ReferralSession,
    /// The page showing; dropping it unmounts the page.
    showing: RefCell<Option<Box<dyn Any>>>,
    /// The inactivity timeout's warning, once the shell has given it a place.
    inactivity: RefCell<Option<Box<dyn Any>>>,
    /// Asks the shell to clear everything (the inactivity timeout).
    bridge: Bridge,
}

impl Guest {
    /// Connects to the app that owns the session; `embedding`: the tool's, when embedded (the
    /// guest's pages then see its shadow root and configuration, as the shell's do).
    pub fn connect(owner: Bridge, embedding: Option<Embedding>) -> Guest {
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let root = root_owner();
        root.with(|| {
            if let Some(embedding) = &embedding {
                provide_context(embedding.clone());
            }
            let navigator = Navigator::delegating_to(owner.clone(), Page::Start);
            let session = Session::new(navigator, {
                let owner = owner.clone();
                move || owner.send(ToShell::Clear)
            });
            let referral = ReferralSession::new();
            provide_context(session);
            provide_context(navigator);
            provide_context(referral);
            provide_context(StoredValue::new(with_page_settings(
                PartnershipConfig::from_host_page(),
            )));
            provide_context(TrainingState::new());
            // The partnership's areas, checked against the place register (in this module only).
            let problems = crate::embed::areas::configured_problems(crate::ui::today());
            if !problems.is_empty() {
                owner.send(ToShell::ConfigProblems(problems));
            }
            // The shell warns before the page is left while there is anything to lose.
            let bridge = owner.clone();
            Effect::new(move |reported: Option<bool>| {
                let answered = holds_anything(session, referral);
                if reported != Some(answered) {
                    owner.send(ToShell::Answered(answered));
                }
                answered
            });
            Guest {
                root: root.clone(),
                embedding,
                session,
                referral,
                showing: RefCell::new(None),
                inactivity: RefCell::new(None),
                bridge,
            }
        })
    }

    /// Acts on what the shell asks; the reply, if it asks for one.
    pub fn receive(&self, message: ToGuest) -> JsValue {
        match message {
            ToGuest::Show(container, page) => self.show(container, page),
            ToGuest::Hide => self.hide(),
            ToGuest::WatchInactivity(slot) => self.watch_inactivity(slot),
            ToGuest::Clear => self.clear(),
            ToGuest::StartPage => return self.start_page().to_js(),
        }
        JsValue::UNDEFINED
    }

    /// Shows `requested` inside `container`. Check your answers and the outcome need every
    /// answer the rules need: until then the next question shows instead (Back or Forward into
    /// a page whose answers were cleared).
    fn show(&self, container: web_sys::HtmlElement, requested: Page) {
        if !requested.is_on_demand() {
            return;
        }
        self.hide();
        let page = self
            .session
            .facts
            .with_untracked(|facts| flow::resolve(requested, facts));
        self.session.navigator.show(page);
        let mounted = self
            .root
            .with(|| leptos::mount::mount_to(container, move || page_view(page)));
        *self.showing.borrow_mut() = Some(Box::new(mounted));
    }

    /// Keeps the inactivity timeout (this part holds the answers it protects), its warning in
    /// `slot`, the place the shell's layout keeps for it. Once: a second call does nothing.
    fn watch_inactivity(&self, slot: web_sys::HtmlElement) {
        if self.inactivity.borrow().is_some() {
            return;
        }
        let (session, referral, bridge) = (self.session, self.referral, self.bridge.clone());
        let mounted = self.root.with(|| {
            leptos::mount::mount_to(slot, move || {
                let limit = expect_context::<StoredValue<PartnershipConfig>>()
                    .with_value(|config| config.inactivity_minutes);
                let has_answers = move || holds_anything(session, referral);
                let clear = UnsyncCallback::new(move |for_inactivity: bool| {
                    crate::privacy::wipe_storage();
                    bridge.send(if for_inactivity {
                        ToShell::ClearForInactivity
                    } else {
                        ToShell::Clear
                    });
                });
                view! { <InactivityWarning has_answers=has_answers clear=clear limit=limit /> }
            })
        });
        *self.inactivity.borrow_mut() = Some(Box::new(mounted));
    }

    /// Where "Start now" leads: the next question the answers so far need.
    fn start_page(&self) -> Page {
        self.session.facts.with_untracked(flow::next_page)
    }

    /// Removes the page showing (the state stays for the next page).
    fn hide(&self) {
        let showing = self.showing.borrow_mut().take();
        drop(showing);
    }

    /// Forgets the answers and the referral (the shell's session was cleared: quick exit, the
    /// inactivity timeout, Start again).
    /// Training scores stay: they are fictional, and Start again must not wipe a training session.
    fn clear(&self) {
        self.referral.clear();
        self.session.facts.set(CaseFacts::default());
    }
}

impl Drop for Guest {
    /// The tool went (unmounted by its host page): its page, its state and every listener its
    /// pages added go with it.
    fn drop(&mut self) {
        self.hide();
        self.inactivity.borrow_mut().take();
        self.root.cleanup();
        if let Some(embedding) = self.embedding.take() {
            crate::embed::release(embedding);
        }
    }
}

/// Whether anything has been answered or typed (leaving or clearing would lose it).
fn holds_anything(session: Session, referral: ReferralSession) -> bool {
    session.facts.with(|facts| *facts != CaseFacts::default())
        || referral.form.with(Option::is_some)
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
        Page::Privacy => view! { <PrivacyPage /> }.into_any(),
        Page::Accessibility => view! { <AccessibilityPage /> }.into_any(),
        _ => view! { <TrainingPage /> }.into_any(),
    }
}

/// A new root owner, whatever owner is current (the guest's state must outlive the page that
/// first asked for it).
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
