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

use super::validate::{
    self, ConfigProblem, FileOutcome, LoadedConfig, Source, CONFIG_ATTRIBUTE, DEBUG_ATTRIBUTE,
};
use super::PartnershipConfig;
use leptos::prelude::*;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys;

/// The id of the element the widget mounts into by itself (`embed.js`); `mount()` takes any.
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

/// One mounted tool, as its pages see it (a context at the root of each mount): where its
/// elements are and what its partnership configured. Nothing here is shared between two tools
/// on the same page.
#[derive(Clone)]
pub struct Embedding {
    shadow: web_sys::ShadowRoot,
    /// What the configuration was built from: the on-demand module builds the same from them.
    inputs: ConfigInputs,
    loaded: LoadedConfig,
    /// The host element asked for the web manager's notice on the page (`data-debug`).
    debug: bool,
    /// What fetches the on-demand part (shell side only).
    on_demand: Option<OnDemandLoader>,
}

/// A stylesheet of the widget package: its address and its SHA-384 as `integrity=` takes it.
#[derive(Clone)]
pub struct Stylesheet {
    pub href: String,
    pub integrity: String,
}

/// What fetches the on-demand part of one embedded tool: the module, through `embed.js` (once
/// per page, checked against its hash), and the whole stylesheet, added to the tool's shadow
/// root. The first load has only the start page's (see `scripts/widget.mjs`).
#[derive(Clone)]
pub struct OnDemandLoader {
    import: js_sys::Function,
    shadow: web_sys::ShadowRoot,
    stylesheet: Stylesheet,
    /// The stylesheet's link, once added, and its load; a link that failed is removed. (A
    /// context must be `Send`: this stays on the one thread it was made on.)
    added: send_wrapper::SendWrapper<Rc<RefCell<Option<AddedStylesheet>>>>,
}

/// A stylesheet's link and the promise of its load (see [`link_stylesheet`]).
type AddedStylesheet = (web_sys::Element, js_sys::Promise);

impl OnDemandLoader {
    /// Starts both: a promise of the module's exports and one of the stylesheet's load. Each
    /// rejects if it cannot be loaded; called again, it tries again.
    pub fn load(&self) -> Option<(js_sys::Promise, js_sys::Promise)> {
        // Only the widget package mounts tools: the standalone build leaves this code out.
        if !cfg!(feature = "widget") {
            return None;
        }
        let module = self
            .import
            .call0(&JsValue::NULL)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()?;
        let mut added = self.added.borrow_mut();
        let sheet = match &*added {
            Some((link, loaded)) if link.is_connected() => loaded.clone(),
            _ => {
                let (link, loaded) = link_stylesheet(&self.shadow, &self.stylesheet)?;
                *added = Some((link, loaded.clone()));
                loaded
            }
        };
        Some((module, sheet))
    }
}

/// Where a tool's configuration comes from: its host element's attributes, its configuration
/// file (or why there is none) and the page's origin, and whether it is framed.
#[derive(Clone)]
struct ConfigInputs {
    attributes: Vec<(String, String)>,
    file: FileOutcome,
    origin: String,
    mode: Mode,
}

impl ConfigInputs {
    /// The configuration and its problems (the iframe's own checks too). Pure, so both modules
    /// of a tool build the same from the same inputs.
    fn load(&self) -> LoadedConfig {
        let mut loaded = validate::load(&self.file, &self.attributes, &self.origin);
        if self.mode == Mode::Iframe {
            loaded
                .problems
                .extend(validate::iframe_problems(&loaded.config));
        }
        loaded
    }
}

/// A tool mounted on this page, for `unmount`.
struct Instance {
    host: web_sys::Element,
    embedding: Option<Embedding>,
    /// The mounted app (Leptos's unmount handle); `None` while the configuration is fetched.
    app: Option<Box<dyn Any>>,
    /// iframe only: the observer reporting the height, and its callback.
    height: Option<(web_sys::ResizeObserver, Box<dyn Any>)>,
}

thread_local! {
    /// Every page running the widget is embedded; whether framed is the page's, not a tool's.
    static MODE: Cell<Mode> = const { Cell::new(Mode::Standalone) };
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
}

/// How the app is running (standalone unless the widget mounted it).
pub fn mode() -> Mode {
    MODE.get()
}

