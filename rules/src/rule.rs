//! The rule table: one row per rule R01–R26, giving its title, a plain-English statement
//! and its parts. A part is the piece of a rule that rests on one set of sources with one
//! confidence tag: a rule whose pieces were seen in sources of different standing is split
//! (R04: "under eighteen" is legislation, the birthday rule a secondary summary).
//!
//! Everything shown to users about a rule comes from this table; [`crate::Reason`]s are
//! built from it so that a citation lives in exactly one place. The sources themselves are
//! in [`crate::sources`].

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::sources::Confidence;
use crate::sources::SourceId::{self, *};
use crate::text::Text;

/// The rules of domain.md §10.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum RuleId {
    R01,
    R02,
    R03,
    R04,
    R05,
    R06,
    R07,
    R08,
    R09,
    R10,
    R11,
    R12,
    R13,
    R14,
    R15,
    R16,
    R17,
    R18,
    R19,
    R20,
    R21,
    R22,
    R23,
    R24,
    R25,
    R26,
}

/// A citation: a row of the sources table, with a finer pinpoint where the rule rests on
/// part of it (e.g. "section 16C(1)(b)") and the words of it the rule rests on, where they
/// differ from the row's quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The row of [`crate::sources::SOURCES`].
    pub source: SourceId,
    /// Replaces the row's pinpoint when the rule rests on part of it.
    pub pinpoint: Option<Text>,
    /// Replaces the row's quotation when the rule rests on other words of the same source
    /// (as seen; never paraphrased).
    pub quotation: Option<Text>,
}

const fn cite(source: SourceId) -> Citation {
    Citation {
        source,
        pinpoint: None,
        quotation: None,
    }
}

const fn at(source: SourceId, pinpoint: &'static str) -> Citation {
    Citation {
        source,
        pinpoint: Some(Cow::Borrowed(pinpoint)),
        quotation: None,
    }
}

const fn quoting(source: SourceId, quotation: &'static str) -> Citation {
    Citation {
        source,
        pinpoint: None,
        quotation: Some(Cow::Borrowed(quotation)),
    }
}

/// One part of a rule: what it says, the sources it rests on, and how well they were seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RulePart {
    /// The part's key within its rule ("main" for the first).
    pub key: &'static str,
    /// What this part says, in plain English.
    pub statement: &'static str,
    /// The sources it rests on.
    pub citations: &'static [Citation],
    /// How well its wording has been verified: the tag of the part, not of the whole rule.
    pub confidence: Confidence,
}

/// One row of the rule table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleInfo {
    /// The rule's identifier.
    pub id: RuleId,
    /// A short title.
    pub title: &'static str,
    /// What the rule says, in plain English.
    pub statement: &'static str,
    /// Its parts; the first ("main") is the rule's default.
    pub parts: &'static [RulePart],
}

impl RuleInfo {
    /// The part with this key, if the rule has one.
    pub fn part(&self, key: &str) -> Option<&'static RulePart> {
        self.parts.iter().find(|p| p.key == key)
    }

    /// The rule's main part.
    pub fn main(&self) -> &'static RulePart {
        &self.parts[0]
    }
}

impl RuleId {
    /// Every rule, in order.
    pub const ALL: [RuleId; 26] = [
        RuleId::R01,
        RuleId::R02,
        RuleId::R03,
        RuleId::R04,
        RuleId::R05,
        RuleId::R06,
        RuleId::R07,
        RuleId::R08,
        RuleId::R09,
        RuleId::R10,
        RuleId::R11,
        RuleId::R12,
        RuleId::R13,
        RuleId::R14,
        RuleId::R15,
        RuleId::R16,
        RuleId::R17,
        RuleId::R18,
        RuleId::R19,
        RuleId::R20,
        RuleId::R21,
        RuleId::R22,
        RuleId::R23,
        RuleId::R24,
        RuleId::R25,
        RuleId::R26,
    ];

    /// This rule's row of [`RULES`].
    pub fn info(self) -> &'static RuleInfo {
        &RULES[self as usize]
    }
}

