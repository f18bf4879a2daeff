//! The facilitator view: large type for a projector, the answer revealed one step at a time,
//! "what if?" changes of one fact, and the case opened in the real guided journey.

use super::{training_state, BackToScenarios, CriteriaDiagram, LearningAndDiscussion};
use crate::content::outcome::{condition_name, condition_state, headline};
use crate::content::training as text;
use crate::navigation::Page;
use crate::session::Session;
use crate::training::quiz::ModelAnswer;
use crate::training::scenario::Scenario;
use crate::training::whatif::what_ifs;
use crate::ui::form::focus_element;
use crate::ui::reasons::ReasonList;
use crate::ui::set_title;
use leptos::prelude::*;
use rules::{assess, Assessment, ConditionState};

#[component]
pub fn FacilitatorPage() -> impl IntoView {
    let state = training_state();
    move || {
        let _ = state.current.get();
        match state.scenario() {
            Some(scenario) => view! { <Facilitate scenario=scenario /> }.into_any(),
            None => view! { <BackToScenarios /> }.into_any(),
        }
    }
}

fn tag_class(state: ConditionState) -> &'static str {
    match state {
        ConditionState::Met => "govuk-tag govuk-tag--green",
        ConditionState::NotMet => "govuk-tag govuk-tag--red",
        _ => "govuk-tag govuk-tag--yellow",
    }
}

/// The four conditions, each with its state and reasons.
#[component]
fn Conditions(assessment: Assessment) -> impl IntoView {
    view! {
        <dl class="govuk-summary-list">
            {assessment
                .panel_notification
                .conditions
                .into_iter()
                .map(|c| view! {
                    <div class="govuk-summary-list__row">
                        <dt class="govuk-summary-list__key">{condition_name(c.condition)}</dt>
                        <dd class="govuk-summary-list__value">
                            <strong class=tag_class(c.state)>{condition_state(c.state)}</strong>
                            <ReasonList reasons=c.reasons />
                        </dd>
                    </div>
                })
                .collect_view()}
        </dl>
    }
}

/// The decision in a sentence, and what else follows.
#[component]
fn Decision(assessment: Assessment) -> impl IntoView {
    let (line, sub) = headline(&assessment);
    view! {
        <p class="app-facilitator__decision" data-testid="decision">{text::sentence(&line)}</p>
        {sub.map(|sub| view! { <p class="govuk-body-l">{text::sentence(&sub)}</p> })}
    }
}

#[component]
fn Follows(assessment: Assessment) -> impl IntoView {
    let model = ModelAnswer::of(&assessment);
    view! {
        <ul class="govuk-list govuk-list--bullet" data-testid="follows">
            {if model.follows.is_empty() {
                view! { <li>{text::NOTHING}</li> }.into_any()
            } else {
                model
                    .follows
                    .iter()
                    .map(|f| view! { <li>{text::follow_name(*f)}</li> })
                    .collect_view()
                    .into_any()
            }}
        </ul>
    }
}

