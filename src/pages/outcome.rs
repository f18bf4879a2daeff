use crate::app::Session;
use crate::content::outcome as text;
use crate::navigation::Page;
use crate::referral::ReferralStep;
use crate::ui::form::BackLink;
use crate::ui::reasons::{ReasonList, Why};
use crate::ui::set_title;
use crate::ui::sources_checked::{ReviewNotice, SourcesChecked};
use leptos::prelude::*;
use rules::{assess, Applicability, Assessment, ConditionState, PanelStatus};

/// The outcome: a headline to act on, what to do next, every deadline, other notifications,
/// routes outside England, what to do when not met, and why — all from `rules::assess`.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<crate::pages::ReferralSession>();
    let assessment = assess(&session.facts.get_untracked());
    let (headline, subline) = text::headline(&assessment);
    set_title(&headline, false);
    let status_class = match assessment.panel_notification.status {
        PanelStatus::Required => "app-outcome app-outcome--required",
        PanelStatus::NotRequired => "app-outcome app-outcome--not-required",
        _ => "app-outcome app-outcome--judgement",
    };
    let start_again = move |_| {
        session.clear();
    };
    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <div class=status_class>
                    <span class="govuk-caption-l">{text::OUTCOME_CAPTION}</span>
                    <h1 class="govuk-heading-l" tabindex="-1" data-testid="headline">{headline}</h1>
                    {subline.map(|line| view! { <p class="govuk-body-l" data-testid="subline">{line}</p> })}
                </div>
                <ReviewNotice rule_set=assessment.rule_set.clone() today=crate::ui::today() />
                <div class="govuk-warning-text">
                    <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                    <strong class="govuk-warning-text__text">
                        <span class="govuk-visually-hidden">"Warning"</span>
                        {text::EMERGENCY}
                    </strong>
                </div>
                <NextSteps assessment=assessment.clone() />
                <Deadlines assessment=assessment.clone() />
                <RapidAndLocalReview assessment=assessment.clone() />
                <OtherProcesses assessment=assessment.clone() />
                <Routes assessment=assessment.clone() />
                <LocalLearning assessment=assessment.clone() />
                <Judgements assessment=assessment.clone() />
                <Conditions assessment=assessment.clone() />
                <SourcesChecked rule_set=assessment.rule_set.clone() />
                <p class="govuk-body-s" data-testid="rule-set">
                    {format!(
                        "{}: {} (version {}). Working days use England and Wales bank holidays {}\u{2013}{}.",
                        text::RULE_SET,
                        assessment.rule_set.edition,
                        assessment.rule_set.version,
                        assessment.rule_set.calendar.first_year,
                        assessment.rule_set.calendar.last_year,
                    )}
                </p>
                <div class="govuk-button-group app-no-print">
                    <button
                        type="button"
                        class="govuk-button"
                        data-testid="prepare-referral"
                        on:click=move |_| session.navigator.go(Page::Referral(ReferralStep::entry(drafting.has_answers())))
                    >
                        {crate::content::referral::PREPARE}
                    </button>
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        on:click=move |_| {
                            let _ = window().print();
                        }
                    >
                        {text::PRINT}
                    </button>
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=start_again>
                        {text::START_AGAIN}
                    </button>
                </div>
            </div>
        </div>
    }
}

#[component]
fn NextSteps(assessment: Assessment) -> impl IntoView {
    let steps = assessment.next_steps.steps;
    (!steps.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::NEXT_STEPS}</h2>
            <ol class="govuk-list govuk-list--number" data-testid="next-steps">
                {steps
                    .into_iter()
                    .map(|step| view! { <li>{step.text.to_string()} <Why reasons=step.reasons /></li> })
                    .collect_view()}
            </ol>
        }
    })
}

