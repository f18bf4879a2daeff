//! The shell around every page: skip link, header, contrast toggle, Exit this page, footer.

use crate::content;
use crate::embed::PartnershipConfig;
use crate::navigation::{Navigator, Page};
use crate::ui::{ContrastToggle, ExitThisPage};
use leptos::prelude::*;

#[component]
pub fn Layout(
    /// Where the on-demand part puts the inactivity timeout's warning (`ui::inactivity`): it
    /// holds the answers, so it keeps the count.
    inactivity_slot: NodeRef<leptos::html::Div>,
    children: Children,
) -> impl IntoView {
    let navigator = expect_context::<Navigator>();
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    let partnership = config.with_value(|config| config.name.clone());
    let business_unit = config.with_value(|config| config.business_unit.clone());
    let logo = config.with_value(|config| config.logo.clone());
    let links = config.with_value(|config| config.links.clone());
    // Training mode is a feature a partnership can switch off (`features.training`).
    let training = config.with_value(|config| config.features.training);
    // Embedded, the host page has its own banner, main and footer: the app's main is a named
    // region instead, and in an iframe its header and footer are named apart from the host's.
    let embedded = !crate::embed::owns_document();
    let framed_label =
        (crate::embed::mode() == crate::embed::Mode::Iframe).then_some(content::SERVICE_NAME);

    // The skip link moves focus itself: a `#main-content` URL fragment would change a host page's URL.
    let skip_to_main = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = crate::embed::element_by_id("main-content") {
            let _ = main.focus();
        }
    };
    let go = move |page: Page| navigator.link_to(page);
    // A section of the privacy notice: the page, then focus on the section's heading, after
    // the page's own heading has had it (a URL fragment would change a host page's URL and
    // cannot reach into the tool's shadow root). The notice is in the on-demand part: the
    // heading is there once that part has shown it.
    let to_place_data = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        navigator.go(Page::Privacy);
        focus_once_shown(
            crate::embed::app_root(),
            content::pages::privacy::PLACE_DATA_ID,
            SECTION_WAIT_FRAMES,
        );
    };

    view! {
        <a href="#main-content" class="govuk-skip-link" on:click=skip_to_main>
            "Skip to main content"
        </a>
        <header class="app-header" aria-label=framed_label>
            <div class="govuk-width-container app-header__container">
                {(logo.is_some() || !partnership.is_empty())
                    .then(|| {
                        view! {
                            <p class="app-header__partnership">
                                {logo.map(|logo| view! { <img class="app-header__logo" src=logo.src alt=logo.alt /> })}
                                {partnership.clone()}
                            </p>
                        }
                    })}
                <a href="#start" class="app-header__service app-header__link" on:click=go(Page::Start)>
                    {content::SERVICE_NAME}
                </a>
            </div>
        </header>
        // A child of the page's root, not of a short toolbar: sticky holds it on screen at every
        // scroll position, footer included.
        <ExitThisPage />
        <div class="govuk-width-container">
            <div class="app-toolbar app-no-print">
                <ContrastToggle />
            </div>
            {if embedded {
                // Inside a host page that has its own <main>: a named region, not a second main.
                view! {
                    <div
                        class="govuk-main-wrapper"
                        id="main-content"
                        tabindex="-1"
                        role="region"
                        aria-label=content::SERVICE_NAME
                    >
                        {children()}
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                        {children()}
                    </main>
                }
                    .into_any()
            }}
        </div>
        <div class="app-inactivity" node_ref=inactivity_slot></div>
        <footer class="govuk-footer" aria-label=framed_label>
            <div class="govuk-width-container">
                <h2 class="govuk-visually-hidden">"Support links"</h2>
                <ul class="govuk-footer__inline-list">
                    <li class="govuk-footer__inline-list-item">
                        <a class="govuk-footer__link" href="#privacy" on:click=go(Page::Privacy)>
                            "Privacy notice"
                        </a>
                    </li>
                    <li class="govuk-footer__inline-list-item">
                        <a
                            class="govuk-footer__link"
                            href="#accessibility"
                            on:click=go(Page::Accessibility)
                        >
                            "Accessibility statement"
                        </a>
                    </li>
                    <li class="govuk-footer__inline-list-item">
                        <a
                            class="govuk-footer__link"
                            href=format!("#{}", content::pages::privacy::PLACE_DATA_ID)
                            on:click=to_place_data
                        >
                            {content::pages::privacy::PLACE_DATA_HEADING}
                        </a>
                    </li>
                    {training
                        .then(|| {
                            view! {
                                <li class="govuk-footer__inline-list-item">
                                    <a
                                        class="govuk-footer__link"
                                        href="#training"
                                        on:click=go(Page::Training)
                                    >
                                        {content::training::LINK}
                                    </a>
                                </li>
                            }
                        })}
                </ul>
                {(!partnership.is_empty() && business_unit.is_given())
                    .then(|| {
                        view! {
                            <p class="govuk-body-s">
                                {partnership.clone()} " business unit: " {business_unit.phone} ", "
                                {business_unit.hours} "."
                            </p>
                        }
                    })}
                {(!links.is_empty())
                    .then(|| {
                        view! {
                            <h2 class="govuk-heading-s">"Local procedures and forms"</h2>
                            <ul class="govuk-footer__list app-local-links">
                                {links
                                    .into_iter()
                                    .map(|link| {
                                        view! {
                                            <li class="govuk-footer__list-item">
                                                <a class="govuk-footer__link" href=link.href>
                                                    {link.text}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                <p class="govuk-body-s">{content::RULES_FOOTNOTE} " " {content::LICENCE}</p>
            </div>
        </footer>
    }
}

/// How long a footer link to a section waits for its page: about 10 seconds of frames.
const SECTION_WAIT_FRAMES: u32 = 600;

/// Focuses the element `id` in the frame after the one it appears in (the page's own heading
/// takes focus in that one: `navigation::focus_main_heading`), checking each frame for at most
/// `frames`.
fn focus_once_shown(root: crate::embed::AppRoot, id: &'static str, frames: u32) {
    request_animation_frame(move || match root.element_by_id(id) {
        Some(section) => request_animation_frame(move || {
            let _ = section.focus();
        }),
        None if frames > 0 => focus_once_shown(root, id, frames - 1),
        None => {}
    });
}
