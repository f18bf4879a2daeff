//! The shell's side: loading the on-demand module once, connecting a tool's guest, the one
//! function it sends its messages to, and the component that stands where one of its pages
//! shows.

use super::bridge::{GuestHandle, OnDemandModule, ToGuest, ToShell, Wire};
use crate::embed::validate::ConfigProblem;
use crate::embed::{Handover, OnDemandLoader};
use crate::navigation::{focus_main_heading, Navigator, Page};
use crate::session::Visit;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Promise};

/// The `<meta>` element (written into the built page by `scripts/extension.mjs`) that names the
/// module's script. Not a request: the shell imports the module once the start page is on
/// screen (`ui::after_first_paint`), or when one of its pages is asked for first.
pub const MODULE_META: &str = "app-on-demand-module";

/// A tool's hold on its guest in the on-demand module: empty until loaded, then the guest that
/// `src/bin/extension.rs` exports. Each tool on a page has its own, so two tools never share
/// answers (the app makes it; see `crate::app`).
#[derive(Clone, Copy)]
pub struct GuestSlot {
    guest: StoredValue<Rc<RefCell<Option<GuestHandle>>>, LocalStorage>,
    /// The tool's side of the connection, taken when the tool is made (its context is there;
    /// the loads start later, from callbacks outside it): what fetches the widget's on-demand
    /// part (`None` standalone), and what the guest is told of the tool's embedding.
    tool: StoredValue<(Option<OnDemandLoader>, Option<Handover>), LocalStorage>,
    /// The standalone app's import of the module while it is under way (and after: importing
    /// again is a no-op). The widget's loader keeps its own, once for every tool on the page.
    importing: StoredValue<Option<Promise>, LocalStorage>,
    /// Configuration problems the guest found, for the web manager's notice.
    config_problems: RwSignal<Vec<ConfigProblem>>,
    /// Where the layout keeps a place for the guest's inactivity warning.
    inactivity_slot: NodeRef<leptos::html::Div>,
}

impl GuestSlot {
    /// An empty slot, owned by the current tool: when the tool goes (a host page unmounts it),
    /// its guest is freed, and with it the guest's page, state and listeners.
    pub fn new() -> GuestSlot {
        let guest = Rc::new(RefCell::new(None::<GuestHandle>));
        // Cleanups must be Send: this one runs on the one thread it was made on.
        let held = send_wrapper::SendWrapper::new(guest.clone());
        on_cleanup(move || {
            if let Some(guest) = held.borrow_mut().take() {
                guest.free();
            }
        });
        GuestSlot {
            guest: StoredValue::new_local(guest),
            tool: StoredValue::new_local((
                crate::embed::on_demand_loader(),
                crate::embed::handover(),
            )),
            importing: StoredValue::new_local(None),
            config_problems: RwSignal::new(Vec::new()),
            inactivity_slot: NodeRef::new(),
        }
    }

    fn is_loaded(&self) -> bool {
        self.guest
            .try_with_value(|guest| guest.borrow().is_some())
            .unwrap_or(false)
    }

    fn connect(&self, guest: GuestHandle) {
        self.guest
            .with_value(|slot| *slot.borrow_mut() = Some(guest));
    }

    /// Sends `message` to the guest if it is loaded (outside the slot's borrow: the guest may
    /// call back into the shell); its reply.
    fn send(&self, message: ToGuest) -> Option<JsValue> {
        let guest = self
            .guest
            .try_with_value(|guest| guest.borrow().clone())??;
        Some(guest.send(message))
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
        self.send(ToGuest::Clear);
    }

    /// The standalone app: imports the module whose script the built page names.
    #[cfg(not(feature = "widget"))]
    fn import_named_module(&self) -> Option<Promise> {
        if let Some(importing) = self.importing.get_value() {
            return Some(importing);
        }
        let url = document()
            .query_selector(&format!("meta[name=\"{MODULE_META}\"]"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))?;
        let importing = import_module(&url).ok()?;
        self.importing.set_value(Some(importing.clone()));
        Some(importing)
    }

    /// The widget package has no page of its own: its loader (`embed.js`) always gives the
    /// module.
    #[cfg(feature = "widget")]
    fn import_named_module(&self) -> Option<Promise> {
        None
    }

    /// Imports the on-demand module (once per page): the widget's loader (`embed.js`, which
    /// checks the module's integrity hash, and adds the whole stylesheet to the tool) when
    /// embedded, else the script the built page names.
    async fn load(&self) -> Option<OnDemandModule> {
        let (promise, stylesheet) = match self.tool.with_value(|(loader, _)| loader.clone()) {
            Some(loader) => loader.load().map(|(module, sheet)| (module, Some(sheet)))?,
            None => (self.import_named_module()?, None),
        };
        // Both are awaited (neither failure is left unhandled), and no page of the module shows
        // before its styles have arrived.
        let module = JsFuture::from(promise).await;
        let styled = match stylesheet {
            Some(sheet) => JsFuture::from(sheet).await.map(drop),
            None => Ok(()),
        };
        let (Ok(module), Ok(())) = (module, styled) else {
            self.importing.set_value(None);
            return None;
        };
        // A module namespace object has no prototype (`instanceof Object` is false): no checked
        // cast.
        Some(module.unchecked_into())
    }
}

impl Default for GuestSlot {
    fn default() -> Self {
        GuestSlot::new()
    }
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
    slot.send(ToGuest::StartPage)
        .and_then(Page::from_js)
        .unwrap_or(Page::Question(crate::flow::FIRST_QUESTION))
}

/// What the guest's messages act on: the tool's shell, as the app hands it down.
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
    let module = shell.guest.load().await.ok_or(())?;
    // Two pages may have asked at once: the first to finish connects.
    if !shell.guest.is_loaded() {
        let embedding = shell
            .guest
            .tool
            .with_value(|(_, handover)| handover.clone());
        let guest = module
            .connect_guest(&receiver(shell), &embedding)
            .ok_or(())?;
        shell.guest.connect(guest);
        // The guest keeps the inactivity timeout: it holds the answers the timeout protects.
        if let Some(slot) = shell.guest.inactivity_slot.get_untracked() {
            shell.guest.send(ToGuest::WatchInactivity(slot.into()));
        }
    }
    Ok(())
}

/// The one function the guest sends its messages to: each acts on the shell, under the owner
/// current when it was made (the tool's), so what it calls sees the tool's context (its shadow
/// root, for focus).
fn receiver(shell: Shell) -> Function {
    let owner = Owner::current().unwrap_or_default();
    Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
        let Some(message) = ToShell::from_js(&message) else {
            return;
        };
        owner.with(|| match message {
            ToShell::Go(page) => shell.navigator.go(page),
            ToShell::Back => shell.navigator.back(),
            ToShell::Answered(answered) => shell.visit.set_answered(answered),
            ToShell::Clear => shell.visit.clear(),
            ToShell::ClearForInactivity => shell.visit.clear_for_inactivity(),
            ToShell::ConfigProblems(problems) => shell.guest.add_config_problems(problems),
        })
    })
    .into_js_value()
    .unchecked_into()
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
                    shell.guest.send(ToGuest::Show(element.into(), page));
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
        shell.guest.send(ToGuest::Hide);
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
