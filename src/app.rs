//! The root component: the session (everything quick exit must forget) and which page shows.

use crate::embed::PartnershipConfig;
use crate::navigation::{Navigator, Page};
use crate::pages::{AccessibilityPage, PrivacyPage, StartPage};
use crate::ui::{install_shift_shortcut, Contrast, Layout};
use leptos::prelude::*;

/// Everything the app holds about the current use. Quick exit and "Start again" clear it.
#[derive(Clone, Copy)]
pub struct Session {
    pub navigator: Navigator,
}

impl Session {
    pub fn clear(&self) {
        self.navigator.reset();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let config = StoredValue::new(PartnershipConfig::demo());
    let navigator = Navigator::install();
    let session = Session { navigator };
    let contrast = Contrast::from_system();
    provide_context(config);
    provide_context(navigator);
    provide_context(session);
    provide_context(contrast);
    install_shift_shortcut(session, config);

    view! {
        <div class=move || format!("app-root govuk-template__body {}", contrast.class())>
            <Layout>
                {move || match navigator.page() {
                    Page::Start => view! { <StartPage /> }.into_any(),
                    Page::Privacy => view! { <PrivacyPage /> }.into_any(),
                    Page::Accessibility => view! { <AccessibilityPage /> }.into_any(),
                }}
            </Layout>
        </div>
    }
}
