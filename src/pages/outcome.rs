use crate::content::outcome as text;
use crate::embed::PartnershipConfig;
use crate::navigation::Page;
use crate::referral::ReferralStep;
use crate::session::Session;
use crate::ui::form::BackLink;
use crate::ui::reasons::{ReasonList, Why};
use crate::ui::set_title;
use crate::ui::sources_checked::{ReviewNotice, SourcesChecked};
use leptos::prelude::*;
use rules::{
    assess, ActionBy, ActionKind, Applicability, Assessment, ConditionState, ContactArea,
    PanelStatus, Strength,
};

/// The outcome, all from `rules::assess`: first what this user must do now, by when and whom to
/// contact (the first phone screen), then the deadlines, then everything else in disclosures
/// closed until opened, then the record that prints.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<crate::pages::ReferralSession>();
    let facts = session.facts.get_untracked();
    let assessment = assess(&facts);
    let top = text::top_section(&assessment);
    set_title(&top.headline, false);
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
                <div class=status_class data-testid="top-section">
                    <h1 class="govuk-heading-l" tabindex="-1" data-testid="headline">{top.headline}</h1>
                    <ContactDetails assessment=assessment.clone() />
                    {top
                        .lines
                        .into_iter()
                        .map(|line| view! { <p class="govuk-body" data-testid="subline">{line}</p> })
                        .collect_view()}
                    <Why reasons=assessment.next_steps.first.reasons.clone() plain=true />
                </div>
                <ReviewNotice review_by=assessment.rule_set.review_by today=crate::ui::today() />
                <div class="govuk-warning-text">
                    <span class="govuk-warning-text__icon" aria-hidden="true">"!"</span>
                    <strong class="govuk-warning-text__text">
                        <span class="govuk-visually-hidden">"Warning"</span>
                        {text::EMERGENCY}
                    </strong>
                </div>
                <Deadlines assessment=assessment.clone() />
                <h2 class="govuk-visually-hidden">{text::MORE}</h2>
                <NextSteps assessment=assessment.clone() />
                <Judgements assessment=assessment.clone() />
                <Reviews assessment=assessment.clone() />
                <OtherProcesses assessment=assessment.clone() />
                <Routes assessment=assessment.clone() />
                <Conditions assessment=assessment.clone() />
                <SourcesChecked rule_set=assessment.rule_set.clone() />
                <div class="app-no-print">
                    <button
                        type="button"
                        class="govuk-button"
                        data-testid="prepare-referral"
                        on:click=move |_| session.navigator.go(Page::Referral(ReferralStep::entry(drafting.has_answers())))
                    >
                        {crate::content::referral::PREPARE}
                    </button>
                    <ul class="govuk-list app-actions">
                        <li>
                            <button
                                type="button"
                                class="app-link-button"
                                on:click=move |_| {
                                    let _ = window().print();
                                }
                            >
                                {text::PRINT}
                            </button>
                        </li>
                        <li>
                            <button
                                type="button"
                                class="app-link-button"
                                data-testid="save-assessment"
                                on:click=move |_| super::save_assessment(&session.facts.get_untracked())
                            >
                                {text::SAVE_FILE}
                            </button>
                        </li>
                        <li>
                            <button type="button" class="app-link-button" on:click=start_again>
                                {text::START_AGAIN}
                            </button>
                        </li>
                    </ul>
                </div>
                <super::AssessmentRecord facts=facts assessment=assessment />
            </div>
        </div>
    }
}

