//! Which page is showing. Page names live in the browser's history *state*, never in the URL, so
//! the address bar never carries anything about a case and Back/Forward move between pages.

use crate::flow::answer::field_name;
use leptos::prelude::*;
use rules::Question;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Privacy,
    Accessibility,
    Question(Question),
    /// The referral's pages (issue 5).
    Referral(crate::referral::ReferralStep),
    CheckAnswers,
    Outcome,
    /// Open an assessment saved as a file: it shows the same outcome again.
    OpenAssessment,
    /// Training mode: the scenarios, scores and the criteria picture.
    Training,
    /// Training mode: the quiz on the current scenario.
    TrainingQuiz,
    /// Training mode: the facilitator view of the current scenario.
    TrainingFacilitator,
}

thread_local! {
    /// Set once quick exit is leaving: page changes not yet recorded in history stay unrecorded.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Quick exit is leaving the page: a page change still waiting to be recorded in history (see
/// [`Navigator::go`]) is dropped, so no history entry is added while the browser navigates away.
pub fn stop_recording_history() {
    LEAVING.set(true);
}

const QUESTION_PREFIX: &str = "question:";
const REFERRAL_PREFIX: &str = "referral:";

impl Page {
    /// Every page that is not a question or a referral step (those carry their own names).
    pub const NOT_QUESTIONS: [Page; 9] = [
        Page::Start,
        Page::Privacy,
        Page::Accessibility,
        Page::CheckAnswers,
        Page::Outcome,
        Page::OpenAssessment,
        Page::Training,
        Page::TrainingQuiz,
        Page::TrainingFacilitator,
    ];

    /// Pages of the part of the app loaded on demand (`crate::extension`): all but the shell's
    /// start page.
    pub fn is_on_demand(self) -> bool {
        self != Page::Start
    }

    /// The name kept in history state.
    pub fn slug(self) -> String {
        match self {
            Page::Start => "start".into(),
            Page::Privacy => "privacy".into(),
            Page::Accessibility => "accessibility".into(),
            Page::Question(question) => format!("{QUESTION_PREFIX}{}", field_name(question)),
            Page::Referral(step) => format!("{REFERRAL_PREFIX}{}", step.slug()),
            Page::CheckAnswers => "check-answers".into(),
            Page::Outcome => "outcome".into(),
            Page::OpenAssessment => "open-assessment".into(),
            Page::Training => "training".into(),
            Page::TrainingQuiz => "training-quiz".into(),
            Page::TrainingFacilitator => "training-facilitator".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        if let Some(name) = slug.strip_prefix(REFERRAL_PREFIX) {
            return crate::referral::ReferralStep::from_slug(name).map(Page::Referral);
        }
        if let Some(name) = slug.strip_prefix(QUESTION_PREFIX) {
            return Question::ALL
                .into_iter()
                .find(|question| field_name(*question) == name)
                .map(Page::Question);
        }
        Page::NOT_QUESTIONS
            .into_iter()
            .find(|page| page.slug() == slug)
    }
}

/// Moves between pages and keeps browser history in step.
#[derive(Clone, Copy)]
pub struct Navigator {
    page: RwSignal<Page>,
    /// Embedded in a host page, history is not touched: the pages behind this one, for Back.
    behind: StoredValue<Vec<Page>>,
    /// In the part loaded on demand (`crate::extension`): the app that owns navigation.
    owner: StoredValue<Option<Rc<dyn HistoryOwner>>, LocalStorage>,
}

/// The part of the app that owns history, for a navigator that only asks (the on-demand part's:
/// its bridge to the shell, `crate::extension::Bridge`).
pub trait HistoryOwner {
    /// Show `page`, recorded in history.
    fn go(&self, page: Page);
    fn back(&self);
}

impl Navigator {
    /// Starts on the start page and, once that is on screen, follows Back/Forward.
    pub fn install() -> Navigator {
        let navigator = Navigator {
            page: RwSignal::new(Page::Start),
            behind: StoredValue::new(Vec::new()),
            owner: StoredValue::new_local(None),
        };
        if crate::embed::owns_document() {
            // Nobody can press Back before the start page is on screen: it shows first.
            crate::ui::first_paint::after_first_paint(move || navigator.follow_history());
        }
        navigator
    }

    /// Labels the current history entry (after a reload it may still name an earlier page) and
    /// shows the page each Back/Forward returns to.
    fn follow_history(self) {
        if self.page.get_untracked() == Page::Start {
            replace_history_state(Page::Start);
        }
        let handle = window_event_listener(leptos::ev::popstate, move |event| {
            let page = event
                .state()
                .as_string()
                .and_then(|slug| Page::from_slug(&slug))
                .unwrap_or(Page::Start);
            self.page.set(page);
            focus_main_heading();
        });
        on_cleanup(move || handle.remove());
    }

    /// For the part loaded on demand: shows `page` now, and asks `owner` for every move.
    pub fn delegating_to(owner: impl HistoryOwner + 'static, page: Page) -> Navigator {
        Navigator {
            page: RwSignal::new(page),
            behind: StoredValue::new(Vec::new()),
            owner: StoredValue::new_local(Some(Rc::new(owner))),
        }
    }

    pub fn page(&self) -> Page {
        self.page.get()
    }

    /// Shows `page` without recording a move (the owning app has already recorded it).
    pub(crate) fn show(&self, page: Page) {
        self.page.set(page);
    }

    /// Shows `page`, records it in history and moves focus to its heading.
    pub fn go(&self, page: Page) {
        if let Some(owner) = self.owner.get_value() {
            owner.go(page);
        } else if !crate::embed::owns_document() {
            let current = self.page.get_untracked();
            self.behind.update_value(|behind| behind.push(current));
        } else if let Ok(history) = window().history() {
            // Recorded once the new page is on screen: pushState can take several milliseconds
            // in Chromium, and the page need not wait for it (the URL does not change).
            let slug = JsValue::from_str(&page.slug());
            crate::ui::first_paint::after_next_paint(move || {
                if !LEAVING.get() {
                    let _ = history.push_state(&slug, "");
                }
            });
        }
        self.page.set(page);
        focus_main_heading();
    }

    /// A link within the app: its click shows `page` (the `href` only serves before the app's
    /// script has started: a URL fragment would change a host page's URL).
    pub fn link_to(self, page: Page) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
        move |event| {
            event.prevent_default();
            self.go(page);
        }
    }

    /// The Back link: the browser's Back, or (embedded) the previous page of the app.
    pub fn back(&self) {
        if let Some(owner) = self.owner.get_value() {
            owner.back();
        } else if crate::embed::owns_document() {
            if let Ok(history) = window().history() {
                let _ = history.back();
            }
        } else if let Some(page) = self.behind.try_update_value(Vec::pop).flatten() {
            self.page.set(page);
            focus_main_heading();
        }
    }
}

fn replace_history_state(page: Page) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&JsValue::from_str(&page.slug()), "");
    }
}

/// After the next paint, focus the page's `h1` so screen readers announce the new page.
pub(crate) fn focus_main_heading() {
    // This tool's root, taken now: the frame's callback runs outside any owner.
    let root = crate::embed::app_root();
    request_animation_frame(move || {
        if let Some(heading) = root.query(".app-root #main-content h1") {
            use wasm_bindgen::JsCast;
            if let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_survives_the_trip_through_history_state() {
        let pages = Page::NOT_QUESTIONS
            .into_iter()
            .chain(Question::ALL.into_iter().map(Page::Question));
        for page in pages {
            assert_eq!(Page::from_slug(&page.slug()), Some(page));
        }
        assert_eq!(Page::from_slug("question:nonsense"), None);
    }

    #[test]
    fn the_shell_holds_only_the_start_page() {
        let shell = [Page::Start];
        let pages = Page::NOT_QUESTIONS
            .into_iter()
            .chain(Question::ALL.into_iter().map(Page::Question))
            .chain([Page::Referral(crate::referral::ReferralStep::Check)]);
        for page in pages {
            assert_eq!(page.is_on_demand(), !shell.contains(&page), "{page:?}");
        }
    }
}