/// Whether the app owns the document: only then may it set the title or use browser history.
pub fn owns_document() -> bool {
    mode() == Mode::Standalone
}

/// The tool these pages belong to: the context of its mount, or, called outside any reactive
/// owner, the only tool on the page (with two, code outside an owner must carry its root in).
fn current() -> Option<Embedding> {
    use_context::<Embedding>().or_else(|| {
        INSTANCES.with_borrow(|instances| match instances.as_slice() {
            [only] => only.embedding.clone(),
            _ => None,
        })
    })
}

/// What a tool's guest in the on-demand module is told of its embedding: its shadow root and
/// what its configuration is built from, so that both modules build the same configuration.
/// It crosses between the modules as `crate::extension::bridge` writes it.
#[derive(Clone)]
pub struct Handover {
    pub(crate) shadow: web_sys::ShadowRoot,
    pub(crate) attributes: Vec<(String, String)>,
    pub(crate) file: FileOutcome,
    pub(crate) origin: String,
    pub(crate) framed: bool,
    /// The host element asked for the web manager's notice on the page (`data-debug`).
    pub(crate) debug: bool,
}

/// The current tool's [`Handover`]; `None` standalone.
pub fn handover() -> Option<Handover> {
    current().map(|embedding| Handover {
        shadow: embedding.shadow,
        attributes: embedding.inputs.attributes,
        file: embedding.inputs.file,
        origin: embedding.inputs.origin,
        framed: embedding.inputs.mode == Mode::Iframe,
        debug: embedding.debug,
    })
}

/// The on-demand module's side of [`handover`]: the tool's embedding, its configuration built
/// from the same inputs, and registered until [`release`].
pub fn adopt(handover: Handover) -> Embedding {
    let inputs = ConfigInputs {
        attributes: handover.attributes,
        file: handover.file,
        origin: handover.origin,
        mode: if handover.framed {
            Mode::Iframe
        } else {
            Mode::Widget
        },
    };
    MODE.set(inputs.mode);
    let embedding = Embedding {
        shadow: handover.shadow,
        loaded: inputs.load(),
        inputs,
        debug: handover.debug,
        on_demand: None,
    };
    INSTANCES.with_borrow_mut(|instances| {
        instances.push(Instance {
            host: embedding.shadow.host(),
            embedding: Some(embedding.clone()),
            app: None,
            height: None,
        })
    });
    embedding
}

/// The on-demand module: the tool's guest has gone (see [`adopt`]).
pub fn release(embedding: Embedding) {
    let host = embedding.shadow.host();
    INSTANCES.with_borrow_mut(|instances| instances.retain(|instance| instance.host != host));
}

/// What fetches the current tool's on-demand part, when it is embedded.
pub fn on_demand_loader() -> Option<OnDemandLoader> {
    current().and_then(|embedding| embedding.on_demand)
}

/// The current tool's configuration and what was found wrong with it; `None` standalone.
pub(super) fn loaded() -> Option<LoadedConfig> {
    current().map(|embedding| embedding.loaded)
}

/// The configuration to use: the partnership's when embedded, else the built-in demo.
pub fn configured() -> PartnershipConfig {
    current().map_or_else(PartnershipConfig::demo, |embedding| embedding.loaded.config)
}

impl PartnershipConfig {
    /// The configuration the host page gives (embedded), else the built-in demo.
    pub fn from_host_page() -> PartnershipConfig {
        configured()
    }
}

/// Where the app's elements are: its shadow root when embedded, else the document. Taken while
/// a page is being built or handles an event, and carried into later callbacks.
#[derive(Clone)]
pub struct AppRoot(Option<web_sys::ShadowRoot>);

impl AppRoot {
    /// The first element matching `selector` inside the app.
    pub fn query(&self, selector: &str) -> Option<web_sys::Element> {
        match &self.0 {
            Some(shadow) => shadow.query_selector(selector).ok().flatten(),
            None => document().query_selector(selector).ok().flatten(),
        }
    }

    /// The element with `id` inside the app, as an `HtmlElement`.
    pub fn element_by_id(&self, id: &str) -> Option<web_sys::HtmlElement> {
        match &self.0 {
            Some(shadow) => shadow.get_element_by_id(id),
            None => document().get_element_by_id(id),
        }
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    }
}

