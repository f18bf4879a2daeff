use super::place::PlaceField;
use crate::content::questions::{self, is_not_sure, problem_message, reveal_label};
use crate::flow;
use crate::flow::answer::{self, DatePart, Field, FieldProblem, FormAnswer, Reveal};
use crate::session::Session;
use crate::ui::form::{
    described_by, form_group_class, BackLink, DateInput, ErrorMessage, ErrorSummary, HelpDetails,
};
use crate::ui::{set_title, today};
use leptos::prelude::*;
use rules::Question;

/// One question per page (GOV.UK): the question is the h1 inside the legend, with a hint,
/// choices (revealing a date, number or name where needed), help, and Continue.
#[component]
pub fn QuestionPage(question: Question) -> impl IntoView {
    let session = expect_context::<Session>();
    let wording = questions::wording(question);
    let field = answer::field_name(question);
    let facts = session.facts.get_untracked();
    let prefilled = answer::prefill(question, &facts);
    // "Question N": answers given before this one in asking order. (Cheap on purpose: this runs
    // on every step; an answer a later change made irrelevant may still be counted.)
    let position = Question::ALL
        .into_iter()
        .filter(|earlier| *earlier < question && !earlier.is_unanswered(&facts))
        .count()
        + 1;

    let choice = RwSignal::new(prefilled.choice);
    let day = RwSignal::new(prefilled.day);
    let month = RwSignal::new(prefilled.month);
    let year = RwSignal::new(prefilled.year);
    let number = RwSignal::new(prefilled.number);
    let text = RwSignal::new(prefilled.text);
    let area = RwSignal::new(prefilled.area);
    let problem = RwSignal::new(None::<FieldProblem>);

    let title = wording.title;
    Effect::new(move |_| set_title(title, problem.with(Option::is_some)));

    let ids = FieldIds::new(&field);
    // The message says what was wrong with the answer as it was when Continue was pressed: it
    // changes on the next Continue, not as the user types.
    let message = move || {
        problem.get().map(|problem| {
            problem_message(
                question,
                choice.get_untracked().as_deref(),
                text.get_untracked().trim(),
                &problem.problem,
            )
        })
    };
    let error_for = move |wanted: fn(Field) -> bool| {
        Signal::derive(move || {
            problem
                .get()
                .filter(|p| wanted(p.field))
                .and_then(|_| message())
        })
    };
    let summary_ids = ids.clone();
    let errors = Signal::derive(move || {
        problem
            .get()
            .map(|p| {
                vec![(
                    summary_ids.for_field(p.field),
                    message().unwrap_or_default(),
                )]
            })
            .unwrap_or_default()
    });

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let form = FormAnswer {
            choice: choice.get_untracked(),
            day: day.get_untracked(),
            month: month.get_untracked(),
            year: year.get_untracked(),
            number: number.get_untracked(),
            text: text.get_untracked(),
            area: area.get_untracked(),
        };
        let facts = session.facts.get_untracked();
        match answer::apply(question, &form, &facts, today()) {
            Ok(next) => {
                let page = flow::next_page(&next);
                session.facts.set(next);
                session.navigator.go(page);
            }
            Err(found) => problem.set(Some(found)),
        }
    };

    let choice_error = error_for(|field| field == Field::Choice);
    let date_error = error_for(|field| matches!(field, Field::Date(_)));
    let date_marks = Signal::derive(move || {
        problem
            .get()
            .map(|p| p.problem.marks_date_parts())
            .unwrap_or([true; 3])
    });
    let number_error = error_for(|field| field == Field::Number);
    let text_error = error_for(|field| field == Field::Text);
    let area_error = error_for(|field| field == Field::Area);
    let asked = Signal::derive(move || {
        problem.with(|p| p.as_ref().is_some_and(|p| p.field == Field::Area))
    });
    let hint_id = format!("{field}-hint");
    let error_id = format!("{field}-error");
    let has_hint = wording.hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut described = Vec::new();
            if has_hint {
                described.push(hint_id.clone());
            }
            if choice_error.get().is_some() {
                described.push(error_id.clone());
            }
            (!described.is_empty()).then(|| described.join(" "))
        }
    };

    let items = answer::choices(question)
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let id = ids.choice(index);
            let conditional_id = format!("conditional-{id}");
            let value = option.value.clone();
            let selected = {
                let value = value.clone();
                move || choice.get().as_deref() == Some(value.as_str())
            };
            let label = questions::choice_label(question, &value);
            let hint = wording.choices.iter().find(|c| c.value == value).and_then(|c| c.hint);
            let hint_id = format!("{id}-item-hint");
            let divider = is_not_sure(&value).then(|| view! { <div class="govuk-radios__divider">"or"</div> });
            let reveal = match option.reveal {
                Reveal::Nothing => None,
                Reveal::Date => Some(
                    view! {
                        <DateInput
                            id=ids.date.clone()
                            legend=reveal_label(question, &value)
                            hint=wording.reveal.as_ref().and_then(|reveal| reveal.hint)
                            day=day
                            month=month
                            year=year
                            error=date_error
                            marked=date_marks
                        />
                    }
                    .into_any(),
                ),
                Reveal::WholeNumber => Some(
                    view! {
                        <TextField
                            id=ids.number.clone()
                            label=reveal_label(question, &value)
                            value=number
                            error=number_error
                            numeric=true
                        />
                    }
                    .into_any(),
                ),
                Reveal::PlaceName => Some(
                    view! {
                        <PlaceField
                            id=ids.text.clone()
                            area_id=ids.area.clone()
                            label=reveal_label(question, &value)
                            hint=wording.reveal.as_ref().and_then(|reveal| reveal.hint)
                            text=text
                            area=area
                            incident_date=facts.incident_date.and_then(|d| d.date()).unwrap_or_else(today)
                            asked=asked
                            error=text_error
                            area_error=area_error
                        />
                    }
                    .into_any(),
                ),
            };
            let has_reveal = reveal.is_some();
            let on_change = {
                let value = value.clone();
                move |_| choice.set(Some(value.clone()))
            };
            view! {
                {divider}
                <div class="govuk-radios__item">
                    <input
                        class="govuk-radios__input"
                        id=id.clone()
                        name=field.clone()
                        type="radio"
                        value=value.clone()
                        aria-controls=has_reveal.then(|| conditional_id.clone())
                        aria-describedby=hint.map(|_| hint_id.clone())
                        prop:checked=selected.clone()
                        on:change=on_change
                    />
                    <label class="govuk-label govuk-radios__label" for=id>
                        {label}
                    </label>
                    {hint.map(|hint| view! { <div class="govuk-hint govuk-radios__hint" id=hint_id>{hint}</div> })}
                </div>
                {reveal
                    .map(|reveal| {
                        view! {
                            <div
                                class=move || {
                                    if selected() {
                                        "govuk-radios__conditional"
                                    } else {
                                        "govuk-radios__conditional govuk-radios__conditional--hidden"
                                    }
                                }
                                id=conditional_id
                            >
                                {reveal}
                            </div>
                        }
                    })}
            }
        })
        .collect_view();

    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors=errors />
                <form novalidate on:submit=on_submit>
                    <div class=move || {
                        format!(
                            "govuk-form-group{}",
                            if choice_error.get().is_some() { " govuk-form-group--error" } else { "" },
                        )
                    }>
                        <fieldset class="govuk-fieldset" aria-describedby=described_by>
                            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                                <span class="govuk-caption-l">
                                    {format!("Question {position} \u{00b7} {}", wording.section)}
                                </span>
                                <h1 class="govuk-fieldset__heading" tabindex="-1">{wording.title}</h1>
                            </legend>
                            {wording.hint.map(|hint| view! { <div class="govuk-hint" id=hint_id>{hint}</div> })}
                            <ErrorMessage id=error_id message=choice_error />
                            <div class="govuk-radios">{items}</div>
                        </fieldset>
                    </div>
                    {wording.help.map(|help| view! { <HelpDetails help=help /> })}
                    <button type="submit" class="govuk-button">"Continue"</button>
                </form>
            </div>
        </div>
    }
}

