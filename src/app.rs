//! The root component: the session (everything quick exit must forget) and which page shows.

use crate::embed::PartnershipConfig;
use crate::extension::{OnDemand, OnDemandPage};
use crate::navigation::{Navigator, Page};
use crate::pages::{AccessibilityPage, PrivacyPage, StartPage};
use crate::ui::{install_shift_shortcut, Contrast, Layout};
use leptos::prelude::*;
use rules::CaseFacts;

/// Everything the app holds about the current use: kept in memory only. Quick exit, the
/// inactivity timeout and "Start again" clear it.
#[derive(Clone, Copy)]
pub struct Session {
    pub navigator: Navigator,
    /// The answers. Held and read in the on-demand part only (`crate::extension`): the shell
    /// knows just whether there are any (`on_demand`).
    pub facts: RwSignal<CaseFacts>,
    /// The link between the shell and the on-demand part.
    pub on_demand: OnDemand,
}

impl Session {
    pub fn clear(&self) {
        if let Some(owner) = self.on_demand.owner() {
            // In the on-demand part: the app clears the session, this part included.
            owner.clear();
            return;
        }
        self.on_demand.clear();
        self.navigator.go(Page::Start);
    }

    /// Whether anything has been answered or typed (leaving the page would lose it).
    pub fn has_answers(&self) -> bool {
        self.on_demand.answered()
    }
}

#[component]
pub fn App() -> impl IntoView {
    let config = StoredValue::new(crate::embed::with_page_settings(
        PartnershipConfig::from_host_page(),
    ));
    let navigator = Navigator::install();
    let session = Session {
        navigator,
        facts: RwSignal::new(CaseFacts::default()),
        on_demand: OnDemand::in_shell(),
    };
    let contrast = Contrast::from_system();
    provide_context(config);
    provide_context(navigator);
    provide_context(session);
    provide_context(contrast);
    provide_context(crate::ui::inactivity::ClearedForInactivity(RwSignal::new(
        false,
    )));
    install_shift_shortcut(session, config);
    crate::ui::install_leave_warning(session);

    let shown = Memo::new(move |_| navigator.page());
    // Once the start page is up, fetch the rest of the service.
    crate::ui::after_first_paint(move || crate::extension::prepare(session));

    view! {
        <div class=move || format!("app-root govuk-template__body govuk-frontend-supported {}", contrast.class())>
            <crate::embed::ConfigNotice />
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
