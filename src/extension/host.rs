//! The shell's side: loading the on-demand module once, the bridge it calls back on, and the
//! component that stands where one of its pages shows.

use super::call;
use crate::embed::validate::ConfigProblem;
use crate::navigation::{focus_main_heading, Navigator, Page};
use crate::session::Visit;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect};

/// The `<meta>` element (written into the built page by `scripts/extension.mjs`) that names the
/// module's script. Not a request: the shell imports the module once the start page is on
/// screen (`ui::after_first_paint`), or when one of its pages is asked for first.
pub const MODULE_META: &str = "app-on-demand-module";

/// A tool's hold on its guest in the on-demand module: empty until loaded, then the `Guest`
/// object that `src/bin/extension.rs` exports (its methods are called by name). Each tool on a
/// page has its own, so two tools never share answers (the app makes it; see `crate::app`).
#[derive(Clone, Copy)]
pub struct GuestSlot {
    guest: StoredValue<Rc<RefCell<Option<Object>>>, LocalStorage>,
    /// The tool's side of the connection, taken when the tool is made (its context is there;
    /// the loads start later, from callbacks outside it): what fetches the widget's on-demand
    /// part (`None` standalone), and what the guest is told of the tool's embedding.
    tool: StoredValue<(Option<crate::embed::OnDemandLoader>, JsValue), LocalStorage>,
    /// Configuration problems the guest found (it checks the partnership's areas against the
    /// place register, which the shell does not hold), for the web manager's notice.
    config_problems: RwSignal<Vec<ConfigProblem>>,
    /// Where the layout keeps a place for the guest's inactivity warning.
    inactivity_slot: NodeRef<leptos::html::Div>,
}

impl GuestSlot {
    /// An empty slot, owned by the current tool: when the tool goes (a host page unmounts it),
    /// its guest is freed, and with it the guest's page, state and listeners.
    pub fn new() -> GuestSlot {
        let guest = Rc::new(RefCell::new(None::<Object>));
        // Cleanups must be Send: this one runs on the one thread it was made on.
        let held = send_wrapper::SendWrapper::new(guest.clone());
        on_cleanup(move || {
            if let Some(guest) = held.borrow_mut().take() {
                call_export(&guest, "free", &[]);
            }
        });
        GuestSlot {
            guest: StoredValue::new_local(guest),
            tool: StoredValue::new_local((
                crate::embed::on_demand_loader(),
                crate::embed::for_guest(),
            )),
            config_problems: RwSignal::new(Vec::new()),
            inactivity_slot: NodeRef::new(),
        }
    }

    fn is_loaded(&self) -> bool {
        self.guest
            .try_with_value(|guest| guest.borrow().is_some())
            .unwrap_or(false)
    }

    fn connect(&self, guest: Object) {
        self.guest
            .with_value(|slot| *slot.borrow_mut() = Some(guest));
    }

    /// Calls the guest's method `name` if it is loaded (outside the slot's borrow: the guest may
    /// call back into the shell).
    fn call(&self, name: &str, arguments: &[&JsValue]) -> Option<JsValue> {
        let guest = self
            .guest
            .try_with_value(|guest| guest.borrow().clone())??;
        call_export(&guest, name, arguments)
    }

    /// The place the layout keeps for the guest's inactivity warning (see `ui::inactivity`).
    pub fn inactivity_slot(&self) -> NodeRef<leptos::html::Div> {
        self.inactivity_slot
    }

    /// The configuration problems the guest has found so far.
    pub fn config_problems(&self) -> RwSignal<Vec<ConfigProblem>> {
        self.config_problems
    }

    /// Adds problems the guest found to the web manager's notice and the console.
    fn add_config_problems(&self, problems: Vec<ConfigProblem>) {
        crate::embed::report_to_console(&problems);
        self.config_problems.update(|all| all.extend(problems));
    }

    /// Tells the guest, if it was ever loaded, to forget the answers and the referral.
    pub fn clear(&self) {
        self.call("clear", &[]);
    }
}

impl Default for GuestSlot {
    fn default() -> Self {
        GuestSlot::new()
    }
}

