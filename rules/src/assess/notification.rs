//! The notification itself: when, in what form, and who tells whom (rules R09–R11, R26).
//!
//! Working Together to Safeguard Children, chapter on serious incidents (as reproduced):
//!
//! > "They should do so within five working days of becoming aware that the incident has
//! > occurred." ... "The local authority should also report the event to the safeguarding
//! > partners in their area (and in other areas if appropriate) within five working days."
//!
//! GOV.UK, the notification page: "You must do this within 5 working days of becoming aware
//! of the incident." The Panel FAQ: "The responsibility to notify rests with the local
//! authority of where the serious incident took place." Working days exclude England and
//! Wales bank holidays (the calendar module).

use chrono::NaiveDate;

use super::inputs::*;
use super::*;

/// Whom to contact (R11): the local authority holding the duty; where it is not known where
/// the harm happened, the local authority where the child lives.
pub(super) fn contact_area(i: &Inputs, duty: DutyKind) -> DutyKind {
    match (duty, i.incident, i.residence) {
        (DutyKind::Unknown, Some(PlaceIn::Unknown), Some(PlaceIn::English(_))) => {
            DutyKind::Residence
        }
        (duty, _, _) => duty,
    }
}

pub(super) fn different_english_areas(i: &Inputs) -> bool {
    matches!((i.incident, i.residence), (Some(PlaceIn::English(a)), Some(PlaceIn::English(b))) if a != b)
}

/// R09: "report the event to the safeguarding partners in their area (and in other areas if
/// appropriate)": another English area where the child lives; home authorities outside
/// England to be considered.
pub(super) fn r09_other_area(i: &Inputs, panel: PanelKind) -> Applicability {
    if panel == PanelKind::NotRequired {
        return Applicability::NotApplicable;
    }
    let when_yes = if panel == PanelKind::Required {
        Applicability::Applies
    } else {
        Applicability::IfNotified
    };
    match (i.incident, i.residence) {
        (Some(PlaceIn::English(a)), Some(PlaceIn::English(b))) if a != b => when_yes,
        (Some(PlaceIn::English(_)), Some(r)) if r.outside_england() => Applicability::Consider,
        (Some(PlaceIn::English(_)), None) => Applicability::Possible,
        _ => Applicability::NotApplicable,
    }
}

/// What informing the other area asks, and why.
pub(super) fn inform_other_area(
    a: Applicability,
    residence: Option<&str>,
    duty_la: Option<&str>,
) -> (Text, Vec<Reason>) {
    (
        match (a, residence, duty_la) {
            (Applicability::Consider, _, _) => "Consider informing the authorities where the child normally lives (outside England).".into(),
            (_, Some(n), Some(d)) => format!("{d} should also report the incident to the safeguarding partners of {n}, where the child normally lives.").into(),
            _ => "Report the incident to the safeguarding partners of the area where the child normally lives, if different.".into(),
        },
        vec![r(R09, "The local authority should report the event to the safeguarding partners in its area, and in other areas if appropriate (for example where the child lives or was placed from).")],
    )
}

/// R10: one notification per incident. Said only where it matters: more than one child
/// (and the 4-children limit of the form only where there are more than 4).
pub(super) fn r10_form(f: &Findings) -> Option<Reason> {
    match f.children {
        ChildrenCount::MoreThanFour => Some(r(
            R10,
            "More than 4 children: raise one notification for the incident, give details of 4 children and put the others in the further-information text (as the GOV.UK page said before December 2025; check the current page).",
        )),
        ChildrenCount::Several => Some(r(
            R10,
            "Raise one notification for the incident, even though more than one child is affected.",
        )),
        ChildrenCount::NotRelevant => None,
    }
}

pub(super) fn due(anchor: Option<NaiveDate>, n: u32) -> Due {
    match anchor {
        None => Due::AwaitingAnchorDate,
        Some(d) => match calendar::add_working_days(d, n) {
            Ok(date) => Due::On(date),
            Err(e) => Due::CalendarError(e),
        },
    }
}

