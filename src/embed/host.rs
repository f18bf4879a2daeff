//! The host page: reading the configuration from it (host element attributes and the same-origin
//! JSON file), mounting the app inside a shadow root, and, when framed, reporting the app's
//! height to the framing page. The only code that reads configuration from the host page.
//!
//! Three ways the app runs:
//! - standalone (Trunk's `index.html`): the app owns the document; it sets the title and keeps
//!   pages in browser history;
//! - widget (`wasm-pack` package, `embed.js`): mounted in a shadow root inside the host element,
//!   it never changes the host's title, head, URL or history;
//! - iframe (the same package on a page framed by the host): as the widget, and the height is
//!   posted to `host_origin`.

use super::validate::{self, ConfigProblem, FileOutcome, LoadedConfig, Source, CONFIG_ATTRIBUTE};
use super::PartnershipConfig;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys;

/// The id of the element the widget mounts into.
pub const HOST_ELEMENT_ID: &str = "referral-assistant";

/// The message type the iframe posts to its host with the app's height in CSS pixels.
pub const HEIGHT_MESSAGE: &str = "referral-assistant:height";

/// How the app is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Standalone,
    Widget,
    Iframe,
}

struct Mounted {
    mode: Mode,
    shadow: Option<web_sys::ShadowRoot>,
    loaded: LoadedConfig,
}

thread_local! {
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

/// How the app is running (standalone unless the widget mounted it).
pub fn mode() -> Mode {
    MOUNTED.with_borrow(|mounted| mounted.as_ref().map_or(Mode::Standalone, |m| m.mode))
}

/// Whether the app owns the document: only then may it set the title or use browser history.
pub fn owns_document() -> bool {
    mode() == Mode::Standalone
}

/// The configuration to use: from the host page when embedded, else the built-in demo.
pub fn configured() -> PartnershipConfig {
    MOUNTED.with_borrow(|mounted| {
        mounted
            .as_ref()
            .map_or_else(PartnershipConfig::demo, |m| m.loaded.config.clone())
    })
}

impl PartnershipConfig {
    /// The configuration the host page gives (embedded), else the built-in demo.
    pub fn from_host_page() -> PartnershipConfig {
        configured()
    }
}

/// Every configuration problem found, for the notice.
pub fn problems() -> Vec<ConfigProblem> {
    MOUNTED.with_borrow(|mounted| {
        mounted
            .as_ref()
            .map_or_else(Vec::new, |m| m.loaded.problems.clone())
    })
}

/// The first element matching `selector` inside the app (its shadow root when embedded).
pub fn query(selector: &str) -> Option<web_sys::Element> {
    let shadow = MOUNTED.with_borrow(|mounted| mounted.as_ref().and_then(|m| m.shadow.clone()));
    match shadow {
        Some(shadow) => shadow.query_selector(selector).ok().flatten(),
        None => document().query_selector(selector).ok().flatten(),
    }
}

/// The element with `id` inside the app, as an `HtmlElement`.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let shadow = MOUNTED.with_borrow(|mounted| mounted.as_ref().and_then(|m| m.shadow.clone()));
    match shadow {
        Some(shadow) => shadow.get_element_by_id(id),
        None => document().get_element_by_id(id),
    }
    .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Leaves for `destination` from the top window (the host page too), replacing the history
/// entry. If a sandbox forbids navigating the top window, the frame itself leaves.
pub fn leave_for(destination: &str) {
    let top = window().top().ok().flatten();
    let left = top.is_some_and(|top| top.location().replace(destination).is_ok());
    if !left {
        let _ = window().location().replace(destination);
    }
}

/// Mounts the widget: reads the host element `#referral-assistant`, fetches its configuration
/// file, checks everything, and mounts the app in a shadow root with `stylesheet` (the package's
/// own CSS file). Called by the package's `embed.js`.
#[cfg(feature = "widget")]
#[wasm_bindgen(js_name = mountReferralAssistant)]
pub fn mount_referral_assistant(stylesheet: String) {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(mount(stylesheet));
}

/// See [`mount_referral_assistant`].
pub async fn mount(stylesheet: String) {
    let Some(host) = document().get_element_by_id(HOST_ELEMENT_ID) else {
        web_sys::console::warn_1(
            &format!("Referral assistant: no element with id=\"{HOST_ELEMENT_ID}\" to mount into.")
                .into(),
        );
        return;
    };
    let attributes: Vec<(String, String)> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .map(|name| {
            let value = host.get_attribute(&name).unwrap_or_default();
            (name, value)
        })
        .collect();
    let origin = window().location().origin().unwrap_or_default();
    let file = match attributes
        .iter()
        .find(|(name, _)| name == CONFIG_ATTRIBUTE)
        .map(|(_, value)| value.trim().to_owned())
    {
        None => FileOutcome::NotAsked,
        Some(address) => fetch_config(&address, &origin).await,
    };
    let mut loaded = validate::load(&file, &attributes, &origin);
    let framed = window()
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| !js_sys::Object::is(&top, &window()));
    let mode = if framed { Mode::Iframe } else { Mode::Widget };
    if mode == Mode::Iframe {
        loaded
            .problems
            .extend(validate::iframe_problems(&loaded.config));
    }
    report_to_console(&loaded.problems);

    let Ok(shadow) =
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
    else {
        web_sys::console::warn_1(
            &"Referral assistant: the host element cannot hold a shadow root (use a <div>).".into(),
        );
        return;
    };
    // The app's own stylesheet, inside the shadow root: the host's CSS does not reach in and
    // ours does not leak out. The app stays hidden until it has loaded (no unstyled flash).
    let container = document().create_element("div").unwrap_throw();
    let _ = container.set_attribute("class", "app-host");
    let _ = container.set_attribute("hidden", "");
    if let Ok(link) = document().create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", &stylesheet);
        let shown = container.clone();
        let show = Closure::<dyn FnMut()>::new(move || {
            let _ = shown.remove_attribute("hidden");
        });
        let _ = link.add_event_listener_with_callback("load", show.as_ref().unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", show.as_ref().unchecked_ref());
        show.forget();
        let _ = shadow.append_child(&link);
    }
    if let Some(colour) = &loaded.config.accent_colour {
        adopt_accent(&shadow, colour);
    }
    let _ = shadow.append_child(&container);
    let container: web_sys::HtmlElement = container.unchecked_into();
    let host_origin = loaded.config.host_origin.clone();
    MOUNTED.with_borrow_mut(|mounted| {
        *mounted = Some(Mounted {
            mode,
            shadow: Some(shadow),
            loaded,
        })
    });
    leptos::mount::mount_to(container.clone(), crate::App).forget();
    if let (Mode::Iframe, Some(host_origin)) = (mode, host_origin) {
        report_height(container, host_origin);
    }
}