thread_local! {
    /// The standalone app's import of the module while it is under way (and after: importing
    /// again is a no-op). The widget's loader keeps its own.
    static IMPORTING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Calls one of the module's exported functions (nothing happens if it is missing).
fn call_export(module: &Object, name: &str, arguments: &[&JsValue]) -> Option<JsValue> {
    let function = Reflect::get(module, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let arguments = arguments.iter().collect::<Array>();
    // Called as a method: the guest's functions are methods of its object.
    function
        .apply(module, &arguments)
        .inspect_err(|error| web_sys::console::error_2(&format!("{name}:").into(), error))
        .ok()
}

#[cfg(not(feature = "widget"))]
#[wasm_bindgen(inline_js = "export function import_module(url) { \
    return import(url).then((module) => module.default().then(() => module)); }")]
extern "C" {
    /// Imports the module at `url` (same origin) and instantiates its WebAssembly.
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<Promise, JsValue>;
}

/// Where "Start now" leads: with no answers (the guest, which holds them, not loaded yet) the
/// first question, else the next question the answers need.
pub fn start_page(slot: GuestSlot) -> Page {
    slot.call("startPage", &[])
        .and_then(|slug| slug.as_string())
        .and_then(|slug| Page::from_slug(&slug))
        .unwrap_or(Page::Question(crate::flow::FIRST_QUESTION))
}

/// What the guest's bridge acts on: the tool's shell, as the app hands it down.
#[derive(Clone, Copy)]
struct Shell {
    guest: GuestSlot,
    navigator: Navigator,
    visit: Visit,
}

/// Starts loading the guest in the background (the shell calls this once the start page is
/// up, so the questions show without a wait). A failure here is shown, with a retry, only if
/// a page that needs the guest cannot load it either.
pub fn prepare(guest: GuestSlot, navigator: Navigator, visit: Visit) {
    let shell = Shell {
        guest,
        navigator,
        visit,
    };
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
    let (loader, embedding) = shell.guest.tool.get_value();
    let module = load(loader).await?;
    // Two pages may have asked at once: the first to finish connects.
    if !shell.guest.is_loaded() {
        let guest = call_export(&module, "connect", &[&bridge_for(shell), &embedding]).ok_or(())?;
        shell.guest.connect(guest.unchecked_into());
        // The guest keeps the inactivity timeout: it holds the answers the timeout protects.
        if let Some(slot) = shell.guest.inactivity_slot.get_untracked() {
            shell.guest.call("watchInactivity", &[&slot.into()]);
        }
    }
    Ok(())
}

/// The standalone app: imports the module whose script the built page names.
#[cfg(not(feature = "widget"))]
fn import_named_module() -> Result<Promise, ()> {
    if let Some(importing) = IMPORTING.with_borrow(Clone::clone) {
        return Ok(importing);
    }
    let url = document()
        .query_selector(&format!("meta[name=\"{MODULE_META}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or(())?;
    let importing = import_module(&url).map_err(|_| ())?;
    IMPORTING.set(Some(importing.clone()));
    Ok(importing)
}

/// The widget package has no page of its own: its loader (`embed.js`) always gives the module.
#[cfg(feature = "widget")]
fn import_named_module() -> Result<Promise, ()> {
    Err(())
}

/// Imports the on-demand module (once per page): the widget's loader (`embed.js`, which checks
/// the module's integrity hash, and adds the whole stylesheet to the tool) when embedded, else
/// the script the built page names.
async fn load(loader: Option<crate::embed::OnDemandLoader>) -> Result<Object, ()> {
    let (promise, stylesheet) = match loader {
        Some(loader) => loader
            .load()
            .map(|(module, sheet)| (module, Some(sheet)))
            .ok_or(())?,
        None => (import_named_module()?, None),
    };
    // Both are awaited (neither failure is left unhandled), and no page of the module shows
    // before its styles have arrived.
    let module = JsFuture::from(promise).await;
    let styled = match stylesheet {
        Some(sheet) => JsFuture::from(sheet).await.map(drop),
        None => Ok(()),
    };
    let (Ok(module), Ok(())) = (module, styled) else {
        IMPORTING.set(None);
        return Err(());
    };
    // A module namespace object has no prototype (`instanceof Object` is false): no checked cast.
    Ok(module.unchecked_into::<Object>())
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
        Closure::<dyn Fn(bool)>::new(move |answered: bool| shell.visit.set_answered(answered))
            .into_js_value(),
    );
    set(
        call::CONFIG_PROBLEMS,
        Closure::<dyn Fn(JsValue)>::new(move |list: JsValue| {
            shell
                .guest
                .add_config_problems(super::config_problems_from_js(&list))
        })
        .into_js_value(),
    );
    set(
        call::CLEAR_FOR_INACTIVITY,
        Closure::<dyn Fn()>::new({
            let owner = owner.clone();
            move || owner.with(|| shell.visit.clear_for_inactivity())
        })
        .into_js_value(),
    );
    set(
        call::CLEAR,
        Closure::<dyn Fn()>::new(move || owner.with(|| shell.visit.clear())).into_js_value(),
    );
    bridge
}

/// Where a page of the on-demand part shows: loads the part (once), then lets it render `page`
/// inside. If loading fails (offline before it was ever fetched), says so and offers to retry.
#[component]
pub fn OnDemandPage(page: Page) -> impl IntoView {
    use crate::content::pages::on_demand as words;
    let shell = Shell {
        guest: expect_context::<GuestSlot>(),
        navigator: expect_context::<Navigator>(),
        visit: expect_context::<Visit>(),
    };
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
                    shell
                        .guest
                        .call("show", &[&element, &JsValue::from_str(&page.slug())]);
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
        shell.guest.call("hide", &[]);
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
