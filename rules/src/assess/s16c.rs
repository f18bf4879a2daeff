//! Children Act 2004, section 16C: the duty to notify the Panel (rules R01–R08).
//!
//! The text encoded here, s16C(1) (as reproduced by four independent copies and the DfE
//! methodology page):
//!
//! > "Where a local authority in England knows or suspects that a child has been abused or
//! > neglected, the local authority must notify the Child Safeguarding Practice Review Panel
//! > if— (a) the child dies or is seriously harmed in the local authority's area, or (b) while
//! > normally resident in the local authority's area, the child dies or is seriously harmed
//! > outside England."
//!
//! and, for "child", Children Act 2004 s65(1): "'child' means, subject to section 9, a person
//! under the age of eighteen". Each condition has its function beside the words it encodes;
//! [`r08_panel`] joins them.

use super::inputs::*;
use super::*;

/// R01–R03, the place test of s16C(1): "(a) the child dies or is seriously harmed in the
/// local authority's area, or (b) while normally resident in the local authority's area,
/// the child dies or is seriously harmed outside England." Harm in England → the incident
/// LA (R01, Panel FAQ); outside England (Wales, Scotland, NI, overseas — Hansard 18 Oct
/// 2016) → the residence LA if English (R02); otherwise no English duty (R03).
pub(super) fn r01_r03_place(i: &Inputs) -> (Gate, DutyKind) {
    match i.incident {
        None => (Gate::NotAnswered, DutyKind::Unknown),
        Some(PlaceIn::English(_)) => (Gate::Met, DutyKind::Incident),
        Some(PlaceIn::Unknown) => (Gate::NeedsJudgement, DutyKind::Unknown),
        Some(_) => match i.residence {
            None => (Gate::NotAnswered, DutyKind::Unknown),
            Some(PlaceIn::English(_)) => (Gate::Met, DutyKind::Residence),
            Some(PlaceIn::Unknown) => (Gate::NeedsJudgement, DutyKind::Unknown),
            Some(_) => (Gate::NotMet, DutyKind::NoEnglish),
        },
    }
}

/// R04: CA 2004 s65(1) "'child' means ... a person under the age of eighteen"; a person
/// attains an age at the start of the birthday (FLRA 1969 s9). 29 February births on the
/// debated day, "not sure" ages and inconsistent dates are for judgement.
pub(super) fn r04_age(i: &Inputs) -> Gate {
    match i.age {
        AgeInfo::Band(b) if b.is_minor() => Gate::Met,
        AgeInfo::Band(_) => Gate::NotMet,
        AgeInfo::Ambiguous29Feb | AgeInfo::NotSure | AgeInfo::BeforeBirth => Gate::NeedsJudgement,
        AgeInfo::Unanswered => Gate::NotAnswered,
    }
}

/// R05 applies only where the child may be a newborn who has died, and the dates do not
/// already show a live birth: a date of birth before the date of the death means the baby
/// was born alive, so the question is not asked.
pub(super) fn r05_born_alive_considered(i: &Inputs) -> bool {
    matches!(
        i.age,
        AgeInfo::Band(AgeBand::Under1) | AgeInfo::NotSure | AgeInfo::Unanswered
    ) && matches!(i.event, None | Some(Event::Death))
        && !i.born_before
}

/// R05 shown as settled by the dates: a baby under 1 whose date of birth is before the date
/// of the death.
fn r05_born_alive_from_dates(i: &Inputs) -> bool {
    i.born_before
        && i.age == AgeInfo::Band(AgeBand::Under1)
        && matches!(i.event, None | Some(Event::Death))
}

/// R05: a stillbirth is not the death of a child ("where there has not been an independent
/// life, there has not legally been a death" — SUDI guidelines as quoted; BDRA 1953 s41).
/// Born alive → a child; unclear → the local authority decides.
pub(super) fn r05_born_alive(i: &Inputs) -> Gate {
    if !r05_born_alive_considered(i) {
        return Gate::Met;
    }
    match i.born_alive {
        Some(YesNoNotSure::Yes) => Gate::Met,
        Some(YesNoNotSure::No) => Gate::NotMet,
        Some(YesNoNotSure::NotSure) => Gate::NeedsJudgement,
        None => Gate::NotAnswered,
    }
}

pub(super) fn stillborn(i: &Inputs) -> bool {
    r05_born_alive_considered(i) && i.born_alive == Some(YesNoNotSure::No)
}

