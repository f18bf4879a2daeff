//! High contrast: on when the system asks for more contrast, and switchable on every page.
//! The choice is not stored (the app stores nothing the user has not asked it to).

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Contrast {
    pub high: RwSignal<bool>,
}

impl Contrast {
    /// Starts from the reader's system setting (`prefers-contrast: more`).
    pub fn from_system() -> Contrast {
        let prefers_more = window()
            .match_media("(prefers-contrast: more)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches());
        Contrast {
            high: RwSignal::new(prefers_more),
        }
    }

    /// The root element's contrast class.
    pub fn class(&self) -> &'static str {
        if self.high.get() {
            "app-contrast-high"
        } else {
            "app-contrast-standard"
        }
    }
}

/// A toggle button; `aria-pressed` carries its state so its name never changes.
#[component]
pub fn ContrastToggle() -> impl IntoView {
    let contrast = expect_context::<Contrast>();
    view! {
        <button
            type="button"
            class="app-link-button"
            aria-pressed=move || contrast.high.get().to_string()
            on:click=move |_| contrast.high.update(|high| *high = !*high)
        >
            "High contrast"
        </button>
    }
}