/// Whom to contact and how: the partnership's own numbers where the authority is one of its
/// own, otherwise a link the user may follow to find the council (nothing is fetched before);
/// for the local authority, the Panel's online notification and the partnership.
#[component]
fn ContactDetails(assessment: Assessment) -> impl IntoView {
    let config = expect_context::<StoredValue<PartnershipConfig>>().get_value();
    let first = assessment.next_steps.first;
    let authority = text::contact_authority(&first.contact).cloned();
    let known_own = authority
        .as_ref()
        .is_some_and(|la| partnership_covers(&config, la));
    let la_user = assessment.next_steps.can_notify_panel;
    let refer = first.action == ActionKind::ReferToLocalAuthority;
    let number = |label: &'static str, contact: &crate::embed::Contact| {
        let contact = contact.clone();
        view! {
            <li>
                {label} ": " <strong class="app-nowrap">{contact.phone}</strong>
                <span class="app-contact-hours">{format!(" ({})", contact.hours)}</span>
                {contact.email.map(|email| view! {
                    " " <a class="govuk-link app-break-all" href=format!("mailto:{email}")>{email.clone()}</a>
                })}
            </li>
        }
    };
    // The partnership's children's social care, for its own councils, or when no council is
    // known (it will pass it on); otherwise the council's own page.
    let social_care =
        (!la_user && (known_own || first.contact == ContactArea::NotKnown)).then(|| {
            view! {
                {number(text::CHILDRENS_SOCIAL_CARE, &config.childrens_social_care)}
                {number(text::OUT_OF_HOURS, &config.out_of_hours)}
            }
        });
    let find_council = (!la_user && !known_own && first.contact != ContactArea::NoEnglishAuthority).then(|| {
        let (link_text, href) = text::council_link(authority.as_ref());
        view! {
            <li>
                <a class="govuk-link" href=href rel="noreferrer" data-testid="council-link">{link_text}</a>
            </li>
        }
    });
    let elsewhere = (first.contact == ContactArea::NoEnglishAuthority)
        .then(|| view! { <li>{text::CONTACT_ELSEWHERE}</li> });
    let notify_online = (la_user && first.action != ActionKind::RecordDecision).then(|| {
        view! {
            <li>
                <a class="govuk-link" href=text::NOTIFY_PANEL_URL rel="noreferrer">{text::NOTIFY_PANEL_LINK}</a>
            </li>
        }
    });
    let partnership = (refer || la_user).then(|| number(text::PARTNERSHIP, &config.business_unit));
    view! {
        <h2 class="govuk-heading-s govuk-!-margin-bottom-1">{text::CONTACT_HEADING}</h2>
        <ul class="govuk-list app-contact-list" data-testid="contact">
            {notify_online}
            {social_care}
            {find_council}
            {elsewhere}
            {partnership}
        </ul>
    }
}

/// Whether the authority is one of the partnership's own, compared by code (the partnership
/// may have written a name or a code).
fn partnership_covers(config: &PartnershipConfig, la: &rules::LocalAuthority) -> bool {
    config
        .local_authorities
        .iter()
        .any(|own| rules::places::names_area(own, &la.code))
}

#[component]
fn NextSteps(assessment: Assessment) -> impl IntoView {
    let steps = assessment.next_steps.steps;
    (!steps.is_empty()).then(|| {
        let reasons: Vec<_> = steps.iter().flat_map(|step| step.reasons.clone()).collect();
        let title = format!("{} ({})", text::NEXT_STEPS, steps.len());
        view! {
            <Disclosure title=title testid="next-steps">
                <ul class="govuk-list govuk-list--bullet">
                    {steps.into_iter().map(|step| view! { <li>{step.text.to_string()}</li> }).collect_view()}
                </ul>
                <ReasonList reasons=reasons plain=true />
            </Disclosure>
        }
    })
}

