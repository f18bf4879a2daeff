//! Children Act 2004, section 16M: child death review (rule R19).
//!
//! > s16M(1): "The child death review partners for a local authority area in England must
//! > make arrangements for the review of each death of a child normally resident in the
//! > area."
//! >
//! > s16M(2): they "may also, if they consider it appropriate, make arrangements for the
//! > review of a death in their area of a child not normally resident there."
//!
//! A stillborn baby is not a child who has died (rule R05), so no child death review.

use super::inputs::*;
use super::*;

/// Which English child death review duty s16M gives, for a child's death.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChildDeathReviewDuty {
    /// No child's death (or not a child): nothing to say.
    NotRelevant,
    /// s16M(1): the child normally lived in an English area, whose partners must review.
    Must,
    /// s16M(2): the child normally lived outside England and died in an English area, whose
    /// partners may review. Carries where the child lived.
    MayWhereDied(RouteKind),
    /// Lived outside England, and did not die in England (or where is not known: `true`): no
    /// English duty; that nation's (or country's) own arrangements apply.
    OtherNation(RouteKind, bool),
    /// Where the child normally lived is not known.
    Unknown,
}

fn nation(p: PlaceIn) -> Option<RouteKind> {
    match p {
        PlaceIn::Wales => Some(RouteKind::Wales),
        PlaceIn::Scotland => Some(RouteKind::Scotland),
        PlaceIn::NorthernIreland => Some(RouteKind::NorthernIreland),
        PlaceIn::Abroad => Some(RouteKind::Overseas),
        PlaceIn::English(_) | PlaceIn::Unknown => None,
    }
}

/// R19: s16M(1) "must" for the English area where the child normally lived; s16M(2) "may"
/// for the English area where a child who lived elsewhere died; nothing English for a
/// child who lived and died outside England. Not stillbirths (R05).
pub(super) fn r19_child_death_review(i: &Inputs) -> (Applicability, ChildDeathReviewDuty) {
    let applies = applicability(all(&[death(i), a_child(i)]), Applicability::Applies);
    if applies == Applicability::NotApplicable {
        return (applies, ChildDeathReviewDuty::NotRelevant);
    }
    let duty = match (i.residence, i.incident) {
        (Some(PlaceIn::English(_)), _) => ChildDeathReviewDuty::Must,
        (Some(r), Some(PlaceIn::English(_))) if nation(r).is_some() => {
            ChildDeathReviewDuty::MayWhereDied(nation(r).unwrap_or(RouteKind::Overseas))
        }
        (Some(r), incident) => match nation(r) {
            Some(n) => ChildDeathReviewDuty::OtherNation(
                n,
                !matches!(incident, Some(p) if nation(p).is_some()),
            ),
            None => ChildDeathReviewDuty::Unknown,
        },
        (None, _) => ChildDeathReviewDuty::Unknown,
    };
    let applies = match duty {
        // No English "must": shown for the user to consider, not as a duty.
        ChildDeathReviewDuty::MayWhereDied(_) | ChildDeathReviewDuty::OtherNation(..)
            if applies == Applicability::Applies =>
        {
            Applicability::Consider
        }
        _ => applies,
    };
    (applies, duty)
}

/// "Wales", "Scotland", "Northern Ireland", or "the country where the child lived".
fn nation_name(n: RouteKind) -> &'static str {
    match n {
        RouteKind::Wales => "Wales",
        RouteKind::Scotland => "Scotland",
        RouteKind::NorthernIreland => "Northern Ireland",
        RouteKind::Overseas => "the country where the child lived",
    }
}

/// What the child death review process asks, and why.
pub(super) fn child_death_review(
    duty: ChildDeathReviewDuty,
    residence: Option<&str>,
    incident: Option<&str>,
) -> (Text, Vec<Reason>) {
    let action: Text = match duty {
        ChildDeathReviewDuty::Must => match residence {
            Some(n) => format!("The child death review partners for {n} (where the child normally lived) must review the death; those for the area where the child died, if different, may also review it.").into(),
            None => "The child death review partners for the area where the child normally lived must review the death; those for the area where the child died, if different, may also review it.".into(),
        },
        ChildDeathReviewDuty::MayWhereDied(n) => {
            let died = incident.unwrap_or("the English area where the child died");
            format!("The child did not normally live in England, so no English area must review the death. The child death review partners for {died} may review it if they consider it appropriate; {} has its own child death review arrangements.", nation_name(n)).into()
        }
        ChildDeathReviewDuty::OtherNation(n, died_here_possible) => {
            let maybe = if died_here_possible {
                " If the child died in England, the child death review partners for that area may review it."
            } else {
                ""
            };
            format!("The child normally lived outside England: no English child death review is required; {} has its own child death review arrangements.{maybe}", nation_name(n)).into()
        }
        ChildDeathReviewDuty::Unknown | ChildDeathReviewDuty::NotRelevant => "If the child normally lived in England, the child death review partners for that area must review the death. If not, those for the English area where the child died may review it, and the home nation's own arrangements apply.".into(),
    };
    let sentence = match duty {
        ChildDeathReviewDuty::Must | ChildDeathReviewDuty::Unknown | ChildDeathReviewDuty::NotRelevant => "The child death review partners for an area in England must review the death of each child normally resident there, from any cause (not stillbirths). It runs in parallel with any rapid review.",
        ChildDeathReviewDuty::MayWhereDied(_) => "The duty to review falls on the English area where the child normally lived; the partners for an English area where a child who lived elsewhere died may review the death if they consider it appropriate.",
        ChildDeathReviewDuty::OtherNation(..) => "Section 16M puts the duty to review only on areas in England, for children normally resident there.",
    };
    (action, vec![r(R19, sentence)])
}