/// The current tool's root (see [`AppRoot`]).
pub fn app_root() -> AppRoot {
    AppRoot(current().map(|embedding| embedding.shadow))
}

/// The first element matching `selector` inside the app (its shadow root when embedded).
pub fn query(selector: &str) -> Option<web_sys::Element> {
    app_root().query(selector)
}

/// The element with `id` inside the app, as an `HtmlElement`.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    app_root().element_by_id(id)
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

/// Mounts the tool in `host`: reads its attributes, fetches its configuration file, checks
/// everything, and mounts the app in a shadow root with the package's stylesheet for the start
/// page (`start_stylesheet`, checked against `start_integrity`, its SHA-384 as `integrity=`
/// takes it). `import_on_demand` imports the on-demand module (everything after the start page)
/// and resolves to its exports; the whole stylesheet (`stylesheet`, `integrity`) is added with
/// it. Mounting an element that already holds the tool does nothing. Called by `embed.js`.
#[cfg(feature = "widget")]
#[wasm_bindgen(js_name = mountReferralAssistant)]
pub async fn mount_referral_assistant(
    host: web_sys::Element,
    start_stylesheet: String,
    start_integrity: String,
    stylesheet: String,
    integrity: String,
    import_on_demand: js_sys::Function,
) {
    console_error_panic_hook::set_once();
    let start = Stylesheet {
        href: start_stylesheet,
        integrity: start_integrity,
    };
    let whole = Stylesheet {
        href: stylesheet,
        integrity,
    };
    mount(host, start, whole, import_on_demand).await;
}

/// Removes the tool from `host`: its pages, its state and every listener it added. Returns
/// whether there was one. Called by `embed.js`.
#[cfg(feature = "widget")]
#[wasm_bindgen(js_name = unmountReferralAssistant)]
pub fn unmount_referral_assistant(host: web_sys::Element) -> bool {
    unmount(&host)
}

