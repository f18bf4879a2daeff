//! The shell's side: loading the on-demand module once, the bridge it calls back on, and the
//! component that stands where one of its pages shows.

use super::call;
use crate::app::Shell;
use crate::navigation::{focus_main_heading, Page};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Array, Function, Object, Reflect};

/// The `<meta>` element (written into the built page by `scripts/extension.mjs`) that names the
/// module's script. Not a request: the shell imports the module once the start page is on
/// screen (`ui::after_first_paint`), or when one of its pages is asked for first.
pub const MODULE_META: &str = "app-on-demand-module";

/// Tells the guest, if it was ever loaded, to forget the answers and the referral.
pub fn clear_guest() {
    GUEST.with_borrow(|guest| {
        if let Some(guest) = guest {
            guest.clear();
        }
    });
}

/// The guest module, once loaded and connected.
enum Guest {
    /// The widget package: the guest's code is linked into this module.
    #[cfg(feature = "widget")]
    Linked,
    /// The standalone app: the guest's own module (its exports, from `src/bin/extension.rs`).
    #[cfg_attr(feature = "widget", allow(dead_code))]
    Loaded(Object),
}

thread_local! {
    static GUEST: RefCell<Option<Guest>> = const { RefCell::new(None) };
    /// The module's import while it is under way (and after: importing again is a no-op).
    #[cfg(not(feature = "widget"))]
    static IMPORTING: RefCell<Option<web_sys::js_sys::Promise>> = const { RefCell::new(None) };
}

impl Guest {
    fn show(&self, container: &web_sys::HtmlElement, page: Page) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::show(container.clone(), &page.slug()),
            Guest::Loaded(module) => {
                call_export(
                    module,
                    "show",
                    &[container, &JsValue::from_str(&page.slug())],
                );
            }
        }
    }

    /// Where "Start now" leads: the next question the answers so far need.
    fn start_page(&self) -> Option<Page> {
        let slug = match self {
            #[cfg(feature = "widget")]
            Guest::Linked => Some(super::guest::start_page()),
            Guest::Loaded(module) => {
                call_export(module, "startPage", &[]).and_then(|slug| slug.as_string())
            }
        };
        slug.and_then(|slug| Page::from_slug(&slug))
    }

    fn hide(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::hide(),
            Guest::Loaded(module) => {
                call_export(module, "hide", &[]);
            }
        }
    }

    fn clear(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::clear(),
            Guest::Loaded(module) => {
                call_export(module, "clear", &[]);
            }
        }
    }
}

/// Calls one of the module's exported functions (nothing happens if it is missing).
fn call_export(module: &Object, name: &str, arguments: &[&JsValue]) -> Option<JsValue> {
    let function = Reflect::get(module, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let arguments = arguments.iter().collect::<Array>();
    function.apply(&JsValue::NULL, &arguments).ok()
}

#[cfg(not(feature = "widget"))]
#[wasm_bindgen(inline_js = "export function import_module(url) { \
    return import(url).then((module) => module.default().then(() => module)); }")]
extern "C" {
    /// Imports the module at `url` (same origin) and instantiates its WebAssembly.
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<web_sys::js_sys::Promise, JsValue>;
}

/// Where "Start now" leads: with no answers (the guest, which holds them, not loaded yet) the
/// first question, else the next question the answers need.
pub fn start_page() -> Page {
    GUEST
        .with_borrow(|guest| guest.as_ref().and_then(Guest::start_page))
        .unwrap_or(Page::Question(crate::flow::FIRST_QUESTION))
}

/// Starts loading the guest in the background (the shell calls this once the start page is
/// up, so the questions show without a wait). A failure here is shown, with a retry, only if
/// a page that needs the guest cannot load it either.
pub fn prepare(shell: Shell) {
    if GUEST.with_borrow(Option::is_none) {
        leptos::task::spawn_local(async move {
            let _ = guest_ready(shell).await;
        });
    }
}

/// Loads and connects the guest the first time it is needed.
async fn guest_ready(shell: Shell) -> Result<(), ()> {
    if GUEST.with_borrow(Option::is_some) {
        return Ok(());
    }
    let guest = load().await?;
    // Two pages may have asked at once: the first to finish connects.
    if GUEST.with_borrow(Option::is_none) {
        let bridge = bridge_for(shell);
        match &guest {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::connect(super::Bridge::from_js(bridge)),
            Guest::Loaded(module) => {
                call_export(module, "connect", &[&bridge]);
            }
        }
        GUEST.set(Some(guest));
    }
    Ok(())
}

