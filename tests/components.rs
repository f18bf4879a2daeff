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

/// The footer's links leave the start page for the privacy notice, a page of the on-demand
/// module: here, with no module to load, its place is held (the e2e tests open the notice).
#[wasm_bindgen_test]
async fn footer_links_leave_the_start_page_for_the_on_demand_pages() {
    let (root, _mounted) = mount_app();
    link_named(&root, "Privacy notice").click();
    leptos::task::tick().await;
    let start_heading = root
        .query_selector("main h1")
        .unwrap()
        .and_then(|h1| h1.text_content())
        .filter(|text| text.contains("Check if a serious child safeguarding incident"));
    assert_eq!(start_heading, None, "the start page has gone");
    find(&root, "main .app-on-demand");
    root.remove();
}

/// The privacy notice and the accessibility statement name the partnership to contact.
#[wasm_bindgen_test]
async fn the_privacy_notice_and_accessibility_statement_name_whom_to_contact() {
    use referral_assistant::embed::PartnershipConfig;
    use referral_assistant::pages::{AccessibilityPage, PrivacyPage};
    let config = PartnershipConfig::demo();
    for page in ["Privacy notice", "Accessibility statement"] {
        let config = config.clone();
        let (root, _mounted) = mount_view(move || {
            provide_context(StoredValue::new(config));
            view! {
                <main>
                    {if page == "Privacy notice" {
                        view! { <PrivacyPage /> }.into_any()
                    } else {
                        view! { <AccessibilityPage /> }.into_any()
                    }}
                </main>
            }
        });
        assert_eq!(heading(&root), page);
        let text = root.text_content().unwrap();
        assert!(
            text.contains("01632 960 100"),
            "{page}: the business unit's number"
        );
        root.remove();
    }
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

/// Puts a built-in start page (as scripts/prerender.mjs writes it) with two controls in the
/// document, focuses the second and records a press on it, as src/ui/prerendered.js would.
fn built_in_page_with_a_press() -> HtmlElement {
    let built_in: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    built_in.set_attribute("data-prerendered", "").unwrap();
    built_in.set_inner_html(r##"<a href="#a">First</a> <button type="button">Second</button>"##);
    document().body().unwrap().append_child(&built_in).unwrap();
    find(&built_in, "button").focus().unwrap();
    web_sys::js_sys::Reflect::set(&window(), &"appEarlyPress".into(), &1.into()).unwrap();
    built_in
}

/// The app's page, first in the body: the same first control, and a second named `second` that
/// counts its presses.
fn app_page(second: &'static str, presses: RwSignal<u32>) -> (HtmlElement, impl Drop) {
    let app: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    app.set_class_name("app-root");
    document()
        .body()
        .unwrap()
        .prepend_with_node_1(&app)
        .unwrap();
    let handle = leptos::mount::mount_to(app.clone(), move || {
        view! {
            <a href="#a">"First"</a>
            <button type="button" on:click=move |_| presses.update(|n| *n += 1)>{second}</button>
        }
    });
    (app, handle)
}

#[wasm_bindgen_test]
async fn the_app_takes_the_built_in_start_page_s_place_and_the_focus_and_press_carry_over() {
    let built_in = built_in_page_with_a_press();
    let early = referral_assistant::ui::prerendered::take_over().expect("a built-in page");
    assert!(!built_in.is_connected(), "the built-in page is gone");
    let presses = RwSignal::new(0);
    let (app, mounted) = app_page("Second", presses);
    early.replay();
    assert_eq!(presses.get_untracked(), 1, "the press is replayed once");
    let focused = document().active_element().unwrap();
    assert!(app.contains(Some(&focused)), "focus is in the app's page");
    assert_eq!(focused.text_content().unwrap(), "Second");
    drop(mounted);
    app.remove();
}

#[wasm_bindgen_test]
async fn a_press_is_not_replayed_on_a_different_control() {
    let _ = built_in_page_with_a_press();
    let early = referral_assistant::ui::prerendered::take_over().expect("a built-in page");
    let presses = RwSignal::new(0);
    let (app, mounted) = app_page("Something else", presses);
    early.replay();
    assert_eq!(
        presses.get_untracked(),
        0,
        "the control in that place is not the one pressed"
    );
    drop(mounted);
    app.remove();
}

#[wasm_bindgen_test]
async fn without_a_built_in_page_there_is_nothing_to_take_over() {
    assert!(referral_assistant::ui::prerendered::take_over().is_none());
}

/// Mounts `view` into a fresh container and keeps it mounted for the test.
fn mount_view<V: IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> (HtmlElement, impl Drop) {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    (container, handle)
}

/// A citation reads as the source's name, linked (the address only in href, a new tab said in
/// words), with its status and the quotation; a superseded source says what replaced it.
#[wasm_bindgen_test]
async fn a_citation_is_a_readable_link_with_its_quotation() {
    use referral_assistant::ui::citation::CitationLink;
    let r01 = rules::RuleId::R01.info().main().citations[0].clone();
    let (root, _mounted) = mount_view(move || view! { <CitationLink citation=r01 /> });
    let link = find(&root, "a");
    let text = link.text_content().unwrap();
    assert!(
        text.starts_with("Children Act 2004, section 16C(1)(a)"),
        "{text}"
    );
    assert!(text.contains("(opens in new tab)"));
    assert!(!text.contains("http"));
    assert!(link.get_attribute("href").unwrap().starts_with("https://"));
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert!(find(&root, "q")
        .text_content()
        .unwrap()
        .contains("knows or suspects"));

    let wt = rules::RuleId::R07
        .info()
        .part("judgement")
        .unwrap()
        .citations[0]
        .clone();
    let (root, _mounted) = mount_view(move || view! { <CitationLink citation=wt /> });
    assert!(root
        .text_content()
        .unwrap()
        .contains("since replaced by Working Together to Safeguard Children 2026"));
}

/// The review notice shows only after the review-by date.
#[wasm_bindgen_test]
async fn the_review_notice_shows_only_after_the_review_by_date() {
    use referral_assistant::ui::sources_checked::ReviewNotice;
    let by = rules::sources::review_by();
    let (root, _a) = mount_view(move || view! { <ReviewNotice review_by=by today=by /> });
    assert!(root
        .query_selector("[data-testid=review-notice]")
        .unwrap()
        .is_none());
    let after = by.succ_opt().unwrap();
    let (root, _b) = mount_view(move || view! { <ReviewNotice review_by=by today=after /> });
    find(&root, "[data-testid=review-notice]");
}

/// Every message of the bridge between the two modules crosses as it was sent: what one module
/// encodes, the other decodes to the same call with the same arguments.
#[wasm_bindgen_test]
fn every_bridge_message_crosses_unchanged() {
    use referral_assistant::embed::validate::{ConfigProblem, Source};
    use referral_assistant::extension::bridge::{ToGuest, ToShell};
    use referral_assistant::navigation::Page;
    use referral_assistant::referral::ReferralStep;

    let element: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    let question = Page::Question(referral_assistant::flow::FIRST_QUESTION);
    let to_guest = [
        ToGuest::Show(element.clone(), question),
        ToGuest::Show(element.clone(), Page::Referral(ReferralStep::Check)),
        ToGuest::Hide,
        ToGuest::WatchInactivity(element.clone()),
        ToGuest::Clear,
        ToGuest::StartPage,
    ];
    for message in to_guest {
        assert_eq!(ToGuest::from_js(&message.to_js()).as_ref(), Some(&message));
    }
    let to_shell = [
        ToShell::Go(Page::Outcome),
        ToShell::Go(question),
        ToShell::Back,
        ToShell::Answered(true),
        ToShell::Answered(false),
        ToShell::Clear,
        ToShell::ClearForInactivity,
        ToShell::ConfigProblems(vec![
            ConfigProblem {
                source: Source::File,
                field: "local_authorities[0]".into(),
                message: "is not a local authority in England.".into(),
            },
            ConfigProblem {
                source: Source::Attribute,
                field: "data-name".into(),
                message: "must not be empty.".into(),
            },
        ]),
        ToShell::ConfigProblems(Vec::new()),
    ];
    for message in to_shell {
        assert_eq!(ToShell::from_js(&message.to_js()).as_ref(), Some(&message));
    }
    // Anything else is no message: a method name, as the bridge once used, or a wrong argument.
    assert_eq!(
        ToShell::from_js(&wasm_bindgen::JsValue::from_str("go")),
        None
    );
    assert_eq!(ToGuest::from_js(&ToShell::Go(Page::Outcome).to_js()), None);
}