pub(super) fn deadlines(facts: &CaseFacts, f: &Findings) -> Vec<Deadline> {
    let aware = facts.la_aware_date.and_then(DateAnswer::date);
    let sent = match facts.notification_sent {
        Some(SentAnswer::Sent(d)) if f.deadlines[2].is_some_and(|(_, known)| known) => Some(d),
        _ => None,
    };
    // One rapid-review date is shown: from the notification once it has been sent, otherwise
    // the earlier one, from awareness.
    let from_notification_primary = sent.is_some() || aware.is_none();
    let cal = || {
        r(R26, "Working days are Monday to Friday, excluding England and Wales bank holidays; Day 0 is the anchor date.")
    };
    let mut out = Vec::new();
    for (k, slot) in DEADLINE_KINDS.iter().zip(f.deadlines.iter()) {
        let Some((applies, _)) = slot else { continue };
        let (anchor, anchor_date, wd, strength, primary, reasons) = match k {
            DeadlineKind::NotifyPanel => (
                AnchorKind::LaAwareDate,
                aware,
                Some(5),
                Strength::Must,
                true,
                vec![r(R09, "Notify the Panel within 5 working days of the local authority becoming aware of the incident (GOV.UK: \"You must do this within 5 working days\"; Working Together says \"should\")."), cal()],
            ),
            DeadlineKind::TellSafeguardingPartners => (
                AnchorKind::LaAwareDate,
                aware,
                Some(5),
                Strength::Should,
                true,
                vec![r(R09, "Report the incident to the local safeguarding partners (and those of other areas if appropriate) within 5 working days."), cal()],
            ),
            DeadlineKind::RapidReviewFromNotification => (
                AnchorKind::NotificationSentDate,
                sent,
                Some(15),
                Strength::Guidance,
                from_notification_primary,
                vec![rp(R14, "timing", "Rapid review within 15 working days of the date the notification was sent to the Panel (the primary date). This is a non-statutory expectation, seen in local procedures."), cal()],
            ),
            DeadlineKind::RapidReviewFromAwareness => (
                AnchorKind::LaAwareDate,
                aware,
                Some(15),
                Strength::Guidance,
                !from_notification_primary,
                vec![rp(R14, "timing", "Some local procedures count the 15 working days from the partners becoming aware of the incident: this is the earlier date to keep in view."), cal()],
            ),
            DeadlineKind::LocalReviewPublication => (
                AnchorKind::ReviewDecisionDate,
                None,
                None,
                Strength::Guidance,
                true,
                vec![
                    rp(R17, "six_months", "If a local review is commissioned, local procedures expect it to be completed and published within 6 months of the decision to initiate it. This is guidance, not a statutory limit."),
                    r(R17, "The partners must monitor the time taken and the quality of the review (regulation 14); the regulation sets no time limit."),
                ],
            ),
        };
        let due = match wd {
            Some(n) => due(anchor_date, n),
            None => Due::WithinMonths(6),
        };
        out.push(Deadline {
            kind: *k,
            applies: *applies,
            anchor,
            anchor_date,
            working_days: wd,
            due,
            primary,
            strength,
            reasons,
        });
    }
    out
}

