//! The quiz: read the vignette, answer four questions, then see the rules core's answers, the
//! reasons with citations, a step-through of the criteria and the picture. The score is kept
//! in memory for the session.

use super::{training_state, BackToScenarios, CriteriaDiagram, LearningAndDiscussion};
use crate::content::outcome::{condition_name, condition_state};
use crate::content::training as text;
use crate::navigation::{Navigator, Page};
use crate::training::quiz::{
    date_choices, la_choices, Answers, Follow, Marks, ModelAnswer, RoundResult, FOLLOW_CHOICES,
    OUT_OF, PANEL_CHOICES,
};
use crate::training::scenario::Scenario;
use crate::ui::form::{described_by, form_group_class, ErrorMessage, ErrorSummary};
use crate::ui::reasons::ReasonList;
use crate::ui::set_title;
use leptos::prelude::*;
use rules::{assess, ConditionState};

#[component]
pub fn QuizPage() -> impl IntoView {
    let state = training_state();
    move || {
        let _ = state.current.get();
        match state.scenario() {
            Some(scenario) => view! { <QuizRound scenario=scenario /> }.into_any(),
            None => view! { <BackToScenarios /> }.into_any(),
        }
    }
}

/// One radio button of a question.
fn radio<T: Clone + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    index: usize,
    value: T,
    label: String,
    answers: RwSignal<Answers>,
    get: fn(&Answers) -> Option<T>,
    set: fn(&mut Answers, T),
) -> impl IntoView {
    let id = format!("{name}-{index}");
    let checked_value = value.clone();
    view! {
        <div class="govuk-radios__item">
            <input
                class="govuk-radios__input"
                id=id.clone()
                name=name
                type="radio"
                prop:checked=move || answers.with(|a| get(a).as_ref() == Some(&checked_value))
                on:change=move |_| answers.update(|a| set(a, value.clone()))
            />
            <label class="govuk-label govuk-radios__label" for=id>{label}</label>
        </div>
    }
}

#[component]
fn Question(
    legend: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    name: &'static str,
    error: Signal<Option<&'static str>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = described_by(name, hint.is_some(), move || error.get().is_some());
    view! {
        <div class=form_group_class(move || error.get().is_some())>
            <fieldset class="govuk-fieldset" aria-describedby=described>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
                    <h2 class="govuk-fieldset__heading">{legend}</h2>
                </legend>
                {hint.map(|hint| view! { <div class="govuk-hint" id=hint_id>{hint}</div> })}
                <ErrorMessage id=error_id message=Signal::derive(move || error.get().map(str::to_owned)) />
                {children()}
            </fieldset>
        </div>
    }
}

