//! Training mode's home: the scenarios (built-in or from the trainer's file), opening a pack,
//! the session's scores with their export, and the criteria as a picture.

use super::files::{read_file, FileRead};
use super::{training_state, CriteriaDiagram};
use crate::content::training as text;
use crate::navigation::{Navigator, Page};
use crate::training::export;
use crate::training::library::library;
use crate::training::pack::{read_pack, too_large, unreadable, PackSource};
use crate::training::quiz::total;
use crate::ui::files::download;
use crate::ui::form::{described_by, focus_element, form_group_class, ErrorMessage, ErrorSummary};
use crate::ui::set_title;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const FILE_INPUT: &str = "pack-file";

#[component]
pub fn TrainingPage() -> impl IntoView {
    let state = training_state();
    let navigator = expect_context::<Navigator>();
    set_title(text::TITLE, false);
    let has_problems = move || state.problems.with(|p| !p.is_empty());
    Effect::new(move |_| set_title(text::TITLE, has_problems()));

    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Some((name, read)) = read_file(input).await else {
                return;
            };
            let result = match read {
                FileRead::Text(contents) => read_pack(&name, &contents),
                FileRead::TooLarge(bytes) => Err(vec![too_large(bytes)]),
                FileRead::Unreadable => Err(vec![unreadable()]),
            };
            match result {
                Ok(pack) => {
                    state.pack.set(pack);
                    state.current.set(0);
                    state.problems.set(Vec::new());
                    state.opened.set(Some(name));
                    request_animation_frame(|| focus_element("pack-opened"));
                }
                Err(problems) => {
                    state.problems.set(problems);
                    state.opened.set(None);
                }
            }
        });
    };

    let open = move |index: usize, page: Page| {
        move |_| {
            state.current.set(index);
            navigator.go(page);
        }
    };

    let scenario_rows = move || {
        state.pack.with(|pack| {
            pack.scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| {
                    let title = scenario.title.clone();
                    view! {
                        <tr class="govuk-table__row">
                            <td class="govuk-table__cell">{scenario.id.clone()}</td>
                            <th scope="row" class="govuk-table__header">{title.clone()}</th>
                            <td class="govuk-table__cell">
                                <div class="govuk-button-group app-training__actions">
                                    <button
                                        type="button"
                                        class="govuk-button govuk-!-margin-bottom-0"
                                        data-testid=format!("quiz-{}", scenario.id)
                                        on:click=open(index, Page::TrainingQuiz)
                                    >
                                        {text::QUIZ}
                                        <span class="govuk-visually-hidden">{format!(": {title}")}</span>
                                    </button>
                                    <button
                                        type="button"
                                        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                                        data-testid=format!("facilitate-{}", scenario.id)
                                        on:click=open(index, Page::TrainingFacilitator)
                                    >
                                        {text::FACILITATE}
                                        <span class="govuk-visually-hidden">{format!(": {title}")}</span>
                                    </button>
                                </div>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    let pack_line = move || {
        state.pack.with(|pack| {
            let count = text::scenario_count(pack.scenarios.len());
            match &pack.source {
                PackSource::BuiltIn => format!("{}: {count}.", text::BUILT_IN),
                PackSource::File(name) => format!(
                    "{} ({}): {count}.",
                    pack.title
                        .clone()
                        .unwrap_or_else(|| text::PACK_FROM_FILE.into()),
                    name
                ),
            }
        })
    };
    let from_file = move || state.pack.with(|p| p.source != PackSource::BuiltIn);

    let scores = move || {
        state.results.with(|results| {
            if results.is_empty() {
                return view! { <p class="govuk-body" data-testid="no-scores">{text::NO_SCORES}</p> }.into_any();
            }
            let (score, out_of) = total(results);
            view! {
                <table class="govuk-table" data-testid="scores">
                    <caption class="govuk-table__caption govuk-table__caption--s">
                        {format!("{}: {}", text::TOTAL, text::score_line(score, out_of))}
                    </caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">{text::SCENARIO}</th>
                            <th scope="col" class="govuk-table__header">{text::YOUR_SCORE}</th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">
                        {results
                            .iter()
                            .map(|r| view! {
                                <tr class="govuk-table__row">
                                    <td class="govuk-table__cell">{format!("{} {}", r.scenario_id, r.title)}</td>
                                    <td class="govuk-table__cell">{text::score_line(r.marks.score(), crate::training::quiz::OUT_OF)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
                <div class="govuk-button-group">
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        data-testid="export-csv"
                        on:click=move |_| {
                            let csv = state.results.with_untracked(|r| export::csv(r));
                            download("training-results.csv", "text/csv", &csv);
                        }
                    >
                        {text::EXPORT_CSV}
                    </button>
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        data-testid="export-json"
                        on:click=move |_| {
                            let json = state.results.with_untracked(|r| export::json(r));
                            download("training-results.json", "application/json", &json);
                        }
                    >
                        {text::EXPORT_JSON}
                    </button>
                    <button
                        type="button"
                        class="govuk-button govuk-button--warning"
                        on:click=move |_| state.results.set(Vec::new())
                    >
                        {text::CLEAR_SCORES}
                    </button>
                </div>
            }
            .into_any()
        })
    };

    // Every problem points at the file input: choosing another file is the way to fix it.
    let problems = Signal::derive(move || {
        state.problems.with(|problems| {
            problems
                .iter()
                .map(|p| (FILE_INPUT.to_owned(), p.text()))
                .collect()
        })
    });

    let opened = move || {
        state.opened.get().map(|name| {
            view! {
                <div
                    class="govuk-notification-banner govuk-notification-banner--success"
                    role="region"
                    aria-labelledby="pack-opened-title"
                    id="pack-opened"
                    tabindex="-1"
                    data-testid="pack-opened"
                >
                    <div class="govuk-notification-banner__header">
                        <h2 class="govuk-notification-banner__title" id="pack-opened-title">{text::SUCCESS}</h2>
                    </div>
                    <div class="govuk-notification-banner__content">
                        <p class="govuk-notification-banner__heading">{format!("{}: {name}", text::PACK_LOADED)}</p>
                    </div>
                </div>
            }
        })
    };

    view! {
        <div class="govuk-grid-row app-training">
            <div class="govuk-grid-column-full">
                <ErrorSummary errors=problems title=text::PACK_ERRORS_TITLE />
                {opened}
                <h1 class="govuk-heading-xl" tabindex="-1">{text::TITLE}</h1>
                <p class="govuk-body-l">{text::INTRO}</p>
                <h2 class="govuk-heading-l">{text::SCENARIOS}</h2>
                <p class="govuk-body" data-testid="pack-line">{pack_line}</p>
                <table class="govuk-table app-training__scenarios" data-testid="scenario-list">
                    <caption class="govuk-table__caption govuk-visually-hidden">{text::SCENARIOS}</caption>
                    <thead class="govuk-table__head">
                        <tr class="govuk-table__row">
                            <th scope="col" class="govuk-table__header">{text::ID}</th>
                            <th scope="col" class="govuk-table__header">{text::SCENARIO}</th>
                            <th scope="col" class="govuk-table__header">{text::ACTIONS}</th>
                        </tr>
                    </thead>
                    <tbody class="govuk-table__body">{scenario_rows}</tbody>
                </table>
                <h2 class="govuk-heading-l">{text::SCORES}</h2>
                {scores}
                <h2 class="govuk-heading-l">{text::OPEN_PACK}</h2>
                <div class=form_group_class(has_problems)>
                    <label class="govuk-label" for=FILE_INPUT>{text::PACK_FILE_LABEL}</label>
                    <div class="govuk-hint" id="pack-file-hint">{text::OPEN_PACK_HINT}</div>
                    <ErrorMessage
                        id="pack-file-error".to_owned()
                        message=Signal::derive(move || has_problems().then(|| text::PACK_FILE_ERROR.to_owned()))
                    />
                    <input
                        class="govuk-file-upload"
                        id=FILE_INPUT
                        name=FILE_INPUT
                        type="file"
                        accept=".json,application/json"
                        aria-describedby=described_by(FILE_INPUT, true, has_problems)
                        on:change=on_file
                    />
                </div>
                {move || from_file().then(|| view! {
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        on:click=move |_| {
                            state.pack.set(library());
                            state.current.set(0);
                            state.opened.set(None);
                            state.problems.set(Vec::new());
                        }
                    >
                        {text::USE_LIBRARY}
                    </button>
                })}
                <h2 class="govuk-heading-l">{text::PICTURE}</h2>
                <CriteriaDiagram assessment=None id="criteria" />
            </div>
        </div>
    }
}