/// The first thing the user must do, by when, and whom to contact (R08, R09, R11).
pub(super) fn first_action(
    f: &Findings,
    contact: ContactArea,
    deadlines: &[Deadline],
) -> FirstAction {
    let notify_by = || {
        deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::NotifyPanel)
            .map(|d| match d.due {
                Due::On(date) => ActionBy::On(date),
                _ => ActionBy::WorkingDaysFromAwareness(5),
            })
            .unwrap_or(ActionBy::WorkingDaysFromAwareness(5))
    };
    let (action, by, mut reasons) = match (f.asker, f.panel) {
        (None, _) => (
            ActionKind::AnswerRemainingQuestions,
            ActionBy::NoDeadline,
            vec![r(R11, "What you must do depends on who you are: only the local authority notifies the Panel.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::Required) => (
            ActionKind::NotifyPanel,
            notify_by(),
            vec![r(R08, "Every condition is met, so the local authority must notify the Panel."), r(R09, "Within 5 working days of becoming aware of the incident.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::NeedsJudgement) => (
            ActionKind::DecideWhetherToNotify,
            notify_by(),
            vec![r(R08, "A condition needs the local authority's judgement."), r(R11, "All three safeguarding partners should agree which incidents should be notified in their local area (Panel FAQ)."), r(R09, "If it notifies, within 5 working days of becoming aware.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::CannotTellYet) => (
            ActionKind::AnswerRemainingQuestions,
            notify_by(),
            vec![r(R09, "The 5 working days run from the date the local authority became aware, whether or not the answers are complete.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::NotRequired) => (
            ActionKind::RecordDecision,
            ActionBy::NoDeadline,
            vec![r(R08, "At least one condition is not met: no Panel notification.")],
        ),
        (Some(_), PanelKind::NotRequired) => (
            ActionKind::FollowOwnProcedures,
            ActionBy::NoDeadline,
            vec![rp(R11, "others", "Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a review.")],
        ),
        (Some(_), _) => (
            ActionKind::ReferToLocalAuthority,
            ActionBy::Today,
            vec![r(R11, "The responsibility to notify rests with the local authority of where the serious incident took place."), rp(R11, "others", "Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a review."), r(R09, "The local authority's 5 working days start when it becomes aware, so referring the same day gives it the most time (good practice: the guidance sets no time for others).")],
        ),
    };
    match &contact {
        ContactArea::ResidenceArea(_) if f.duty == DutyKind::Unknown => reasons.push(r(R11, "It is not known where it happened, so contact the local authority where the child normally lives: it can find out which authority holds the duty and pass it on.")),
        ContactArea::NotKnown => reasons.push(r(R11, "Neither where it happened nor where the child lives is known: contact your local council's children's social care, which will pass it on.")),
        _ => {}
    }
    FirstAction {
        action,
        by,
        contact,
        reasons,
    }
}

pub(super) fn next_steps(f: &Findings, contact: ContactArea, deadlines: &[Deadline]) -> NextSteps {
    // The steps after the first action (which is the outcome's headline, not repeated here).
    let first = first_action(f, contact, deadlines);
    let mut steps = Vec::new();
    let step = |text: Text, reasons: Vec<Reason>| Step { text, reasons };
    let lead = || {
        rp(
            R11,
            "others",
            "Agencies inform the safeguarding partners, through their own safeguarding leads.",
        )
    };
    match f.asker {
        Some(Asker::LocalAuthority) => match f.panel {
            PanelKind::Required => {
                steps.push(step("Notify the Panel through its online notification system: one notification per incident.".into(), vec![r(R10, "One notification per incident.")]));
                steps.push(step("Report the incident to your safeguarding partners (and other areas' partners where appropriate) within 5 working days.".into(), vec![r(R09, "Tell the safeguarding partners.")]));
                steps.push(step("Arrange the rapid review with your safeguarding partners and send a copy to the Panel.".into(), vec![r(R14, "A rapid review follows a notification.")]));
            }
            PanelKind::NeedsJudgement => {
                steps.push(step("Use the matters for judgement below. Record the decision and why, whichever way it goes.".into(), vec![r(R08, "The decision is the local authority's."), r(R11, "All three safeguarding partners should agree which incidents should be notified in their local area (Panel FAQ).")]));
            }
            PanelKind::CannotTellYet => {}
            PanelKind::NotRequired => {
                steps.push(step("Follow any other notifications listed.".into(), vec![r(R08, "At least one condition is not met, so no Panel notification; other processes may still apply.")]));
            }
        },
        Some(_) => {
            if f.panel == PanelKind::NotRequired {
                steps.push(step("Follow any other notifications listed. If you are worried about a child, refer to children's social care.".into(), vec![rp(R11, "others", "Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a review.")]));
            } else {
                steps.push(step("Only the local authority can notify the Panel. Say why you think it meets the criteria: \"Prepare a referral\" below helps.".into(), vec![r(R11, "The responsibility to notify rests with the local authority of where the serious incident took place."), rp(R11, "others", "Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a review.")]));
                steps.push(step("Record when and how you referred: the local authority's 5 working days start when it hears.".into(), vec![r(R09, "5 working days from the local authority becoming aware.")]));
                steps.push(step("If the local authority does not agree, discuss it with them and use the partnership's escalation procedure.".into(), vec![rp(R11, "others", "Agencies inform the safeguarding partners; how disagreement is resolved is for the partnership's own procedures.")]));
            }
            let role: Option<(&'static str, Reason)> = match f.asker {
                Some(Asker::Health) => Some(("Involve your organisation's named or designated safeguarding professional.", lead())),
                Some(Asker::Police) => Some(("Involve your force's safeguarding partner representative; a criminal investigation runs in parallel.", lead())),
                Some(Asker::Education) => Some(("Involve your designated safeguarding lead.", lead())),
                Some(Asker::EarlyYears) => Some(("Involve your designated safeguarding lead. A serious accident, injury or death in your setting must also be notified to Ofsted within 14 days, and to the local child protection agencies.", rp(R22, "early_years", "Early years providers notify Ofsted of a serious accident, injury or death within 14 days (EYFS, as reproduced)."))),
                Some(Asker::SocialCareProvider) => Some(("Involve your registered manager; your own regulatory notifications (for a children's home: Ofsted, the placing authority and others) also apply.", r(R22, "A children's home notifies Ofsted, the placing authority and others of a child's death without delay (regulation 40)."))),
                Some(Asker::VoluntarySector) => Some(("Involve your organisation's safeguarding lead.", lead())),
                _ => None,
            };
            if let Some((text, reason)) = role {
                steps.push(step(text.into(), vec![reason]));
            }
        }
        None => {
            steps.push(step("Say who you are (the local authority, or which other agency) so the next steps fit your role. Only the local authority notifies the Panel.".into(), vec![r(R11, "The duty to notify rests with the local authority.")]));
        }
    }
    let key_deadlines = if matches!(f.asker, None | Some(Asker::LocalAuthority)) {
        deadlines.iter().map(|d| d.kind).collect()
    } else {
        deadlines
            .iter()
            .map(|d| d.kind)
            .filter(|kind| *kind == DeadlineKind::NotifyPanel)
            .collect()
    };
    NextSteps {
        asker: f.asker,
        can_notify_panel: f.asker == Some(Asker::LocalAuthority),
        first,
        key_deadlines,
        steps,
    }
}
