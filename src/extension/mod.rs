//! The pages most visits never open, preparing a referral and training mode, are a second
//! WebAssembly module. It is fetched the first time one of those pages shows, so the first load
//! carries only the shell and the guided assessment (the first-load budget in the README).
//!
//! Each side lives in its own module and they talk through plain JavaScript objects:
//! - [`host`] (the app): renders [`OnDemandPage`] where such a page shows. It loads the module
//!   once, connects it to a [`Bridge`], and asks it to show a page, hide it, or forget
//!   everything;
//! - [`guest`] (the module, exported by `src/bin/extension.rs`): holds the referral and training
//!   state and mounts each page into the element the app gives it. Every move, every change to
//!   the answers and every "clear" goes back to the app, which owns history and the session.
//!
//! The widget package (`--features widget`) is one module: there the app calls the guest's
//! functions directly, over the same bridge, so both builds run the same code.

pub mod guest;
mod host;

pub use host::{prepare, OnDemand, OnDemandPage, MODULE_META};

use crate::navigation::Page;
use rules::CaseFacts;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Object, Reflect};

/// The names of the bridge's functions (guest → app).
mod call {
    pub const GO: &str = "go";
    pub const BACK: &str = "back";
    pub const SET_FACTS: &str = "setFacts";
    pub const REFERRAL_STARTED: &str = "referralStarted";
    pub const CLEAR: &str = "clear";
}

/// The guest's handle on the app that owns the session: an object of functions made by the app.
#[derive(Clone)]
pub struct Bridge(Object);

impl Bridge {
    pub fn from_js(object: Object) -> Bridge {
        Bridge(object)
    }

    /// Asks the app to show `page` (the app records the move in history).
    pub fn go(&self, page: Page) {
        self.call(call::GO, &JsValue::from_str(&page.slug()));
    }

    pub fn back(&self) {
        self.call(call::BACK, &JsValue::UNDEFINED);
    }

    /// Replaces the app's answers (opening a draft, a training scenario tried in the tool).
    pub fn set_facts(&self, facts: &CaseFacts) {
        if let Ok(json) = serde_json::to_string(facts) {
            self.call(call::SET_FACTS, &JsValue::from_str(&json));
        }
    }

    /// Tells the app whether a referral is in progress (it warns before the page is left).
    pub fn referral_started(&self, started: bool) {
        self.call(call::REFERRAL_STARTED, &JsValue::from_bool(started));
    }

    /// Asks the app to clear the whole session (it clears this part too).
    pub fn clear(&self) {
        self.call(call::CLEAR, &JsValue::UNDEFINED);
    }

    fn call(&self, name: &str, argument: &JsValue) {
        let function = Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()
            .and_then(|value| value.dyn_into::<Function>().ok());
        if let Some(function) = function {
            let _ = function.call1(&JsValue::NULL, argument);
        }
    }
}
