//! Judgement prompts: where the sources leave a decision to the local authority and its
//! partners, or where the answers point at something the rules cannot decide. A prompt
//! never decides; it says what to consider and why, citing the rule it rests on.

use super::inputs::*;
use super::*;

/// A baby's death or serious harm (not a stillbirth): the parent may be a child too.
pub(super) fn parent_may_be_a_child(i: &Inputs) -> bool {
    i.age == AgeInfo::Band(AgeBand::Under1) && death_or_serious(i) != Tri::No && !stillborn(i)
}

pub(super) fn prompts(f: &Findings) -> Vec<JudgementPrompt> {
    let mut out = Vec::new();
    for (bit, kind) in PROMPT_KINDS.iter().enumerate() {
        if f.prompts & (1 << bit) == 0 {
            continue;
        }
        let (text, reasons): (&'static str, Vec<Reason>) = match kind {
            PromptKind::AgeNotSure => ("Establish the person's date of birth: s16C applies only to a child (under 18) on the incident date.", vec![r(R04, "A child is a person under 18.")]),
            PromptKind::Born29February => ("Born on 29 February: in a non-leap year it is debated whether the 18th birthday is 28 February or 1 March. Decide, and consider consulting the Panel.", vec![rp(R04, "birthday", "Attaining an age on a 29 February birthday is legally debatable (Pollard 2020).")]),
            PromptKind::AgeInYearsNear18 => ("The age was given only in years and is close to 18: confirm the date of birth, because the day of the 18th birthday decides whether this is a child.", vec![rp(R04, "birthday", "A child if the incident was before the 18th birthday: a person attains an age at the start of the birthday.")]),
            PromptKind::StraddlingEighteenthBirthday => ("Aged 18 on the incident date. If the abuse was a course of conduct that began before 18, or the harm was sustained before 18, no source settles whether s16C applies: the local authority and partners should decide, and may consult the Panel. A joint review with a Safeguarding Adults Review may be appropriate.", vec![r(R04, "Straddling cases are not resolved by any source found.")]),
            PromptKind::DatesInconsistent => ("The incident date is before the date of birth: check both dates.", vec![r(R04, "The age on the incident date cannot be worked out.")]),
            PromptKind::BornAliveNotSure => ("Establish whether the baby was born alive (showed signs of life). If so, this is a child death; if not, it is a stillbirth. Until then, treat it as a possible child death for the local authority to decide.", vec![r(R05, "Unclear whether born alive.")]),
            PromptKind::StillbirthSiblingsAndMother => ("A stillbirth is not a child death, but consider the other children in the household (child protection enquiries; exposure to domestic abuse can be harm) and the mother. If she is under 18 she is herself a child: consider whether she has been abused (for example a concealed pregnancy or sexual exploitation), safeguarding action for her now, and whether the s16C criteria are met for her. If she is an adult, consider the police and adult safeguarding. If she dies and is 16 or over, a domestic abuse related death review may apply.", vec![r(R05, "Harm to a pregnant woman is not itself a s16C event for the baby."), r(R04, "A mother under eighteen is a child."), r(R20, "If the mother dies from domestic abuse, a domestic abuse related death review applies (aged 16 or over).")]),
            PromptKind::SeriousHarmNotSure => ("Decide whether the harm is serious: serious harm includes serious or long-term impairment of the child's mental or physical health or development; use judgement where long-term impairment is likely even if not yet certain; recovery does not mean serious harm did not occur.", vec![rp(R07, "judgement", "Serious harm is a judgement: likely long-term impairment counts even if not yet certain, and recovery does not rule it out.")]),
            PromptKind::AbuseOrNeglectNotSure => ("Decide whether abuse or neglect is suspected. Suspicion is enough; it includes harm by other children, exploitation, online abuse and failures of care.", vec![r(R06, "Knows or suspects."), rp(R06, "includes", "Abuse includes harm by another child, extra-familial and online abuse.")]),
            PromptKind::DeathWithoutSuspicion => ("No abuse or neglect is suspected. If the family is known to children's social care because of a recent incident or current concern about abuse or neglect (for example a suicide or unexplained death), consider the incident as serious. If a suspicion arises later, the 5 working days run from when the local authority becomes aware of it.", vec![rp(R06, "known_family", "Panel guidance as reproduced by Tees: consider the incident as serious where the family is known.")]),
            PromptKind::HarmByAnotherChild => ("Harm by another child is abuse. Consider that child's welfare too: they may themselves have been abused or neglected.", vec![rp(R06, "includes", "Children may be abused by another child or children.")]),
            PromptKind::IncidentPlaceUnknown => ("Establish where the incident happened: it decides which local authority holds the duty (the area where it happened if in England; otherwise where the child lives).", vec![r(R01, "Incident area."), r(R02, "Residence area if outside England.")]),
            PromptKind::ResidenceUnknown => ("The incident happened outside England: establish where the child normally lives. If in England, that local authority must notify the Panel.", vec![r(R02, "Residence area if outside England.")]),
            PromptKind::CrossBorderRapidReviewLead => ("The harm happened outside England. The Panel FAQ speaks of the area where the incident took place; for cross-border cases, the notifying local authority's partners lead the rapid review, coordinating with the system where it happened. Agree this with them.", vec![r(R14, "Cross-border rapid review lead is not addressed by the Panel FAQ.")]),
            PromptKind::ParentMayBeAChild => ("The baby's mother (or father) may herself be a child: for example a concealed pregnancy at 14 to 17, or sexual exploitation by an adult. If so, she may need safeguarding action now, and whether she has been abused or neglected and seriously harmed is a separate s16C consideration for her.", vec![r(R04, "A parent under eighteen is a child."), r(R06, "Abuse of the parent, known or suspected, is a matter for her own consideration."), r(R08, "Each child who may have been abused and seriously harmed is considered under s16C.")]),
            PromptKind::LookedAfterChildTwoAuthorities => ("Two local authorities are involved: the local authority looking after the child notifies the Secretary of State and Ofsted of the death; the local authority for the area where it happened holds any s16C duty. They should liaise.", vec![r(R12, "Looked-after child death notification."), r(R01, "The incident area holds the s16C duty.")]),
        };
        out.push(JudgementPrompt {
            kind: *kind,
            text: text.into(),
            reasons,
        });
    }
    out
}
