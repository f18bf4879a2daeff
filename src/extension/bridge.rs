//! The bridge between the two modules, defined once: every call each side makes of the other,
//! with its arguments, and how each crosses (one JavaScript value per call: an array of a tag
//! and the arguments). Both modules are built from this crate, so both sides encode and decode
//! with this same code; nothing is named by a string.
//!
//! The on-demand module's interface is one export and one method (`src/bin/extension.rs`):
//! `connect(shell, embedding)` makes a tool's guest, which receives every [`ToGuest`] through
//! its `receive`; `shell` is the one function the guest sends every [`ToShell`] through. The
//! shell sees that interface through [`OnDemandModule`] and [`GuestHandle`].

use crate::embed::validate::{ConfigProblem, FileOutcome, Source};
use crate::embed::Handover;
use crate::navigation::Page;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Function};
use web_sys::HtmlElement;

/// Writes a message enum whose variants and arguments are listed once, with its encoding
/// (`to_js`) and decoding (`from_js`): the tag is the variant's place in the list.
macro_rules! messages {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident $(( $($argument:ident: $type:ty),+ ))? ,)+
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$variant_meta])* $variant $(( $($type),+ ))? ,)+
        }

        impl $name {
            /// The message as it crosses to the other module.
            pub fn to_js(&self) -> JsValue {
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Tag { $($variant),+ }
                let parts = Array::new();
                match self {
                    $( $name::$variant $(( $($argument),+ ))? => {
                        parts.push(&JsValue::from(Tag::$variant as u32));
                        $( $( parts.push(&Wire::to_js($argument)); )+ )?
                    } )+
                }
                parts.into()
            }

            /// The message the other module sent, if it is one.
            pub fn from_js(value: &JsValue) -> Option<$name> {
                #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
                enum Tag { $($variant),+ }
                let parts = value.dyn_ref::<Array>()?;
                let tag = parts.get(0).as_f64()? as u32;
                let mut at = 0;
                let mut next = || {
                    at += 1;
                    parts.get(at)
                };
                let _ = &mut next;
                $( if tag == Tag::$variant as u32 {
                    return Some($name::$variant $(( $( <$type as Wire>::from_js(next())? ),+ ))?);
                } )+
                None
            }
        }
    };
}

messages! {
    /// What the shell asks of a tool's guest.
    #[derive(Debug, PartialEq)]
    pub enum ToGuest {
        /// Show `page` inside `container` (the shell has recorded the move).
        Show(container: HtmlElement, page: Page),
        /// Remove the page showing; the answers stay.
        Hide,
        /// Keep the inactivity timeout (the guest holds the answers it protects), its warning in
        /// `slot`, the place the shell's layout keeps for it.
        WatchInactivity(slot: HtmlElement),
        /// Forget the answers and the referral (quick exit, the timeout, Start again).
        Clear,
        /// Where "Start now" leads: the guest replies with a page.
        StartPage,
    }
}

messages! {
    /// What a guest asks of its shell, which owns history and the visit.
    #[derive(Debug, PartialEq)]
    pub enum ToShell {
        /// Show `page`, recorded in history.
        Go(page: Page),
        /// The Back link.
        Back,
        /// Whether anything has been answered or typed (the shell warns before the page is
        /// left, and clears on quick exit).
        Answered(answered: bool),
        /// Clear the whole visit (the guest too).
        Clear,
        /// The same, because nobody used the page for a while: the start page says so.
        ClearForInactivity,
        /// Configuration problems the guest found (it checks the partnership's areas against the
        /// place register, which the shell does not hold), for the web manager's notice.
        ConfigProblems(problems: Vec<ConfigProblem>),
    }
}

/// How one argument crosses between the modules: as one JavaScript value.
pub trait Wire: Sized {
    fn to_js(&self) -> JsValue;
    fn from_js(value: JsValue) -> Option<Self>;
}

impl Wire for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
    fn from_js(value: JsValue) -> Option<bool> {
        value.as_bool()
    }
}

impl Wire for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
    fn from_js(value: JsValue) -> Option<String> {
        value.as_string()
    }
}

/// A page by the name it has in history.
impl Wire for Page {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(&self.slug())
    }
    fn from_js(value: JsValue) -> Option<Page> {
        Page::from_slug(&value.as_string()?)
    }
}

