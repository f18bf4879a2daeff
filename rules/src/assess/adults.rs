//! Reviews for people aged 16 and over: the Domestic Violence, Crime and Victims Act 2004 s9
//! (rule R20) and the Care Act 2014 s44 (rule R21).
//!
//! DVCVA 2004 s9 (as summarised in the Home Office draft statutory guidance, 2024): a review
//! of the death of "a person aged 16 or over" that has, or appears to have, resulted from
//! domestic abuse.
//!
//! > Care Act 2014 s44(1): "An SAB must arrange for there to be a review of a case involving
//! > an adult in its area with needs for care and support (whether or not the local authority
//! > has been meeting any of those needs) if— (a) there is reasonable cause for concern about
//! > how the SAB, members of it or other persons with relevant functions worked together to
//! > safeguard the adult, and (b) condition 1 or 2 is met."

use super::inputs::*;
use super::*;

/// R20: DVCVA 2004 s9: review of the death of "a person aged 16 or over" that has, or
/// appears to have, resulted from domestic abuse. A prompt: the relationship is not asked.
pub(super) fn r20_dardr(i: &Inputs) -> Applicability {
    let domestic = match i.suspected {
        Some(
            SuspectedPerson::ParentOrCarer
            | SuspectedPerson::OtherAdult
            | SuspectedPerson::AnotherChild
            | SuspectedPerson::Unknown,
        ) => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    };
    applicability(
        all(&[death(i), aged_16_plus(i), abuse_tri(i), domestic]),
        Applicability::Consider,
    )
}

/// R21: Care Act 2014 s44: an adult with needs for care and support, abuse or neglect known
/// or suspected, concern about how agencies worked together → Safeguarding Adults Review.
/// A prompt: care and support needs are not asked.
pub(super) fn r21_sar(i: &Inputs) -> Applicability {
    applicability(
        all(&[adult(i), death_or_serious(i), abuse_tri(i)]),
        Applicability::Consider,
    )
}

/// What the domestic abuse related death review asks, and why.
pub(super) fn domestic_abuse_related_death_review() -> (Text, Vec<Reason>) {
    (
        "If the death appears to have resulted from domestic abuse (by a partner, ex-partner or family or household member), tell the Community Safety Partnership, which considers a Domestic Homicide Review / Domestic Abuse Related Death Review; consider a joint review with any local child safeguarding practice review.".into(),
        vec![r(R20, "A person aged 16 or over has died and abuse is known, suspected or not ruled out: a domestic abuse related death review may apply.")],
    )
}

/// What the Safeguarding Adults Review asks, and why.
pub(super) fn safeguarding_adults_review() -> (Text, Vec<Reason>) {
    (
        "Refer to the Safeguarding Adults Board: if the person has needs for care and support, abuse or neglect is known or suspected and there is reasonable cause for concern about how agencies worked together, a Safeguarding Adults Review must be arranged (adult safeguarding enquiries also apply).".into(),
        vec![r(R21, "The person was 18 or over: adult safeguarding, not the Panel, is the route.")],
    )
}