/// R06: s16C(1) "knows or suspects that a child has been abused or neglected". Known and
/// suspected are the same.
pub(super) fn r06_abuse(i: &Inputs) -> Gate {
    match i.abuse {
        Some(AbuseOrNeglect::Known | AbuseOrNeglect::Suspected) => Gate::Met,
        Some(AbuseOrNeglect::NotSuspected) => Gate::NotMet,
        Some(AbuseOrNeglect::NotSure) => Gate::NeedsJudgement,
        None => Gate::NotAnswered,
    }
}

/// R07: "the child dies (including suspected suicide) or is seriously harmed" (s16C(1);
/// GOV.UK 2018). Serious harm is a judgement (WT2023 Ch.5).
pub(super) fn r07_event(i: &Inputs) -> Gate {
    match i.event {
        Some(Event::Death | Event::SuspectedSuicide | Event::SeriousHarm) => Gate::Met,
        Some(Event::HarmNotSerious) => Gate::NotMet,
        Some(Event::NotSure) => Gate::NeedsJudgement,
        None => Gate::NotAnswered,
    }
}

/// Conjunction of s16C conditions: NotMet beats NotAnswered beats NeedsJudgement beats Met.
pub(super) fn conjunction(gates: &[Gate]) -> Gate {
    fn rank(g: Gate) -> u8 {
        match g {
            Gate::Met => 0,
            Gate::NeedsJudgement => 1,
            Gate::NotAnswered => 2,
            Gate::NotMet => 3,
        }
    }
    gates.iter().copied().fold(
        Gate::Met,
        |acc, g| if rank(g) > rank(acc) { g } else { acc },
    )
}

/// R08: all conditions met → the LA must notify the Panel. A definitely unmet condition →
/// not required; otherwise unanswered → cannot tell yet; otherwise judgement.
pub(super) fn r08_panel(gates: &[Gate]) -> PanelKind {
    match conjunction(gates) {
        Gate::Met => PanelKind::Required,
        Gate::NotMet => PanelKind::NotRequired,
        Gate::NeedsJudgement => PanelKind::NeedsJudgement,
        Gate::NotAnswered => PanelKind::CannotTellYet,
    }
}

pub(super) fn a_child(i: &Inputs) -> Tri {
    gate_tri(conjunction(&[r04_age(i), r05_born_alive(i)]))
}

// --- What the user reads about each condition --------------------------------------------

pub(super) fn place_reasons(i: &Inputs, f: &Findings) -> Vec<Reason> {
    match (f.duty, i.incident, i.residence) {
        (DutyKind::Incident, Some(p), _) => vec![r(
            R01,
            format!(
                "The incident happened in {}, in England, so that local authority holds the duty to notify, wherever the child normally lives.",
                p.describe()
            ),
        )],
        (DutyKind::Residence, Some(p), Some(res)) => vec![r(
            R02,
            format!(
                "The incident happened outside England ({}) and the child normally lives in {}, so {} holds the duty.",
                p.describe(),
                res.describe(),
                res.describe()
            ),
        )],
        (DutyKind::NoEnglish, Some(p), Some(res)) => vec![r(
            R03,
            format!(
                "The incident happened outside England ({}) and the child does not normally live in England ({}): no English local authority has the s16C duty.",
                p.describe(),
                res.describe()
            ),
        )],
        (_, None, _) => vec![r(
            R01,
            "Where the incident happened is not answered yet; it decides which local authority holds the duty.",
        )],
        (_, Some(PlaceIn::Unknown), _) => vec![
            r(R01, "Where the incident happened is not known. If it was in England, the local authority for that area holds the duty."),
            r(R02, "If it was outside England, the local authority where the child normally lives holds the duty, if that is in England."),
        ],
        (_, Some(_), None) => vec![r(
            R02,
            "The incident happened outside England, so the duty depends on where the child normally lives, which is not answered yet.",
        )],
        (_, Some(_), Some(_)) => vec![r(
            R02,
            "The incident happened outside England and it is not known where the child normally lives: if in England, that local authority holds the duty.",
        )],
    }
}

