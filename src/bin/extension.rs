//! The on-demand module: everything after the start page (the questions, check your answers,
//! the outcome, the referral and training mode), imported by the shell once the start page is
//! on screen (see `src/extension/`). Built by `scripts/extension.mjs` after Trunk's build.

use referral_assistant::extension::{guest, Bridge};
use wasm_bindgen::prelude::*;
use web_sys::js_sys::Object;

fn main() {
    console_error_panic_hook::set_once();
}

#[wasm_bindgen]
pub fn connect(bridge: Object) {
    guest::connect(Bridge::from_js(bridge));
}

#[wasm_bindgen]
pub fn show(container: web_sys::HtmlElement, page: String) {
    guest::show(container, &page);
}

#[wasm_bindgen(js_name = startPage)]
pub fn start_page() -> String {
    guest::start_page()
}

#[wasm_bindgen]
pub fn hide() {
    guest::hide();
}

#[wasm_bindgen]
pub fn clear() {
    guest::clear();
}