/// One line per deadline the rules mark as the one to show and that applies now or once the
/// Panel is told (one to consider sits with what it belongs to), the user's own referral
/// first, each with how binding it is; the strengths are explained under the list, and one
/// "Why?" holds the reasons of every line.
#[component]
fn Deadlines(assessment: Assessment) -> impl IntoView {
    let first = assessment.next_steps.first.clone();
    let own = (first.action == ActionKind::ReferToLocalAuthority).then(|| {
        let due = match first.by {
            ActionBy::On(date) => crate::content::deadline_date(date),
            _ => text::TODAY.to_string(),
        };
        let what = text::own_referral_row(text::contact_name(&first.contact));
        view! {
            <li data-kind="Referral">
                <strong>{due}</strong> <br /> {what}
                <span class="app-citation">{format!(" \u{00b7} {}", text::strength_name(Strength::Should))}</span>
            </li>
        }
    });
    let key = assessment.next_steps.key_deadlines.clone();
    let (deadlines, others): (Vec<_>, Vec<_>) = assessment
        .deadlines
        .into_iter()
        .filter(|deadline| {
            deadline.primary
                && !matches!(
                    deadline.applies,
                    Applicability::NotApplicable | Applicability::Consider
                )
        })
        .partition(|deadline| key.contains(&deadline.kind));
    let line = |deadline: &rules::Deadline| {
        let tag = text::applicability_tag(deadline.applies);
        view! {
            <li data-kind=format!("{:?}", deadline.kind)>
                <strong>{text::due_text(&deadline.due, deadline.anchor, deadline.working_days)}</strong>
                <br />
                {text::deadline_name(deadline.kind)}
                <span class="app-citation">
                    {format!(" \u{00b7} {}", text::strength_name(deadline.strength))}
                    {tag.map(|tag| format!(" \u{00b7} {tag}"))}
                </span>
            </li>
        }
    };
    // Someone else's deadlines (the local authority's and its partners') sit in a disclosure.
    let other_deadlines = (!others.is_empty()).then(|| {
        let title = format!("{} ({})", text::OTHER_DEADLINES, others.len());
        let lines = others.iter().map(line).collect_view();
        view! {
            <Disclosure title=title testid="other-deadlines">
                <ul class="govuk-list app-deadline-list">{lines}</ul>
            </Disclosure>
        }
    });
    // One "Why?" for the list: the reasons of every line, in order, each once.
    let mut reasons = Vec::new();
    for reason in deadlines
        .iter()
        .chain(&others)
        .flat_map(|deadline| deadline.reasons.iter())
    {
        if !reasons.contains(reason) {
            reasons.push(reason.clone());
        }
    }
    (!deadlines.is_empty() || own.is_some()).then(|| {
        view! {
            <h2 class="govuk-heading-m">{text::DEADLINES}</h2>
            <ul class="govuk-list app-deadline-list" data-testid="deadlines">
                {own}
                {deadlines.iter().map(line).collect_view()}
            </ul>
            <p class="govuk-body-s" data-testid="strengths">{text::STRENGTHS}</p>
            <Why reasons=reasons plain=true />
            {other_deadlines}
        }
    })
}

/// A closed GOV.UK details disclosure holding one part of the outcome.
#[component]
fn Disclosure(title: String, testid: &'static str, children: Children) -> impl IntoView {
    view! {
        <details class="govuk-details app-disclosure" data-testid=testid>
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{title}</span>
            </summary>
            <div class="govuk-details__text">{children()}</div>
        </details>
    }
}