/// See [`mount_referral_assistant`].
pub async fn mount(
    host: web_sys::Element,
    start_stylesheet: Stylesheet,
    stylesheet: Stylesheet,
    import_on_demand: js_sys::Function,
) {
    // A single-page host may have replaced the element of an earlier tool without unmounting it.
    let gone: Vec<web_sys::Element> = INSTANCES.with_borrow(|instances| {
        instances
            .iter()
            .filter(|instance| !instance.host.is_connected())
            .map(|instance| instance.host.clone())
            .collect()
    });
    for host in gone {
        unmount(&host);
    }
    if INSTANCES.with_borrow(|instances| instances.iter().any(|instance| instance.host == host)) {
        return;
    }
    INSTANCES.with_borrow_mut(|instances| {
        instances.push(Instance {
            host: host.clone(),
            embedding: None,
            app: None,
            height: None,
        })
    });
    let attributes: Vec<(String, String)> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .map(|name| {
            let value = host.get_attribute(&name).unwrap_or_default();
            (name, value)
        })
        .collect();
    let debug = host
        .get_attribute(DEBUG_ATTRIBUTE)
        .is_some_and(|value| value.trim() != "false");
    let origin = window().location().origin().unwrap_or_default();
    let file = match attributes
        .iter()
        .find(|(name, _)| name == CONFIG_ATTRIBUTE)
        .map(|(_, value)| value.trim().to_owned())
    {
        None => FileOutcome::NotAsked,
        Some(address) => fetch_config(&address, &origin).await,
    };
    let still_wanted = INSTANCES.with_borrow(|instances| {
        instances
            .iter()
            .any(|instance| instance.host == host && instance.app.is_none())
    });
    if !still_wanted {
        return;
    }
    let framed = window()
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| !js_sys::Object::is(&top, &window()));
    let mode = if framed { Mode::Iframe } else { Mode::Widget };
    MODE.set(mode);
    let inputs = ConfigInputs {
        attributes,
        file,
        origin,
        mode,
    };
    let loaded = inputs.load();
    report_to_console(&loaded.problems);

    // An element unmounted earlier keeps its (emptied) shadow root.
    let shadow = match host.shadow_root() {
        Some(shadow) => Ok(shadow),
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)),
    };
    // A shadow root with content holds a tool already: one from a copy of the package that does
    // not hand over to the first (an older `embed.js`), or something else's.
    let shadow = shadow
        .map_err(|_| "cannot hold a shadow root (use a <div>)")
        .and_then(|shadow| match shadow.first_child() {
            None => Ok(shadow),
            Some(_) => {
                Err("holds a tool already (is embed.js on the page twice, in two versions?)")
            }
        });
    let shadow = match shadow {
        Ok(shadow) => shadow,
        Err(why) => {
            web_sys::console::warn_1(
                &format!("Referral assistant: the host element {why}.").into(),
            );
            INSTANCES
                .with_borrow_mut(|instances| instances.retain(|instance| instance.host != host));
            return;
        }
    };
    // The app's own stylesheet, inside the shadow root: the host's CSS does not reach in and
    // ours does not leak out. The app stays hidden until it has loaded (no unstyled flash), or
    // failed to (better unstyled than nothing).
    let container = document().create_element("div").unwrap_throw();
    let _ = container.set_attribute("class", "app-host");
    let _ = container.set_attribute("hidden", "");
    if let Some((_, stylesheet_loaded)) = link_stylesheet(&shadow, &start_stylesheet) {
        let shown = container.clone();
        // Not Leptos's executor: the app that starts it is not mounted yet.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(stylesheet_loaded).await;
            let _ = shown.remove_attribute("hidden");
        });
    }
    adopt_accent(&shadow, loaded.config.accent_colour.as_deref());
    let _ = shadow.append_child(&container);
    let container: web_sys::HtmlElement = container.unchecked_into();
    let host_origin = loaded.config.host_origin.clone();
    let on_demand = OnDemandLoader {
        import: import_on_demand,
        shadow: shadow.clone(),
        stylesheet,
        added: send_wrapper::SendWrapper::new(Rc::default()),
    };
    let embedding = Embedding {
        shadow,
        inputs,
        loaded,
        debug,
        on_demand: Some(on_demand),
    };
    let provided = embedding.clone();
    let app = leptos::mount::mount_to(container.clone(), move || {
        provide_context(provided);
        view! { <crate::App /> }
    });
    let height = match (mode, host_origin) {
        (Mode::Iframe, Some(host_origin)) => report_height(container, host_origin),
        _ => None,
    };
    INSTANCES.with_borrow_mut(|instances| {
        if let Some(instance) = instances.iter_mut().find(|instance| instance.host == host) {
            instance.embedding = Some(embedding);
            instance.app = Some(Box::new(app));
            instance.height = height;
        }
    });
}

/// See [`unmount_referral_assistant`].
pub fn unmount(host: &web_sys::Element) -> bool {
    let instance = INSTANCES.with_borrow_mut(|instances| {
        let at = instances
            .iter()
            .position(|instance| instance.host == *host)?;
        Some(instances.remove(at))
    });
    let Some(instance) = instance else {
        return false;
    };
    if let Some((observer, _)) = &instance.height {
        observer.disconnect();
    }
    // Dropping the app disposes its reactive owner: every `on_cleanup` runs (listeners, timers).
    drop(instance.app);
    if let Some(embedding) = instance.embedding {
        embedding
            .shadow
            .set_adopted_style_sheets(&js_sys::Array::new());
        embedding.shadow.set_inner_html("");
    }
    true
}

