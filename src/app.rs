//! The root component: the session (everything quick exit must forget) and which page shows.

use crate::embed::PartnershipConfig;
use crate::extension::{OnDemand, OnDemandPage};
use crate::flow;
use crate::navigation::{Navigator, Page};
use crate::pages::{AccessibilityPage, PrivacyPage, QuestionPage, StartPage};
use crate::ui::{install_shift_shortcut, Contrast, Layout};
use leptos::prelude::*;
use rules::CaseFacts;

/// Everything the app holds about the current use: kept in memory only. Quick exit, the
/// inactivity timeout and "Start again" clear it.
#[derive(Clone, Copy)]
pub struct Session {
    pub navigator: Navigator,
    pub facts: RwSignal<CaseFacts>,
    /// The referral and training pages, loaded on demand (`crate::extension`).
    pub on_demand: OnDemand,
}

impl Session {
    pub fn clear(&self) {
        if let Some(owner) = self.on_demand.owner() {
            // In the on-demand part: the app clears the session, this part included.
            owner.clear();
            return;
        }
        self.facts.set(CaseFacts::default());
        self.on_demand.clear();
        self.navigator.go(Page::Start);
    }

    /// Replaces the answers (opening a draft, a training scenario tried in the tool).
    pub fn set_facts(&self, facts: CaseFacts) {
        if let Some(owner) = self.on_demand.owner() {
            owner.set_facts(&facts);
        }
        self.facts.set(facts);
    }

    /// Whether anything has been answered (leaving the page would lose it).
    pub fn has_answers(&self) -> bool {
        self.facts
            .with_untracked(|facts| *facts != CaseFacts::default())
            || self.on_demand.referral_started()
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
        on_demand: OnDemand::in_app(),
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

    // Outcome and check-your-answers need every answer the rules need; until then the next
    // question shows instead (for Back/Forward into a page whose answers were cleared).
    let shown = Memo::new(move |_| {
        let requested = navigator.page();
        session.facts.with(|facts| flow::resolve(requested, facts))
    });
    // Once the questions start, fetch the pages that follow them.
    Effect::new(move |_| {
        if matches!(shown.get(), Page::Question(_)) {
            crate::extension::prepare(session);
        }
    });

    view! {
        <div class=move || format!("app-root govuk-template__body govuk-frontend-supported {}", contrast.class())>
            <crate::embed::ConfigNotice />
            <Layout>
                {move || match shown.get() {
                    Page::Start => view! { <StartPage /> }.into_any(),
                    Page::Privacy => view! { <PrivacyPage /> }.into_any(),
                    Page::Accessibility => view! { <AccessibilityPage /> }.into_any(),
                    Page::Question(question) => view! { <QuestionPage question=question /> }.into_any(),
                    page => view! { <OnDemandPage page=page /> }.into_any(),
                }}
            </Layout>
        </div>
    }
}