#[cfg(feature = "widget")]
async fn load() -> Result<Guest, ()> {
    Ok(Guest::Linked)
}

#[cfg(not(feature = "widget"))]
async fn load() -> Result<Guest, ()> {
    let url = document()
        .query_selector(&format!("meta[name=\"{MODULE_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(())?;
    // One import at a time: two instantiations would leave the bridge on the wrong instance.
    let promise = match IMPORTING.with_borrow(Clone::clone) {
        Some(promise) => promise,
        None => {
            let promise = import_module(&url).map_err(|_| ())?;
            IMPORTING.set(Some(promise.clone()));
            promise
        }
    };
    let module = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| IMPORTING.set(None))?;
    // A module namespace object has no prototype (`instanceof Object` is false): no checked cast.
    Ok(Guest::Loaded(module.unchecked_into::<Object>()))
}

/// The functions the guest calls: each acts on the shell.
fn bridge_for(shell: Shell) -> Object {
    let bridge = Object::new();
    let set = |name: &str, function: JsValue| {
        let _ = Reflect::set(&bridge, &JsValue::from_str(name), &function);
    };
    set(
        call::GO,
        Closure::<dyn Fn(String)>::new(move |slug: String| {
            if let Some(page) = Page::from_slug(&slug) {
                shell.navigator.go(page);
            }
        })
        .into_js_value(),
    );
    set(
        call::BACK,
        Closure::<dyn Fn()>::new(move || shell.navigator.back()).into_js_value(),
    );
    set(
        call::ANSWERED,
        Closure::<dyn Fn(bool)>::new(move |answered: bool| shell.set_answered(answered))
            .into_js_value(),
    );
    set(
        call::CLEAR,
        Closure::<dyn Fn()>::new(move || shell.clear()).into_js_value(),
    );
    bridge
}

/// Where a page of the on-demand part shows: loads the part (once), then lets it render `page`
/// inside. If loading fails (offline before it was ever fetched), says so and offers to retry.
#[component]
pub fn OnDemandPage(page: Page) -> impl IntoView {
    use crate::content::pages::on_demand as words;
    let shell = expect_context::<Shell>();
    let container = NodeRef::<leptos::html::Div>::new();
    let loaded = || GUEST.with_borrow(Option::is_some);
    let state = RwSignal::new(if loaded() {
        Loading::Shown
    } else {
        Loading::Waiting
    });
    // Set when this page has gone: a load finishing later must not show it.
    let gone = StoredValue::new(false);
    let show = move || {
        let Some(element) = container.get_untracked() else {
            return;
        };
        if !loaded() {
            state.set(Loading::Waiting);
        }
        leptos::task::spawn_local(async move {
            let ready = guest_ready(shell).await;
            if gone.get_value() {
                return;
            }
            match ready {
                Ok(()) => {
                    GUEST.with_borrow(|guest| {
                        if let Some(guest) = guest {
                            guest.show(&element, page);
                        }
                    });
                    state.set(Loading::Shown);
                    focus_main_heading();
                }
                Err(()) => {
                    crate::ui::set_title(words::FAILED_TITLE, false);
                    state.set(Loading::Failed);
                    focus_main_heading();
                }
            }
        });
    };
    Effect::new(move |_| {
        if container.get().is_some() {
            show();
        }
    });
    on_cleanup(move || {
        gone.set_value(true);
        GUEST.with_borrow(|guest| {
            if let Some(guest) = guest {
                guest.hide();
            }
        });
    });
    view! {
        {move || match state.get() {
            Loading::Waiting => view! {
                <p class="govuk-body app-on-demand__loading" role="status">{words::LOADING}</p>
            }.into_any(),
            Loading::Failed => view! {
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        <h1 class="govuk-heading-l" tabindex="-1">{words::FAILED_TITLE}</h1>
                        <p class="govuk-body">{words::FAILED_BODY}</p>
                        <button type="button" class="govuk-button" data-testid="on-demand-retry" on:click=move |_| show()>
                            {words::RETRY}
                        </button>
                    </div>
                </div>
            }.into_any(),
            Loading::Shown => ().into_any(),
        }}
        <div class="app-on-demand" node_ref=container></div>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Loading {
    Waiting,
    Shown,
    Failed,
}
