//! The on-demand module: everything after the start page (the questions, check your answers,
//! the outcome, the referral and training mode), imported by the shell once the start page is
//! on screen (see `src/extension/`). Built by `scripts/extension.mjs`, for the standalone app
//! after Trunk's build and for the widget package by `make widget`.

use referral_assistant::embed::Handover;
use referral_assistant::extension::bridge::{ToGuest, Wire};
use referral_assistant::extension::{guest, Bridge};
use wasm_bindgen::prelude::*;
use web_sys::js_sys::Function;

fn main() {
    console_error_panic_hook::set_once();
}

/// One tool's guest (a host page may mount two tools; each connects its own). JavaScript's
/// `free()` drops it: its page, its state and its listeners go.
#[wasm_bindgen]
pub struct Guest(guest::Guest);

/// Connects a guest to the shell that owns the visit: `shell` receives every message the guest
/// sends; `embedding` is the tool's, when embedded (`referral_assistant::extension::bridge`
/// writes both sides of this interface: `OnDemandModule` and `GuestHandle`).
#[wasm_bindgen]
pub fn connect(shell: Function, embedding: JsValue) -> Guest {
    let embedding = Option::<Handover>::from_js(embedding)
        .flatten()
        .map(referral_assistant::embed::adopt);
    Guest(guest::Guest::connect(Bridge::new(shell), embedding))
}

#[wasm_bindgen]
impl Guest {
    /// One message from the shell (`ToGuest`); the reply, if it asks for one.
    pub fn receive(&self, message: JsValue) -> JsValue {
        match ToGuest::from_js(&message) {
            Some(message) => self.0.receive(message),
            None => JsValue::UNDEFINED,
        }
    }
}
