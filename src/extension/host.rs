//! The shell's side: loading the on-demand module once, the bridge it calls back on, and the
//! component that stands where one of its pages shows.

use super::call;
use crate::app::Shell;
use crate::navigation::{focus_main_heading, Page};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Array, Function, Object, Reflect};

/// The `<meta>` element (written into the built page by `scripts/extension.mjs`) that names the
/// module's script. Not a request: the shell imports the module once the start page is on
/// screen (`ui::after_first_paint`), or when one of its pages is asked for first.
pub const MODULE_META: &str = "app-on-demand-module";

/// The guest module, once loaded and connected.
enum Guest {
    /// The widget package: the guest's code is linked into this module; one guest per tool.
    #[cfg(feature = "widget")]
    Linked(std::rc::Rc<super::guest::Guest>),
    /// The standalone app: the guest's own module (its exports, from `src/bin/extension.rs`).
    #[cfg_attr(feature = "widget", allow(dead_code))]
    Loaded(Object),
}

/// A tool's hold on its guest: empty until loaded. Each tool on a page has its own, so two tools
/// never share answers (the shell keeps it; see `crate::app::Shell`).
#[derive(Clone, Copy)]
pub struct GuestSlot {
    guest: StoredValue<Option<Guest>, LocalStorage>,
    /// Where a linked guest's state lives: a child of the tool's own owner (widget only).
    #[cfg_attr(not(feature = "widget"), allow(dead_code))]
    owner: StoredValue<Owner, LocalStorage>,
}

impl GuestSlot {
    /// An empty slot, owned by the current tool (its state goes when the tool is unmounted).
    pub fn new() -> GuestSlot {
        // Both go with the tool's owner: the guest's state and every page it shows.
        GuestSlot {
            guest: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default().child()),
        }
    }

    fn is_loaded(&self) -> bool {
        self.guest.with_value(Option::is_some)
    }

    /// Runs `action` on the guest if it is loaded (outside the slot's borrow: the guest may call
    /// back into the shell).
    fn with_guest<T>(&self, action: impl FnOnce(&Guest) -> T) -> Option<T> {
        let guest = self.guest.try_with_value(|guest| {
            guest.as_ref().map(|guest| match guest {
                #[cfg(feature = "widget")]
                Guest::Linked(linked) => Guest::Linked(linked.clone()),
                Guest::Loaded(module) => Guest::Loaded(module.clone()),
            })
        })??;
        Some(action(&guest))
    }

    /// Tells the guest, if it was ever loaded, to forget the answers and the referral.
    pub fn clear(&self) {
        self.with_guest(Guest::clear);
    }
}

impl Default for GuestSlot {
    fn default() -> Self {
        GuestSlot::new()
    }
}

thread_local! {
    /// The module's import while it is under way (and after: importing again is a no-op).
    #[cfg(not(feature = "widget"))]
    static IMPORTING: std::cell::RefCell<Option<web_sys::js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

impl Guest {
    fn show(&self, container: &web_sys::HtmlElement, page: Page) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked(guest) => guest.show(container.clone(), &page.slug()),
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
            Guest::Linked(guest) => Some(guest.start_page()),
            Guest::Loaded(module) => {
                call_export(module, "startPage", &[]).and_then(|slug| slug.as_string())
            }
        };
        slug.and_then(|slug| Page::from_slug(&slug))
    }

    fn hide(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked(guest) => guest.hide(),
            Guest::Loaded(module) => {
                call_export(module, "hide", &[]);
            }
        }
    }

    fn clear(&self) {
        match self {
            #[cfg(feature = "widget")]
            Guest::Linked(guest) => guest.clear(),
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
pub fn start_page(slot: GuestSlot) -> Page {
    slot.with_guest(Guest::start_page)
        .flatten()
        .unwrap_or(Page::Question(crate::flow::FIRST_QUESTION))
}

/// Starts loading the guest in the background (the shell calls this once the start page is
/// up, so the questions show without a wait). A failure here is shown, with a retry, only if
/// a page that needs the guest cannot load it either.
pub fn prepare(shell: Shell) {
    if !shell.guest.is_loaded() {
        leptos::task::spawn_local(async move {
            let _ = guest_ready(shell).await;
        });
    }
}

/// Loads and connects the guest the first time it is needed.
async fn guest_ready(shell: Shell) -> Result<(), ()> {
    if shell.guest.is_loaded() {
        return Ok(());
    }
    let guest = load(shell).await?;
    // Two pages may have asked at once: the first to finish connects.
    if !shell.guest.is_loaded() {
        #[cfg(not(feature = "widget"))]
        let Guest::Loaded(module) = &guest;
        #[cfg(not(feature = "widget"))]
        call_export(module, "connect", &[&bridge_for(shell)]);
        shell.guest.guest.try_set_value(Some(guest));
    }
    Ok(())
}

/// The widget: this tool's own guest, linked in, its state owned by the tool.
#[cfg(feature = "widget")]
async fn load(shell: Shell) -> Result<Guest, ()> {
    let bridge = super::Bridge::from_js(bridge_for(shell));
    let parent = shell.guest.owner.with_value(Clone::clone);
    Ok(Guest::Linked(std::rc::Rc::new(
        super::guest::Guest::connect(bridge, Some(parent)),
    )))
}

#[cfg(not(feature = "widget"))]
async fn load(_shell: Shell) -> Result<Guest, ()> {
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
/// Each runs under the owner current when the bridge was made (the tool's), so what it calls
/// sees the tool's context (its shadow root, for focus).
fn bridge_for(shell: Shell) -> Object {
    let bridge = Object::new();
    let owner = Owner::current().unwrap_or_default();
    let set = |name: &str, function: JsValue| {
        let _ = Reflect::set(&bridge, &JsValue::from_str(name), &function);
    };
    set(
        call::GO,
        Closure::<dyn Fn(String)>::new({
            let owner = owner.clone();
            move |slug: String| {
                if let Some(page) = Page::from_slug(&slug) {
                    owner.with(|| shell.navigator.go(page));
                }
            }
        })
        .into_js_value(),
    );
    set(
        call::BACK,
        Closure::<dyn Fn()>::new({
            let owner = owner.clone();
            move || owner.with(|| shell.navigator.back())
        })
        .into_js_value(),
    );
    set(
        call::ANSWERED,
        Closure::<dyn Fn(bool)>::new(move |answered: bool| shell.set_answered(answered))
            .into_js_value(),
    );
    set(
        call::CONFIG_PROBLEMS,
        Closure::<dyn Fn(JsValue)>::new(move |list: JsValue| {
            shell.add_config_problems(super::config_problems_from_js(&list))
        })
        .into_js_value(),
    );
    set(
        call::CLEAR,
        Closure::<dyn Fn()>::new(move || owner.with(|| shell.clear())).into_js_value(),
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
    let loaded = move || shell.guest.is_loaded();
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
                    shell.guest.with_guest(|guest| guest.show(&element, page));
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
        shell.guest.with_guest(Guest::hide);
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