#[component]
fn Facilitate(scenario: Scenario) -> impl IntoView {
    let state = training_state();
    let session = expect_context::<Session>();
    set_title(&format!("{}: {}", text::FACILITATE, scenario.title), false);
    let assessment = assess(&scenario.facts);
    let shown = RwSignal::new(0usize);
    let steps = text::REVEAL_STEPS.len();
    let changes = what_ifs(&scenario.facts);
    let chosen = RwSignal::new(None::<usize>);
    let count = state.pack.with_untracked(|p| p.scenarios.len());
    let index = state.current.get_untracked().min(count.saturating_sub(1));

    let facts = scenario.facts.clone();
    let open_in_journey = move |_| {
        session.facts.set(facts.clone());
        session.navigator.go(Page::CheckAnswers);
    };

    // Each step is scrolled to the top of the screen (below the controls) as it is revealed,
    // so the room sees it appear. Focus stays on "Reveal next" for the next press, and the
    // status line announces the step; once everything is revealed the button goes and focus
    // moves to the last step's heading.
    let reveal = move |_| {
        let next = (shown.get_untracked() + 1).min(steps);
        shown.set(next);
        request_animation_frame(move || {
            if let Some(step) = crate::embed::element_by_id(&format!("reveal-step-{next}")) {
                step.scroll_into_view();
            }
            if next == steps {
                focus_element(&format!("reveal-step-{next}-heading"));
            }
        });
    };

    let section = move |n: usize, body: AnyView| {
        view! {
            <section class="app-facilitator__step" id=format!("reveal-step-{}", n + 1) data-testid=format!("step-{}", n + 1)>
                <h2 class="govuk-heading-l" id=format!("reveal-step-{}-heading", n + 1) tabindex="-1">
                    {format!("{}. {}", n + 1, text::REVEAL_STEPS[n])}
                </h2>
                {body}
            </section>
        }
    };

    let a1 = assessment.clone();
    let a2 = assessment.clone();
    let a3 = assessment.clone();
    let a4 = assessment.clone();
    let learning = scenario.clone();
    let what_if_changes = changes.clone();
    let before = assessment.panel_notification.status.clone();
    let what_if_result = move || {
        chosen.get().and_then(|i| what_if_changes.get(i).cloned()).map(|(kind, facts)| {
            let changed = assess(&facts);
            let differs = changed.panel_notification.status != before;
            view! {
                <div class="app-facilitator__what-if-result" data-testid="what-if-result" aria-live="polite">
                    <h3 class="govuk-heading-m">{format!("{}: {}", text::WITH_CHANGE, text::what_if_label(kind))}</h3>
                    <p class="govuk-body-l">
                        <strong class=if differs { "govuk-tag govuk-tag--red" } else { "govuk-tag govuk-tag--grey" }>
                            {if differs { text::OUTCOME_CHANGED } else { text::OUTCOME_SAME }}
                        </strong>
                    </p>
                    <Decision assessment=changed.clone() />
                    <Conditions assessment=changed.clone() />
                    <h4 class="govuk-heading-s">{text::REVEAL_STEPS[2]}</h4>
                    <Follows assessment=changed.clone() />
                    <CriteriaDiagram assessment=Some(changed) id="what-if" />
                </div>
            }
        })
    };

    view! {
        <BackToScenarios />
        <div class="app-facilitator app-training" data-testid="facilitator">
            <span class="govuk-caption-xl">{format!("{} {} \u{00b7} {} of {count}", text::SCENARIO, scenario.id, index + 1)}</span>
            <h1 class="govuk-heading-xl" tabindex="-1">{scenario.title.clone()}</h1>
            <div class="app-facilitator__vignette">
                <p class="app-facilitator__vignette-text" data-testid="vignette">{scenario.vignette.clone()}</p>
                <p class="govuk-body" data-testid="places">{text::places_line(scenario.places)}</p>
            </div>
            <div class="app-facilitator__controls app-no-print" data-testid="controls">
                <p class="govuk-body app-facilitator__status" role="status" data-testid="revealed">
                    {move || text::revealed_status(shown.get())}
                </p>
                <div class="govuk-button-group">
                    <Show when=move || { shown.get() < steps }>
                        <button type="button" class="govuk-button" id="reveal-next" data-testid="reveal-next" on:click=reveal>
                            {text::REVEAL_NEXT}
                        </button>
                    </Show>
                    <button type="button" class="govuk-button govuk-button--secondary" data-testid="hide-all" on:click=move |_| {
                        shown.set(0);
                        chosen.set(None);
                        request_animation_frame(|| focus_element("reveal-next"));
                    }>
                        {text::HIDE_ALL}
                    </button>
                </div>
            </div>
            <Show when=move || { shown.get() >= 1 }>
                {section(0, view! { <Conditions assessment=a1.clone() /> }.into_any())}
            </Show>
            <Show when=move || { shown.get() >= 2 }>
                {section(1, view! { <Decision assessment=a2.clone() /> }.into_any())}
            </Show>
            <Show when=move || { shown.get() >= 3 }>
                {section(2, view! { <Follows assessment=a3.clone() /> }.into_any())}
            </Show>
            <Show when=move || { shown.get() >= 4 }>
                {section(3, view! { <CriteriaDiagram assessment=Some(a4.clone()) id="case" /> }.into_any())}
            </Show>
            <Show when=move || { shown.get() >= 5 }>
                {section(4, view! { <LearningAndDiscussion scenario=learning.clone() /> }.into_any())}
            </Show>
            <Show when=move || { shown.get() >= 2 }>
                <div class="govuk-form-group app-facilitator__what-if">
                    <fieldset class="govuk-fieldset" aria-describedby="what-if-hint">
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                            <h2 class="govuk-fieldset__heading">{text::WHAT_IF}</h2>
                        </legend>
                        <div class="govuk-hint" id="what-if-hint">{text::WHAT_IF_HINT}</div>
                        <div class="govuk-radios govuk-radios--small">
                            <div class="govuk-radios__item">
                                <input class="govuk-radios__input" id="what-if-none" name="what-if" type="radio"
                                    prop:checked=move || chosen.get().is_none()
                                    on:change=move |_| chosen.set(None) />
                                <label class="govuk-label govuk-radios__label" for="what-if-none">{text::WHAT_IF_NONE}</label>
                            </div>
                            {changes
                                .iter()
                                .enumerate()
                                .map(|(i, (kind, _))| {
                                    let id = format!("what-if-{i}");
                                    view! {
                                        <div class="govuk-radios__item">
                                            <input class="govuk-radios__input" id=id.clone() name="what-if" type="radio"
                                                prop:checked=move || chosen.get() == Some(i)
                                                on:change=move |_| chosen.set(Some(i)) />
                                            <label class="govuk-label govuk-radios__label" for=id>{text::what_if_label(*kind)}</label>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    </fieldset>
                </div>
                {what_if_result.clone()}
            </Show>
            <div class="app-no-print">
                <button type="button" class="govuk-button govuk-button--secondary" data-testid="open-in-journey" on:click=open_in_journey>
                    {text::OPEN_IN_JOURNEY}
                </button>
                <p class="govuk-body">{text::OPEN_IN_JOURNEY_HINT}</p>
            </div>
        </div>
    }
}
