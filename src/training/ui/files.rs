//! Reading a pack file and offering an export, both in the browser only: a file chosen in an
//! `<input type=file>` is read with `Blob.text()`, and a download is a Blob behind an object
//! URL. Neither makes a request.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `contents` as a download called `name`.
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
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// What reading a chosen file gave.
pub enum FileRead {
    Text(String),
    TooLarge(usize),
    Unreadable,
}

/// The name and contents of the file chosen in `input`, if one was chosen.
pub async fn read_file(input: web_sys::HtmlInputElement) -> Option<(String, FileRead)> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    let size = file.size() as usize;
    if size > crate::training::pack::MAX_BYTES {
        return Some((name, FileRead::TooLarge(size)));
    }
    let text = JsFuture::from(file.text()).await;
    Some((
        name,
        text.ok()
            .and_then(|t| t.as_string())
            .map_or(FileRead::Unreadable, FileRead::Text),
    ))
}