#[component]
fn QuizRound(scenario: Scenario) -> impl IntoView {
    let state = training_state();
    let navigator = expect_context::<Navigator>();
    set_title(&scenario.title, false);
    let assessment = assess(&scenario.facts);
    let model = ModelAnswer::of(&assessment);
    let las = la_choices(&scenario.facts, &model);
    let dates = date_choices(&scenario.facts, &model);
    let answers = RwSignal::new(Answers::default());
    let checked = RwSignal::new(None::<Marks>);
    let submitted = RwSignal::new(false);
    let step = RwSignal::new(1usize);

    let missing = move |a: &Answers| {
        [
            (a.panel.is_none(), "q-panel-0", text::ERROR_PANEL),
            (a.la.is_none(), "q-la-0", text::ERROR_LA),
            (a.date.is_none(), "q-date-0", text::ERROR_DATE),
        ]
        .into_iter()
        .filter(|(missing, _, _)| *missing)
        .map(|(_, id, message)| (id.to_string(), message.to_string()))
        .collect::<Vec<_>>()
    };
    let errors = Signal::derive(move || {
        if submitted.get() {
            answers.with(missing)
        } else {
            Vec::new()
        }
    });
    let error_for = move |id: &'static str, message: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().any(|(i, _)| i == id).then_some(message)))
    };
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty) {
            set_title(&text::error_title(), true);
        }
    });

    let round_model = model.clone();
    let id = scenario.id.clone();
    let title = scenario.title.clone();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        let given = answers.get_untracked();
        if !given.complete() {
            return;
        }
        let result = RoundResult::new(&id, &title, given, round_model.clone());
        checked.set(Some(result.marks));
        state.results.update(|r| r.push(result));
        request_animation_frame(|| crate::ui::form::focus_element("quiz-result"));
    };

    let count = state.pack.with_untracked(|p| p.scenarios.len());
    let index = state.current.get_untracked().min(count.saturating_sub(1));
    let caption = format!(
        "{} {} \u{00b7} {} of {count}",
        text::SCENARIO,
        scenario.id,
        index + 1
    );

    let panel_radios = PANEL_CHOICES
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            radio(
                "q-panel",
                i,
                choice,
                text::panel_choice(choice).into(),
                answers,
                |a| a.panel,
                |a, v| a.panel = Some(v),
            )
        })
        .collect_view();
    let la_radios = las
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let label = text::la_choice(&choice);
            radio(
                "q-la",
                i,
                choice,
                label,
                answers,
                |a| a.la.clone(),
                |a, v| a.la = Some(v),
            )
        })
        .collect_view();
    let date_radios = dates
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            radio(
                "q-date",
                i,
                choice,
                text::date_choice(choice),
                answers,
                |a| a.date,
                |a, v| a.date = Some(v),
            )
        })
        .collect_view();
    let follow_boxes = FOLLOW_CHOICES
        .into_iter()
        .enumerate()
        .map(|(i, follow): (usize, Follow)| {
            let id = format!("q-follows-{i}");
            view! {
                <div class="govuk-checkboxes__item">
                    <input
                        class="govuk-checkboxes__input"
                        id=id.clone()
                        name=id.clone()
                        type="checkbox"
                        prop:checked=move || answers.with(|a| a.follows.contains(&follow))
                        on:change=move |_| answers.update(|a| a.toggle(follow))
                    />
                    <label class="govuk-label govuk-checkboxes__label" for=id>{text::follow_name(follow)}</label>
                </div>
            }
        })
        .collect_view();

    let form = view! {
        <ErrorSummary errors=errors />
        <form novalidate on:submit=on_submit data-testid="quiz-form">
            <Question legend=text::Q_PANEL name="q-panel" error=error_for("q-panel-0", text::ERROR_PANEL)>
                <div class="govuk-radios">{panel_radios}</div>
            </Question>
            <Question legend=text::Q_LA hint=text::Q_LA_HINT name="q-la" error=error_for("q-la-0", text::ERROR_LA)>
                <div class="govuk-radios">{la_radios}</div>
            </Question>
            <Question legend=text::Q_DATE name="q-date" error=error_for("q-date-0", text::ERROR_DATE)>
                <div class="govuk-radios">{date_radios}</div>
            </Question>
            <Question legend=text::Q_FOLLOWS hint=text::Q_FOLLOWS_HINT name="q-follows" error=Signal::derive(|| None)>
                <div class="govuk-checkboxes govuk-checkboxes--small">{follow_boxes}</div>
            </Question>
            <button type="submit" class="govuk-button" data-testid="check-answers">{text::CHECK}</button>
        </form>
    };

    let reveal_model = model.clone();
    let reveal_assessment = assessment.clone();
    let reveal_scenario = scenario.clone();
    let reveal = move |marks: Marks| {
        let given = state
            .results
            .with_untracked(|r| r.last().map(|r| r.answers.clone()))
            .unwrap_or_default();
        let m = reveal_model.clone();
        let row = |question: &'static str, yours: String, rules: String, right: bool| {
            view! {
                <div class="govuk-summary-list__row">
                    <dt class="govuk-summary-list__key">{question}</dt>
                    <dd class="govuk-summary-list__value">
                        <p class="govuk-body govuk-!-margin-bottom-1">
                            <strong class=if right { "govuk-tag govuk-tag--green" } else { "govuk-tag govuk-tag--red" }>
                                {if right { text::CORRECT } else { text::INCORRECT }}
                            </strong>
                        </p>
                        <p class="govuk-body govuk-!-margin-bottom-1">{format!("{}: {yours}", text::YOUR_ANSWER)}</p>
                        <p class="govuk-body govuk-!-margin-bottom-0">{format!("{}: {rules}", text::RULES_ANSWER)}</p>
                    </dd>
                </div>
            }
        };
        let conditions = reveal_assessment.panel_notification.conditions.clone();
        let total = conditions.len();
        let panel_reasons = reveal_assessment.panel_notification.reasons.clone();
        view! {
            <h2 class="govuk-heading-l" id="quiz-result" tabindex="-1" data-testid="quiz-score">
                {format!("{}: {}", text::YOUR_SCORE, text::score_line(marks.score(), OUT_OF))}
            </h2>
            <dl class="govuk-summary-list" data-testid="quiz-marks">
                {row(text::Q_PANEL, given.panel.map_or(text::NOT_ANSWERED.into(), |p| text::panel_choice(p).into()), text::panel_choice(m.panel).into(), marks.panel)}
                {row(text::Q_LA, given.la.as_ref().map_or(text::NOT_ANSWERED.into(), text::la_choice), text::la_choice(&m.la), marks.la)}
                {row(text::Q_DATE, given.date.map_or(text::NOT_ANSWERED.into(), text::date_choice), text::date_choice(m.date), marks.date)}
                {row(text::Q_FOLLOWS, text::follows_list(&given.follows), text::follows_list(&m.follows), marks.follows)}
            </dl>
            <h2 class="govuk-heading-m">{text::REASONS}</h2>
            <ReasonList reasons=panel_reasons />
            <h2 class="govuk-heading-m">{text::STEP_THROUGH}</h2>
            <ol class="govuk-list govuk-list--number" data-testid="criteria-steps" aria-live="polite">
                {conditions
                    .into_iter()
                    .enumerate()
                    .map(|(i, condition)| {
                        let tag = match condition.state {
                            ConditionState::Met => "govuk-tag govuk-tag--green",
                            ConditionState::NotMet => "govuk-tag govuk-tag--red",
                            _ => "govuk-tag govuk-tag--yellow",
                        };
                        view! {
                            <Show when=move || { step.get() > i }>
                                <li>
                                    <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                                        {condition_name(condition.condition)} " "
                                        <strong class=tag>{condition_state(condition.state)}</strong>
                                    </h3>
                                    <ReasonList reasons=condition.reasons.clone() />
                                </li>
                            </Show>
                        }
                    })
                    .collect_view()}
            </ol>
            <Show when=move || { step.get() < total }>
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button govuk-button--secondary" data-testid="next-criterion" on:click=move |_| step.update(|s| *s += 1)>
                        {text::NEXT_CRITERION}
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| step.set(total)>
                        {text::SHOW_ALL_CRITERIA}
                    </button>
                </div>
            </Show>
            <h2 class="govuk-heading-m">{text::PICTURE}</h2>
            <CriteriaDiagram assessment=Some(reveal_assessment.clone()) id="quiz" />
            <LearningAndDiscussion scenario=reveal_scenario.clone() />
            <div class="govuk-button-group">
                {(index + 1 < count).then(|| view! {
                    <button
                        type="button"
                        class="govuk-button"
                        data-testid="next-scenario"
                        on:click=move |_| {
                            state.current.set(index + 1);
                            navigator.go(Page::TrainingQuiz);
                        }
                    >
                        {text::NEXT_SCENARIO}
                    </button>
                })}
                <button type="button" class="govuk-button govuk-button--secondary" on:click=move |_| navigator.go(Page::Training)>
                    {text::BACK_TO_SCENARIOS}
                </button>
            </div>
        }
    };

    view! {
        <BackToScenarios />
        <div class="govuk-grid-row app-training">
            <div class="govuk-grid-column-two-thirds">
                <span class="govuk-caption-l">{caption}</span>
                <h1 class="govuk-heading-l" tabindex="-1">{scenario.title.clone()}</h1>
                <div class="govuk-inset-text app-vignette" data-testid="vignette">
                    <p class="govuk-body-l">{scenario.vignette.clone()}</p>
                    <p class="govuk-body" data-testid="places">{text::places_line(scenario.places)}</p>
                </div>
                <div class=move || if checked.get().is_some() { "govuk-!-display-none" } else { "" }>{form}</div>
                {move || checked.get().map(&reveal)}
            </div>
        </div>
    }
}
