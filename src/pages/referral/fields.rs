//! GOV.UK form fields bound to the referral form by input id (`ReferralForm::field_mut`).
//! Inputs are uncontrolled: they start from the form and write back to it as the user types.

use crate::content::referral::{hint, label};
use crate::referral::ReferralForm;
use crate::ui::form::{described_by, form_group_class, ErrorMessage};
use leptos::prelude::*;

/// The error message for `id`, if any.
pub type ErrorFor = Signal<Option<String>>;

/// A text input or, when `long`, a textarea.
#[component]
pub fn TextField(
    form: RwSignal<ReferralForm>,
    id: String,
    error: ErrorFor,
    #[prop(optional)] long: bool,
    #[prop(optional)] width: Option<&'static str>,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] spellcheck: Option<bool>,
) -> impl IntoView {
    let initial = form.with_untracked(|form| form.field(&id));
    let field_hint = hint(&id);
    let write = {
        let id = id.clone();
        move |value: String| form.update(|form| form.set_field(&id, value))
    };
    let class = move |base: &'static str| {
        move || {
            format!(
                "{base}{}{}",
                width.map(|w| format!(" {w}")).unwrap_or_default(),
                if error.get().is_some() {
                    format!(" {base}--error")
                } else {
                    String::new()
                }
            )
        }
    };
    let control = if long {
        view! {
            <textarea
                class=class("govuk-textarea")
                id=id.clone()
                name=id.clone()
                rows="5"
                aria-describedby=described_by(&id, field_hint.is_some(), move || error.get().is_some())
                prop:value=initial
                on:input=move |event| write(event_target_value(&event))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class=class("govuk-input")
                id=id.clone()
                name=id.clone()
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                spellcheck=spellcheck.map(|s| s.to_string())
                aria-describedby=described_by(&id, field_hint.is_some(), move || error.get().is_some())
                prop:value=initial
                on:input=move |event| write(event_target_value(&event))
            />
        }
        .into_any()
    };
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <label class="govuk-label govuk-label--s" for=id.clone()>{label(&id)}</label>
            {field_hint.map(|text| view! { <div class="govuk-hint" id=format!("{id}-hint")>{text}</div> })}
            <ErrorMessage id=format!("{id}-error") message=error />
            {control}
        </div>
    }
}

/// GOV.UK date input: day, month and year boxes (`{id}-day`, `{id}-month`, `{id}-year`).
#[component]
pub fn DateField(form: RwSignal<ReferralForm>, id: String, error: ErrorFor) -> impl IntoView {
    let field_hint = hint(&id);
    let part = {
        let id = id.clone();
        move |name: &'static str, text: &'static str, width: &'static str| {
            let input_id = format!("{id}-{name}");
            let initial = form.with_untracked(|form| form.field(&input_id));
            let target = input_id.clone();
            view! {
                <div class="govuk-date-input__item">
                    <div class="govuk-form-group">
                        <label class="govuk-label govuk-date-input__label" for=input_id.clone()>{text}</label>
                        <input
                            class=move || format!(
                                "govuk-input govuk-date-input__input {width}{}",
                                if error.get().is_some() { " govuk-input--error" } else { "" }
                            )
                            id=input_id.clone()
                            name=input_id
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            prop:value=initial
                            on:input=move |event| {
                                let value = event_target_value(&event);
                                form.update(|form| form.set_field(&target, value));
                            }
                        />
                    </div>
                </div>
            }
        }
    };
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <fieldset class="govuk-fieldset" role="group" aria-describedby=described_by(&id, field_hint.is_some(), move || error.get().is_some())>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label(&id)}</legend>
                {field_hint.map(|text| view! { <div class="govuk-hint" id=format!("{id}-hint")>{text}</div> })}
                <ErrorMessage id=format!("{id}-error") message=error />
                <div class="govuk-date-input">
                    {part("day", "Day", "govuk-input--width-2")}
                    {part("month", "Month", "govuk-input--width-2")}
                    {part("year", "Year", "govuk-input--width-4")}
                </div>
            </fieldset>
        </div>
    }
}

/// GOV.UK radios; the first radio's id is the field id (the error summary links to it).
#[component]
pub fn RadioField(
    form: RwSignal<ReferralForm>,
    id: String,
    error: ErrorFor,
    options: Vec<(String, &'static str)>,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let initial = form.with_untracked(|form| form.field(&id));
    let field_hint = hint(&id);
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(index, (value, text))| {
            let radio_id = if index == 0 {
                id.clone()
            } else {
                format!("{id}-{index}")
            };
            let checked = initial == value;
            let target = id.clone();
            let chosen = value.clone();
            view! {
                <div class="govuk-radios__item">
                    <input
                        class="govuk-radios__input"
                        id=radio_id.clone()
                        name=id.clone()
                        type="radio"
                        value=value
                        prop:checked=checked
                        on:change=move |_| {
                            let chosen = chosen.clone();
                            form.update(|form| form.set_field(&target, chosen));
                        }
                    />
                    <label class="govuk-label govuk-radios__label" for=radio_id>{text}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <fieldset class="govuk-fieldset" aria-describedby=described_by(&id, field_hint.is_some(), move || error.get().is_some())>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{label(&id)}</legend>
                {field_hint.map(|text| view! { <div class="govuk-hint" id=format!("{id}-hint")>{text}</div> })}
                <ErrorMessage id=format!("{id}-error") message=error />
                <div class=if inline { "govuk-radios govuk-radios--inline" } else { "govuk-radios" }>{radios}</div>
            </fieldset>
        </div>
    }
}
