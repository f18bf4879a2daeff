//! Component tests in headless Chromium (`make test-wasm`): the real components, mounted into a
//! real DOM, driven by real events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use referral_assistant::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh container and keeps it mounted for the test.
fn mount_app() -> (HtmlElement, impl Drop) {
    let document = document();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    (container, handle)
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn link_named(root: &Element, name: &str) -> HtmlElement {
    let links = root.query_selector_all("a").unwrap();
    (0..links.length())
        .filter_map(|index| links.item(index))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|link| link.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no link named {name}"))
}

fn heading(root: &Element) -> String {
    find(root, "main h1")
        .text_content()
        .unwrap()
        .trim()
        .to_string()
}

#[wasm_bindgen_test]
async fn start_page_says_what_the_service_is_for_and_the_emergency_warning() {
    let (root, _mounted) = mount_app();
    assert_eq!(
        heading(&root),
        "Check if a serious child safeguarding incident must be notified"
    );
    let text = root.text_content().unwrap();
    assert!(text.contains("If a child is in immediate danger, call 999."));
    assert!(text.contains("Nothing you enter leaves this browser until you choose to send it."));
    assert!(
        text.contains("01632 960 200"),
        "children's social care number"
    );
    find(&root, ".govuk-exit-this-page a[role=button]");
    root.remove();
}

#[wasm_bindgen_test]
async fn footer_links_open_the_privacy_notice_and_accessibility_statement() {
    let (root, _mounted) = mount_app();
    link_named(&root, "Privacy notice").click();
    leptos::task::tick().await;
    assert_eq!(heading(&root), "Privacy notice");
    link_named(&root, "Accessibility statement").click();
    leptos::task::tick().await;
    assert_eq!(heading(&root), "Accessibility statement");
    root.remove();
}

#[wasm_bindgen_test]
async fn contrast_toggle_switches_the_theme_and_reports_its_state() {
    let (root, _mounted) = mount_app();
    let app_root = find(&root, ".app-root");
    let toggle = find(&root, "button[aria-pressed]");
    let before = toggle.get_attribute("aria-pressed").unwrap();
    toggle.click();
    leptos::task::tick().await;
    let after = toggle.get_attribute("aria-pressed").unwrap();
    assert_ne!(before, after);
    assert_eq!(
        app_root.class_list().contains("app-contrast-high"),
        after == "true"
    );
    root.remove();
}
