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

/// R19: CA 2004 s16M(1): the child death review partners "must make arrangements for the
/// review of each death of a child normally resident in the area". Not stillbirths.
pub(super) fn r19_child_death_review(i: &Inputs) -> Applicability {
    applicability(all(&[death(i), a_child(i)]), Applicability::Applies)
}

/// What the child death review process asks, and why.
pub(super) fn child_death_review(residence: Option<&str>) -> (Text, Vec<Reason>) {
    (
        match residence {
            Some(n) => format!("The child death review partners for {n} (where the child normally lived) must review the death; those for the area where the child died may also review it.").into(),
            None => "The child death review partners for the area where the child normally lived must review the death; those for the area where the child died may also review it.".into(),
        },
        vec![r(R19, "Every child death, from any cause, is reviewed by the child death review partners (not stillbirths). It runs in parallel with any rapid review.")],
    )
}
