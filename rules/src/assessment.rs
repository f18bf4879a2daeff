//! The output of [`crate::assess`]: everything the app shows. The app renders this; it
//! decides nothing itself.

use std::borrow::Cow;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::calendar::CalendarError;
use crate::facts::{Asker, Question};
use crate::rule::{Citation, Confidence, RuleId};
use crate::sources::Source;

pub use crate::text::Text;

/// Why a conclusion was reached: the rule and the part of it applied, a plain-English
/// sentence, the sources it rests on and their confidence (all taken from the rule table,
/// [`crate::rule::RULES`], and the sources table, [`crate::sources::SOURCES`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    /// The rule applied.
    pub rule: RuleId,
    /// The part of the rule applied ("main" unless the rule is split; see the rule table).
    pub part: Text,
    /// What the rule says about this case, in plain English.
    pub sentence: Text,
    /// The sources this part rests on: rows of the sources table (in `rule_set.sources`).
    pub citations: Vec<Citation>,
    /// How well that part's wording has been verified. `unv` only ever appears on prompts.
    pub confidence: Confidence,
}

impl Reason {
    /// A reason resting on the rule's main part.
    pub fn new(rule: RuleId, sentence: impl Into<Text>) -> Reason {
        Reason::part(rule, "main", sentence)
    }

    /// A reason resting on one part of a split rule. An unknown key gives no citations
    /// (a test over the answer space fails on it).
    pub fn part(rule: RuleId, key: &'static str, sentence: impl Into<Text>) -> Reason {
        let (citations, confidence) = match rule.info().part(key) {
            Some(p) => (p.citations.to_vec(), p.confidence),
            None => (Vec::new(), Confidence::Unv),
        };
        Reason {
            rule,
            part: Cow::Borrowed(key),
            sentence: sentence.into(),
            citations,
            confidence,
        }
    }
}

/// The full assessment of one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Which rules, guidance edition and calendar produced this assessment.
    pub rule_set: RuleSet,
    /// Whether the local authority must notify the Child Safeguarding Practice Review Panel
    /// (Children Act 2004 s16C), and which local authority holds the duty.
    pub panel_notification: PanelNotification,
    /// Every deadline that applies or may apply, with dates where the anchor date is known.
    pub deadlines: Vec<Deadline>,
    /// The rapid review (R14).
    pub rapid_review: RapidReview,
    /// The local child safeguarding practice review decision (R15–R17).
    pub local_review: LocalReview,
    /// Every other notification or process that applies or may apply (R09, R12, R13,
    /// R19–R22).
    pub other_processes: Vec<OtherProcess>,
    /// Routes to the systems of Wales, Scotland, Northern Ireland or overseas, in addition to
    /// any English duty (R23–R25).
    pub routes: Vec<Route>,
    /// Local, discretionary learning options when the criteria are (or may be) not met (R18).
    pub local_learning: Option<LocalLearning>,
    /// What the user should do next, for their role (R11).
    pub next_steps: NextSteps,
    /// Matters the law leaves to judgement, or that rest on unverified wording.
    pub judgement_prompts: Vec<JudgementPrompt>,
    /// Unanswered questions that could still change this assessment, in asking order. The
    /// guided interface asks the first one next.
    pub still_needed: Vec<Question>,
}

/// The rule set's identity: what it was checked against and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Version of this rule set (the crate version).
    pub version: Text,
    /// The statute and guidance encoded, in one line.
    pub edition: Text,
    /// When the sources were last checked as a whole (`YYYY-MM`).
    pub checked: Text,
    /// The date by which the sources should be checked again (`YYYY-MM-DD`); after it the
    /// app shows a notice ([`crate::sources::review_due`]).
    #[serde(with = "crate::dates::serde_iso")]
    #[schemars(with = "NaiveDate")]
    pub review_by: NaiveDate,
    /// Every source the rules cite: in force and checked (with the date), or superseded (cited
    /// only for wording the newer edition has not been checked against).
    pub sources: Vec<Source>,
    /// Newer sources known to exist but not yet reviewed: the rules do not rest on them.
    pub not_reviewed: Vec<Source>,
    /// The bank-holiday calendar used for working days.
    pub calendar: CalendarCoverage,
}

/// The years the bank-holiday calendar covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarCoverage {
    /// First year covered.
    pub first_year: i32,
    /// Last year covered.
    pub last_year: i32,
    /// Last year whose dates GOV.UK has published; later years are projected.
    pub last_published_year: i32,
    /// Where the dates come from.
    pub source: Text,
}

