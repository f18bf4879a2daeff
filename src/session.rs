//! The two halves of a visit (everything quick exit must forget), as the parts below the app see
//! them: the shell's ([`Visit`]) and the on-demand part's ([`Session`], with the answers). The
//! app (`crate::app`) and the on-demand part (`crate::extension`) make them and hand down what
//! clearing does, so nothing here knows the modules above it. Kept in memory only.

use crate::navigation::{Navigator, Page};
use leptos::prelude::*;
use rules::CaseFacts;

/// An action handed down by the part that owns it (Copy, so components can share it).
type Action<T> = StoredValue<Box<dyn Fn() -> T>, LocalStorage>;

/// Runs `action`, or gives `otherwise` once its owner has gone.
fn run<T: 'static>(action: Action<T>, otherwise: T) -> T {
    action
        .try_with_value(|action| action())
        .unwrap_or(otherwise)
}

/// The shell's hold on the visit: whether anything has been answered or typed (quick exit, the
/// inactivity timeout and the leave warning need it), forgetting everything, and where "Start
/// now" leads.
#[derive(Clone, Copy)]
pub struct Visit {
    answered: RwSignal<bool>,
    /// Set when everything was cleared because nobody used the page for a while, so the start
    /// page can say why; the start page resets it.
    cleared_for_inactivity: RwSignal<bool>,
    forget: Action<()>,
    start_page: Action<Page>,
}

impl Visit {
    /// `forget` clears the on-demand part, if loaded, and shows the start page; `start_page` is
    /// the next question the answers so far need.
    pub fn new(forget: impl Fn() + 'static, start_page: impl Fn() -> Page + 'static) -> Visit {
        Visit {
            answered: RwSignal::new(false),
            cleared_for_inactivity: RwSignal::new(false),
            forget: StoredValue::new_local(Box::new(forget)),
            start_page: StoredValue::new_local(Box::new(start_page)),
        }
    }

    /// Forgets everything: the answers, the referral, and what the shell knew of them.
    pub fn clear(&self) {
        self.answered.set(false);
        run(self.forget, ());
    }

    /// Forgets everything because nobody used the page for a while (the inactivity timeout,
    /// which runs in the on-demand part), and says so on the start page.
    pub fn clear_for_inactivity(&self) {
        self.clear();
        self.cleared_for_inactivity.set(true);
    }

    /// Whether the last clearing was for inactivity (the start page's notice).
    pub fn cleared_for_inactivity(&self) -> RwSignal<bool> {
        self.cleared_for_inactivity
    }

    /// Whether anything has been answered or typed (leaving the page would lose it).
    pub fn has_answers(&self) -> bool {
        self.answered.get_untracked()
    }

    /// The on-demand part reports whether it holds anything.
    pub fn set_answered(&self, answered: bool) {
        self.answered.set(answered);
    }

    /// Where "Start now" leads.
    pub fn start_page(&self) -> Page {
        run(self.start_page, Page::Start)
    }
}

/// The on-demand part's session: the answers, and how to ask the shell, which owns the visit,
/// to clear everything.
#[derive(Clone, Copy)]
pub struct Session {
    pub navigator: Navigator,
    pub facts: RwSignal<CaseFacts>,
    clear: Action<()>,
}

impl Session {
    pub fn new(navigator: Navigator, clear: impl Fn() + 'static) -> Session {
        Session {
            navigator,
            facts: RwSignal::new(CaseFacts::default()),
            clear: StoredValue::new_local(Box::new(clear)),
        }
    }

    /// "Start again", or quick exit from a page of this part: the shell clears everything,
    /// this part included.
    pub fn clear(&self) {
        run(self.clear, ());
    }
}
