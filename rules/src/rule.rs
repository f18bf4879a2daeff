//! The rule table: one row per rule R01–R26 (domain.md §10), giving its title, a
//! plain-English statement, the citation of the text it encodes and a confidence tag.
//!
//! Everything shown to users about a rule comes from this table; [`crate::Reason`]s are
//! built from it so that a citation lives in exactly one place.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How well the wording behind a rule has been checked (domain.md §0).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// [V-LEG] Wording verified from legislation.gov.uk (or an official consolidated text).
    VLeg,
    /// [V-GOV] Wording verified from a GOV.UK / gov.wales / gov.scot / Panel page.
    VGov,
    /// [V-SEC] Statutory guidance verified only as reproduced by a local safeguarding
    /// partnership or procedures site (secondary copy).
    VSec,
    /// [UNV] Not verified in any copy of a primary source. May only prompt a judgement;
    /// never decides anything.
    Unv,
}

impl Confidence {
    /// The tag as written in domain.md, e.g. `[V-LEG]`.
    pub fn tag(self) -> &'static str {
        match self {
            Confidence::VLeg => "[V-LEG]",
            Confidence::VGov => "[V-GOV]",
            Confidence::VSec => "[V-SEC]",
            Confidence::Unv => "[UNV]",
        }
    }
}

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