pub(super) fn child_reasons(i: &Inputs) -> Vec<Reason> {
    let mut out = Vec::new();
    match i.age {
        AgeInfo::Band(b) if b.is_minor() => out.push(r(R04, "The child was under 18 on the incident date.")),
        AgeInfo::Band(b) => {
            out.push(r(
                R04,
                "The person was 18 or over on the incident date, so was not a child: s16C does not apply.",
            ));
            if b == AgeBand::Eighteen {
                out.push(rp(
                    R04,
                    "birthday",
                    "A person attains an age at the start of their birthday, so harm on the 18th birthday is harm to an adult.",
                ));
            }
        }
        AgeInfo::Ambiguous29Feb => out.push(rp(
            R04,
            "birthday",
            "Born on 29 February and harmed on 28 February of the year they turned 18: whether they were already 18 is legally debated. The local authority must decide.",
        )),
        AgeInfo::NotSure => out.push(r(
            R04,
            "The person's age on the incident date is not known. A child is a person under 18; the local authority must decide.",
        )),
        AgeInfo::BeforeBirth => out.push(r(
            R04,
            "The incident date is before the date of birth. Check the dates: harm before birth is not harm to a child unless the baby was born alive and then harmed.",
        )),
        AgeInfo::Unanswered => out.push(r(
            R04,
            if i.dob_given {
                "The incident date is needed to tell whether the child was under 18 on that date."
            } else {
                "The child's age (date of birth, or age in years) is not answered yet."
            },
        )),
    }
    if r05_born_alive_from_dates(i) {
        out.push(r(
            R05,
            "The date of birth is before the date of the death, so the baby was born alive and is a child.",
        ));
    }
    if r05_born_alive_considered(i) {
        out.push(r(
            R05,
            match i.born_alive {
                Some(YesNoNotSure::Yes) => "The baby was born alive, so is a child.",
                Some(YesNoNotSure::No) => "A stillborn baby has not had an independent life: this is not the death of a child for s16C, and no child death review is required.",
                Some(YesNoNotSure::NotSure) => "It is not clear whether the baby was born alive: treat as a possible child death for the local authority to decide.",
                None => "Whether the baby was born alive is not answered yet.",
            },
        ));
    }
    out
}

pub(super) fn abuse_reason(i: &Inputs) -> Reason {
    r(
        R06,
        match i.abuse {
            Some(AbuseOrNeglect::Known) => "Abuse or neglect is known. (Known and suspected lead to the same outcome.)",
            Some(AbuseOrNeglect::Suspected) => "Abuse or neglect is suspected. Suspicion is enough: the local authority does not wait for proof, test results or a criminal outcome.",
            Some(AbuseOrNeglect::NotSuspected) => "Abuse or neglect is not known or suspected, so s16C does not apply. If a suspicion arises later, the 5-working-day clock starts from the date the local authority becomes aware of it.",
            Some(AbuseOrNeglect::NotSure) => "Whether abuse or neglect is suspected is not settled. Suspicion is enough; the local authority must decide.",
            None => "Whether abuse or neglect is known or suspected is not answered yet.",
        },
    )
}

pub(super) fn event_reasons(i: &Inputs) -> Vec<Reason> {
    let main = |s: &'static str| vec![r(R07, s)];
    match i.event {
        Some(Event::Death) => main("The child died."),
        Some(Event::SuspectedSuicide) => main("The child died; a suspected suicide is a death for this purpose."),
        Some(Event::SeriousHarm) => vec![
            r(R07, "The child was seriously harmed. Serious harm includes serious or long-term impairment of mental health or development, and also covers impairment of physical health."),
            rp(R07, "judgement", "Even if the child recovers, serious harm may still have occurred."),
        ],
        Some(Event::HarmNotSerious) => main("The harm is not serious, so s16C does not apply."),
        Some(Event::NotSure) => vec![rp(R07, "judgement", "Whether the harm is serious is a judgement: consider whether long-term impairment is likely, even if not yet certain; even if the child recovers, serious harm may have occurred.")],
        None => main("What happened to the child is not answered yet."),
    }
}

pub(super) fn status_reason(f: &Findings, duty_la: Option<&str>) -> Reason {
    let who = duty_la.unwrap_or("the local authority");
    match f.panel {
        PanelKind::Required => r(
            R08,
            format!("All the conditions of s16C(1) are met: {who} must notify the Child Safeguarding Practice Review Panel."),
        ),
        PanelKind::NotRequired => r(
            R08,
            "At least one condition of s16C(1) is not met, so no Panel notification is required on these answers.",
        ),
        PanelKind::NeedsJudgement => r(
            R08,
            format!("No condition is ruled out, but at least one needs judgement: {who} must decide, with its safeguarding partners, whether to notify the Panel."),
        ),
        PanelKind::CannotTellYet => r(
            R08,
            "The answers so far cannot decide whether a Panel notification is required.",
        ),
    }
}
