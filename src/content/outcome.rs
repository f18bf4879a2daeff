//! Wording of the check-your-answers and outcome pages. The outcome itself, every date and every
//! reason come from `rules::assess`; this file only names them.

use super::deadline_date;
use rules::{
    AnchorKind, Applicability, Assessment, ConditionKind, ConditionState, Confidence, DeadlineKind,
    Due, DutyHolder, LocalAuthority, PanelStatus, ProcessKind, RouteKind, Strength,
};

pub const CHECK_TITLE: &str = "Check your answers";
pub const CHECK_SUBMIT: &str = "See what happens next";
pub const OUTCOME_CAPTION: &str = "Outcome";
pub const NEXT_STEPS: &str = "What you need to do";
pub const DEADLINES: &str = "Deadlines";
pub const RAPID_REVIEW: &str = "Rapid review";
pub const LOCAL_REVIEW: &str = "Local child safeguarding practice review";
pub const LOCAL_REVIEW_CRITERIA: &str =
    "The safeguarding partners must take into account whether the case:";
pub const LOCAL_REVIEW_MORE: &str = "They may also consider:";
pub const NATIONAL_REVIEW: &str = "The Panel may decide to commission a national review instead, if the case is complex or of national importance.";
pub const OTHER_PROCESSES: &str = "Other notifications and processes";
pub const ROUTES: &str = "Outside England";
pub const LOCAL_LEARNING: &str = "If the criteria are not met";
pub const JUDGEMENTS: &str = "Matters for judgement";
pub const WHY: &str = "Why?";
pub const WHY_CONDITIONS: &str = "The four conditions of section 16C(1) of the Children Act 2004";
pub const START_AGAIN: &str = "Start again";
pub const PRINT: &str = "Print this page";
pub const RULE_SET: &str = "Rule set";
pub const EMERGENCY: &str = "If a child is in immediate danger, call 999.";

/// The local authority named by the duty holder, or a plain description.
pub fn duty_holder_name(duty_holder: &DutyHolder) -> String {
    match duty_holder {
        DutyHolder::IncidentArea(la) | DutyHolder::ResidenceArea(la) => la.name.clone(),
        DutyHolder::NoEnglishDuty => "No English local authority".into(),
        DutyHolder::Unknown => "The local authority".into(),
    }
}

/// Why this local authority: the place test in a sentence.
pub fn duty_holder_basis(duty_holder: &DutyHolder) -> Option<String> {
    match duty_holder {
        DutyHolder::IncidentArea(la) => Some(with_why(format!("The death or harm happened in {}, so the duty to notify rests with {}.", as_typed(la), la.name), la)),
        DutyHolder::ResidenceArea(la) => Some(with_why(format!("The harm happened outside England and the child normally lives in {}, so the duty rests with {}.", as_typed(la), la.name), la)),
        DutyHolder::NoEnglishDuty => Some("The harm happened outside England and the child does not normally live in England, so no English local authority has the duty.".into()),
        DutyHolder::Unknown => None,
    }
}

/// The area as the practitioner named it ("Maidstone"), or its proper name.
fn as_typed(la: &LocalAuthority) -> &str {
    la.typed.as_deref().unwrap_or(&la.name)
}

/// A sentence, then why the authority differs from what was typed, if it does.
fn with_why(sentence: String, la: &LocalAuthority) -> String {
    match &la.why {
        Some(why) => format!("{sentence} {why}"),
        None => sentence,
    }
}

fn notify_due(assessment: &Assessment) -> Option<String> {
    assessment
        .deadlines
        .iter()
        .find(|deadline| deadline.kind == DeadlineKind::NotifyPanel)
        .and_then(|deadline| match deadline.due {
            Due::On(date) => Some(deadline_date(date)),
            _ => None,
        })
}

/// The headline a busy practitioner acts on, and the line under it.
pub fn headline(assessment: &Assessment) -> (String, Option<String>) {
    let panel = &assessment.panel_notification;
    let la = duty_holder_name(&panel.duty_holder);
    let due = notify_due(assessment);
    match &panel.status {
        PanelStatus::Required => (
            match &due {
                Some(date) => format!("{la} must notify the Child Safeguarding Practice Review Panel by {date}"),
                None => format!("{la} must notify the Child Safeguarding Practice Review Panel within 5 working days of becoming aware"),
            },
            duty_holder_basis(&panel.duty_holder),
        ),
        PanelStatus::NotRequired => (
            "This does not meet the criteria for a notification to the Child Safeguarding Practice Review Panel".into(),
            Some("Other notifications or reviews may still apply: see below.".into()),
        ),
        PanelStatus::NeedsJudgement => (
            format!("This needs a judgement by {la}"),
            Some(match &due {
                Some(date) => format!("If {la} decides the criteria are met, it must notify the Panel by {date}."),
                None => format!("If {la} decides the criteria are met, it must notify the Panel within 5 working days of becoming aware."),
            }),
        ),
        PanelStatus::CannotTellYet { .. } => ("We cannot tell yet: some answers are missing".into(), None),
    }
}

