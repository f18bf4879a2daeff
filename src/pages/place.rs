//! The place answer: an English local authority area typed with suggestions from the place
//! register, and the question which area a typed name means where the register asks it.

use crate::content::questions;
use crate::ui::autocomplete::Autocomplete;
use crate::ui::form::{form_group_class, ErrorMessage};
use chrono::NaiveDate;
use leptos::prelude::*;
use rules::places;

/// How many suggestions are shown at once.
const SUGGESTIONS: usize = 8;

/// The suggestions for what has been typed: each name with what it resolves to on the
/// incident date ("Maidstone — Kent County Council").
pub fn suggestions(typed: &str, incident_date: Option<NaiveDate>) -> Vec<(String, String)> {
    places::search(typed, SUGGESTIONS)
        .into_iter()
        .map(|a| {
            let resolution = places::resolve(a.code, incident_date);
            (a.name.to_string(), questions::place_option(a, &resolution))
        })
        .collect()
}

#[component]
pub fn PlaceField(
    id: String,
    area_id: String,
    label: &'static str,
    hint: Option<&'static str>,
    text: RwSignal<String>,
    area: RwSignal<Option<String>>,
    /// The incident date, or today where it is not known (as `flow::answer` resolves it).
    incident_date: NaiveDate,
    /// Continue asked which area the typed name means.
    asked: Signal<bool>,
    error: Signal<Option<String>>,
    area_error: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = Signal::derive({
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    });
    // A new name forgets the area chosen for the old one.
    Effect::watch(
        move || text.get(),
        move |_, _, _| {
            if area.with_untracked(Option::is_some) {
                area.set(None);
            }
        },
        false,
    );
    // The areas to choose from: once Continue has asked, or coming back to a choice made.
    // (Resolved only then: not on every keystroke, where an unfinished name would compute
    // close names for nothing.)
    let options = Memo::new(move |_| {
        if !asked.get() && area.with(Option::is_none) {
            return None;
        }
        let options = places::resolve(&text.get(), Some(incident_date)).options();
        let chosen = area.with(|a| {
            a.as_deref()
                .is_some_and(|code| options.iter().any(|o| o.code == code))
        });
        (options.len() >= 2 && (asked.get() || chosen)).then_some(options)
    });
    let suggest = Callback::new(move |typed: String| suggestions(&typed, Some(incident_date)));
    let area_error_id = format!("{area_id}-error");

    view! {
        <div class=form_group_class(move || error.with(Option::is_some))>
            <label class="govuk-label" for=id.clone()>
                {label}
            </label>
            {hint.map(|hint| view! { <div class="govuk-hint" id=hint_id>{hint}</div> })}
            <ErrorMessage id=error_id message=error />
            <Autocomplete
                id=id
                value=text
                suggest=suggest
                described_by=described_by
                has_error=Signal::derive(move || error.with(Option::is_some))
            />
        </div>
        {move || {
            options
                .get()
                .map(|options| {
                    let area_id = area_id.clone();
                    let area_error_id = area_error_id.clone();
                    view! {
                        <div class=form_group_class(move || area_error.with(Option::is_some))>
                            <fieldset
                                class="govuk-fieldset"
                                aria-describedby=move || area_error.with(Option::is_some).then(|| area_error_id.clone())
                            >
                                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">
                                    {questions::WHICH_AREA}
                                </legend>
                                <ErrorMessage id=format!("{area_id}-error") message=area_error />
                                <div class="govuk-radios govuk-radios--small">
                                    {options
                                        .into_iter()
                                        .enumerate()
                                        .map(|(index, option)| {
                                            let radio_id = if index == 0 {
                                                area_id.clone()
                                            } else {
                                                format!("{area_id}-{}", index + 1)
                                            };
                                            view! {
                                                <div class="govuk-radios__item">
                                                    <input
                                                        class="govuk-radios__input"
                                                        id=radio_id.clone()
                                                        name=area_id.clone()
                                                        type="radio"
                                                        value=option.code
                                                        prop:checked=move || area.with(|a| a.as_deref() == Some(option.code))
                                                        on:change=move |_| area.set(Some(option.code.to_string()))
                                                    />
                                                    <label class="govuk-label govuk-radios__label" for=radio_id>
                                                        {option.official_name}
                                                    </label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                            </fieldset>
                        </div>
                    }
                })
        }}
    }
}