/// The Panel notification (s16C) conclusion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PanelNotification {
    /// Required, not required, needs judgement, or cannot tell yet.
    pub status: PanelStatus,
    /// Which local authority holds the s16C duty (the place test, R01–R03).
    pub duty_holder: DutyHolder,
    /// The four conditions of s16C(1), each with its state and reasons.
    pub conditions: Vec<Condition>,
    /// Why the status was reached.
    pub reasons: Vec<Reason>,
}

/// The Panel notification status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PanelStatus {
    /// Every condition of s16C(1) is met: the local authority must notify the Panel.
    Required,
    /// At least one condition is definitely not met.
    NotRequired,
    /// No condition is definitely unmet, but at least one needs the local authority's
    /// judgement (an answer was "not sure", or the law leaves it open).
    NeedsJudgement,
    /// An unanswered question could still decide it.
    CannotTellYet {
        /// The unanswered questions that could change the status, in asking order.
        missing: Vec<Question>,
    },
}

/// Which local authority holds the s16C duty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DutyHolder {
    /// The English local authority for the area where the death or harm happened (R01).
    IncidentArea(LocalAuthority),
    /// The English local authority where the child normally lives; the harm was outside
    /// England (R02).
    ResidenceArea(LocalAuthority),
    /// No English local authority: harmed outside England and not normally resident in
    /// England (R03).
    NoEnglishDuty,
    /// Not known yet (the place is unanswered or not known).
    Unknown,
}

/// An English local authority with children's services functions, as the assessment names
/// it: compared by `code`, shown by `name`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalAuthority {
    /// ONS code ("E10000016"; "planned:…" before ONS assigns one; "fictional:…" in
    /// demonstrations and training).
    pub code: String,
    /// The council's proper name ("Kent County Council").
    pub name: String,
    /// What was typed, where the practitioner typed a name ("Maidstone").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<String>,
    /// Why this authority, where it differs from what was typed ("Maidstone is in Kent: Kent
    /// County Council provides children's services there.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// The council's page on GOV.UK is `https://www.gov.uk/find-local-council/<slug>`, where
    /// the register has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gov_uk_slug: Option<String>,
    /// A fictional area (demonstration and training only).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fictional: bool,
}

/// One condition of s16C(1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Which condition.
    pub condition: ConditionKind,
    /// Its state.
    pub state: ConditionState,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The four conditions of s16C(1) (domain.md §1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConditionKind {
    /// C1/C4: an English local authority's area (R01–R03).
    Place,
    /// The person was a child on the incident date and was born alive (R04, R05).
    Child,
    /// C2: abuse or neglect known or suspected (R06).
    AbuseOrNeglect,
    /// C3: death or serious harm (R07).
    DeathOrSeriousHarm,
}

impl ConditionKind {
    /// The four conditions in the order the decision takes them (domain.md §1.2, R08).
    pub const ALL: [ConditionKind; 4] = [
        ConditionKind::Place,
        ConditionKind::Child,
        ConditionKind::AbuseOrNeglect,
        ConditionKind::DeathOrSeriousHarm,
    ];

    /// The rules that decide this condition: the decision structure the criteria diagram is
    /// drawn from. Every reason `assess` gives for a condition cites one of these rules.
    pub fn rules(self) -> &'static [RuleId] {
        match self {
            ConditionKind::Place => &[RuleId::R01, RuleId::R02, RuleId::R03],
            ConditionKind::Child => &[RuleId::R04, RuleId::R05],
            ConditionKind::AbuseOrNeglect => &[RuleId::R06],
            ConditionKind::DeathOrSeriousHarm => &[RuleId::R07],
        }
    }
}

/// The rule that joins the four conditions into the Panel notification decision (R08).
pub const DECISION_RULE: RuleId = RuleId::R08;

/// The state of a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConditionState {
    /// Met.
    Met,
    /// Definitely not met.
    NotMet,
    /// For the local authority's judgement.
    NeedsJudgement,
    /// A question it depends on is not answered yet.
    NotAnswered,
}

/// Whether something applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Applicability {
    /// It applies.
    Applies,
    /// It applies if the local authority notifies the Panel (the notification needs
    /// judgement or cannot be decided yet).
    IfNotified,
    /// It may apply: it depends on an answer that is missing or "not sure".
    Possible,
    /// To be considered: a prompt for the professionals' judgement, never automatic.
    Consider,
    /// It does not apply.
    NotApplicable,
}

/// How binding a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// "must".
    Must,
    /// "should".
    Should,
    /// Guidance or an expectation, not a statutory requirement.
    Guidance,
}