/// Fetches the configuration file at `address`, which must be on the page's own origin.
async fn fetch_config(address: &str, origin: &str) -> FileOutcome {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let url = match web_sys::Url::new_with_base(address, &base) {
        Ok(url) if url.origin() == origin && url.protocol().starts_with("http") => url,
        _ => {
            return FileOutcome::Failed(format!(
                "{CONFIG_ATTRIBUTE}=\"{address}\" is not on this site: the configuration file must be same-origin ({origin})."
            ))
        }
    };
    let request = gloo_net::http::Request::get(&url.href())
        .mode(web_sys::RequestMode::SameOrigin)
        .credentials(web_sys::RequestCredentials::SameOrigin)
        .cache(web_sys::RequestCache::NoCache)
        .referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    match request.send().await {
        Ok(response) if response.ok() => match response.text().await {
            Ok(text) => FileOutcome::Fetched(text),
            Err(_) => FileOutcome::Failed(format!("\"{address}\" could not be read.")),
        },
        Ok(response) => FileOutcome::Failed(format!(
            "\"{address}\" could not be loaded (HTTP {}).",
            response.status()
        )),
        Err(_) => FileOutcome::Failed(format!(
            "\"{address}\" could not be loaded (offline, or blocked by the page's Content Security Policy)."
        )),
    }
}

/// Lists every problem in the browser console, for the site's web manager.
fn report_to_console(problems: &[ConfigProblem]) {
    if problems.is_empty() {
        return;
    }
    let list: Vec<String> = problems
        .iter()
        .map(|problem| format!("- {problem}"))
        .collect();
    web_sys::console::warn_1(
        &format!(
            "Referral assistant: {} configuration problem(s). The tool still works, with the values shown instead.\n{}\nSee docs/embedding.md and schema/partnership-config.schema.json.",
            problems.len(),
            list.join("\n")
        )
        .into(),
    );
}

/// Sets the accent colour as a custom property through a constructed stylesheet (no inline
/// `style`, which a strict Content Security Policy blocks). `colour` is a checked `#rrggbb`.
fn adopt_accent(shadow: &web_sys::ShadowRoot, colour: &str) {
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet
            .replace_sync(&format!(".app-root {{ --app-accent: {colour}; }}"))
            .is_ok()
        {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
}

/// Posts the app's height to the framing page whenever it changes, to `host_origin` only.
fn report_height(container: web_sys::HtmlElement, host_origin: String) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let last = std::cell::Cell::new(-1);
    let measured = container.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as i32;
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, &host_origin);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&container);
        std::mem::forget(observer);
    }
    post.forget();
}

/// The visible notice listing every configuration problem (for the site's web manager).
#[component]
pub fn ConfigNotice() -> impl IntoView {
    let problems = problems();
    (!problems.is_empty()).then(|| {
        view! {
            <div
                class="govuk-notification-banner app-config-notice"
                role="region"
                aria-labelledby="config-notice-title"
                data-testid="config-notice"
            >
                <div class="govuk-notification-banner__header">
                    <h2 class="govuk-notification-banner__title" id="config-notice-title">
                        "For this site\u{2019}s web manager"
                    </h2>
                </div>
                <div class="govuk-notification-banner__content">
                    <p class="govuk-notification-banner__heading">
                        {format!(
                            "This tool\u{2019}s configuration has {} problem{}. The tool still works, with the values shown instead.",
                            problems.len(),
                            if problems.len() == 1 { "" } else { "s" },
                        )}
                    </p>
                    <ul class="govuk-list govuk-list--bullet">
                        {problems
                            .into_iter()
                            .map(|problem| {
                                let source = match problem.source {
                                    Source::Attribute => "host element attribute",
                                    Source::File => "configuration file",
                                };
                                view! {
                                    <li>
                                        <code>{problem.field}</code>
                                        {format!(" ({source}): {}", problem.message)}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            </div>
        }
    })
}