/// The rapid review, the local review and local learning: one disclosure.
#[component]
fn Reviews(assessment: Assessment) -> impl IntoView {
    let rapid_line = text::rapid_review_line(&assessment);
    // A deadline to consider sits with what it belongs to: publishing a local review.
    let publication = assessment
        .deadlines
        .iter()
        .find(|d| d.kind == rules::DeadlineKind::LocalReviewPublication)
        .map(|d| {
            format!(
                "{}: {} ({}).",
                text::deadline_name(d.kind),
                text::lowercase_first(&text::due_text(&d.due, d.anchor, d.working_days)),
                text::strength_name(d.strength).to_ascii_lowercase()
            )
        });
    let rapid = assessment.rapid_review;
    let local = assessment.local_review;
    let learning = assessment.local_learning;
    let show_rapid = rapid.applies != Applicability::NotApplicable;
    let show_local = local.applies != Applicability::NotApplicable;
    (show_rapid || show_local || learning.is_some()).then(|| {
        view! {
            <Disclosure title=text::REVIEWS.to_string() testid="reviews">
                {show_rapid.then(|| view! {
                    <div data-testid="rapid-review">
                        <h3 class="govuk-heading-s">{text::RAPID_REVIEW}</h3>
                        {text::applicability_tag(rapid.applies)
                            .map(|tag| view! { <p class="govuk-body"><strong class="govuk-tag">{tag}</strong></p> })}
                        {rapid_line.clone().map(|line| view! { <p class="govuk-body">{line}</p> })}
                        {rapid.lead_area.clone().map(|lead| view! {
                            <p class="govuk-body">{format!("Led by the safeguarding partners for {}.", lead.name)}</p>
                        })}
                        {rapid.collaborate_with.clone().map(|other| view! {
                            <p class="govuk-body">{format!("Working with {}, where the child normally lives.", other.name)}</p>
                        })}
                        <ReasonList reasons=rapid.reasons.clone() plain=true />
                    </div>
                })}
                {show_local.then(|| view! {
                    <div data-testid="local-review">
                        <h3 class="govuk-heading-s">{text::LOCAL_REVIEW}</h3>
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
                        {publication.clone().map(|line| view! { <p class="govuk-body">{line}</p> })}
                        <ReasonList reasons=local.reasons.clone() plain=true />
                    </div>
                })}
                {learning.map(|learning| view! {
                    <div data-testid="local-learning">
                        <h3 class="govuk-heading-s">{text::LOCAL_LEARNING}</h3>
                        <ul class="govuk-list govuk-list--bullet">
                            {learning.options.iter().map(|option| view! { <li>{option.to_string()}</li> }).collect_view()}
                        </ul>
                        <ReasonList reasons=learning.reasons plain=true />
                    </div>
                })}
            </Disclosure>
        }
    })
}

#[component]
fn OtherProcesses(assessment: Assessment) -> impl IntoView {
    let processes: Vec<_> = assessment
        .other_processes
        .into_iter()
        .filter(|process| process.applies != Applicability::NotApplicable)
        .collect();
    (!processes.is_empty()).then(|| {
        let title = format!("{} ({})", text::OTHER_PROCESSES, processes.len());
        view! {
            <Disclosure title=title testid="other-processes">
                <ul class="govuk-list">
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
                                    <ReasonList reasons=process.reasons plain=true />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </Disclosure>
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
            <Disclosure title=text::ROUTES.to_string() testid="routes">
                <ul class="govuk-list">
                    {routes
                        .into_iter()
                        .map(|route| {
                            view! {
                                <li data-kind=format!("{:?}", route.kind)>
                                    <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{text::route_name(route.kind)}</h3>
                                    <p class="govuk-body govuk-!-margin-bottom-1">{route.action.to_string()}</p>
                                    <ReasonList reasons=route.reasons plain=true />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </Disclosure>
        }
    })
}

#[component]
fn Judgements(assessment: Assessment) -> impl IntoView {
    let prompts = assessment.judgement_prompts;
    (!prompts.is_empty()).then(|| {
        let title = format!("{} ({})", text::JUDGEMENTS, prompts.len());
        view! {
            <Disclosure title=title testid="judgements">
                <ul class="govuk-list">
                    {prompts
                        .into_iter()
                        .map(|prompt| view! {
                            <li data-kind=format!("{:?}", prompt.kind)>
                                <p class="govuk-body govuk-!-margin-bottom-1">{prompt.text.to_string()}</p>
                                <ReasonList reasons=prompt.reasons plain=true />
                            </li>
                        })
                        .collect_view()}
                </ul>
            </Disclosure>
        }
    })
}

#[component]
fn Conditions(assessment: Assessment) -> impl IntoView {
    let rule_set = text::rule_set_line(&assessment);
    let panel = assessment.panel_notification;
    view! {
        <Disclosure title=text::WHY_CONDITIONS.to_string() testid="conditions">
            <p class="govuk-body">{text::CONDITIONS_INTRO}</p>
            <dl class="govuk-summary-list">
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
                                    <ReasonList reasons=condition.reasons plain=true />
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <h3 class="govuk-heading-s">"The decision"</h3>
            <ReasonList reasons=panel.reasons plain=true />
            <p class="govuk-body-s" data-testid="rule-set">{rule_set}</p>
        </Disclosure>
    }
}
