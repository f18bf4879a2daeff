//! The other nations and overseas (rules R23–R25; R03 for overseas).
//!
//! s16C(1)(b) reaches only a child "normally resident in the local authority's area" who is
//! harmed "outside England"; "'outside England' includes where the incidents occur in the
//! devolved Administrations as well as overseas" (Hansard, Lords, 18 October 2016). Where
//! the incident happened outside England, that place's own system applies as well:
//!
//! * Wales: the regional Safeguarding Children Board, a concise or extended Child Practice
//!   Review (Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015), through
//!   the Single Unified Safeguarding Review.
//! * Scotland: the Child Protection Committee, which decides on a Learning Review (national
//!   guidance 2021, updated 2024).
//! * Northern Ireland: SR 2012/324 reg 17(2): the Safeguarding Board "must undertake a case
//!   management review" where "(a) a child has died or been significantly harmed; (b) ...
//!   abuse or neglect of the child is known or suspected ...".

use super::inputs::*;
use super::*;

/// R23–R25 and overseas: the system where the incident happened, if outside England, when
/// the harm may meet that system's criteria (child, death/serious harm, abuse or neglect).
pub(super) fn r23_r25_route(i: &Inputs) -> Option<(RouteKind, Applicability, Option<WalesReview>)> {
    let kind = match i.incident? {
        PlaceIn::Wales => RouteKind::Wales,
        PlaceIn::Scotland => RouteKind::Scotland,
        PlaceIn::NorthernIreland => RouteKind::NorthernIreland,
        PlaceIn::Abroad => RouteKind::Overseas,
        _ => return None,
    };
    let applies = applicability(
        all(&[a_child(i), death_or_serious(i), abuse_tri(i)]),
        Applicability::Applies,
    );
    if applies == Applicability::NotApplicable {
        return None;
    }
    let wales = (kind == RouteKind::Wales).then(|| match (yns(i.looked_after), yns(i.cp_plan)) {
        (Tri::Yes, _) | (_, Tri::Yes) => WalesReview::Extended,
        (Tri::No, Tri::No) => WalesReview::Concise,
        _ => WalesReview::Undetermined,
    });
    Some((kind, applies, wales))
}

pub(super) fn routes(f: &Findings, duty_la: Option<&str>) -> Vec<Route> {
    let Some((kind, applies, wales)) = f.route else {
        return Vec::new();
    };
    let also = match duty_la {
        Some(n) => format!(" This is in addition to the Panel notification by {n}."),
        None => String::new(),
    };
    let (action, reasons) = match kind {
        RouteKind::Wales => (
            format!("Refer to the regional Safeguarding Children Board for the area in Wales, which may undertake a Child Practice Review through the Single Unified Safeguarding Review process.{also}"),
            vec![r(R23, match wales {
                Some(WalesReview::Concise) => "Concise Child Practice Review criteria: the child was neither on the child protection register nor looked after in the 6 months before (check the 6-month period).",
                Some(WalesReview::Extended) => "Extended Child Practice Review criteria: the child was on the child protection register and/or looked after in the 6 months before.",
                _ => "Concise or extended Child Practice Review depends on whether the child was on the child protection register or looked after in the 6 months before.",
            })],
        ),
        RouteKind::Scotland => (
            format!("Notify the Child Protection Committee for the area in Scotland, which decides whether to hold a Learning Review.{also}"),
            vec![r(R24, "The incident happened in Scotland.")],
        ),
        RouteKind::NorthernIreland => (
            format!("Refer through the relevant member agency to the Safeguarding Board for Northern Ireland, which considers a Case Management Review.{also}"),
            vec![r(R25, "The incident happened in Northern Ireland.")],
        ),
        RouteKind::Overseas => (
            format!("The authorities of the country where it happened have their own processes; liaise with them (for example through the police and consular channels).{also}"),
            vec![if f.duty == DutyKind::Residence {
                r(R02, "The incident happened outside the UK: no UK review system applies there, and the local authority where the child normally lives, in England, holds the duty.")
            } else {
                r(R03, "The incident happened outside the UK: no UK review system applies there; an English local authority's duty arises only if the child normally lives in its area.")
            }],
        ),
    };
    vec![Route {
        kind,
        applies,
        action: action.into(),
        wales_review: wales,
        reasons,
    }]
}
