//! The sources table: every statute, regulation, guidance page and reproduction the rules
//! rest on, with where it was seen, what it says (where a short quotation was seen), when its
//! wording was last checked, whether it is in force, and how well it was seen.
//!
//! Every [`crate::Reason`] cites rows of this table (through the rule table's parts,
//! [`crate::rule::RulePart`]). The rule set ([`crate::rule_set`]) carries the rows checked
//! with their dates, the rows known but not yet reviewed, and the date by which the whole
//! table should be checked again ([`REVIEW_BY`], [`review_due`]).
//!
//! No paragraph number is given where none was seen; no address where none was recorded.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::Text;

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

/// A row of the sources table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SourceId {
    /// Children Act 2004 s16C(1): the duty to notify the Panel.
    ChildrenAct2004S16C,
    /// Children Act 2004 s16B(1): national reviews.
    ChildrenAct2004S16B,
    /// Children Act 2004 s16M(1), (2): child death review.
    ChildrenAct2004S16M,
    /// Children Act 2004 s65(1): "child".
    ChildrenAct2004S65,
    /// Family Law Reform Act 1969 s9: the time a person attains an age.
    FamilyLawReformAct1969S9,
    /// Age of Majority Act (Northern Ireland) 1969 s5(1).
    AgeOfMajorityActNi1969S5,
    /// Births and Deaths Registration Act 1953 s41 (stillbirth).
    BirthsAndDeathsRegistrationAct1953S41,
    /// The multi-agency guidelines on sudden unexpected death in infancy (SUDI).
    SudiGuidelines,
    /// Children Act 1989 Sch 2 para 20: death of a looked-after child.
    ChildrenAct1989Sch2Para20,
    /// Children Act 1989 s105: "bank holiday".
    ChildrenAct1989S105,
    /// SI 2018/789 reg 3: national review criteria.
    Si2018789Reg3,
    /// SI 2018/789 reg 11: local review criteria.
    Si2018789Reg11,
    /// SI 2018/789 reg 14: monitoring a local review.
    Si2018789Reg14,
    /// Children's Homes (England) Regulations 2015 reg 40: notification of serious events.
    ChildrensHomesRegulations2015Reg40,
    /// The early years foundation stage statutory framework: notifying Ofsted.
    EarlyYearsFoundationStage,
    /// Domestic Violence, Crime and Victims Act 2004 s9.
    DomesticViolenceCrimeAndVictimsAct2004S9,
    /// Care Act 2014 s44: safeguarding adults reviews.
    CareAct2014S44,
    /// Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015.
    SafeguardingBoardsWalesRegulations2015,
    /// gov.wales: the Single Unified Safeguarding Review.
    SingleUnifiedSafeguardingReview,
    /// gov.scot: national guidance for Child Protection Committees on learning reviews.
    ScotlandLearningReviewGuidance,
    /// SR 2012/324 reg 17 (Northern Ireland): case management reviews.
    Sr2012324Reg17,
    /// Hansard, House of Lords, 18 October 2016 (Children and Social Work Bill).
    HansardLords18October2016,
    /// The Child Safeguarding Practice Review Panel's FAQs.
    PanelFaqs,
    /// The Panel's practice guidance for safeguarding partners, as reproduced locally.
    PanelPracticeGuidance,
    /// DfE official statistics and methodology: serious incident notifications.
    DfeSeriousIncidentNotificationStatistics,
    /// GOV.UK "Report a serious child safeguarding incident" (2018 and later versions).
    GovUkReportASeriousChildSafeguardingIncident,
    /// GOV.UK "Report the death or serious harm of a child or care leaver" (December 2025).
    GovUkReportTheDeathOrSeriousHarm2025,
    /// Working Together to Safeguard Children 2023: notification and the safeguarding
    /// partners (chapter on serious incidents).
    WorkingTogether2023Notification,
    /// Working Together 2023: the definition of serious harm.
    WorkingTogether2023SeriousHarm,
    /// Working Together 2023: glossary, "Abuse".
    WorkingTogether2023GlossaryAbuse,
    /// Working Together 2023: deaths of looked-after children and care leavers.
    WorkingTogether2023DeathsInCare,
    /// Working Together 2023: deciding on a local review.
    WorkingTogether2023LocalReview,
    /// Local procedures on the rapid review's 15 working days.
    RapidReviewLocalProcedures,
    /// Local procedures and the CPS/NPCC protocol on local review timing and publication.
    LocalReviewTimingProcedures,
    /// Local procedures on local learning when the criteria are not met.
    LocalLearningProcedures,
    /// Working Together to Safeguard Children 2026.
    WorkingTogether2026,
    /// Children's Wellbeing and Schools Act 2026.
    ChildrensWellbeingAndSchoolsAct2026,
    /// Keeping children safe in education, part 4 (allegations against staff).
    KeepingChildrenSafeInEducationPart4,
    /// GOV.UK bank holidays (England and Wales).
    GovUkBankHolidays,
}

