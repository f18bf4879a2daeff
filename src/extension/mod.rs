//! The app is two WebAssembly modules. The first load is the shell only: the start page with
//! its 999 warning and whom to contact, and Exit this page, so they show and work at once even on
//! a slow connection. Everything else (the questions, check your answers, the outcome, the
//! referral, training mode, the privacy notice and the accessibility statement, and the
//! inactivity timeout that protects the answers) is the second module, fetched as soon as the
//! start page is up (the first-load budgets: docs/performance.md).
//!
//! Each side lives in its own module and they talk through the [`bridge`], where every call
//! and its arguments are defined once:
//! - [`host`] (the shell): renders [`OnDemandPage`] where such a page shows. It loads the module
//!   once, connects a guest, and sends it [`bridge::ToGuest`]: show a page, hide it, forget
//!   everything;
//! - [`guest`] (the module, exported by `src/bin/extension.rs`): one per tool, holds the answers,
//!   the referral and training state, and mounts each page into the element the shell gives it.
//!   Every move and every "clear" goes back to the shell as a [`bridge::ToShell`]: the shell owns
//!   history and quick exit.
//!
//! The widget package is split the same way, with the same on-demand module: its loader
//! (`embed.js`) gives the shell the module, checked against its integrity hash; each tool on a
//! host page connects a guest of its own.

pub mod bridge;
pub mod guest;
mod host;

pub use host::{prepare, start_page, GuestSlot, OnDemandPage, MODULE_META};

use crate::navigation::{HistoryOwner, Page};
use bridge::ToShell;
use wasm_bindgen::JsValue;
use web_sys::js_sys::Function;

/// The guest's handle on the shell that owns the visit: the one function the shell gave it, which
/// receives every [`ToShell`].
#[derive(Clone)]
pub struct Bridge(Function);

impl HistoryOwner for Bridge {
    /// Asks the app to show `page` (the app records the move in history).
    fn go(&self, page: Page) {
        self.send(ToShell::Go(page));
    }

    fn back(&self) {
        self.send(ToShell::Back);
    }
}

impl Bridge {
    pub fn new(shell: Function) -> Bridge {
        Bridge(shell)
    }

    pub fn send(&self, message: ToShell) {
        let _ = self.0.call1(&JsValue::NULL, &message.to_js());
    }
}