/// One row of the rule table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct RuleInfo {
    /// The rule's identifier.
    pub id: RuleId,
    /// A short title.
    pub title: &'static str,
    /// What the rule says, in plain English.
    pub statement: &'static str,
    /// The statute or guidance it encodes, with addresses where known.
    pub citation: &'static str,
    /// How well the wording has been verified.
    pub confidence: Confidence,
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
        citation: "Children Act 2004 s16C(1)(a) (as reproduced by the DfE 'Serious incident notifications' methodology, https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology); Child Safeguarding Practice Review Panel FAQs: \"The responsibility to notify rests with the local authority of where the serious incident took place\" (https://childsafeguarding.independent-panel.uk/about/faqs/)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R02,
        title: "Harm outside England: the local authority where the child normally lives",
        statement: "If the child died or was seriously harmed outside England (Wales, Scotland, Northern Ireland or abroad) while normally resident in an English local authority's area, that local authority holds the duty.",
        citation: "Children Act 2004 s16C(1)(b); Government minister, House of Lords Report stage, 18 October 2016: \"'outside England' includes where the incidents occur in the devolved Administrations as well as overseas\" (Hansard, via https://parallelparliament.co.uk/lord/baroness-wheeler/debate/2016-10-18/lords/lords-chamber/children-and-social-work-bill-hl-3)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R03,
        title: "Harm outside England to a child not resident in England: no English duty",
        statement: "If the harm happened outside England and the child is not normally resident in England, no English local authority has the s16C duty; the case goes to the local system where it happened (or to overseas authorities).",
        citation: "Children Act 2004 s16C(1)(a),(b) (neither limb applies)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R04,
        title: "A child is a person under 18 on the incident date",
        statement: "A child is a person under eighteen. A person attains an age at the start of the relevant birthday, so someone harmed on their 18th birthday is not a child; someone aged 17 years 364 days is. Births on 29 February and harm straddling the 18th birthday are flagged for judgement.",
        citation: "Children Act 2004 s65(1): \"'child' means, subject to section 9, a person under the age of eighteen\" (https://legislation.gov.uk/ukpga/2004/31/section/65); Family Law Reform Act 1969 s9 (time at which a person attains a particular age: the commencement of the relevant anniversary of the date of birth; E&W wording as summarised by D. Pollard, Trust Law International 34(1) 2020; NI equivalent Age of Majority Act (NI) 1969 s5(1) verified)",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R05,
        title: "A stillborn baby is not a child; a baby born alive is a child",
        statement: "A stillbirth or death in the womb is not the death of a child (there has been no independent life). A baby born alive who then dies or is seriously harmed is a child. If it is unclear whether the baby was born alive, the local authority must decide.",
        citation: "Births and Deaths Registration Act 1953 s41 as amended by the Stillbirth (Definition) Act 1992; multi-agency SUDI guidelines (as quoted in a secondary reproduction): \"where there has not been an independent life, there has not legally been a death\"",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R06,
        title: "Abuse or neglect known or suspected",
        statement: "The local authority must know or suspect that the child has been abused or neglected. Suspicion is enough; known and suspected give the same outcome. Abuse includes harm by another child, extra-familial harm, online abuse and harm in institutions.",
        citation: "Children Act 2004 s16C(1): \"knows or suspects that a child has been abused or neglected\"; Working Together to Safeguard Children 2023, glossary 'Abuse': \"Children may be abused by an adult or adults, or another child or children\" (as reproduced at https://workingtogetheronline.co.uk/chapter/glossary)",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R07,
        title: "The child died (including suspected suicide) or was seriously harmed",
        statement: "The event must be the child's death (including suspected suicide) or serious harm. Serious harm includes serious or long-term impairment of mental or physical health or development; judge where long-term impairment is likely even if not yet certain; recovery does not rule it out.",
        citation: "Working Together to Safeguard Children 2023, Ch.5 (definition of serious harm, as reproduced by Derbyshire, Tees and North Yorkshire procedures); GOV.UK 'Report a serious child safeguarding incident' (2018): \"the child dies (including suspected suicide) or is seriously harmed\" (https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident)",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R08,
        title: "Notify the Child Safeguarding Practice Review Panel",
        statement: "When the place test (R01/R02), the child test (R04, R05), abuse or neglect (R06) and death or serious harm (R07) are all met, the local authority must notify the Panel through the online notification system.",
        citation: "Children Act 2004 s16C(1): \"the local authority must notify the Child Safeguarding Practice Review Panel\" (duty in force from 29 June 2018)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R09,
        title: "Notify within 5 working days and tell the safeguarding partners",
        statement: "The notification is due within 5 working days of the local authority becoming aware of the incident. The local authority should also report it to the safeguarding partners in its area (and in other areas if appropriate) within 5 working days.",
        citation: "GOV.UK 'Report a serious child safeguarding incident': \"You must do this within 5 working days of becoming aware of the incident\" (https://gov.uk/guidance/report-a-serious-child-safeguarding-incident); Working Together (as reproduced by Wirral): \"The local authority should also report the event to the safeguarding partners in their area (and in other areas if appropriate) within five working days\"",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R10,
        title: "One notification per incident, up to 4 children",
        statement: "Raise only one notification per incident even if more than one child is affected; give details of up to 4 children, and details of any others in the further-information text.",
        citation: "GOV.UK 'Report a serious child safeguarding incident' (later version): \"You must raise only 1 notification per incident ... details of up to 4 children per incident\" (check the December 2025 update 'Report the death or serious harm of a child or care leaver')",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R11,
        title: "Only the local authority notifies; others refer without delay",
        statement: "The duty to notify the Panel rests with the local authority. Anyone else with functions relating to children should tell the safeguarding partners (through the local authority) about any incident they think should be considered for a review, without delay.",
        citation: "Working Together (as reproduced by Trafford and Wirral): \"The duty to notify events to the Panel rests with the local authority. Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a child safeguarding practice review.\"; Panel FAQs (https://childsafeguarding.independent-panel.uk/about/faqs/)",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R12,
        title: "Death of a looked-after child: notify the Secretary of State and Ofsted",
        statement: "If a looked-after child dies, from any cause, the local authority looking after the child must notify the Secretary of State and Ofsted (through the same online system), whether or not abuse or neglect is known or suspected. The Panel considers it only if abuse or neglect is known or suspected.",
        citation: "Children Act 1989 Sch.2 para 20(1) (as enacted: the authority \"shall notify the Secretary of State\"); Working Together (as reproduced by Wirral): notify the Secretary of State and Ofsted \"whether or not abuse or neglect is known or suspected\"; GOV.UK: \"The Panel will not consider the deaths of looked-after children where abuse or neglect is not known or suspected.\"",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R13,
        title: "Death of a care leaver under 25: notify the Secretary of State and Ofsted",
        statement: "If a care leaver dies before their 25th birthday, the local authority should notify the Secretary of State and Ofsted, regardless of abuse or neglect. No rapid review or local review is required for that reason alone; if the care leaver was under 18 the s16C test must also be applied.",
        citation: "Working Together to Safeguard Children 2023 (December 2023), as reproduced by North Yorkshire SCP ('Death of a care leaver' one-minute guide) and Slough Children First procedures",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R14,
        title: "Rapid review after a notification",
        statement: "Once a Serious Incident Notification has been submitted, the safeguarding partners for the area where the incident happened carry out a rapid review (collaborating with the area where the child lives), aiming to complete it within 15 working days, and send a copy to the Panel.",
        citation: "Panel FAQs: \"Once a Serious Incident Notification has been submitted, a rapid review is required unless it is subsequently determined that the case does not meet the criteria\"; 15 working days: Trafford (from partners becoming aware) and Cambridgeshire & Peterborough SCP (\"calculated from the date that the notification was sent to the Panel\"); a non-statutory expectation",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R15,
        title: "Deciding on a local child safeguarding practice review",
        statement: "The safeguarding partners decide whether to commission a local review, taking into account the criteria in regulation 11(a)–(d). Meeting them does not make a review automatic; the decision and its rationale are recorded and communicated.",
        citation: "Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789) reg 11 (https://www.legislation.gov.uk/uksi/2018/789/regulation/11/made); Working Together (as reproduced by Trafford): \"Meeting the criteria does not mean that safeguarding partners must automatically carry out a local child safeguarding practice review\"",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R16,
        title: "The Panel may commission a national review",
        statement: "The Panel identifies serious child safeguarding cases that are complex or of national importance and may arrange a national review, taking into account the regulation 3 criteria.",
        citation: "Children Act 2004 s16B(1) (https://www.legislation.gov.uk/ukpga/2004/31/section/16B); SI 2018/789 reg 3 (http://www.legislation.gov.uk/uksi/2018/789/made)",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R17,
        title: "Local review timescale and publication",
        statement: "If a local review is commissioned, the partners must monitor its time and quality; the expectation is to complete and publish within 6 months of the decision to initiate it, and to publish unless inappropriate.",
        citation: "SI 2018/789 reg 14 (monitoring, https://www.legislation.gov.uk/uksi/2018/789/regulation/14/made); 6 months: Trafford SP 2020 (\"publish within 6 months of initiation\") and CPS/NPCC CSPR protocol (https://cps.gov.uk/node/13469); publication: Calderdale SP paraphrasing Working Together",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R18,
        title: "When the criteria are not met: local learning options",
        statement: "If the criteria for a notification are not met, partners may still choose another learning review, a single-agency review or audit, or a near-miss review. These are local and discretionary, never statutory outcomes.",
        citation: "Pan-Sussex procedures 10.1.3; Plymouth SCP; South Tyneside (near-miss reviews); Cambridgeshire & Peterborough SCP 2025 guidance",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R19,
        title: "Every child death: child death review",
        statement: "The child death review partners for the area where the child normally lived must arrange a review of every child death (any cause); those for the area where the child died may also review it. Not for stillbirths.",
        citation: "Children Act 2004 s16M(1),(2) (https://www.legislation.gov.uk/ukpga/2004/31/section/16M); Child Death Review Statutory and Operational Guidance (England) 2018",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R20,
        title: "Death of a person aged 16+ from domestic abuse: domestic abuse related death review",
        statement: "If a person aged 16 or over has died and the death appears to have resulted from domestic abuse, the Community Safety Partnership considers a Domestic Homicide Review (being renamed Domestic Abuse Related Death Review); consider a joint review with a local child safeguarding practice review if under 18.",
        citation: "Domestic Violence, Crime and Victims Act 2004 s9; Home Office draft DHR statutory guidance, May 2024 (https://www.gov.uk/government/consultations/updating-the-domestic-homicide-review-statutory-guidance/draft-domestic-homicide-review-statutory-guidance-accessible)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R21,
        title: "Adults 18+ with care and support needs: safeguarding adults review",
        statement: "For an adult (18 or over) with needs for care and support, where abuse or neglect is known or suspected and there is reasonable cause for concern about how agencies worked together, the Safeguarding Adults Board must arrange a Safeguarding Adults Review.",
        citation: "Care Act 2014 s44(1)-(3) (https://legislation.gov.uk/ukpga/2014/23/section/44)",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R22,
        title: "Regulated settings and people working with children: provider notifications and LADO",
        statement: "A regulated provider (children's home, fostering service, early years, secure setting) makes its own notifications to Ofsted and others when a child dies or is seriously harmed; allegations against a person working with children go to the Local Authority Designated Officer (LADO). These are independent of the Panel notification.",
        citation: "Children's Homes (England) Regulations 2015 reg 40 (as summarised by East Riding procedures); EYFS: serious accident, injury or death to Ofsted within 14 days (Stockport); Hansard HL 18 Oct 2016 (regulated-setting deaths removed from the Panel duty)",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R23,
        title: "Incident in Wales: regional safeguarding board (Child Practice Review via SUSR)",
        statement: "If the incident happened in Wales, refer to the regional Safeguarding Children Board: a concise Child Practice Review if the child was neither on the child protection register nor looked after in the 6 months before, otherwise an extended review, through the Single Unified Safeguarding Review (since 1 October 2024).",
        citation: "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (criteria as reproduced by North Wales Safeguarding Board); gov.wales Single Unified Safeguarding Review guidance (https://gov.wales/single-unified-safeguarding-review-guidance)",
        confidence: Confidence::VSec,
    },
    RuleInfo {
        id: RuleId::R24,
        title: "Incident in Scotland: Child Protection Committee learning review",
        statement: "If the incident happened in Scotland, notify the local Child Protection Committee, which decides on a Learning Review.",
        citation: "Scottish Government, National guidance for child protection committees undertaking learning reviews (2021, updated 2024) (https://gov.scot/publications/national-guidance-child-protection-committees-undertaking-learning-reviews-2)",
        confidence: Confidence::VGov,
    },
    RuleInfo {
        id: RuleId::R25,
        title: "Incident in Northern Ireland: SBNI case management review",
        statement: "If the incident happened in Northern Ireland, refer through the member agency to the Safeguarding Board for Northern Ireland, which must undertake a Case Management Review where the regulation 17 criteria are met.",
        citation: "Safeguarding Board for Northern Ireland (Membership, Procedure, Functions and Committee) Regulations (NI) 2012 (SR 2012/324) reg 17 (http://legislation.data.gov.uk/nisr/2012/324/regulation/17/made/data.htm?wrap=true)",
        confidence: Confidence::VLeg,
    },
    RuleInfo {
        id: RuleId::R26,
        title: "Working days: Monday to Friday except England and Wales bank holidays",
        statement: "Deadlines count working days (Monday to Friday, excluding England and Wales bank holidays). Day 0 is the anchor date; the Nth working day after it is the last day.",
        citation: "GOV.UK bank holidays (https://www.gov.uk/bank-holidays.json, as cached by ministryofjustice/govuk-bank-holidays, 25 Feb 2026); Children Act 1989 s105 ('bank holiday' by reference to the Banking and Financial Dealings Act 1971)",
        confidence: Confidence::VGov,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_indexed_by_id() {
        for (i, id) in RuleId::ALL.iter().enumerate() {
            assert_eq!(RULES[i].id, *id);
            assert_eq!(id.info().id, *id);
            assert!(!id.info().citation.is_empty());
            assert!(!id.info().statement.is_empty());
        }
    }
}
