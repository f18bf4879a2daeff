//! Reading a pack file in the browser only: a file chosen in an `<input type=file>` is read
//! with `Blob.text()`, never uploaded. (Exports use the shared `crate::ui::files::download`.)

use wasm_bindgen_futures::JsFuture;

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