/// Adds `stylesheet` to `shadow`: the link, and a promise that resolves once it has loaded, or
/// rejects if it cannot be (the link is then removed).
fn link_stylesheet(
    shadow: &web_sys::ShadowRoot,
    stylesheet: &Stylesheet,
) -> Option<AddedStylesheet> {
    let link = document().create_element("link").ok()?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &stylesheet.href);
    if !stylesheet.integrity.is_empty() {
        let _ = link.set_attribute("integrity", &stylesheet.integrity);
    }
    // The first event settles the promise. The browser fires them again each time the link
    // comes back into the document (a host script moving the host element reloads the sheet), so
    // the listeners stay callable (not `Closure::once`: a second call would throw) and a
    // later event does nothing: a link that has loaded once is never removed.
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let settled = Rc::new(Cell::new(false));
        let first = settled.clone();
        let done = Closure::<dyn Fn()>::new(move || {
            if !first.replace(true) {
                let _ = resolve.call0(&JsValue::NULL);
            }
        })
        .into_js_value();
        let failed = link.clone();
        let refused = Closure::<dyn Fn()>::new(move || {
            if !settled.replace(true) {
                failed.remove();
                let _ = reject.call0(&JsValue::NULL);
            }
        })
        .into_js_value();
        // Owned by JavaScript from here: they go with the link.
        let _ = link.add_event_listener_with_callback("load", done.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", refused.unchecked_ref());
    });
    shadow.append_child(&link).ok()?;
    Some((link, loaded))
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
    // No cookies and no referrer: the file is public and the host's session is not ours.
    // web-sys's fetch, not gloo-net's: this runs in the widget's first module, kept small.
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::SameOrigin);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_cache(web_sys::RequestCache::NoCache);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    let fetched = JsFuture::from(window().fetch_with_str_and_init(&url.href(), &init))
        .await
        .and_then(|response| response.dyn_into::<web_sys::Response>());
    let Ok(response) = fetched else {
        return FileOutcome::Failed(format!(
            "\"{address}\" could not be loaded (offline, or blocked by the page's Content Security Policy)."
        ));
    };
    if !response.ok() {
        return FileOutcome::Failed(format!(
            "\"{address}\" could not be loaded (HTTP {}).",
            response.status()
        ));
    }
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    match text.and_then(|text| text.as_string()) {
        Some(text) => FileOutcome::Fetched(text),
        None => FileOutcome::Failed(format!("\"{address}\" could not be read.")),
    }
}

/// Lists every problem in the browser console, for the site's web manager.
pub fn report_to_console(problems: &[ConfigProblem]) {
    if problems.is_empty() {
        return;
    }
    let list: Vec<String> = problems
        .iter()
        .map(|problem| format!("- {problem}"))
        .collect();
    web_sys::console::warn_1(
        &format!(
            "Referral assistant: {} configuration problem{}. The tool still works, leaving out what is refused or missing. Add data-debug to the host element to list them on the page too.\n{}\nSee docs/embedding.md and schema/partnership-config.schema.json.",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            list.join("\n")
        )
        .into(),
    );
}

/// Sets the tool's own custom properties on `:host` through a constructed stylesheet (no inline
/// `style`, which a strict Content Security Policy blocks). The package's stylesheet resets them
/// there too; this sheet comes after it, so the partnership's accent (a checked `#rrggbb`) wins,
/// and `!important` on `:host` beats anything the host page sets on the element.
fn adopt_accent(shadow: &web_sys::ShadowRoot, colour: Option<&str>) {
    let Some(colour) = colour else {
        return;
    };
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet
            .replace_sync(&format!(
                ":host {{ --referral-assistant-accent: {colour} !important; }}"
            ))
            .is_ok()
        {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
}

/// Posts the app's height to the framing page whenever it changes, to `host_origin` only.
fn report_height(
    container: web_sys::HtmlElement,
    host_origin: String,
) -> Option<(web_sys::ResizeObserver, Box<dyn Any>)> {
    let parent = window().parent().ok().flatten()?;
    let last = Cell::new(-1);
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
    let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
    observer.observe(&container);
    Some((observer, Box::new(post)))
}

/// Every configuration problem found, and whether the host asked to see them on the page.
fn problems() -> (Vec<ConfigProblem>, bool) {
    current().map_or_else(
        || (Vec::new(), false),
        |embedding| (embedding.loaded.problems, embedding.debug),
    )
}

/// The visible notice listing every configuration problem (for the site's web manager).
#[component]
pub fn ConfigNotice(
    /// Problems found once the on-demand module has loaded (see `areas`).
    later: RwSignal<Vec<ConfigProblem>>,
) -> impl IntoView {
    // Practitioners do not need it: on the page only when the host element asks (`data-debug`);
    // always in the console.
    let (first, debug) = problems();
    move || {
        let mut problems = first.clone();
        problems.extend(later.get());
        (debug && !problems.is_empty()).then(|| notice(problems))
    }
}

fn notice(problems: Vec<ConfigProblem>) -> impl IntoView {
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
                        "This tool\u{2019}s configuration has {} problem{}. The tool still works, leaving out what is refused or missing.",
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
}