#[component]
fn Deadlines(assessment: Assessment) -> impl IntoView {
    let deadlines: Vec<_> = assessment
        .deadlines
        .into_iter()
        .filter(|deadline| deadline.applies != Applicability::NotApplicable)
        .collect();
    (!deadlines.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::DEADLINES}</h2>
            <table class="govuk-table" data-testid="deadlines">
                <caption class="govuk-table__caption govuk-visually-hidden">{text::DEADLINES}</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">"What"</th>
                        <th scope="col" class="govuk-table__header">"By"</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    {deadlines
                        .into_iter()
                        .map(|deadline| {
                            let tag = text::applicability_tag(deadline.applies);
                            view! {
                                <tr class="govuk-table__row" data-kind=format!("{:?}", deadline.kind)>
                                    <th scope="row" class="govuk-table__header">
                                        {text::deadline_name(deadline.kind)}
                                        <br />
                                        <span class="app-citation">
                                            {text::strength_name(deadline.strength)}
                                            {tag.map(|tag| format!(" \u{00b7} {tag}"))}
                                        </span>
                                    </th>
                                    <td class="govuk-table__cell">
                                        {text::due_text(&deadline.due, deadline.anchor, deadline.working_days)}
                                        <Why reasons=deadline.reasons />
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    })
}

#[component]
fn RapidAndLocalReview(assessment: Assessment) -> impl IntoView {
    let rapid = assessment.rapid_review;
    let local = assessment.local_review;
    let show_rapid = rapid.applies != Applicability::NotApplicable;
    let show_local = local.applies != Applicability::NotApplicable;
    view! {
        {show_rapid
            .then(|| {
                view! {
                    <h2 class="govuk-heading-m">{text::RAPID_REVIEW}</h2>
                    <div data-testid="rapid-review">
                        {text::applicability_tag(rapid.applies)
                            .map(|tag| view! { <p class="govuk-body"><strong class="govuk-tag">{tag}</strong></p> })}
                        {rapid.lead_area.clone().map(|lead| view! {
                            <p class="govuk-body">{format!("Led by the safeguarding partners for {}.", lead.name)}</p>
                        })}
                        {rapid.collaborate_with.clone().map(|other| view! {
                            <p class="govuk-body">{format!("Working with {}, where the child normally lives.", other.name)}</p>
                        })}
                        <Why reasons=rapid.reasons.clone() />
                    </div>
                }
            })}
        {show_local
            .then(|| {
                view! {
                    <h2 class="govuk-heading-m">{text::LOCAL_REVIEW}</h2>
                    <div data-testid="local-review">
                        {text::applicability_tag(local.applies)
                            .map(|tag| view! { <p class="govuk-body"><strong class="govuk-tag">{tag}</strong></p> })}
                        <p class="govuk-body">{text::LOCAL_REVIEW_CRITERIA}</p>
                        <ul class="govuk-list govuk-list--bullet">
                            {local.criteria.iter().map(|c| view! { <li>{c.text.to_string()}</li> }).collect_view()}
                        </ul>
                        {(!local.additional_considerations.is_empty()).then(|| view! {
                            <p class="govuk-body">{text::LOCAL_REVIEW_MORE}</p>
                            <ul class="govuk-list govuk-list--bullet">
                                {local.additional_considerations.iter().map(|c| view! { <li>{c.text.to_string()}</li> }).collect_view()}
                            </ul>
                        })}
                        {local.national_review_possible.then(|| view! { <p class="govuk-body">{text::NATIONAL_REVIEW}</p> })}
                        <Why reasons=local.reasons.clone() />
                    </div>
                }
            })}
    }
}

#[component]
fn OtherProcesses(assessment: Assessment) -> impl IntoView {
    let processes: Vec<_> = assessment
        .other_processes
        .into_iter()
        .filter(|process| process.applies != Applicability::NotApplicable)
        .collect();
    (!processes.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::OTHER_PROCESSES}</h2>
            <ul class="govuk-list" data-testid="other-processes">
                {processes
                    .into_iter()
                    .map(|process| {
                        view! {
                            <li data-kind=format!("{:?}", process.kind)>
                                <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                                    {text::process_name(process.kind)}
                                    {text::applicability_tag(process.applies).map(|tag| view! {
                                        " " <strong class="govuk-tag govuk-tag--grey">{tag}</strong>
                                    })}
                                </h3>
                                <p class="govuk-body govuk-!-margin-bottom-1">{process.action.to_string()}</p>
                                <Why reasons=process.reasons />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
fn Routes(assessment: Assessment) -> impl IntoView {
    let routes: Vec<_> = assessment
        .routes
        .into_iter()
        .filter(|route| route.applies != Applicability::NotApplicable)
        .collect();
    (!routes.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::ROUTES}</h2>
            <ul class="govuk-list" data-testid="routes">
                {routes
                    .into_iter()
                    .map(|route| {
                        view! {
                            <li data-kind=format!("{:?}", route.kind)>
                                <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{text::route_name(route.kind)}</h3>
                                <p class="govuk-body govuk-!-margin-bottom-1">{route.action.to_string()}</p>
                                <Why reasons=route.reasons />
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
fn LocalLearning(assessment: Assessment) -> impl IntoView {
    assessment.local_learning.map(|learning| {
        view! {
            <h2 class="govuk-heading-m">{text::LOCAL_LEARNING}</h2>
            <ul class="govuk-list govuk-list--bullet" data-testid="local-learning">
                {learning.options.iter().map(|option| view! { <li>{option.to_string()}</li> }).collect_view()}
            </ul>
            <Why reasons=learning.reasons />
        }
    })
}

#[component]
fn Judgements(assessment: Assessment) -> impl IntoView {
    let prompts = assessment.judgement_prompts;
    (!prompts.is_empty()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::JUDGEMENTS}</h2>
            <ul class="govuk-list" data-testid="judgements">
                {prompts
                    .into_iter()
                    .map(|prompt| view! {
                        <li data-kind=format!("{:?}", prompt.kind)>
                            <p class="govuk-body govuk-!-margin-bottom-1">{prompt.text.to_string()}</p>
                            <Why reasons=prompt.reasons />
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    })
}

#[component]
fn Conditions(assessment: Assessment) -> impl IntoView {
    let panel = assessment.panel_notification;
    view! {
        <h2 class="govuk-heading-m">{text::WHY}</h2>
        <p class="govuk-body">{text::WHY_CONDITIONS}</p>
        <dl class="govuk-summary-list" data-testid="conditions">
            {panel
                .conditions
                .into_iter()
                .map(|condition| {
                    let state_class = match condition.state {
                        ConditionState::Met => "govuk-tag govuk-tag--green",
                        ConditionState::NotMet => "govuk-tag govuk-tag--red",
                        _ => "govuk-tag govuk-tag--yellow",
                    };
                    view! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{text::condition_name(condition.condition)}</dt>
                            <dd class="govuk-summary-list__value">
                                <strong class=state_class>{text::condition_state(condition.state)}</strong>
                                <ReasonList reasons=condition.reasons />
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
        <h3 class="govuk-heading-s">"The decision"</h3>
        <ReasonList reasons=panel.reasons />
    }
}