/// The ids of a question page's inputs, so error summary links land on the right one.
#[derive(Clone)]
struct FieldIds {
    field: String,
    date: String,
    number: String,
    text: String,
    area: String,
}

impl FieldIds {
    fn new(field: &str) -> FieldIds {
        FieldIds {
            field: field.to_string(),
            date: format!("{field}-date"),
            number: format!("{field}-number"),
            text: format!("{field}-name"),
            area: format!("{field}-area"),
        }
    }

    /// The first radio carries the field's own id (GOV.UK: the error summary links to it).
    fn choice(&self, index: usize) -> String {
        if index == 0 {
            self.field.clone()
        } else {
            format!("{}-{}", self.field, index + 1)
        }
    }

    fn for_field(&self, field: Field) -> String {
        match field {
            Field::Choice => self.choice(0),
            Field::Date(DatePart::Day) => format!("{}-day", self.date),
            Field::Date(DatePart::Month) => format!("{}-month", self.date),
            Field::Date(DatePart::Year) => format!("{}-year", self.date),
            Field::Number => self.number.clone(),
            Field::Text => self.text.clone(),
            Field::Area => self.area.clone(),
        }
    }
}

/// A labelled text input inside a conditional reveal.
#[component]
fn TextField(
    id: String,
    label: &'static str,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    numeric: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described_by = described_by(&id, false, move || error.get().is_some());
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <label class="govuk-label" for=id.clone()>
                {label}
            </label>
            <ErrorMessage id=error_id message=error />
            <input
                class=move || {
                    format!(
                        "govuk-input {}{}",
                        if numeric { "govuk-input--width-3" } else { "govuk-!-width-two-thirds" },
                        if error.get().is_some() { " govuk-input--error" } else { "" },
                    )
                }
                id=id.clone()
                name=id
                type="text"
                inputmode=numeric.then_some("numeric")
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
        </div>
    }
}
