//! The shell every page sits in, and small components shared by pages.

pub mod autocomplete;
pub mod citation;
pub mod contrast;
pub mod files;
pub mod first_paint;
pub mod form;
pub mod inactivity;
pub mod layout;
pub mod prerendered;
pub mod quick_exit;
pub mod reasons;
pub mod sources_checked;

pub use contrast::{Contrast, ContrastToggle};
pub use first_paint::{after_first_paint, after_next_paint};
pub use layout::Layout;
pub use quick_exit::{install_shift_shortcut, ExitThisPage};

use leptos::prelude::*;

/// Sets the document title the GOV.UK way: "Error: " first when the page shows errors.
/// Embedded in a host page, the host's title is left alone.
pub fn set_title(page_title: &str, has_errors: bool) {
    let prefix = if has_errors { "Error: " } else { "" };
    set_document_title(&format!(
        "{prefix}{page_title} \u{2013} {}",
        crate::content::SERVICE_NAME
    ));
}

/// Sets the document title, only when the app owns the document (never a host page's).
pub fn set_document_title(title: &str) {
    if crate::embed::owns_document() {
        document().set_title(title);
    }
}

/// Today's date on the user's device, to refuse dates in the future.
pub fn today() -> chrono::NaiveDate {
    let now = web_sys::js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(chrono::NaiveDate::MAX)
}

/// Warns before the page is closed or reloaded while answers would be lost (the browser shows
/// its own wording). Quick exit clears the answers first, so it is never held up.
pub fn install_leave_warning(visit: crate::session::Visit) {
    let handle = window_event_listener(leptos::ev::beforeunload, move |event| {
        if visit.has_answers() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    on_cleanup(move || handle.remove());
}
