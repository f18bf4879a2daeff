//! The root component: it makes the visit's shell half (`crate::session::Visit`), the navigator
//! and this tool's hold on the on-demand part, and hands each down to the parts that need it.

use crate::embed::PartnershipConfig;
use crate::extension::{GuestSlot, OnDemandPage};
use crate::navigation::{Navigator, Page};
use crate::pages::StartPage;
use crate::session::Visit;
use crate::ui::{install_shift_shortcut, Contrast, Layout};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let config = StoredValue::new(crate::embed::with_page_settings(
        PartnershipConfig::from_host_page(),
    ));
    let navigator = Navigator::install();
    // This tool's own: two tools on a page share nothing.
    let guest = GuestSlot::new();
    let visit = Visit::new(
        move || {
            guest.clear();
            navigator.go(Page::Start);
        },
        move || crate::extension::start_page(guest),
    );
    let contrast = Contrast::from_system();
    provide_context(config);
    provide_context(navigator);
    provide_context(visit);
    provide_context(guest);
    provide_context(contrast);
    install_shift_shortcut(visit, config);
    crate::ui::install_leave_warning(visit);

    let shown = Memo::new(move |_| navigator.page());
    // Once the start page is up, fetch the rest of the service.
    crate::ui::after_first_paint(move || crate::extension::prepare(guest, navigator, visit));

    view! {
        <div class=move || format!("app-root govuk-template__body govuk-frontend-supported {}", contrast.class())>
            <crate::embed::ConfigNotice later=guest.config_problems() />
            <Layout inactivity_slot=guest.inactivity_slot()>
                {move || match shown.get() {
                    Page::Start => view! { <StartPage /> }.into_any(),
                    page => view! { <OnDemandPage page=page /> }.into_any(),
                }}
            </Layout>
        </div>
    }
}