impl Wire for HtmlElement {
    fn to_js(&self) -> JsValue {
        self.into()
    }
    fn from_js(value: JsValue) -> Option<HtmlElement> {
        value.dyn_into().ok()
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.iter().map(Wire::to_js).collect::<Array>().into()
    }
    fn from_js(value: JsValue) -> Option<Vec<T>> {
        value
            .dyn_into::<Array>()
            .ok()?
            .iter()
            .map(T::from_js)
            .collect()
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn to_js(&self) -> JsValue {
        Array::of2(&self.0.to_js(), &self.1.to_js()).into()
    }
    fn from_js(value: JsValue) -> Option<(A, B)> {
        let pair = value.dyn_into::<Array>().ok()?;
        Some((A::from_js(pair.get(0))?, B::from_js(pair.get(1))?))
    }
}

impl Wire for ConfigProblem {
    fn to_js(&self) -> JsValue {
        let from_file = self.source == Source::File;
        Array::of3(
            &self.field.to_js(),
            &from_file.to_js(),
            &self.message.to_js(),
        )
        .into()
    }
    fn from_js(value: JsValue) -> Option<ConfigProblem> {
        let parts = value.dyn_into::<Array>().ok()?;
        Some(ConfigProblem {
            field: String::from_js(parts.get(0))?,
            source: if bool::from_js(parts.get(1))? {
                Source::File
            } else {
                Source::Attribute
            },
            message: String::from_js(parts.get(2))?,
        })
    }
}

/// A tool's embedding, as its shell hands it to its guest (see [`Handover`]); `undefined` for
/// the standalone app.
impl Wire for Option<Handover> {
    fn to_js(&self) -> JsValue {
        match self {
            None => JsValue::UNDEFINED,
            Some(handover) => handover.to_js(),
        }
    }
    fn from_js(value: JsValue) -> Option<Option<Handover>> {
        Some(if value.is_undefined() {
            None
        } else {
            Some(Handover::from_js(value)?)
        })
    }
}

/// The configuration file: `undefined` when none is named, its text, or why it could not be had
/// (in an array).
impl Wire for FileOutcome {
    fn to_js(&self) -> JsValue {
        match self {
            FileOutcome::NotAsked => JsValue::UNDEFINED,
            FileOutcome::Fetched(text) => text.to_js(),
            FileOutcome::Failed(why) => Array::of1(&why.to_js()).into(),
        }
    }
    fn from_js(value: JsValue) -> Option<FileOutcome> {
        if value.is_undefined() {
            return Some(FileOutcome::NotAsked);
        }
        if let Some(text) = value.as_string() {
            return Some(FileOutcome::Fetched(text));
        }
        Some(FileOutcome::Failed(String::from_js(
            value.dyn_into::<Array>().ok()?.get(0),
        )?))
    }
}

impl Wire for Handover {
    fn to_js(&self) -> JsValue {
        [
            self.shadow.clone().into(),
            self.attributes.to_js(),
            self.file.to_js(),
            self.origin.to_js(),
            self.framed.to_js(),
            self.debug.to_js(),
        ]
        .into_iter()
        .collect::<Array>()
        .into()
    }
    fn from_js(value: JsValue) -> Option<Handover> {
        let parts = value.dyn_into::<Array>().ok()?;
        Some(Handover {
            shadow: parts.get(0).dyn_into().ok()?,
            attributes: Wire::from_js(parts.get(1))?,
            file: Wire::from_js(parts.get(2))?,
            origin: Wire::from_js(parts.get(3))?,
            framed: Wire::from_js(parts.get(4))?,
            debug: Wire::from_js(parts.get(5))?,
        })
    }
}

#[wasm_bindgen]
extern "C" {
    /// The on-demand module, as the shell imports it (its exports: `src/bin/extension.rs`).
    #[derive(Clone)]
    pub type OnDemandModule;

    /// Makes a tool's guest: `shell` receives every [`ToShell`] it sends; `embedding` is
    /// `Option<Handover>` as it crosses.
    #[wasm_bindgen(method, catch)]
    fn connect(
        this: &OnDemandModule,
        shell: &Function,
        embedding: &JsValue,
    ) -> Result<GuestHandle, JsValue>;

    /// A tool's guest in the on-demand module, as the shell holds it.
    #[derive(Clone)]
    pub type GuestHandle;

    /// Hands the guest one [`ToGuest`]; its reply, if the message asks for one.
    #[wasm_bindgen(method, catch)]
    fn receive(this: &GuestHandle, message: &JsValue) -> Result<JsValue, JsValue>;

    /// Drops the guest: its page, its state and its listeners go (wasm-bindgen's own).
    #[wasm_bindgen(method)]
    pub fn free(this: &GuestHandle);
}

impl OnDemandModule {
    /// Connects a guest for a tool whose embedding is `embedding`.
    pub fn connect_guest(
        &self,
        shell: &Function,
        embedding: &Option<Handover>,
    ) -> Option<GuestHandle> {
        self.connect(shell, &embedding.to_js())
            .inspect_err(report)
            .ok()
    }
}

impl GuestHandle {
    /// Sends `message`; the guest's reply, if it gives one.
    pub fn send(&self, message: ToGuest) -> JsValue {
        self.receive(&message.to_js())
            .inspect_err(report)
            .unwrap_or(JsValue::UNDEFINED)
    }
}

/// A call the other module refused (it threw): in the console, and the tool carries on.
fn report(error: &JsValue) {
    web_sys::console::error_2(
        &"Referral assistant: the on-demand part failed:".into(),
        error,
    );
}
