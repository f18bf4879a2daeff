//! Offline once loaded (standalone app only): registers the service worker that Trunk's build
//! writes as `/sw.js` (scripts/offline.mjs, from src/offline/sw.js). Embedded in a host page the
//! app registers nothing: the host's origin is not the app's to control.

use leptos::prelude::window;

/// Registers `/sw.js` if the browser supports service workers. Failure is harmless (the app
/// then simply needs the network to load next time).
pub fn register_service_worker() {
    let navigator = window().navigator();
    let supported =
        web_sys::js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !supported || !crate::embed::owns_document() {
        return;
    }
    let registration = navigator.service_worker().register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registration).await;
    });
}
