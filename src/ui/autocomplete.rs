//! An accessible autocomplete (the GOV.UK pattern for choosing from a long list), with the
//! ARIA 1.2 combobox behaviour of alphagov's accessible-autocomplete: the input is a
//! `combobox` that controls a `listbox`; the highlighted option is its
//! `aria-activedescendant`; a polite status region says how many results there are and which
//! is highlighted; Down and Up move through the options, Enter chooses one, Escape closes the
//! list. Whatever is typed stays an answer: choosing an option only fills the input.

use crate::content::autocomplete;
use leptos::prelude::*;

/// Options are offered from this many characters.
const MIN_LENGTH: usize = 2;

/// A text input that offers options as the user types.
#[component]
pub fn Autocomplete(
    id: String,
    /// The text in the input.
    value: RwSignal<String>,
    /// The options for a text: (the text an option puts in the input, its label).
    suggest: Callback<String, Vec<(String, String)>>,
    /// The ids of the hint and the error message, as the input's description.
    described_by: Signal<Option<String>>,
    /// The input shows an error.
    has_error: Signal<bool>,
) -> impl IntoView {
    let options = RwSignal::new(Vec::<(String, String)>::new());
    let open = RwSignal::new(false);
    let highlighted = RwSignal::new(None::<usize>);
    let listbox_id = format!("{id}__listbox");
    let assistive_id = format!("{id}__assistiveHint");
    let option_id = {
        let id = id.clone();
        move |index: usize| format!("{id}__option--{index}")
    };

    // How many options: the list's items change only when this does.
    let count = Memo::new(move |_| options.with(Vec::len));
    let status = move || {
        let typed = value.with(|v| v.trim().chars().count());
        if typed < MIN_LENGTH {
            return String::new();
        }
        let n = options.with(Vec::len);
        let highlighted = highlighted
            .get()
            .and_then(|i| options.with(|o| o.get(i).map(|o| (i, o.1.clone()))));
        autocomplete::status(n, highlighted)
    };

    let refresh = move |text: String| {
        let found = if text.trim().chars().count() >= MIN_LENGTH {
            suggest.run(text)
        } else {
            Vec::new()
        };
        // Only what changed is set: each set re-runs what reads it.
        if open.get_untracked() == found.is_empty() {
            open.set(!found.is_empty());
        }
        if options.with_untracked(|o| *o != found) {
            options.set(found);
        }
        if highlighted.get_untracked().is_some() {
            highlighted.set(None);
        }
    };
    let choose = move |index: usize| {
        if let Some((text, _)) = options.with_untracked(|o| o.get(index).cloned()) {
            value.set(text);
        }
        open.set(false);
        highlighted.set(None);
    };

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let n = options.with_untracked(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if n > 0 => {
                event.prevent_default();
                open.set(true);
                highlighted.update(|h| *h = Some(h.map_or(0, |i| (i + 1).min(n - 1))));
            }
            "ArrowUp" if open.get_untracked() => {
                event.prevent_default();
                highlighted.update(|h| *h = h.and_then(|i| i.checked_sub(1)));
            }
            "Enter" if open.get_untracked() && highlighted.get_untracked().is_some() => {
                // Choose the option; the form is not sent.
                event.prevent_default();
                if let Some(i) = highlighted.get_untracked() {
                    choose(i);
                }
            }
            "Escape" if open.get_untracked() => {
                event.prevent_default();
                open.set(false);
                highlighted.set(None);
            }
            _ => {}
        }
    };

    let active = {
        let option_id = option_id.clone();
        move || {
            open.get()
                .then(|| highlighted.get().map(&option_id))
                .flatten()
        }
    };
    let description = {
        let assistive_id = assistive_id.clone();
        move || {
            let mut ids = described_by.get().unwrap_or_default();
            if !ids.is_empty() {
                ids.push(' ');
            }
            ids.push_str(&assistive_id);
            ids
        }
    };

    view! {
        <div class="app-autocomplete">
            <input
                class=move || {
                    if has_error.get() {
                        "govuk-input app-autocomplete__input govuk-input--error"
                    } else {
                        "govuk-input app-autocomplete__input"
                    }
                }
                id=id.clone()
                name=id.clone()
                type="text"
                role="combobox"
                aria-autocomplete="list"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls={
                    let listbox_id = listbox_id.clone();
                    move || open.get().then(|| listbox_id.clone())
                }
                aria-activedescendant=active
                aria-describedby=description
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |event| {
                    let text = event_target_value(&event);
                    value.set(text.clone());
                    refresh(text);
                }
                on:keydown=on_keydown
                on:blur=move |_| {
                    open.set(false);
                    highlighted.set(None);
                }
            />
            // The list exists only while open (a closed combobox controls nothing). While it is
            // open, a keystroke changes the options' text in place; its items are made again
            // only when their number changes.
            {move || {
                open.get()
                    .then(|| {
                        let option_id = option_id.clone();
                        view! {
                            <ul class="app-autocomplete__menu" id=listbox_id.clone() role="listbox">
                                {move || (0..count.get()).map(|index| {
                                        let focused = move || highlighted.get() == Some(index);
                                        view! {
                                            <li
                                                class=move || {
                                                    if focused() {
                                                        "app-autocomplete__option app-autocomplete__option--focused"
                                                    } else {
                                                        "app-autocomplete__option"
                                                    }
                                                }
                                                id=option_id(index)
                                                role="option"
                                                tabindex="-1"
                                                aria-selected=move || if focused() { "true" } else { "false" }
                                                aria-posinset=index + 1
                                                aria-setsize=move || count.get()
                                                // Keep the focus in the input while an option is pressed.
                                                on:mousedown=|event| event.prevent_default()
                                                on:click=move |_| choose(index)
                                            >
                                                {move || options.with(|o| o.get(index).map(|(_, label)| label.clone()))}
                                            </li>
                                        }
                                    }).collect_view()}
                            </ul>
                        }
                    })
            }}
            <div class="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {status}
            </div>
            <span id=assistive_id class="govuk-visually-hidden">
                {autocomplete::ASSISTIVE_HINT}
            </span>
        </div>
    }
}