/// The rule table, indexed by `RuleId as usize`.
pub static RULES: [RuleInfo; 26] = [
    RuleInfo {
        id: RuleId::R01,
        title: "Harm in England: the local authority for the area where it happened",
        statement: "If the child died or was seriously harmed in England, the local authority for the area where it happened holds the duty to notify the Panel, wherever the child normally lives.",
        parts: &[RulePart {
            key: "main",
            statement: "Harm in England: the local authority for the area where it happened.",
            citations: &[at(ChildrenAct2004S16C, "section 16C(1)(a)"), cite(PanelFaqs)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R02,
        title: "Harm outside England: the local authority where the child normally lives",
        statement: "If the child died or was seriously harmed outside England (Wales, Scotland, Northern Ireland or abroad) while normally resident in an English local authority's area, that local authority holds the duty.",
        parts: &[RulePart {
            key: "main",
            statement: "Harm outside England, including the other UK nations and abroad: the local authority where the child normally lives.",
            citations: &[at(ChildrenAct2004S16C, "section 16C(1)(b)"), cite(HansardLords18October2016)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R03,
        title: "Harm outside England to a child not resident in England: no English duty",
        statement: "If the harm happened outside England and the child is not normally resident in England, no English local authority has the s16C duty; the case goes to the local system where it happened (or to overseas authorities).",
        parts: &[RulePart {
            key: "main",
            statement: "Neither limb of s16C(1) applies.",
            citations: &[cite(ChildrenAct2004S16C)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R04,
        title: "A child is a person under 18 on the incident date",
        statement: "A child is a person under eighteen. A person attains an age at the start of the relevant birthday, so someone harmed on their 18th birthday is not a child; someone aged 17 years 364 days is. Births on 29 February and harm straddling the 18th birthday are flagged for judgement.",
        parts: &[
            RulePart {
                key: "main",
                statement: "A child is a person under eighteen.",
                citations: &[cite(ChildrenAct2004S65)],
                confidence: Confidence::VLeg,
            },
            RulePart {
                key: "birthday",
                statement: "A person attains an age at the start of the relevant birthday; a 29 February birthday in a non-leap year is debated.",
                citations: &[cite(FamilyLawReformAct1969S9), cite(AgeOfMajorityActNi1969S5)],
                confidence: Confidence::VSec,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R05,
        title: "A stillborn baby is not a child; a baby born alive is a child",
        statement: "A stillbirth or death in the womb is not the death of a child (there has been no independent life). A baby born alive who then dies or is seriously harmed is a child; a date of birth before the date of the death shows the baby was born alive. If it is unclear whether the baby was born alive, the local authority must decide.",
        parts: &[RulePart {
            key: "main",
            statement: "A stillborn baby has had no independent life; a baby born alive is a child.",
            citations: &[cite(BirthsAndDeathsRegistrationAct1953S41), cite(SudiGuidelines)],
            confidence: Confidence::VSec,
        }],
    },
    RuleInfo {
        id: RuleId::R06,
        title: "Abuse or neglect known or suspected",
        statement: "The local authority must know or suspect that the child has been abused or neglected. Suspicion is enough; known and suspected give the same outcome. Abuse includes harm by another child, extra-familial harm, online abuse and harm in institutions.",
        parts: &[
            RulePart {
                key: "main",
                statement: "The local authority knows or suspects that the child has been abused or neglected.",
                citations: &[
                    quoting(ChildrenAct2004S16C, "knows or suspects that a child has been abused or neglected"),
                ],
                confidence: Confidence::VGov,
            },
            RulePart {
                key: "includes",
                statement: "Abuse includes harm by another child, extra-familial and online abuse, and abuse in institutions.",
                citations: &[cite(WorkingTogether2023GlossaryAbuse)],
                confidence: Confidence::VSec,
            },
            RulePart {
                key: "known_family",
                statement: "Where the family is known to children's social care because of a recent incident or current concern about abuse or neglect, consider a suicide or unexplained death as serious.",
                citations: &[cite(PanelPracticeGuidance)],
                confidence: Confidence::VSec,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R07,
        title: "The child died (including suspected suicide) or was seriously harmed",
        statement: "The event must be the child's death (including suspected suicide) or serious harm. Serious harm includes serious or long-term impairment of mental or physical health or development; judge where long-term impairment is likely even if not yet certain; recovery does not rule it out.",
        parts: &[
            RulePart {
                key: "main",
                statement: "The child dies (including suspected suicide) or is seriously harmed; serious harm includes serious or long-term impairment of mental health or development, and also covers impairment of physical health.",
                citations: &[
                    cite(DfeSeriousIncidentNotificationStatistics),
                    quoting(GovUkReportASeriousChildSafeguardingIncident, "the child dies (including suspected suicide) or is seriously harmed"),
                ],
                confidence: Confidence::VGov,
            },
            RulePart {
                key: "judgement",
                statement: "Judge where long-term impairment is likely even if not yet certain; even if the child recovers, serious harm may have occurred.",
                citations: &[cite(WorkingTogether2023SeriousHarm)],
                confidence: Confidence::VSec,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R08,
        title: "Notify the Child Safeguarding Practice Review Panel",
        statement: "When the place test (R01/R02), the child test (R04, R05), abuse or neglect (R06) and death or serious harm (R07) are all met, the local authority must notify the Panel through the online notification system.",
        parts: &[RulePart {
            key: "main",
            statement: "The local authority must notify the Panel (duty in force from 29 June 2018).",
            citations: &[cite(ChildrenAct2004S16C)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R09,
        title: "Notify within 5 working days and tell the safeguarding partners",
        statement: "The notification is due within 5 working days of the local authority becoming aware of the incident. The local authority should also report it to the safeguarding partners in its area (and in other areas if appropriate) within 5 working days.",
        parts: &[RulePart {
            key: "main",
            statement: "Within 5 working days of becoming aware; tell the safeguarding partners (and other areas' where appropriate) within 5 working days.",
            citations: &[cite(GovUkReportASeriousChildSafeguardingIncident)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R10,
        title: "One notification per incident",
        statement: "Raise only one notification per incident even if more than one child is affected; the form takes details of up to 4 children, and details of any others go in the further-information text.",
        parts: &[RulePart {
            key: "main",
            statement: "One notification per incident; details of up to 4 children per incident (GOV.UK page before December 2025).",
            citations: &[quoting(GovUkReportASeriousChildSafeguardingIncident, "You must raise only 1 notification per incident, even if more than 1 child is affected. You can include: details of up to 4 children per incident; further information, including details of other children involved")],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R11,
        title: "Only the local authority notifies; others inform the safeguarding partners",
        statement: "The duty to notify the Panel rests with the local authority. Anyone else with functions relating to children should inform the safeguarding partners of any incident they think should be considered for a child safeguarding practice review.",
        parts: &[
            RulePart {
                key: "main",
                statement: "The responsibility to notify rests with the local authority of where the serious incident took place.",
                citations: &[cite(PanelFaqs)],
                confidence: Confidence::VGov,
            },
            RulePart {
                key: "others",
                statement: "Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a review.",
                citations: &[cite(WorkingTogether2023Notification)],
                confidence: Confidence::VSec,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R12,
        title: "Death of a looked-after child: notify the Secretary of State and Ofsted, and the parents",
        statement: "If a looked-after child dies, from any cause, the local authority looking after the child must notify the Secretary of State (and, by guidance, Ofsted, through the same online system), whether or not abuse or neglect is known or suspected, and, so far as reasonably practicable, the child's parents and everyone with parental responsibility. The Panel considers it only if abuse or neglect is known or suspected.",
        parts: &[
            RulePart {
                key: "main",
                statement: "Notify the Secretary of State of the death of a looked-after child; the Panel considers it only where abuse or neglect is known or suspected.",
                citations: &[
                    at(ChildrenAct1989Sch2Para20, "Schedule 2, paragraph 20(1)(a)"),
                    quoting(GovUkReportASeriousChildSafeguardingIncident, "The Panel will not consider the deaths of looked-after children where abuse or neglect is not known or suspected."),
                ],
                confidence: Confidence::VGov,
            },
            RulePart {
                key: "ofsted",
                statement: "Notify Ofsted too, through the same online system, whether or not abuse or neglect is known or suspected.",
                citations: &[cite(WorkingTogether2023DeathsInCare)],
                confidence: Confidence::VSec,
            },
            RulePart {
                key: "parents",
                statement: "So far as reasonably practicable, notify the child's parents and everyone who has parental responsibility (text as enacted).",
                citations: &[at(ChildrenAct1989Sch2Para20, "Schedule 2, paragraph 20(1)(b)")],
                confidence: Confidence::VLeg,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R13,
        title: "Death of a care leaver under 25: notify the Secretary of State and Ofsted",
        statement: "If a care leaver dies before their 25th birthday, the local authority should notify the Secretary of State and Ofsted, regardless of abuse or neglect. No rapid review or local review is required for that reason alone; if the care leaver was under 18 the s16C test must also be applied. No timescale for this notification was seen in any source.",
        parts: &[RulePart {
            key: "main",
            statement: "Notify the Secretary of State and Ofsted of the death of a care leaver before their 25th birthday (Working Together 2023 as reproduced; the December 2025 GOV.UK page is reported to cover care leavers but was not seen).",
            citations: &[cite(WorkingTogether2023DeathsInCare), cite(GovUkReportTheDeathOrSeriousHarm2025)],
            confidence: Confidence::VSec,
        }],
    },
    RuleInfo {
        id: RuleId::R14,
        title: "Rapid review after a notification",
        statement: "Once a Serious Incident Notification has been submitted, the safeguarding partners for the area where the incident happened carry out a rapid review (collaborating with the area where the child lives), aiming to complete it within 15 working days, and send a copy to the Panel.",
        parts: &[
            RulePart {
                key: "main",
                statement: "A rapid review is required once a notification is submitted, unless it is later found the criteria were not met; the notifying area collaborates with the area where the child lives.",
                citations: &[quoting(PanelFaqs, "Once a Serious Incident Notification has been submitted, a rapid review is required unless it is subsequently determined that the case does not meet the criteria")],
                confidence: Confidence::VGov,
            },
            RulePart {
                key: "timing",
                statement: "15 working days, counted by some from the notification and by others from the partners becoming aware: a non-statutory expectation.",
                citations: &[cite(RapidReviewLocalProcedures)],
                confidence: Confidence::VSec,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R15,
        title: "Deciding on a local child safeguarding practice review",
        statement: "The safeguarding partners decide whether to commission a local review, taking into account the criteria in regulation 11(a)–(d). Meeting them does not make a review automatic; the decision and its rationale are recorded and communicated.",
        parts: &[
            RulePart {
                key: "main",
                statement: "The criteria the safeguarding partners must take into account (regulation 11(a)–(d)).",
                citations: &[cite(Si2018789Reg11)],
                confidence: Confidence::VLeg,
            },
            RulePart {
                key: "decision",
                statement: "Meeting the criteria does not make a review automatic; record the decision and rationale and communicate it.",
                citations: &[cite(WorkingTogether2023LocalReview)],
                confidence: Confidence::VSec,
            },
            RulePart {
                key: "considerations",
                statement: "Further matters partners may weigh (single agency, no agency involvement, several areas, institutional settings): not seen in any copy of the guidance; prompts only.",
                citations: &[cite(WorkingTogether2026)],
                confidence: Confidence::Unv,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R16,
        title: "The Panel may commission a national review",
        statement: "The Panel identifies serious child safeguarding cases that are complex or of national importance and may arrange a national review, taking into account the regulation 3 criteria.",
        parts: &[RulePart {
            key: "main",
            statement: "National reviews of cases that are complex or of national importance.",
            citations: &[cite(ChildrenAct2004S16B), cite(Si2018789Reg3)],
            confidence: Confidence::VLeg,
        }],
    },
    RuleInfo {
        id: RuleId::R17,
        title: "Local review: monitoring, timescale and publication",
        statement: "If a local review is commissioned, the partners must monitor its time and quality (the regulations set no time limit); local procedures expect it to be completed and published within 6 months of the decision, and published unless inappropriate.",
        parts: &[
            RulePart {
                key: "main",
                statement: "The partners must monitor the time taken and the quality of a local review; the regulation sets no time limit.",
                citations: &[cite(Si2018789Reg14)],
                confidence: Confidence::VLeg,
            },
            RulePart {
                key: "six_months",
                statement: "Complete and publish within 6 months of the decision to initiate it, and publish unless inappropriate: guidance as reproduced locally, not a statutory limit.",
                citations: &[cite(LocalReviewTimingProcedures)],
                confidence: Confidence::VSec,
            },
            RulePart {
                key: "pre_publication",
                statement: "Sending the report to the Panel and the Secretary of State before publication: no timing was seen in any source; a prompt only.",
                citations: &[cite(WorkingTogether2026)],
                confidence: Confidence::Unv,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R18,
        title: "When the criteria are not met: local learning options",
        statement: "If the criteria for a notification are not met, partners may still choose another learning review, a single-agency review or audit, or a near-miss review. These are local and discretionary, never statutory outcomes.",
        parts: &[RulePart {
            key: "main",
            statement: "Local, discretionary learning reviews.",
            citations: &[cite(LocalLearningProcedures)],
            confidence: Confidence::VSec,
        }],
    },
    RuleInfo {
        id: RuleId::R19,
        title: "Child death review: a duty for the English area where the child normally lived",
        statement: "The child death review partners for an area in England must arrange a review of the death (any cause) of each child normally resident there; those for the English area where a child who lived elsewhere died may also review it. For a child who lived and died outside England, no English review is required: that nation's own arrangements apply. Not for stillbirths.",
        parts: &[RulePart {
            key: "main",
            statement: "Must: the English area where the child normally lived; may: the English area where a child not normally resident there died.",
            citations: &[cite(ChildrenAct2004S16M)],
            confidence: Confidence::VLeg,
        }],
    },
    RuleInfo {
        id: RuleId::R20,
        title: "Death of a person aged 16+ from domestic abuse: domestic abuse related death review",
        statement: "If a person aged 16 or over has died and the death appears to have resulted from domestic abuse, the Community Safety Partnership considers a Domestic Homicide Review (being renamed Domestic Abuse Related Death Review); consider a joint review with a local child safeguarding practice review if under 18.",
        parts: &[RulePart {
            key: "main",
            statement: "A review of the death of a person aged 16 or over that has, or appears to have, resulted from domestic abuse.",
            citations: &[cite(DomesticViolenceCrimeAndVictimsAct2004S9)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R21,
        title: "Adults 18+ with care and support needs: safeguarding adults review",
        statement: "For an adult (18 or over) with needs for care and support, where abuse or neglect is known or suspected and there is reasonable cause for concern about how agencies worked together, the Safeguarding Adults Board must arrange a Safeguarding Adults Review.",
        parts: &[RulePart {
            key: "main",
            statement: "A Safeguarding Adults Review.",
            citations: &[cite(CareAct2014S44)],
            confidence: Confidence::VLeg,
        }],
    },
    RuleInfo {
        id: RuleId::R22,
        title: "Regulated settings and people working with children: provider notifications and LADO",
        statement: "A children's home must, on a child's death, notify without delay Ofsted, the placing authority, the Secretary of State (if not the placing authority), the host local authority, the integrated care board and, for a secure children's home, the Prisons and Probation Ombudsman, and notify other serious events. Early years providers notify Ofsted (and local child protection agencies) of a serious accident, injury or death within 14 days. An allegation against a person working with children is usually referred to the Local Authority Designated Officer (LADO): the source was not seen. These are independent of the Panel notification.",
        parts: &[
            RulePart {
                key: "main",
                statement: "Children's homes: on a child's death, notify without delay Ofsted, the placing authority, the Secretary of State (if not the placing authority), the host local authority, the integrated care board and, for a secure children's home, the Prisons and Probation Ombudsman; other serious events too.",
                citations: &[cite(ChildrensHomesRegulations2015Reg40)],
                confidence: Confidence::VLeg,
            },
            RulePart {
                key: "early_years",
                statement: "Early years: notify Ofsted of a serious accident, injury or death within 14 days, and the local child protection agencies; failing to notify without reasonable excuse is an offence.",
                citations: &[cite(EarlyYearsFoundationStage)],
                confidence: Confidence::VSec,
            },
            RulePart {
                key: "lado",
                statement: "Allegations against a person working with children: the Local Authority Designated Officer. The source (Keeping children safe in education part 4; Working Together chapter 2) was not seen.",
                citations: &[cite(KeepingChildrenSafeInEducationPart4), cite(WorkingTogether2026)],
                confidence: Confidence::Unv,
            },
        ],
    },
    RuleInfo {
        id: RuleId::R23,
        title: "Incident in Wales: regional safeguarding board (Child Practice Review via SUSR)",
        statement: "If the incident happened in Wales, refer to the regional Safeguarding Children Board: a concise Child Practice Review if the child was neither on the child protection register nor looked after in the 6 months before, otherwise an extended review, through the Single Unified Safeguarding Review (since 1 October 2024).",
        parts: &[RulePart {
            key: "main",
            statement: "Concise or extended Child Practice Review by the regional Safeguarding Children Board (criteria as reproduced; the 2015 regulations and the SUSR guidance were not seen).",
            citations: &[cite(SafeguardingBoardsWalesRegulations2015), cite(SingleUnifiedSafeguardingReview)],
            confidence: Confidence::VSec,
        }],
    },
    RuleInfo {
        id: RuleId::R24,
        title: "Incident in Scotland: Child Protection Committee learning review",
        statement: "If the incident happened in Scotland, notify the local Child Protection Committee, which decides on a Learning Review.",
        parts: &[RulePart {
            key: "main",
            statement: "The Child Protection Committee decides on a Learning Review.",
            citations: &[cite(ScotlandLearningReviewGuidance)],
            confidence: Confidence::VGov,
        }],
    },
    RuleInfo {
        id: RuleId::R25,
        title: "Incident in Northern Ireland: SBNI case management review",
        statement: "If the incident happened in Northern Ireland, refer through the member agency to the Safeguarding Board for Northern Ireland, which must undertake a Case Management Review where the regulation 17 criteria are met.",
        parts: &[RulePart {
            key: "main",
            statement: "The Safeguarding Board for Northern Ireland must undertake a case management review where the criteria are met.",
            citations: &[cite(Sr2012324Reg17)],
            confidence: Confidence::VLeg,
        }],
    },
    RuleInfo {
        id: RuleId::R26,
        title: "Working days: Monday to Friday except England and Wales bank holidays",
        statement: "Deadlines count working days (Monday to Friday, excluding England and Wales bank holidays). Day 0 is the anchor date; the Nth working day after it is the last day.",
        parts: &[RulePart {
            key: "main",
            statement: "Working days exclude England and Wales bank holidays.",
            citations: &[cite(GovUkBankHolidays), cite(ChildrenAct1989S105)],
            confidence: Confidence::VGov,
        }],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    use crate::sources::{source, SourceStatus};

    /// How strong a tag is: legislation strongest, unverified weakest.
    fn strength(c: Confidence) -> u8 {
        match c {
            Confidence::VLeg => 3,
            Confidence::VGov => 2,
            Confidence::VSec => 1,
            Confidence::Unv => 0,
        }
    }

    /// Every part's tag is what its sources show: the weakest tag among the sources it cites
    /// that have been checked (a part resting on something stronger and something weaker is
    /// only as strong as the weaker). An [UNV] part cites only sources not reviewed or
    /// themselves [UNV].
    #[test]
    fn every_tag_is_the_weakest_of_its_checked_sources() {
        for info in RULES.iter() {
            for part in info.parts {
                let checked: Vec<Confidence> = part
                    .citations
                    .iter()
                    .map(|c| source(c.source))
                    .filter(|s| s.status != SourceStatus::PublishedNotReviewed)
                    .map(|s| s.confidence)
                    .collect();
                if part.confidence == Confidence::Unv {
                    assert!(
                        checked.iter().all(|c| *c == Confidence::Unv),
                        "{:?} {}: [UNV] but cites a checked source",
                        info.id,
                        part.key
                    );
                    continue;
                }
                let weakest = checked.iter().copied().min_by_key(|c| strength(*c));
                assert_eq!(
                    weakest,
                    Some(part.confidence),
                    "{:?} {}: tag differs from its sources",
                    info.id,
                    part.key
                );
            }
        }
    }

    #[test]
    fn table_is_indexed_by_id() {
        for (i, id) in RuleId::ALL.iter().enumerate() {
            assert_eq!(RULES[i].id, *id);
            assert_eq!(id.info().id, *id);
            assert!(!id.info().statement.is_empty());
            assert_eq!(id.info().main().key, "main");
            for part in id.info().parts {
                assert!(!part.citations.is_empty(), "{id:?} {}", part.key);
            }
        }
    }
}