pub fn deadline_name(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::NotifyPanel => "Notify the Child Safeguarding Practice Review Panel",
        DeadlineKind::TellSafeguardingPartners => "Tell the local safeguarding partners",
        DeadlineKind::RapidReviewFromNotification => {
            "Complete the rapid review (from the date the notification was sent)"
        }
        DeadlineKind::RapidReviewFromAwareness => {
            "Complete the rapid review (from the date the partners became aware)"
        }
        DeadlineKind::LocalReviewPublication => "Complete and publish a local review",
    }
}

fn anchor_name(anchor: AnchorKind) -> &'static str {
    match anchor {
        AnchorKind::LaAwareDate => "the date the local authority became aware",
        AnchorKind::NotificationSentDate => "the date the notification is sent",
        AnchorKind::ReviewDecisionDate => "the decision to start the review",
    }
}

/// When a deadline falls due, in words.
pub fn due_text(due: &Due, anchor: AnchorKind, working_days: Option<u32>) -> String {
    match due {
        Due::On(date) => deadline_date(*date),
        Due::AwaitingAnchorDate => match working_days {
            Some(days) => format!("{days} working days after {}", anchor_name(anchor)),
            None => format!("Counts from {}", anchor_name(anchor)),
        },
        Due::CalendarError(error) => format!("No date given: {error}"),
        Due::WithinMonths(months) => format!("Within {months} months of {}", anchor_name(anchor)),
    }
}

pub fn strength_name(strength: Strength) -> &'static str {
    match strength {
        Strength::Must => "Must",
        Strength::Should => "Should",
        Strength::Guidance => "Guidance",
    }
}

/// A tag for things that do not simply apply.
pub fn applicability_tag(applies: Applicability) -> Option<&'static str> {
    match applies {
        Applicability::Applies => None,
        Applicability::IfNotified => Some("If the Panel is notified"),
        Applicability::Possible => Some("May apply"),
        Applicability::Consider => Some("To consider"),
        Applicability::NotApplicable => Some("Does not apply"),
    }
}

pub fn process_name(kind: ProcessKind) -> &'static str {
    match kind {
        ProcessKind::LookedAfterChildDeathNotification => {
            "Death of a looked-after child: Secretary of State and Ofsted"
        }
        ProcessKind::CareLeaverDeathNotification => {
            "Death of a care leaver: Secretary of State and Ofsted"
        }
        ProcessKind::ChildDeathReview => "Child death review",
        ProcessKind::DomesticAbuseRelatedDeathReview => "Domestic abuse related death review",
        ProcessKind::SafeguardingAdultsReview => "Safeguarding adults review",
        ProcessKind::ProviderNotifications => "The provider\u{2019}s own notifications",
        ProcessKind::LadoReferral => "Local authority designated officer (LADO)",
        ProcessKind::InformOtherArea => "Safeguarding partners in another area",
    }
}

pub fn route_name(kind: RouteKind) -> &'static str {
    match kind {
        RouteKind::Wales => "Wales",
        RouteKind::Scotland => "Scotland",
        RouteKind::NorthernIreland => "Northern Ireland",
        RouteKind::Overseas => "Outside the UK",
    }
}

pub fn condition_name(kind: ConditionKind) -> &'static str {
    match kind {
        ConditionKind::Place => "The place test: an English local authority\u{2019}s area",
        ConditionKind::Child => "A child (under 18 and born alive) on the date it happened",
        ConditionKind::AbuseOrNeglect => "Abuse or neglect known or suspected",
        ConditionKind::DeathOrSeriousHarm => "The child died or was seriously harmed",
    }
}

pub fn condition_state(state: ConditionState) -> &'static str {
    match state {
        ConditionState::Met => "Met",
        ConditionState::NotMet => "Not met",
        ConditionState::NeedsJudgement => "Needs a judgement",
        ConditionState::NotAnswered => "Not answered",
    }
}

/// How the source of a reason was checked, in words.
pub fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::VLeg => "legislation, wording verified",
        Confidence::VGov => "government or Panel guidance, wording verified",
        Confidence::VSec => "statutory guidance as reproduced by a safeguarding partnership",
        Confidence::Unv => "not yet verified in a primary source: for judgement only",
    }
}