/// The kind of deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// Notify the Panel: 5 working days after the local authority became aware (R09).
    NotifyPanel,
    /// Report to the safeguarding partners: 5 working days after awareness (R09).
    TellSafeguardingPartners,
    /// Rapid review: 15 working days after the notification was sent (anchor B; primary, R14).
    RapidReviewFromNotification,
    /// Rapid review: 15 working days after the partners became aware (anchor A, R14).
    RapidReviewFromAwareness,
    /// Complete and publish a local review: within 6 months of the decision to initiate it
    /// (R17; guidance).
    LocalReviewPublication,
}

/// The date a deadline counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AnchorKind {
    /// The date the local authority became aware.
    LaAwareDate,
    /// The date the notification was sent to the Panel.
    NotificationSentDate,
    /// The date the partners decided to initiate a local review.
    ReviewDecisionDate,
}

/// When a deadline falls due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Due {
    /// The last day.
    On(
        #[serde(with = "crate::dates::serde_iso")]
        #[schemars(with = "NaiveDate")]
        NaiveDate,
    ),
    /// The anchor date is not known yet, so no date can be given.
    AwaitingAnchorDate,
    /// The calendar does not cover the years needed; no date is given rather than a wrong one.
    CalendarError(CalendarError),
    /// Within this many calendar months of the anchor (no fixed date computed).
    WithinMonths(u32),
}

/// A deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// Whether it applies now, or only if the Panel is notified, or may apply.
    pub applies: Applicability,
    /// What it counts from.
    pub anchor: AnchorKind,
    /// The anchor date (Day 0), if known.
    #[serde(default, with = "crate::dates::serde_iso::option")]
    #[schemars(with = "Option<NaiveDate>", !default)]
    pub anchor_date: Option<NaiveDate>,
    /// Working days after Day 0 (`None` for a months-based timescale).
    pub working_days: Option<u32>,
    /// The due date, or why there is none.
    pub due: Due,
    /// The primary date to show when two anchors are given for the same step.
    pub primary: bool,
    /// How binding it is.
    pub strength: Strength,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The rapid review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RapidReview {
    /// Whether a rapid review applies.
    pub applies: Applicability,
    /// The local authority whose safeguarding partners lead it, if known.
    pub lead_area: Option<LocalAuthority>,
    /// Another English local authority area to collaborate with (where the child lives).
    pub collaborate_with: Option<LocalAuthority>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The local child safeguarding practice review decision (never automatic).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalReview {
    /// `consider` when the Panel must be notified, `if_notified` while that is open,
    /// `not_applicable` otherwise.
    pub applies: Applicability,
    /// The regulation 11(a)–(d) criteria the partners must take into account.
    pub criteria: Vec<ReviewCriterion>,
    /// Further circumstances to consider ([UNV] wording: prompts only).
    pub additional_considerations: Vec<ReviewCriterion>,
    /// Whether the Panel may commission a national review instead (R16).
    pub national_review_possible: bool,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// One criterion or consideration for the local review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewCriterion {
    /// A stable identifier, e.g. "reg11_a".
    pub id: Text,
    /// The criterion, in plain English.
    pub text: Text,
    /// Where it comes from.
    pub reasons: Vec<Reason>,
}

/// The kind of other notification or process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProcessKind {
    /// Looked-after child's death: Secretary of State and Ofsted (R12).
    LookedAfterChildDeathNotification,
    /// Care leaver's death (under 25): Secretary of State and Ofsted (R13).
    CareLeaverDeathNotification,
    /// Child death review (R19).
    ChildDeathReview,
    /// Domestic Homicide Review / Domestic Abuse Related Death Review (R20).
    DomesticAbuseRelatedDeathReview,
    /// Safeguarding Adults Review (R21).
    SafeguardingAdultsReview,
    /// The provider's own regulatory notifications (R22).
    ProviderNotifications,
    /// Referral to the Local Authority Designated Officer (R22).
    LadoReferral,
    /// Report to the safeguarding partners of another area, or the home authorities (R09).
    InformOtherArea,
}

/// Another notification or process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherProcess {
    /// Which process.
    pub kind: ProcessKind,
    /// Whether it applies.
    pub applies: Applicability,
    /// What should happen and who does it.
    pub action: Text,
    /// The other English local authority it concerns, where known: the area where the child
    /// normally lives (child death review, informing the other area).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<LocalAuthority>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// A system outside England.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RouteKind {
    /// Wales (R23).
    Wales,
    /// Scotland (R24).
    Scotland,
    /// Northern Ireland (R25).
    NorthernIreland,
    /// Outside the UK.
    Overseas,
}

/// Which Welsh Child Practice Review may apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WalesReview {
    /// Concise: neither on the child protection register nor looked after in the 6 months before.
    Concise,
    /// Extended: on the register and/or looked after in the 6 months before.
    Extended,
    /// Not known yet.
    Undetermined,
}

