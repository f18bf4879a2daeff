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

/// R22 (LADO): an allegation that a person working with children has harmed a child goes to
/// the Local Authority Designated Officer.
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
        Applicability::Applies,
    )
}

/// What the provider's own notifications are, and why.
pub(super) fn provider_notifications() -> (Text, Vec<Reason>) {
    (
        "The provider of the setting makes its own regulatory notifications (e.g. children's homes: Ofsted, the placing authority and others; early years: Ofsted within 14 days; secure settings: also the Prisons and Probation Ombudsman). These are separate from, and do not replace, the Panel notification.".into(),
        vec![r(R22, "The incident happened in a regulated setting.")],
    )
}

/// What the LADO referral asks, and why.
pub(super) fn lado_referral() -> (Text, Vec<Reason>) {
    (
        "Refer the allegation against the person working with children to the Local Authority Designated Officer (LADO).".into(),
        vec![r(R22, "A person working with children is suspected of harming a child.")],
    )
}
