//! Provider notifications and allegations against staff (rule R22).
//!
//! Children's Homes (England) Regulations 2015 reg 40: on a child's death the registered
//! person notifies Ofsted, the placing authority and others; early years providers notify
//! Ofsted of a serious injury or death (EYFS). An allegation that a person working with
//! children has harmed a child goes to the Local Authority Designated Officer. These are
//! independent of the Panel notification.

use super::inputs::*;
use super::*;

/// R22 (provider): regulated providers notify Ofsted and others of a death or serious harm
/// in their setting (Children's Homes Regs 2015 reg 40; EYFS 14 days), independent of R08.
pub(super) fn r22_provider(i: &Inputs) -> Applicability {
    let regulated = match i.setting {
        Some(s) if s.is_regulated() => Tri::Yes,
        Some(Setting::NotSure) | None => Tri::Unknown,
        Some(_) => Tri::No,
    };
    applicability(
        all(&[regulated, death_or_serious(i)]),
        Applicability::Applies,
    )
}

/// R22 (LADO): an allegation that a person working with children has harmed a child is
/// usually referred to the Local Authority Designated Officer. Its source (Keeping children
/// safe in education part 4; Working Together chapter 2) was not seen: [UNV], so it is only
/// ever something to consider, never a requirement.
pub(super) fn r22_lado(i: &Inputs) -> Applicability {
    let staff = match i.suspected {
        Some(SuspectedPerson::PersonWorkingWithChildren) => Tri::Yes,
        None => Tri::Unknown,
        Some(_) => Tri::No,
    };
    let not_adult = match adult(i) {
        Tri::Yes => Tri::No,
        Tri::No => Tri::Yes,
        Tri::Unknown => Tri::Unknown,
    };
    applicability(
        all(&[staff, abuse_tri(i), not_adult]),
        Applicability::Consider,
    )
}

/// What the provider's own notifications are, and why.
pub(super) fn provider_notifications() -> (Text, Vec<Reason>) {
    (
        "The provider of the setting makes its own notifications, separate from the Panel notification. A children's home, on a child's death, must notify without delay Ofsted, the placing authority, the Secretary of State (if not the placing authority), the host local authority and the integrated care board, and for a secure children's home the Prisons and Probation Ombudsman; other serious events are notified too. An early years provider notifies Ofsted of a serious accident, injury or death within 14 days, and the local child protection agencies; failing to notify without reasonable excuse is an offence.".into(),
        vec![
            r(R22, "The incident happened in a regulated setting: a children's home's notifications are set by regulation 40."),
            rp(R22, "early_years", "Early years providers' notifications: the EYFS framework, as reproduced."),
        ],
    )
}

/// What the LADO referral asks, and why.
pub(super) fn lado_referral() -> (Text, Vec<Reason>) {
    (
        "Consider referring the allegation against the person working with children to the Local Authority Designated Officer (LADO), as your partnership's procedures set out.".into(),
        vec![rp(R22, "lado", "A person working with children is suspected of harming a child. The source for the LADO referral was not seen: a prompt only.")],
    )
}
