//! The app's side: loading the on-demand module once, the bridge it calls back on, and the
//! component that stands where one of its pages shows.

use super::{call, Bridge};
use crate::app::Session;
use crate::navigation::{focus_main_heading, Page};
use leptos::prelude::*;
use rules::CaseFacts;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Object, Reflect};

/// The `<meta>` element (written into the built page by `scripts/extension.mjs`) that names the
/// module's script. Not a request: the module is fetched only when one of its pages shows.
pub const MODULE_META: &str = "app-on-demand-module";

/// The on-demand part as the session sees it, from either side.
#[derive(Clone, Copy)]
pub struct OnDemand {
    /// In the app: whether the guest holds a referral in progress.
    referral_started: RwSignal<bool>,
    /// In the guest: the app that owns the session.
    owner: StoredValue<Option<Bridge>, LocalStorage>,
}

impl OnDemand {
    pub fn in_app() -> OnDemand {
        OnDemand {
            referral_started: RwSignal::new(false),
            owner: StoredValue::new_local(None),
        }
    }

    pub fn in_guest(owner: Bridge) -> OnDemand {
        OnDemand {
            referral_started: RwSignal::new(false),
            owner: StoredValue::new_local(Some(owner)),
        }
    }

    /// In the guest: the app that owns the session.
    pub fn owner(&self) -> Option<Bridge> {
        self.owner.get_value()
    }

    pub fn referral_started(&self) -> bool {
        self.referral_started.get_untracked()
    }

    /// In the app: forgets the referral, and tells the guest to, if it was ever loaded.
    pub fn clear(&self) {
        self.referral_started.set(false);
        GUEST.with_borrow(|guest| {
            if let Some(guest) = guest {
                guest.clear();
            }
        });
    }
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
    fn show(&self, container: &web_sys::HtmlElement, page: Page, facts: &CaseFacts) {
        let facts = serde_json::to_string(facts).unwrap_or_default();
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::show(container.clone(), &page.slug(), &facts),
            Guest::Loaded(module) => {
                let _ = export(module, "show").call3(
                    &JsValue::NULL,
                    container,
                    &JsValue::from_str(&page.slug()),
                    &JsValue::from_str(&facts),
                );
            }
        }
    }

    fn hide(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::hide(),
            Guest::Loaded(module) => {
                let _ = export(module, "hide").call0(&JsValue::NULL);
            }
        }
    }

    fn clear(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::clear(),
            Guest::Loaded(module) => {
                let _ = export(module, "clear").call0(&JsValue::NULL);
            }
        }
    }
}

/// One of the module's exported functions (a missing one is a function that does nothing).
fn export(module: &Object, name: &str) -> web_sys::js_sys::Function {
    Reflect::get(module, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .unwrap_or_else(|| web_sys::js_sys::Function::new_no_args(""))
}

#[cfg(not(feature = "widget"))]
#[wasm_bindgen(inline_js = "export function import_module(url) { \
    return import(url).then((module) => module.default().then(() => module)); }")]
extern "C" {
    /// Imports the module at `url` (same origin) and instantiates its WebAssembly.
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<web_sys::js_sys::Promise, JsValue>;
}

/// Starts loading the guest in the background (the questions call this, so that check your
/// answers and the outcome show without a wait). A failure here is shown, with a retry, only
/// if the page that needs the guest cannot load it either.
pub fn prepare(session: Session) {
    if GUEST.with_borrow(Option::is_none) {
        leptos::task::spawn_local(async move {
            let _ = guest_ready(session).await;
        });
    }
}

/// Loads and connects the guest the first time it is needed.
async fn guest_ready(session: Session) -> Result<(), ()> {
    if GUEST.with_borrow(Option::is_some) {
        return Ok(());
    }
    let guest = load().await?;
    // Two pages may have asked at once: the first to finish connects.
    if GUEST.with_borrow(Option::is_none) {
        let bridge = bridge_for(session);
        match &guest {
            #[cfg(feature = "widget")]
            Guest::Linked => super::guest::connect(Bridge::from_js(bridge)),
            Guest::Loaded(module) => {
                let _ = export(module, "connect").call1(&JsValue::NULL, &bridge);
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

/// The functions the guest calls: each acts on this app's session.
fn bridge_for(session: Session) -> Object {
    let bridge = Object::new();
    let set = |name: &str, function: JsValue| {
        let _ = Reflect::set(&bridge, &JsValue::from_str(name), &function);
    };
    set(
        call::GO,
        Closure::<dyn Fn(String)>::new(move |slug: String| {
            if let Some(page) = Page::from_slug(&slug) {
                session.navigator.go(page);
            }
        })
        .into_js_value(),
    );
    set(
        call::BACK,
        Closure::<dyn Fn()>::new(move || session.navigator.back()).into_js_value(),
    );
    set(
        call::SET_FACTS,
        Closure::<dyn Fn(String)>::new(move |json: String| {
            if let Ok(facts) = serde_json::from_str::<CaseFacts>(&json) {
                session.facts.set(facts);
            }
        })
        .into_js_value(),
    );
    set(
        call::REFERRAL_STARTED,
        Closure::<dyn Fn(bool)>::new(move |started: bool| {
            session.on_demand.referral_started.set(started)
        })
        .into_js_value(),
    );
    set(
        call::CLEAR,
        Closure::<dyn Fn()>::new(move || session.clear()).into_js_value(),
    );
    bridge.into()
}

/// Where a page of the on-demand part shows: loads the part (once), then lets it render `page`
/// inside. If loading fails (offline before it was ever fetched), says so and offers to retry.
#[component]
pub fn OnDemandPage(page: Page) -> impl IntoView {
    use crate::content::pages::on_demand as words;
    let session = expect_context::<Session>();
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
            let ready = guest_ready(session).await;
            if gone.get_value() {
                return;
            }
            match ready {
                Ok(()) => {
                    let facts = session.facts.get_untracked();
                    GUEST.with_borrow(|guest| {
                        if let Some(guest) = guest {
                            guest.show(&element, page, &facts);
                        }
                    });
                    state.set(Loading::Shown);
                    focus_main_heading();
                }
                Err(()) => state.set(Loading::Failed),
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
