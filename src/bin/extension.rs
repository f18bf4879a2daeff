//! The on-demand module: everything after the start page (the questions, check your answers,
//! the outcome, the referral and training mode), imported by the shell once the start page is
//! on screen (see `src/extension/`). Built by `scripts/extension.mjs`, for the standalone app
//! after Trunk's build and for the widget package by `make widget`.

use referral_assistant::extension::{guest, Bridge};
use wasm_bindgen::prelude::*;
use web_sys::js_sys::Object;

fn main() {
    console_error_panic_hook::set_once();
}

/// One tool's guest (a host page may mount two tools; each connects its own). JavaScript's
/// `free()` drops it: its page, its state and its listeners go.
#[wasm_bindgen]
pub struct Guest(guest::Guest);

/// Connects a guest to the shell that owns the visit. `embedding`: what the shell passes for an
/// embedded tool (`referral_assistant::embed::for_guest`), else `undefined`.
#[wasm_bindgen]
pub fn connect(bridge: Object, embedding: JsValue) -> Guest {
    let embedding = referral_assistant::embed::adopt(&embedding);
    Guest(guest::Guest::connect(Bridge::from_js(bridge), embedding))
}

#[wasm_bindgen]
impl Guest {
    pub fn show(&self, container: web_sys::HtmlElement, page: String) {
        self.0.show(container, &page);
    }

    #[wasm_bindgen(js_name = startPage)]
    pub fn start_page(&self) -> String {
        self.0.start_page()
    }

    pub fn hide(&self) {
        self.0.hide();
    }

    #[wasm_bindgen(js_name = watchInactivity)]
    pub fn watch_inactivity(&self, slot: web_sys::HtmlElement) {
        self.0.watch_inactivity(slot);
    }

    pub fn clear(&self) {
        self.0.clear();
    }
}
