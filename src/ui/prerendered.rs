//! The start page is built into index.html (scripts/prerender.mjs: the app's own markup, taken at
//! build time), so it shows as soon as the page arrives, before the app's WebAssembly has
//! started. Meanwhile a script in the page (prerendered.js) remembers the control pressed, and
//! performs quick exit itself. When the app starts it takes the built-in page's place: the same
//! markup in the same place, so nothing moves; focus and the pressed control carry over.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The built-in start page's root element.
const PRERENDERED: &str = "[data-prerendered]";
/// The controls, counted in document order: the built-in page and the app's have the same ones.
const CONTROLS: &str = "a, button";
/// Where prerendered.js leaves the number of the control pressed before the app started.
const PRESSED: &str = "appEarlyPress";

/// What the reader did on the built-in start page before the app started.
pub struct EarlyInput {
    focused: Option<Control>,
    pressed: Option<Control>,
    scroll: (f64, f64),
}

/// A control of the built-in page: its place among the controls, and what identifies it.
struct Control {
    index: usize,
    tag: String,
    text: Option<String>,
}

impl Control {
    fn of(controls: &[web_sys::Element], index: usize) -> Control {
        Control {
            index,
            tag: controls[index].tag_name(),
            text: controls[index].text_content(),
        }
    }

    /// The same control in the app's page, if it is there (same place, tag and text).
    fn in_app(&self) -> Option<web_sys::HtmlElement> {
        let root = document().query_selector(".app-root").ok().flatten()?;
        let element = controls(&root).into_iter().nth(self.index)?;
        (element.tag_name() == self.tag && element.text_content() == self.text)
            .then(|| element.dyn_into().ok())
            .flatten()
    }
}

fn controls(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index)?.dyn_into().ok())
        .collect()
}

/// Removes the built-in start page, if the page has one, and says what the reader did on it.
/// Call it just before mounting the app, in the same task, so no frame shows neither.
pub fn take_over() -> Option<EarlyInput> {
    let root = document().query_selector(PRERENDERED).ok().flatten()?;
    let listed = controls(&root);
    let active = document().active_element();
    let focused = listed
        .iter()
        .position(|control| Some(control) == active.as_ref())
        .map(|index| Control::of(&listed, index));
    let pressed = web_sys::js_sys::Reflect::get(&window(), &JsValue::from_str(PRESSED))
        .ok()
        .and_then(|value| value.as_f64())
        .filter(|index| *index >= 0.0)
        .map(|index| index as usize)
        .filter(|index| *index < listed.len())
        .map(|index| Control::of(&listed, index));
    let scroll = (
        window().scroll_x().unwrap_or(0.0),
        window().scroll_y().unwrap_or(0.0),
    );
    root.remove();
    Some(EarlyInput {
        focused,
        pressed,
        scroll,
    })
}

impl EarlyInput {
    /// Once the app is mounted: the same scroll position, focus on the same control, and the
    /// control pressed early pressed again (only if it is the same control in the app's page).
    pub fn replay(self) {
        let (x, y) = self.scroll;
        if (x, y) != (0.0, 0.0) {
            window().scroll_to_with_x_and_y(x, y);
        }
        if let Some(element) = self.focused.as_ref().and_then(Control::in_app) {
            let _ = element.focus();
        }
        if let Some(element) = self.pressed.as_ref().and_then(Control::in_app) {
            element.click();
        }
    }
}

/// The performance mark the app sets once it has started and taken over (`make bench` reads it).
pub const STARTED_MARK: &str = "app-started";

/// Marks the moment the app has started and the page is the app's own.
pub fn mark_started() {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(STARTED_MARK);
    }
}