/// A route to a system outside England, in addition to any English duty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Which system.
    pub kind: RouteKind,
    /// Whether it applies.
    pub applies: Applicability,
    /// What to do.
    pub action: Text,
    /// For Wales: concise or extended Child Practice Review.
    pub wales_review: Option<WalesReview>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// Local, discretionary learning options (R18).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalLearning {
    /// The options.
    pub options: Vec<Text>,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// What the user should do next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NextSteps {
    /// Who is asking, if answered.
    pub asker: Option<Asker>,
    /// Whether this user can notify the Panel (only the local authority can).
    pub can_notify_panel: bool,
    /// What this user must do first, by when, and whom to contact: the outcome's headline.
    pub first: FirstAction,
    /// The deadlines that concern this user, in order: all of them for the local authority;
    /// for anyone else, the local authority's Panel notification (the rest are the local
    /// authority's and its partners').
    pub key_deadlines: Vec<DeadlineKind>,
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// What the user, in their role, must do first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstAction {
    /// What to do.
    pub action: ActionKind,
    /// By when.
    pub by: ActionBy,
    /// Whose children's social care to contact (the local authority that holds, or is most
    /// likely to hold, the duty).
    pub contact: ContactArea,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The first thing to do, for the user's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Anyone but the local authority, when a notification is or may be needed: refer to the
    /// local authority's children's social care and the safeguarding partnership (R11).
    ReferToLocalAuthority,
    /// The local authority, criteria met: notify the Panel (R08, R09).
    NotifyPanel,
    /// The local authority, criteria needing judgement: decide with the safeguarding partners
    /// whether to notify (R08, R11).
    DecideWhetherToNotify,
    /// The local authority, criteria not met: record the decision and its rationale.
    RecordDecision,
    /// Anyone else, criteria not met: follow their own agency's safeguarding procedures.
    FollowOwnProcedures,
    /// Answers are missing: answer them (say who you are first).
    AnswerRemainingQuestions,
}

/// When the first action is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionBy {
    /// Today, without delay (a referral: the local authority's clock starts when it hears).
    Today,
    /// By this date (the Panel notification's last day).
    On(
        #[serde(with = "crate::dates::serde_iso")]
        #[schemars(with = "NaiveDate")]
        NaiveDate,
    ),
    /// Within this many working days of the local authority becoming aware (date not known).
    WorkingDaysFromAwareness(u32),
    /// No deadline.
    NoDeadline,
}

/// The local authority to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactArea {
    /// Where the death or harm happened (it holds the duty, R01).
    IncidentArea(LocalAuthority),
    /// Where the child normally lives: it holds the duty (harm outside England, R02), or it is
    /// the one to tell while it is not known where the harm happened.
    ResidenceArea(LocalAuthority),
    /// No English local authority: the system where it happened (see the routes).
    NoEnglishAuthority,
    /// Not known: neither place is known.
    NotKnown,
}

/// One next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What to do.
    pub text: Text,
    /// Why.
    pub reasons: Vec<Reason>,
}

/// The kind of judgement prompt.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PromptKind {
    /// The child's age is not known.
    AgeNotSure,
    /// Born on 29 February; the incident was on 28 February of the 18th-birthday year.
    Born29February,
    /// The age was given only in years and is close to 18.
    AgeInYearsNear18,
    /// Aged 18: harm may have begun before the 18th birthday.
    StraddlingEighteenthBirthday,
    /// The incident date is before the date of birth.
    DatesInconsistent,
    /// Not known whether the baby was born alive.
    BornAliveNotSure,
    /// Stillbirth: the siblings and the mother.
    StillbirthSiblingsAndMother,
    /// Not sure whether the harm is serious.
    SeriousHarmNotSure,
    /// Not sure whether abuse or neglect is suspected.
    AbuseOrNeglectNotSure,
    /// A death without suspected abuse or neglect: re-check if the family is known.
    DeathWithoutSuspicion,
    /// Harm by another child: that child's welfare.
    HarmByAnotherChild,
    /// Where the incident happened is not known.
    IncidentPlaceUnknown,
    /// Harm outside England, and where the child lives is not known.
    ResidenceUnknown,
    /// Harm outside England: who leads the rapid review is not settled by the Panel FAQ.
    CrossBorderRapidReviewLead,
    /// A looked-after child's death where two local authorities are involved.
    LookedAfterChildTwoAuthorities,
    /// A baby's death or serious harm: the mother (or father) may herself be a child who
    /// needs safeguarding now, with her own s16C consideration.
    ParentMayBeAChild,
}

/// A matter for judgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JudgementPrompt {
    /// Which matter.
    pub kind: PromptKind,
    /// What to consider.
    pub text: Text,
    /// Where it comes from.
    pub reasons: Vec<Reason>,
}
