//! The app is two WebAssembly modules. The first load is the shell only: the start page with
//! its 999 warning and whom to contact, and Exit this page, so they show and work at once even on
//! a slow connection. Everything else (the questions, check your answers, the outcome, the
//! referral, training mode, the privacy notice and the accessibility statement, and the
//! inactivity timeout that protects the answers) is the second module, fetched as soon as the
//! start page is up (the first-load budgets in the README).
//!
//! Each side lives in its own module and they talk through plain JavaScript objects:
//! - [`host`] (the shell): renders [`OnDemandPage`] where such a page shows. It loads the module
//!   once, connects it to a [`Bridge`], and asks it to show a page, hide it, or forget
//!   everything;
//! - [`guest`] (the module, exported by `src/bin/extension.rs`): one per tool, holds the answers, the referral
//!   and training state, and mounts each page into the element the shell gives it. Every move
//!   and every "clear" goes back to the shell, which owns history and quick exit.
//!
//! The widget package is split the same way, with the same on-demand module: its loader
//! (`embed.js`) gives the shell the module, checked against its integrity hash; each tool on a
//! host page connects a guest of its own.

pub mod guest;
mod host;

pub use host::{prepare, start_page, GuestSlot, OnDemandPage, MODULE_META};

use crate::embed::validate::{ConfigProblem, Source};
use crate::navigation::{HistoryOwner, Page};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Function, Object, Reflect};

/// The names of the bridge's functions (guest → app).
mod call {
    pub const GO: &str = "go";
    pub const BACK: &str = "back";
    pub const ANSWERED: &str = "answered";
    pub const CLEAR: &str = "clear";
    pub const CLEAR_FOR_INACTIVITY: &str = "clearForInactivity";
    pub const CONFIG_PROBLEMS: &str = "configProblems";
}

/// The guest's handle on the app that owns the session: an object of functions made by the app.
#[derive(Clone)]
pub struct Bridge(Object);

impl HistoryOwner for Bridge {
    /// Asks the app to show `page` (the app records the move in history).
    fn go(&self, page: Page) {
        self.call(call::GO, &JsValue::from_str(&page.slug()));
    }

    fn back(&self) {
        self.call(call::BACK, &JsValue::UNDEFINED);
    }
}

impl Bridge {
    pub fn from_js(object: Object) -> Bridge {
        Bridge(object)
    }

    /// Tells the shell whether anything has been answered or typed (it warns before the page is
    /// left, and the inactivity timeout has something to clear).
    pub fn answered(&self, answered: bool) {
        self.call(call::ANSWERED, &JsValue::from_bool(answered));
    }

    /// Asks the app to clear the whole session (it clears this part too).
    pub fn clear(&self) {
        self.call(call::CLEAR, &JsValue::UNDEFINED);
    }

    /// The same, because nobody used the page for a while: the start page says so.
    pub fn clear_for_inactivity(&self) {
        self.call(call::CLEAR_FOR_INACTIVITY, &JsValue::UNDEFINED);
    }

    /// Tells the shell of configuration problems found here (the web manager's notice).
    pub fn config_problems(&self, problems: &[ConfigProblem]) {
        let list: Array = problems
            .iter()
            .map(|p| {
                let source = match p.source {
                    Source::Attribute => "attribute",
                    Source::File => "file",
                };
                Array::of3(
                    &p.field.as_str().into(),
                    &source.into(),
                    &p.message.as_str().into(),
                )
            })
            .collect();
        self.call(call::CONFIG_PROBLEMS, &list);
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

/// The shell's side of [`Bridge::config_problems`].
fn config_problems_from_js(list: &JsValue) -> Vec<ConfigProblem> {
    let Some(list) = list.dyn_ref::<Array>() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|item| {
            let item = item.dyn_into::<Array>().ok()?;
            Some(ConfigProblem {
                field: item.get(0).as_string()?,
                source: match item.get(1).as_string()?.as_str() {
                    "attribute" => Source::Attribute,
                    _ => Source::File,
                },
                message: item.get(2).as_string()?,
            })
        })
        .collect()
}