/// Whether a source is the current text and has been checked.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SourceStatus {
    /// In force, and its wording was checked on the date given.
    InForceChecked,
    /// Published (or in force) but its text has not been reviewed for these rules: the rules
    /// do not rest on it; follow the partnership's own procedures meanwhile.
    PublishedNotReviewed,
    /// Replaced by a newer edition. Cited only for wording that the newer edition has not
    /// yet been checked against.
    Superseded,
}

/// One row of the sources table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The row's identifier.
    pub id: SourceId,
    /// The document's title, e.g. "Children Act 2004".
    pub title: Text,
    /// The edition or year, e.g. "as inserted by the Children and Social Work Act 2017".
    pub edition: Text,
    /// The section, regulation, paragraph or chapter where the wording was seen, e.g.
    /// "section 16C(1)". `None` where no number was seen.
    pub pinpoint: Option<Text>,
    /// Where to read it: the primary text where its address is known, otherwise the copy
    /// that was read.
    pub address: Option<Text>,
    /// For a secondary copy: who reproduced the wording.
    pub seen_in: Option<Text>,
    /// A short quotation of the wording, where one was seen.
    pub quotation: Option<Text>,
    /// When its wording was last checked: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (as precisely as
    /// it was recorded). `None`: not checked.
    pub checked: Option<Text>,
    /// In force and checked, published but not reviewed, or superseded.
    pub status: SourceStatus,
    /// The newer source that replaces it, if superseded.
    pub superseded_by: Option<SourceId>,
    /// How well the wording was seen.
    pub confidence: Confidence,
}

impl Source {
    /// The readable name of the source with its pinpoint, e.g. "Children Act 2004, section
    /// 16C(1)".
    pub fn label(&self) -> String {
        match &self.pinpoint {
            Some(p) => format!("{}, {}", self.title, p),
            None => self.title.to_string(),
        }
    }
}

/// The date by which the sources should be checked again: the end of the sixth month after
/// the audit of November 2026. Working Together was re-issued or revised in December 2023, February 2024,
/// 2025 and 2026, and the GOV.UK notification page changed in December 2025: six months
/// bounds how long such a change can go unnoticed, and Working Together 2026, the December
/// 2025 GOV.UK page and the Children's Wellbeing and Schools Act 2026 are already waiting.
pub const REVIEW_BY: &str = "2027-05-31";

/// When the whole table was last checked (the audit of November 2026).
pub const CHECKED: &str = "2026-11";

/// The review-by date as a date.
pub fn review_by() -> NaiveDate {
    crate::dates::parse_iso_date(REVIEW_BY).unwrap_or(NaiveDate::MAX)
}

/// Whether the sources are due for a check on `today`: true after the review-by date. The
/// app passes its own date; the rules core never reads a clock.
pub fn review_due(today: NaiveDate) -> bool {
    today > review_by()
}

/// The row for `id`.
pub fn source(id: SourceId) -> &'static Source {
    &SOURCES[id as usize]
}

const fn t(s: &'static str) -> Text {
    Cow::Borrowed(s)
}

const fn o(s: &'static str) -> Option<Text> {
    Some(Cow::Borrowed(s))
}

use Confidence::*;
use SourceId::*;
use SourceStatus::*;

