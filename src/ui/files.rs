//! Browser-local file and clipboard helpers for the referral: downloads are made from a Blob
//! and an object URL (nothing leaves the device), draft files are read with `File.text()`, and
//! random bytes come from `crypto.getRandomValues`. No network here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `contents` as a file called `name` (a local download: Blob, object URL, `<a download>`).
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(anchor) = document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.set_hidden(true);
        if let Some(body) = document().body() {
            let _ = body.append_child(&anchor);
            anchor.click();
            let _ = body.remove_child(&anchor);
        }
    }
    // Revoke after the download has started.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// The text of the first file chosen in the file input with `id`, if any.
pub async fn read_chosen_file(id: &str) -> Option<Result<String, ()>> {
    // Inside the app (a shadow root when embedded as a widget), not the host document.
    let input = crate::embed::element_by_id(id)?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0)?;
    if file.size() > crate::referral::draft::MAX_DRAFT_BYTES as f64 {
        return Some(Ok(" ".repeat(crate::referral::draft::MAX_DRAFT_BYTES + 1)));
    }
    let text = JsFuture::from(file.text()).await;
    Some(text.ok().and_then(|text| text.as_string()).ok_or(()))
}

/// Copies `text` to the clipboard; `true` when the browser says it did.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// 16 random bytes from the browser's cryptographic generator.
pub fn random_bytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
}

/// The time now, RFC 3339 in UTC (`2025-06-30T09:15:00.000Z`).
pub fn now_rfc3339() -> String {
    web_sys::js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}
