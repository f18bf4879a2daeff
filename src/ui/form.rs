//! GOV.UK form pieces: error summary, date input, back link, help disclosure.

use crate::content::questions::Help;
use leptos::prelude::*;

/// Focuses `element` (an error summary that has just appeared) once its frame is drawn; nothing
/// if its page has gone by then (a quick Back or Forward disposes the reference).
pub fn focus_next_frame(element: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(element) = element.try_get_untracked().flatten() {
            let _ = element.focus();
        }
    });
}

/// Focuses the element with `id` (error summary links and the skip link move focus themselves:
/// a URL fragment would change the page address).
pub fn focus_element(id: &str) {
    if let Some(element) = crate::embed::element_by_id(id) {
        let _ = element.focus();
    }
}

/// The error summary: takes focus when it appears; each message links to its field.
#[component]
pub fn ErrorSummary(
    /// (field id, message) pairs.
    errors: Signal<Vec<(String, String)>>,
    /// The heading, if not GOV.UK's "There is a problem".
    #[prop(optional)]
    title: Option<&'static str>,
) -> impl IntoView {
    let title = title.unwrap_or("There is a problem");
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !errors.get().is_empty() {
            focus_next_frame(summary);
        }
    });
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="govuk-error-summary" tabindex="-1" node_ref=summary>
                    <div role="alert">
                        <h2 class="govuk-error-summary__title">{title}</h2>
                        <div class="govuk-error-summary__body">
                            <ul class="govuk-list govuk-error-summary__list">
                                {errors
                                    .into_iter()
                                    .map(|(id, message)| {
                                        let target = id.clone();
                                        view! {
                                            <li>
                                                <a
                                                    href=format!("#{id}")
                                                    on:click=move |event| {
                                                        event.prevent_default();
                                                        focus_element(&target);
                                                    }
                                                >
                                                    {message}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    </div>
                </div>
            }
        })
    }
}

/// A field's `aria-describedby`: `{id}-hint` if it has a hint, and `{id}-error` while it has an
/// error (the ids `ErrorMessage` and the hints use).
pub fn described_by(
    id: &str,
    has_hint: bool,
    has_error: impl Fn() -> bool + 'static,
) -> impl Fn() -> Option<String> {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if has_error() {
            ids.push(error_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The GOV.UK form group's class, with the error modifier while the field has an error.
pub fn form_group_class(has_error: impl Fn() -> bool + 'static) -> impl Fn() -> &'static str {
    move || {
        if has_error() {
            "govuk-form-group govuk-form-group--error"
        } else {
            "govuk-form-group"
        }
    }
}

/// GOV.UK date input: day, month and year boxes. Values are kept exactly as typed.
#[component]
pub fn DateInput(
    id: String,
    legend: &'static str,
    hint: Option<&'static str>,
    day: RwSignal<String>,
    month: RwSignal<String>,
    year: RwSignal<String>,
    error: Signal<Option<String>>,
    /// Which of day, month and year the error marks (GOV.UK: only the wrong part).
    #[prop(optional)]
    marked: Option<Signal<[bool; 3]>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = described_by(&id, hint.is_some(), move || error.get().is_some());
    let part = move |index: usize,
                     name: &'static str,
                     label: &'static str,
                     width: &'static str,
                     value: RwSignal<String>| {
        let input_id = format!("{id}-{name}");
        view! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for=input_id.clone()>
                        {label}
                    </label>
                    <input
                        class=move || {
                            format!(
                                "govuk-input govuk-date-input__input {width}{}",
                                if error.get().is_some()
                                    && marked.is_none_or(|marked| marked.get()[index])
                                {
                                    " govuk-input--error"
                                } else {
                                    ""
                                },
                            )
                        }
                        id=input_id.clone()
                        name=input_id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || value.get()
                        on:input=move |event| value.set(event_target_value(&event))
                    />
                </div>
            </div>
        }
    };
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <fieldset class="govuk-fieldset" aria-describedby=described_by>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                {hint.map(|hint| view! { <div class="govuk-hint" id=hint_id.clone()>{hint}</div> })}
                <ErrorMessage id=error_id message=error />
                <div class="govuk-date-input">
                    {part(0, "day", "Day", "govuk-input--width-2", day)}
                    {part(1, "month", "Month", "govuk-input--width-2", month)}
                    {part(2, "year", "Year", "govuk-input--width-4", year)}
                </div>
            </fieldset>
        </div>
    }
}

/// The GOV.UK back link: the same as the browser's Back button (embedded in a host page, the
/// app's own previous page: the host's history is left alone).
#[component]
pub fn BackLink() -> impl IntoView {
    let navigator = expect_context::<crate::navigation::Navigator>();
    view! {
        <a
            href="#back"
            class="govuk-back-link app-no-print"
            on:click=move |event| {
                event.prevent_default();
                navigator.back();
            }
        >
            "Back"
        </a>
    }
}

/// A "What counts as …?" disclosure.
#[component]
pub fn HelpDetails(help: Help) -> impl IntoView {
    view! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{help.summary}</span>
            </summary>
            <div class="govuk-details__text">
                {help.paragraphs.iter().map(|text| view! { <p class="govuk-body">{*text}</p> }).collect_view()}
            </div>
        </details>
    }
}

/// A GOV.UK inline error message, shown while `message` holds one.
#[component]
pub fn ErrorMessage(id: String, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|message| {
            view! {
                <p class="govuk-error-message" id=id.clone()>
                    <span class="govuk-visually-hidden">"Error: "</span>
                    {message}
                </p>
            }
        })
    }
}

