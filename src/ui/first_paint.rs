//! Background work waits until the page has first shown content, so it neither holds up nor
//! competes with the first page.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::js_sys::{Array, Reflect};

type Work = Box<dyn FnOnce()>;

/// Runs `work` once the page has first shown content (the browser's `first-contentful-paint`,
/// reported when that frame is on screen): work the first page does not need (the service
/// worker, fetching the rest of the service, listeners for later events) must not hold it up or
/// compete with it. Where paint timing is not available, after the next frame. `work` runs under
/// the caller's reactive owner, so what it registers with `on_cleanup` goes when the caller goes.
pub fn after_first_paint(work: impl FnOnce() + 'static) {
    let owner = Owner::current();
    let work: Work = Box::new(move || match owner {
        Some(owner) => owner.with(work),
        None => work(),
    });
    let painted = AFTER_FIRST_PAINT.with_borrow_mut(|waiting| match waiting {
        Some(waiting) => {
            waiting.push(work);
            None
        }
        None => Some(work),
    });
    match painted {
        Some(work) => set_timeout(work, Duration::ZERO),
        None => watch_for_first_paint(),
    }
}

/// Runs `work` once the next frame has been produced: after what has just changed is on screen.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}

thread_local! {
    /// Work waiting for the first contentful paint; `None` once it has been.
    static AFTER_FIRST_PAINT: RefCell<Option<Vec<Work>>> = RefCell::new(Some(Vec::new()));
    static WATCHING_FOR_FIRST_PAINT: Cell<bool> = const { Cell::new(false) };
}

fn watch_for_first_paint() {
    if WATCHING_FOR_FIRST_PAINT.replace(true) {
        return;
    }
    fn run_waiting() {
        let waiting = AFTER_FIRST_PAINT.take().unwrap_or_default();
        waiting.into_iter().for_each(|work| work());
    }
    const FIRST_CONTENTFUL_PAINT: &str = "first-contentful-paint";
    let painted = window()
        .performance()
        .is_some_and(|timing| timing.get_entries_by_name(FIRST_CONTENTFUL_PAINT).length() > 0);
    let paint_timing = Reflect::get(&window(), &JsValue::from_str("PerformanceObserver"))
        .and_then(|observer| Reflect::get(&observer, &JsValue::from_str("supportedEntryTypes")))
        .ok()
        .and_then(|types| types.dyn_into::<Array>().ok())
        .is_some_and(|types| types.includes(&JsValue::from_str("paint"), 0));
    // Embedded in a host page that has already painted, or in a browser without paint timing:
    // after the next frame.
    if painted || !paint_timing {
        after_next_paint(run_waiting);
        return;
    }
    let observed = Closure::<
        dyn FnMut(web_sys::PerformanceObserverEntryList, web_sys::PerformanceObserver),
    >::new(
        |entries: web_sys::PerformanceObserverEntryList, observer: web_sys::PerformanceObserver| {
            if entries.get_entries_by_name(FIRST_CONTENTFUL_PAINT).length() > 0 {
                observer.disconnect();
                run_waiting();
            }
        },
    );
    match web_sys::PerformanceObserver::new(observed.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&web_sys::PerformanceObserverInit::new(&Array::of1(
                &JsValue::from_str("paint"),
            )));
            // The observer holds the callback until it disconnects, once.
            observed.forget();
        }
        Err(_) => after_next_paint(run_waiting),
    }
}
