//! Children Act 1989, Schedule 2 paragraph 20, and care leavers (rules R12, R13).
//!
//! > Sch 2 para 20(1) (as enacted): "If a child who is being looked after by a local authority
//! > dies, the authority— (a) shall notify the Secretary of State".
//!
//! Working Together adds Ofsted and the same online system, "whether or not abuse or neglect
//! is known or suspected", and the death of a care leaver before their 25th birthday.

use super::inputs::*;
use super::*;

/// R12: CA 1989 Sch 2 para 20(1) (as enacted): "If a child who is being looked after by a
/// local authority dies, the authority— (a) shall notify the Secretary of State; (b) shall, so
/// far as is reasonably practicable, notify the child's parents and every person who is not a
/// parent of his but who has parental responsibility for him". Working Together: and
/// Ofsted, "whether or not abuse or neglect is known or suspected". No timescale was seen.
pub(super) fn r12_looked_after_death(i: &Inputs) -> Applicability {
    applicability(
        all(&[death(i), yns(i.looked_after), a_child(i)]),
        Applicability::Applies,
    )
}

/// Could be a care leaver under 25: care leavers left care after 16; the notification is
/// for deaths before the 25th birthday.
pub(super) fn care_leaver_age(i: &Inputs) -> Tri {
    match i.age {
        AgeInfo::Band(AgeBand::From16To17 | AgeBand::Eighteen | AgeBand::From19To24)
        | AgeInfo::Ambiguous29Feb => Tri::Yes,
        AgeInfo::Band(_) | AgeInfo::BeforeBirth => Tri::No,
        AgeInfo::NotSure | AgeInfo::Unanswered => Tri::Unknown,
    }
}

/// R13: Working Together 2023 (as reproduced): the death of a care leaver before their 25th
/// birthday → notify the Secretary of State and Ofsted, regardless of abuse or neglect. No
/// timescale was seen; the December 2025 GOV.UK page (not reviewed) is reported to cover it.
pub(super) fn r13_care_leaver_death(i: &Inputs) -> Applicability {
    applicability(
        all(&[death(i), yns(i.care_leaver), care_leaver_age(i)]),
        Applicability::Applies,
    )
}

/// What the looked-after child death notification asks, and why.
pub(super) fn looked_after_child_death() -> (Text, Vec<Reason>) {
    (
        "The local authority looking after the child must notify the Secretary of State and Ofsted of the death through the online notification system, whether or not abuse or neglect is known or suspected, and, so far as reasonably practicable, tell the child's parents and everyone who has parental responsibility for the child.".into(),
        vec![
            r(R12, "A looked-after child has died (any cause): the Secretary of State must be notified. The Panel considers the death only if abuse or neglect is known or suspected; DfE and Ofsted act on the others."),
            rp(R12, "ofsted", "Ofsted is notified too, through the same online system."),
            rp(R12, "parents", "The parents and everyone with parental responsibility are told, so far as reasonably practicable."),
        ],
    )
}

/// What the care leaver death notification asks, and why.
pub(super) fn care_leaver_death() -> (Text, Vec<Reason>) {
    (
        "The local authority should notify the Secretary of State and Ofsted of the care leaver's death (before their 25th birthday), regardless of abuse or neglect. No timescale for this was seen in any source: follow your partnership's procedures.".into(),
        vec![r(R13, "A care leaver has died before their 25th birthday. No rapid review or local review is required for that reason alone; if they were under 18, the s16C test applies as well (see the Panel notification). The December 2025 GOV.UK page, reported to cover care leavers, has not yet been reviewed.")],
    )
}