/// Open a file saved from this service (a draft referral, a saved assessment): a GOV.UK file
/// upload, read in this browser and never uploaded. `open` takes the file's text and either
/// acts on it or gives the error message to show; a problem changes nothing.
#[component]
pub fn OpenFileForm<F>(
    input_id: &'static str,
    title: &'static str,
    intro: &'static str,
    label: &'static str,
    hint: &'static str,
    button: &'static str,
    /// The error when no file is chosen.
    missing: &'static str,
    /// The error when the file cannot be read as text.
    unreadable: &'static str,
    open: F,
) -> impl IntoView
where
    F: Fn(String) -> Result<(), String> + Copy + 'static,
{
    let problem = RwSignal::new(None::<String>);
    Effect::new(move |_| crate::ui::set_title(title, problem.with(Option::is_some)));
    let errors = Signal::derive(move || {
        problem
            .get()
            .map(|message| vec![(input_id.to_owned(), message)])
            .unwrap_or_default()
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // Scoped: reading the file looks in this tool's own shadow root.
        leptos::task::spawn_local_scoped(async move {
            let outcome = match crate::ui::files::read_chosen_file(input_id).await {
                None => Err(missing.to_owned()),
                Some(Err(())) => Err(unreadable.to_owned()),
                Some(Ok(text)) => open(text),
            };
            if let Err(message) = outcome {
                problem.set(Some(message));
            }
        });
    };
    let error = move || problem.get();
    let hint_id = format!("{input_id}-hint");
    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors=errors />
                <form novalidate on:submit=submit>
                    <h1 class="govuk-heading-l" tabindex="-1">{title}</h1>
                    <p class="govuk-body">{intro}</p>
                    <div class=form_group_class(move || error().is_some())>
                        <label class="govuk-label govuk-label--s" for=input_id>{label}</label>
                        <div class="govuk-hint" id=hint_id>{hint}</div>
                        <ErrorMessage id=format!("{input_id}-error") message=Signal::derive(error) />
                        <input
                            class="govuk-file-upload"
                            id=input_id
                            name=input_id
                            type="file"
                            accept=".json,application/json"
                            aria-describedby=described_by(input_id, true, move || error().is_some())
                        />
                    </div>
                    <button type="submit" class="govuk-button">{button}</button>
                </form>
            </div>
        </div>
    }
}
