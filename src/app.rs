//! The root component and the two halves of the session (everything quick exit must forget):
//! the shell's (`Shell`) and the on-demand part's (`Session`, with the answers).

use crate::embed::validate::ConfigProblem;
use crate::embed::PartnershipConfig;
use crate::extension::{Bridge, GuestSlot, OnDemandPage};
use crate::navigation::{Navigator, Page};
use crate::pages::{AccessibilityPage, PrivacyPage, StartPage};
use crate::ui::{install_shift_shortcut, Contrast, Layout};
use leptos::prelude::*;
use rules::CaseFacts;

/// The shell's hold on the current use: which page shows, and whether the on-demand part
/// (`crate::extension`), which holds the answers, has anything to lose. Kept in memory only.
/// Quick exit, the inactivity timeout and "Start again" clear it.
#[derive(Clone, Copy)]
pub struct Shell {
    pub navigator: Navigator,
    /// Whether anything has been answered or typed (the on-demand part reports it).
    answered: RwSignal<bool>,
    /// The on-demand part, once loaded: this tool's own (two tools on a page share nothing).
    pub(crate) guest: GuestSlot,
    /// Configuration problems the on-demand part found (it checks the partnership's areas
    /// against the place register, which the shell does not hold).
    config_problems: RwSignal<Vec<ConfigProblem>>,
}

impl Shell {
    /// Forgets everything: the on-demand part's answers and referral too, if it was loaded.
    pub fn clear(&self) {
        self.answered.set(false);
        self.guest.clear();
        self.navigator.go(Page::Start);
    }

    /// Whether anything has been answered or typed (leaving the page would lose it).
    pub fn has_answers(&self) -> bool {
        self.answered.get_untracked()
    }

    /// Where "Start now" leads: the next question the answers so far need.
    pub fn start_page(&self) -> Page {
        crate::extension::start_page(self.guest)
    }

    pub(crate) fn set_answered(&self, answered: bool) {
        self.answered.set(answered);
    }

    /// Adds problems the on-demand part found to the web manager's notice and the console.
    pub(crate) fn add_config_problems(&self, problems: Vec<ConfigProblem>) {
        crate::embed::report_to_console(&problems);
        self.config_problems.update(|all| all.extend(problems));
    }
}

/// The on-demand part's session: the answers, in memory only, and the shell that owns the visit.
#[derive(Clone, Copy)]
pub struct Session {
    pub navigator: Navigator,
    pub facts: RwSignal<CaseFacts>,
    shell: StoredValue<Bridge, LocalStorage>,
}

impl Session {
    pub(crate) fn new(navigator: Navigator, shell: Bridge) -> Session {
        Session {
            navigator,
            facts: RwSignal::new(CaseFacts::default()),
            shell: StoredValue::new_local(shell),
        }
    }

    /// "Start again", or quick exit from a page of this part: the shell clears everything,
    /// this part included.
    pub fn clear(&self) {
        self.shell.with_value(Bridge::clear);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let config = StoredValue::new(crate::embed::with_page_settings(
        PartnershipConfig::from_host_page(),
    ));
    let navigator = Navigator::install();
    let shell = Shell {
        navigator,
        answered: RwSignal::new(false),
        guest: GuestSlot::new(),
        config_problems: RwSignal::new(Vec::new()),
    };
    let contrast = Contrast::from_system();
    provide_context(config);
    provide_context(navigator);
    provide_context(shell);
    provide_context(contrast);
    provide_context(crate::ui::inactivity::ClearedForInactivity(RwSignal::new(
        false,
    )));
    install_shift_shortcut(shell, config);
    crate::ui::install_leave_warning(shell);

    let shown = Memo::new(move |_| navigator.page());
    // Once the start page is up, fetch the rest of the service.
    crate::ui::after_first_paint(move || crate::extension::prepare(shell));

    view! {
        <div class=move || format!("app-root govuk-template__body govuk-frontend-supported {}", contrast.class())>
            <crate::embed::ConfigNotice later=shell.config_problems />
            <Layout>
                {move || match shown.get() {
                    Page::Start => view! { <StartPage /> }.into_any(),
                    Page::Privacy => view! { <PrivacyPage /> }.into_any(),
                    Page::Accessibility => view! { <AccessibilityPage /> }.into_any(),
                    page => view! { <OnDemandPage page=page /> }.into_any(),
                }}
            </Layout>
        </div>
    }
}