/// The sources table, indexed by `SourceId as usize` (checked by a test).
pub static SOURCES: [Source; 39] = [
    Source {
        id: ChildrenAct2004S16C,
        title: t("Children Act 2004"),
        edition: t("as inserted by the Children and Social Work Act 2017 s13, in force 29 June 2018"),
        pinpoint: o("section 16C(1)"),
        address: o("https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology"),
        seen_in: o("the DfE serious incident notifications methodology and local partnership reproductions (Trafford, Wirral, Cambridgeshire and Peterborough); the current text on legislation.gov.uk was not retrieved"),
        quotation: o("Where a local authority in England knows or suspects that a child has been abused or neglected, the local authority must notify the Child Safeguarding Practice Review Panel if— (a) the child dies or is seriously harmed in the local authority's area, or (b) while normally resident in the local authority's area, the child dies or is seriously harmed outside England."),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: ChildrenAct2004S16B,
        title: t("Children Act 2004"),
        edition: t("as inserted by the Children and Social Work Act 2017"),
        pinpoint: o("section 16B(1)"),
        address: o("https://www.legislation.gov.uk/ukpga/2004/31/section/16B"),
        seen_in: None,
        quotation: o("to identify serious child safeguarding cases in England which raise issues that are complex or of national importance, and ... where they consider it appropriate, to arrange for those cases to be reviewed under their supervision"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: ChildrenAct2004S16M,
        title: t("Children Act 2004"),
        edition: t("as inserted by the Children and Social Work Act 2017"),
        pinpoint: o("section 16M(1) and (2)"),
        address: o("https://www.legislation.gov.uk/ukpga/2004/31/section/16M"),
        seen_in: None,
        quotation: o("The child death review partners for a local authority area in England must make arrangements for the review of each death of a child normally resident in the area. ... [They] may also, if they consider it appropriate, make arrangements for the review of a death in their area of a child not normally resident there."),
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: ChildrenAct2004S65,
        title: t("Children Act 2004"),
        edition: t("as in force"),
        pinpoint: o("section 65(1)"),
        address: o("https://legislation.gov.uk/ukpga/2004/31/section/65"),
        seen_in: None,
        quotation: o("'child' means, subject to section 9, a person under the age of eighteen"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: FamilyLawReformAct1969S9,
        title: t("Family Law Reform Act 1969"),
        edition: t("for anniversaries from 1 January 1970"),
        pinpoint: o("section 9"),
        address: o("https://docslib.org/doc/7157936/some-oddities-of-the-law-on-age-so-you-thought-you-reached-age-21-on-your-21st-birthday"),
        seen_in: o("D. Pollard, 'Some oddities of the law on age', Trust Law International 34(1) 2020; the section itself was not seen in a primary copy"),
        quotation: None,
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: AgeOfMajorityActNi1969S5,
        title: t("Age of Majority Act (Northern Ireland) 1969"),
        edition: t("as in force"),
        pinpoint: o("section 5(1)"),
        address: o("http://legislation.data.gov.uk/apni/1969/28/section/5/data.xht?view=snippet&wrap=true"),
        seen_in: None,
        quotation: o("The time at which a person attains a particular age expressed in years shall be the commencement of the relevant anniversary of the date of his birth."),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: BirthsAndDeathsRegistrationAct1953S41,
        title: t("Births and Deaths Registration Act 1953"),
        edition: t("as amended by the Stillbirth (Definition) Act 1992"),
        pinpoint: o("section 41"),
        address: o("https://britishjournalofmidwifery.com/content/midwife-blog/investigating-stillbirths"),
        seen_in: o("a British Journal of Midwifery summary"),
        quotation: None,
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: SudiGuidelines,
        title: t("Multi-agency guidelines on sudden unexpected death in infancy"),
        edition: t("edition not recorded"),
        pinpoint: None,
        address: None,
        seen_in: o("a forum reproduction (weak)"),
        quotation: o("where there has not been an independent life, there has not legally been a death"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: ChildrenAct1989Sch2Para20,
        title: t("Children Act 1989"),
        edition: t("as enacted (the current text was not seen)"),
        pinpoint: o("Schedule 2, paragraph 20(1)"),
        address: o("http://www.legislation.gov.uk/ukpga/1989/41/schedule/2"),
        seen_in: None,
        quotation: o("If a child who is being looked after by a local authority dies, the authority— (a) shall notify the Secretary of State; (b) shall, so far as is reasonably practicable, notify the child's parents and every person who is not a parent of his but who has parental responsibility for him"),
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: ChildrenAct1989S105,
        title: t("Children Act 1989"),
        edition: t("as in force"),
        pinpoint: o("section 105 ('bank holiday')"),
        address: o("https://legislation.gov.uk/ukpga/1989/41/section/105"),
        seen_in: None,
        quotation: None,
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: Si2018789Reg3,
        title: t("Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789)"),
        edition: t("as made"),
        pinpoint: o("regulation 3"),
        address: o("http://www.legislation.gov.uk/uksi/2018/789/made"),
        seen_in: None,
        quotation: None,
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: Si2018789Reg11,
        title: t("Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789)"),
        edition: t("as made"),
        pinpoint: o("regulation 11"),
        address: o("https://www.legislation.gov.uk/uksi/2018/789/regulation/11/made"),
        seen_in: None,
        quotation: o("The criteria to be taken into account by the safeguarding partners for the purpose of section 16F(1) of the Act include whether the case in question— (a) highlights or may highlight improvements needed to safeguard and promote the welfare of children ...; (b) highlights or may highlight recurrent themes ...; (c) highlights or may highlight concerns regarding two or more agencies working together effectively ...; (d) is one which the Child Safeguarding Practice Review Panel have considered and concluded a local review may be more appropriate."),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: Si2018789Reg14,
        title: t("Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (SI 2018/789)"),
        edition: t("as made"),
        pinpoint: o("regulation 14(1)"),
        address: o("https://www.legislation.gov.uk/uksi/2018/789/regulation/14/made"),
        seen_in: None,
        quotation: o("must monitor the time being taken to conduct a review and the quality of the review at regular intervals"),
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: ChildrensHomesRegulations2015Reg40,
        title: t("Children's Homes (England) Regulations 2015"),
        edition: t("as in force"),
        pinpoint: o("regulation 40(1) and (4)"),
        address: None,
        seen_in: None,
        quotation: None,
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: EarlyYearsFoundationStage,
        title: t("Statutory framework for the early years foundation stage"),
        edition: t("edition not fixed: the paragraph numbers differ between editions"),
        pinpoint: None,
        address: o("https://www.stockport.gov.uk/start/report-a-serious-accident-injury-or-death-of-a-child-in-a-childcare-setting"),
        seen_in: o("Stockport Council"),
        quotation: o("within 14 days"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: DomesticViolenceCrimeAndVictimsAct2004S9,
        title: t("Domestic Violence, Crime and Victims Act 2004"),
        edition: t("with the Home Office draft statutory guidance of May 2024"),
        pinpoint: o("section 9"),
        address: o("https://www.gov.uk/government/consultations/updating-the-domestic-homicide-review-statutory-guidance/draft-domestic-homicide-review-statutory-guidance-accessible"),
        seen_in: o("the Home Office draft statutory guidance (GOV.UK)"),
        quotation: o("a person aged 16 or over"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: CareAct2014S44,
        title: t("Care Act 2014"),
        edition: t("as in force"),
        pinpoint: o("section 44(1)"),
        address: o("https://legislation.gov.uk/ukpga/2014/23/section/44"),
        seen_in: None,
        quotation: o("An SAB must arrange for there to be a review of a case involving an adult in its area with needs for care and support ... if— (a) there is reasonable cause for concern about how the SAB, members of it or other persons with relevant functions worked together to safeguard the adult, and (b) condition 1 or 2 is met."),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: SafeguardingBoardsWalesRegulations2015,
        title: t("Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015"),
        edition: t("as in force"),
        pinpoint: None,
        address: None,
        seen_in: o("North Wales Safeguarding Board; the regulations themselves were not seen"),
        quotation: None,
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: SingleUnifiedSafeguardingReview,
        title: t("Single Unified Safeguarding Review guidance (Wales)"),
        edition: t("in use from 1 October 2024"),
        pinpoint: None,
        address: o("https://gov.wales/single-unified-safeguarding-review-guidance"),
        seen_in: None,
        quotation: None,
        checked: None,
        status: PublishedNotReviewed,
        superseded_by: None,
        confidence: Unv,
    },
    Source {
        id: ScotlandLearningReviewGuidance,
        title: t("National guidance for child protection committees undertaking learning reviews (Scotland)"),
        edition: t("2021, updated 2024 (the 2024 criteria wording was not retrieved)"),
        pinpoint: None,
        address: o("https://gov.scot/publications/national-guidance-child-protection-committees-undertaking-learning-reviews-2"),
        seen_in: None,
        quotation: None,
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: Sr2012324Reg17,
        title: t("Safeguarding Board for Northern Ireland (Membership, Procedure, Functions and Committee) Regulations (Northern Ireland) 2012 (SR 2012/324)"),
        edition: t("as made"),
        pinpoint: o("regulation 17(2)"),
        address: o("http://legislation.data.gov.uk/nisr/2012/324/regulation/17/made/data.htm?wrap=true"),
        seen_in: None,
        quotation: o("must undertake a case management review"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: HansardLords18October2016,
        title: t("Hansard, House of Lords, Children and Social Work Bill, Report stage"),
        edition: t("18 October 2016"),
        pinpoint: None,
        address: o("https://parallelparliament.co.uk/lord/baroness-wheeler/debate/2016-10-18/lords/lords-chamber/children-and-social-work-bill-hl-3"),
        seen_in: None,
        quotation: o("'outside England' includes where the incidents occur in the devolved Administrations as well as overseas"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: PanelFaqs,
        title: t("Child Safeguarding Practice Review Panel: frequently asked questions"),
        edition: t("as published on the Panel's website"),
        pinpoint: None,
        address: o("https://childsafeguarding.independent-panel.uk/about/faqs/"),
        seen_in: None,
        quotation: o("The responsibility to notify rests with the local authority of where the serious incident took place."),
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: PanelPracticeGuidance,
        title: t("Child Safeguarding Practice Review Panel: practice guidance for safeguarding partners"),
        edition: t("as reproduced in 2025 (the June 2025 edition was only partly seen)"),
        pinpoint: None,
        address: o("https://www.teescpp.org.uk/procedures-and-guidance-on-specific-issues-that-affect-children/serious-child-safeguarding-incidents-rapid-reviews-safeguarding-practice-reviews"),
        seen_in: o("Tees safeguarding children procedures"),
        quotation: o("professionals should also consider the incident as serious"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: DfeSeriousIncidentNotificationStatistics,
        title: t("Department for Education: Serious incident notifications (official statistics and methodology)"),
        edition: t("as published on GOV.UK"),
        pinpoint: None,
        address: o("https://explore-education-statistics.service.gov.uk/methodology/serious-incident-notifications-methodology"),
        seen_in: None,
        quotation: o("It also covers impairment of physical health."),
        checked: o(CHECKED),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
    Source {
        id: GovUkReportASeriousChildSafeguardingIncident,
        title: t("GOV.UK: Report a serious child safeguarding incident"),
        edition: t("2018 and later versions, before the December 2025 change"),
        pinpoint: None,
        address: o("https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident"),
        seen_in: None,
        quotation: o("You must do this within 5 working days of becoming aware of the incident."),
        checked: o(CHECKED),
        status: Superseded,
        superseded_by: Some(GovUkReportTheDeathOrSeriousHarm2025),
        confidence: VGov,
    },
    Source {
        id: GovUkReportTheDeathOrSeriousHarm2025,
        title: t("GOV.UK: Report the death or serious harm of a child or care leaver"),
        edition: t("December 2025, with a Serious Incident Notification Guide for local authorities"),
        pinpoint: None,
        address: None,
        seen_in: o("reported by local procedures (Lincolnshire, Merton, Calderdale); its content was not seen"),
        quotation: None,
        checked: None,
        status: PublishedNotReviewed,
        superseded_by: None,
        confidence: Unv,
    },
    Source {
        id: WorkingTogether2023Notification,
        title: t("Working Together to Safeguard Children 2023"),
        edition: t("December 2023, as updated February 2024 and 2025"),
        pinpoint: o("chapter 5, notifying serious incidents"),
        address: o("https://www.traffordsafeguardingpartnership.org.uk/safeguarding-children-and-young-people/Child-Safeguarding-Practice-Reviews/Child-safeguarding-practice-reviews.aspx"),
        seen_in: o("Trafford and Wirral safeguarding partnerships"),
        quotation: o("Others who have functions relating to children should inform the safeguarding partners of any incident which they think should be considered for a child safeguarding practice review."),
        checked: o("2026"),
        status: Superseded,
        superseded_by: Some(WorkingTogether2026),
        confidence: VSec,
    },
    Source {
        id: WorkingTogether2023SeriousHarm,
        title: t("Working Together to Safeguard Children 2023"),
        edition: t("December 2023, as updated February 2024 and 2025"),
        pinpoint: o("chapter 5, definition of serious harm"),
        address: o("https://derbyshirecaya.proceduresonline.com/p_death_serious.html"),
        seen_in: o("Derbyshire, Tees and North Yorkshire procedures"),
        quotation: o("Even if a child recovers, including from a one-off incident, serious harm may still have occurred."),
        checked: o("2026"),
        status: Superseded,
        superseded_by: Some(WorkingTogether2026),
        confidence: VSec,
    },
    Source {
        id: WorkingTogether2023GlossaryAbuse,
        title: t("Working Together to Safeguard Children 2023"),
        edition: t("December 2023, as updated February 2024 and 2025"),
        pinpoint: o("glossary, 'Abuse'"),
        address: o("https://workingtogetheronline.co.uk/chapter/glossary"),
        seen_in: o("a local procedures site"),
        quotation: o("Children may be abused by an adult or adults, or another child or children."),
        checked: o("2026"),
        status: Superseded,
        superseded_by: Some(WorkingTogether2026),
        confidence: VSec,
    },
    Source {
        id: WorkingTogether2023DeathsInCare,
        title: t("Working Together to Safeguard Children 2023"),
        edition: t("December 2023, as updated February 2024 and 2025"),
        pinpoint: o("chapter 5, deaths of looked-after children and care leavers"),
        address: None,
        seen_in: o("Wirral, North Yorkshire and Slough procedures"),
        quotation: o("whether or not abuse or neglect is known or suspected"),
        checked: o("2026"),
        status: Superseded,
        superseded_by: Some(WorkingTogether2026),
        confidence: VSec,
    },
    Source {
        id: WorkingTogether2023LocalReview,
        title: t("Working Together to Safeguard Children 2023"),
        edition: t("December 2023, as updated February 2024 and 2025"),
        pinpoint: o("chapter 5, local child safeguarding practice reviews"),
        address: None,
        seen_in: o("Trafford safeguarding partnership"),
        quotation: o("Meeting the criteria does not mean that safeguarding partners must automatically carry out a local child safeguarding practice review"),
        checked: o("2026"),
        status: Superseded,
        superseded_by: Some(WorkingTogether2026),
        confidence: VSec,
    },
    Source {
        id: RapidReviewLocalProcedures,
        title: t("Local procedures on the rapid review"),
        edition: t("Trafford; Cambridgeshire and Peterborough (2025)"),
        pinpoint: None,
        address: o("https://www.safeguardingcambspeterborough.org.uk/children-board/serious-case-reviews"),
        seen_in: o("Trafford and Cambridgeshire and Peterborough safeguarding partnerships"),
        quotation: o("calculated from the date that the notification was sent to the Panel"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: LocalReviewTimingProcedures,
        title: t("Local procedures and the CPS/NPCC protocol on local reviews"),
        edition: t("Trafford (2020); CPS/NPCC protocol; Calderdale"),
        pinpoint: None,
        address: o("https://cps.gov.uk/node/13469"),
        seen_in: o("Trafford, the CPS/NPCC protocol and Calderdale"),
        quotation: o("publish within 6 months of initiation"),
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: LocalLearningProcedures,
        title: t("Local procedures on local learning reviews"),
        edition: t("Pan-Sussex, Plymouth, South Tyneside; Cambridgeshire and Peterborough (2025)"),
        pinpoint: None,
        address: None,
        seen_in: o("Pan-Sussex procedures, Plymouth, South Tyneside and Cambridgeshire and Peterborough safeguarding partnerships"),
        quotation: None,
        checked: o("2026"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VSec,
    },
    Source {
        id: WorkingTogether2026,
        title: t("Working Together to Safeguard Children 2026"),
        edition: t("2026, replacing the 2023 edition"),
        pinpoint: None,
        address: None,
        seen_in: o("reported by local partnerships (for example Leeds); its text was not available"),
        quotation: None,
        checked: None,
        status: PublishedNotReviewed,
        superseded_by: None,
        confidence: Unv,
    },
    Source {
        id: ChildrensWellbeingAndSchoolsAct2026,
        title: t("Children's Wellbeing and Schools Act 2026 (c. 21)"),
        edition: t("Royal Assent 29 April 2026"),
        pinpoint: o("sections 2 and 3"),
        address: None,
        seen_in: None,
        quotation: None,
        checked: o(CHECKED),
        status: PublishedNotReviewed,
        superseded_by: None,
        confidence: VLeg,
    },
    Source {
        id: KeepingChildrenSafeInEducationPart4,
        title: t("Keeping children safe in education, part 4 (allegations against staff)"),
        edition: t("current edition not seen"),
        pinpoint: None,
        address: None,
        seen_in: None,
        quotation: None,
        checked: None,
        status: PublishedNotReviewed,
        superseded_by: None,
        confidence: Unv,
    },
    Source {
        id: GovUkBankHolidays,
        title: t("GOV.UK: UK bank holidays (England and Wales)"),
        edition: t("2024 to 2028, as cached on 25 February 2026"),
        pinpoint: None,
        address: o("https://www.gov.uk/bank-holidays"),
        seen_in: None,
        quotation: None,
        checked: o("2026-02-25"),
        status: InForceChecked,
        superseded_by: None,
        confidence: VGov,
    },
];
