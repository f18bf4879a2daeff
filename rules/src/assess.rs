//! `assess`: the rules R01–R26 as small functions.
//!
//! The work is split in two:
//! 1. [`evaluate`] turns the answers ([`Inputs`], derived from [`CaseFacts`]) into
//!    [`Findings`]: every decision the assessment contains, as small `Copy` values, no text.
//!    One function per rule computes its part.
//! 2. [`build`] turns the findings into the [`Assessment`], adding the plain-English
//!    sentences, names, dates and citations (through [`Reason::new`], from the rule table).
//!
//! `still_needed` is computed from the findings: an unanswered question is needed iff some
//! answer to it (with every other answer held as it is) changes the findings.

use chrono::NaiveDate;

use crate::assessment::*;
use crate::calendar::{self, ChildOnDate};
use crate::facts::*;
use crate::rule::RuleId::{self, *};

// ---------------------------------------------------------------------------------------
// Inputs: the answers in the form the rules use.
// ---------------------------------------------------------------------------------------

/// Age band on the incident date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum AgeBand {
    Under1,
    From1To15,
    From16To17,
    Eighteen,
    From19To24,
    From25,
}

impl AgeBand {
    const ALL: [AgeBand; 6] = [
        AgeBand::Under1,
        AgeBand::From1To15,
        AgeBand::From16To17,
        AgeBand::Eighteen,
        AgeBand::From19To24,
        AgeBand::From25,
    ];

    fn of_years(y: u32) -> AgeBand {
        match y {
            0 => AgeBand::Under1,
            1..=15 => AgeBand::From1To15,
            16 | 17 => AgeBand::From16To17,
            18 => AgeBand::Eighteen,
            19..=24 => AgeBand::From19To24,
            _ => AgeBand::From25,
        }
    }

    fn is_minor(self) -> bool {
        self < AgeBand::Eighteen
    }
}

/// What is known of the person's age on the incident date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgeInfo {
    Band(AgeBand),
    /// Born 29 February; incident on 28 February of the 18th-birthday year.
    Ambiguous29Feb,
    /// The user is not sure of the age (or of the incident date, given a date of birth).
    NotSure,
    /// The incident date is before the date of birth.
    BeforeBirth,
    /// The age, or the incident date needed with a date of birth, is not answered.
    Unanswered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceIn<'a> {
    English(&'a str),
    Wales,
    Scotland,
    NorthernIreland,
    Abroad,
    Unknown,
}

impl<'a> PlaceIn<'a> {
    fn from_place(p: &'a Place) -> PlaceIn<'a> {
        match p {
            Place::EnglishLocalAuthority(n) => PlaceIn::English(n.as_str()),
            Place::Wales => PlaceIn::Wales,
            Place::Scotland => PlaceIn::Scotland,
            Place::NorthernIreland => PlaceIn::NorthernIreland,
            Place::Abroad => PlaceIn::Abroad,
            Place::Unknown => PlaceIn::Unknown,
        }
    }

    fn outside_england(self) -> bool {
        matches!(
            self,
            PlaceIn::Wales | PlaceIn::Scotland | PlaceIn::NorthernIreland | PlaceIn::Abroad
        )
    }

    fn describe(self) -> String {
        match self {
            PlaceIn::English(n) => n.to_string(),
            PlaceIn::Wales => "Wales".into(),
            PlaceIn::Scotland => "Scotland".into(),
            PlaceIn::NorthernIreland => "Northern Ireland".into(),
            PlaceIn::Abroad => "outside the UK".into(),
            PlaceIn::Unknown => "an unknown place".into(),
        }
    }
}

/// The answers, as the rules see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Inputs<'a> {
    asker: Option<Asker>,
    event: Option<Event>,
    age: AgeInfo,
    /// The age was given in years as 17 or 18.
    near18: bool,
    /// The age was given as a date of birth.
    dob_given: bool,
    born_alive: Option<YesNoNotSure>,
    abuse: Option<AbuseOrNeglect>,
    incident: Option<PlaceIn<'a>>,
    residence: Option<PlaceIn<'a>>,
    looked_after: Option<YesNoNotSure>,
    care_leaver: Option<YesNoNotSure>,
    suspected: Option<SuspectedPerson>,
    setting: Option<Setting>,
    cp_plan: Option<YesNoNotSure>,
    /// `Some(true)`: the date the LA became aware is known; `Some(false)`: not sure.
    aware: Option<bool>,
    /// `Some(true)`: the notification date is known; `Some(false)`: not sent or not sure.
    sent: Option<bool>,
    children: Option<u32>,
}

fn age_info(facts: &CaseFacts) -> (AgeInfo, bool) {
    match facts.child_age {
        None => (AgeInfo::Unanswered, false),
        Some(ChildAge::NotSure) => (AgeInfo::NotSure, false),
        Some(ChildAge::AgeInYears(y)) => (AgeInfo::Band(AgeBand::of_years(y)), y == 17 || y == 18),
        Some(ChildAge::DateOfBirth(dob)) => match facts.incident_date {
            None => (AgeInfo::Unanswered, false),
            Some(DateAnswer::NotSure) => (AgeInfo::NotSure, false),
            Some(DateAnswer::Date(on)) => (age_on(dob, on), false),
        },
    }
}

fn age_on(dob: NaiveDate, on: NaiveDate) -> AgeInfo {
    match calendar::is_child_on(dob, on) {
        ChildOnDate::BeforeBirth => AgeInfo::BeforeBirth,
        ChildOnDate::Ambiguous29February => AgeInfo::Ambiguous29Feb,
        ChildOnDate::Child | ChildOnDate::NotChild => match calendar::age_in_years_on(dob, on) {
            Some(y) => AgeInfo::Band(AgeBand::of_years(y)),
            None => AgeInfo::NotSure,
        },
    }
}

impl<'a> Inputs<'a> {
    pub(crate) fn from_facts(f: &'a CaseFacts) -> Inputs<'a> {
        let (age, near18) = age_info(f);
        Inputs {
            asker: f.asker,
            event: f.event,
            age,
            near18,
            dob_given: matches!(f.child_age, Some(ChildAge::DateOfBirth(_))),
            born_alive: f.born_alive,
            abuse: f.abuse_or_neglect,
            incident: f.incident_place.as_ref().map(PlaceIn::from_place),
            residence: f.residence.as_ref().map(PlaceIn::from_place),
            looked_after: f.looked_after,
            care_leaver: f.care_leaver,
            suspected: f.suspected_person,
            setting: f.setting,
            cp_plan: f.child_protection_plan,
            aware: f.la_aware_date.map(|d| d.date().is_some()),
            sent: f
                .notification_sent
                .map(|s| matches!(s, SentAnswer::Sent(_))),
            children: f.number_of_children,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Findings: every decision, no text.
// ---------------------------------------------------------------------------------------

/// The state of one s16C condition.
pub(crate) type Gate = ConditionState;

/// Three-valued logic for the other processes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tri {
    Yes,
    No,
    Unknown,
}

fn all(ts: &[Tri]) -> Tri {
    ts.iter().fold(Tri::Yes, |acc, t| match (acc, *t) {
        (Tri::No, _) | (_, Tri::No) => Tri::No,
        (Tri::Unknown, _) | (_, Tri::Unknown) => Tri::Unknown,
        _ => Tri::Yes,
    })
}

fn yns(a: Option<YesNoNotSure>) -> Tri {
    match a {
        Some(YesNoNotSure::Yes) => Tri::Yes,
        Some(YesNoNotSure::No) => Tri::No,
        _ => Tri::Unknown,
    }
}

/// `Yes` → `when_yes`, `Unknown` → `Possible`, `No` → `NotApplicable`.
fn applicability(t: Tri, when_yes: Applicability) -> Applicability {
    match t {
        Tri::Yes => when_yes,
        Tri::Unknown => Applicability::Possible,
        Tri::No => Applicability::NotApplicable,
    }
}

/// Conjunction of s16C conditions: NotMet beats NotAnswered beats NeedsJudgement beats Met.
fn conjunction(gates: &[Gate]) -> Gate {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DutyKind {
    Incident,
    Residence,
    NoEnglish,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PanelKind {
    Required,
    NotRequired,
    NeedsJudgement,
    CannotTellYet,
}

const DEADLINE_KINDS: [DeadlineKind; 6] = [
    DeadlineKind::NotifyPanel,
    DeadlineKind::TellSafeguardingPartners,
    DeadlineKind::RapidReviewFromNotification,
    DeadlineKind::RapidReviewFromAwareness,
    DeadlineKind::NotifySecretaryOfStateAndOfsted,
    DeadlineKind::LocalReviewPublication,
];

const PROCESS_KINDS: [ProcessKind; 8] = [
    ProcessKind::LookedAfterChildDeathNotification,
    ProcessKind::CareLeaverDeathNotification,
    ProcessKind::ChildDeathReview,
    ProcessKind::DomesticAbuseRelatedDeathReview,
    ProcessKind::SafeguardingAdultsReview,
    ProcessKind::ProviderNotifications,
    ProcessKind::LadoReferral,
    ProcessKind::InformOtherArea,
];

const PROMPT_KINDS: [PromptKind; 15] = [
    PromptKind::AgeNotSure,
    PromptKind::Born29February,
    PromptKind::AgeInYearsNear18,
    PromptKind::StraddlingEighteenthBirthday,
    PromptKind::DatesInconsistent,
    PromptKind::BornAliveNotSure,
    PromptKind::StillbirthSiblingsAndMother,
    PromptKind::SeriousHarmNotSure,
    PromptKind::AbuseOrNeglectNotSure,
    PromptKind::DeathWithoutSuspicion,
    PromptKind::HarmByAnotherChild,
    PromptKind::IncidentPlaceUnknown,
    PromptKind::ResidenceUnknown,
    PromptKind::CrossBorderRapidReviewLead,
    PromptKind::LookedAfterChildTwoAuthorities,
];

/// Every decision in an assessment, without text. Two answers that give equal findings give
/// the same assessment apart from names and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Findings {
    place: Gate,
    child: Gate,
    abuse: Gate,
    event: Gate,
    duty: DutyKind,
    /// Whose children's social care the user contacts: the duty holder, or, while it is not
    /// known where the harm happened, where the child lives.
    contact: DutyKind,
    panel: PanelKind,
    /// Per [`DEADLINE_KINDS`]: applicability and whether the anchor date is known.
    deadlines: [Option<(Applicability, bool)>; 6],
    /// Per [`PROCESS_KINDS`].
    processes: [Applicability; 8],
    route: Option<(RouteKind, Applicability, Option<WalesReview>)>,
    rapid_review: Applicability,
    rr_collaborate: bool,
    local_review: Applicability,
    lcspr_multi_area: bool,
    lcspr_institutional: bool,
    local_learning: bool,
    /// Bit i set: [`PROMPT_KINDS`]`[i]` applies.
    prompts: u32,
    asker: Option<Asker>,
    many_children: bool,
}

// --- The s16C conditions -----------------------------------------------------------------

/// R01–R03, the place test of s16C(1): "(a) the child dies or is seriously harmed in the
/// local authority's area, or (b) while normally resident in the local authority's area,
/// the child dies or is seriously harmed outside England." Harm in England → the incident
/// LA (R01, Panel FAQ); outside England (Wales, Scotland, NI, overseas — Hansard 18 Oct
/// 2016) → the residence LA if English (R02); otherwise no English duty (R03).
fn r01_r03_place(i: &Inputs) -> (Gate, DutyKind) {
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
fn r04_age(i: &Inputs) -> Gate {
    match i.age {
        AgeInfo::Band(b) if b.is_minor() => Gate::Met,
        AgeInfo::Band(_) => Gate::NotMet,
        AgeInfo::Ambiguous29Feb | AgeInfo::NotSure | AgeInfo::BeforeBirth => Gate::NeedsJudgement,
        AgeInfo::Unanswered => Gate::NotAnswered,
    }
}

/// R05 applies only where the child may be a newborn who has died.
fn r05_born_alive_considered(i: &Inputs) -> bool {
    matches!(
        i.age,
        AgeInfo::Band(AgeBand::Under1) | AgeInfo::NotSure | AgeInfo::Unanswered
    ) && matches!(i.event, None | Some(Event::Death))
}

/// R05: a stillbirth is not the death of a child ("where there has not been an independent
/// life, there has not legally been a death" — SUDI guidelines as quoted; BDRA 1953 s41).
/// Born alive → a child; unclear → the local authority decides.
fn r05_born_alive(i: &Inputs) -> Gate {
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

fn stillborn(i: &Inputs) -> bool {
    r05_born_alive_considered(i) && i.born_alive == Some(YesNoNotSure::No)
}

/// R06: s16C(1) "knows or suspects that a child has been abused or neglected". Known and
/// suspected are the same.
fn r06_abuse(i: &Inputs) -> Gate {
    match i.abuse {
        Some(AbuseOrNeglect::Known | AbuseOrNeglect::Suspected) => Gate::Met,
        Some(AbuseOrNeglect::NotSuspected) => Gate::NotMet,
        Some(AbuseOrNeglect::NotSure) => Gate::NeedsJudgement,
        None => Gate::NotAnswered,
    }
}

/// R07: "the child dies (including suspected suicide) or is seriously harmed" (s16C(1);
/// GOV.UK 2018). Serious harm is a judgement (WT2023 Ch.5).
fn r07_event(i: &Inputs) -> Gate {
    match i.event {
        Some(Event::Death | Event::SuspectedSuicide | Event::SeriousHarm) => Gate::Met,
        Some(Event::HarmNotSerious) => Gate::NotMet,
        Some(Event::NotSure) => Gate::NeedsJudgement,
        None => Gate::NotAnswered,
    }
}

/// R08: all conditions met → the LA must notify the Panel. A definitely unmet condition →
/// not required; otherwise unanswered → cannot tell yet; otherwise judgement.
fn r08_panel(gates: &[Gate]) -> PanelKind {
    match conjunction(gates) {
        Gate::Met => PanelKind::Required,
        Gate::NotMet => PanelKind::NotRequired,
        Gate::NeedsJudgement => PanelKind::NeedsJudgement,
        Gate::NotAnswered => PanelKind::CannotTellYet,
    }
}

// --- Facts in three-valued form ------------------------------------------------------------

fn death(i: &Inputs) -> Tri {
    match i.event {
        Some(e) if e.is_death() => Tri::Yes,
        None => Tri::Unknown,
        Some(_) => Tri::No,
    }
}

fn death_or_serious(i: &Inputs) -> Tri {
    match r07_event(i) {
        Gate::Met => Tri::Yes,
        Gate::NotMet => Tri::No,
        _ => Tri::Unknown,
    }
}

fn gate_tri(g: Gate) -> Tri {
    match g {
        Gate::Met => Tri::Yes,
        Gate::NotMet => Tri::No,
        _ => Tri::Unknown,
    }
}

fn abuse_tri(i: &Inputs) -> Tri {
    gate_tri(r06_abuse(i))
}

fn adult(i: &Inputs) -> Tri {
    match i.age {
        AgeInfo::Band(b) => {
            if b.is_minor() {
                Tri::No
            } else {
                Tri::Yes
            }
        }
        AgeInfo::BeforeBirth => Tri::No,
        _ => Tri::Unknown,
    }
}

fn aged_16_plus(i: &Inputs) -> Tri {
    match i.age {
        AgeInfo::Band(b) => {
            if b >= AgeBand::From16To17 {
                Tri::Yes
            } else {
                Tri::No
            }
        }
        AgeInfo::Ambiguous29Feb => Tri::Yes,
        AgeInfo::BeforeBirth => Tri::No,
        AgeInfo::NotSure | AgeInfo::Unanswered => Tri::Unknown,
    }
}

/// Could be a care leaver under 25: care leavers left care after 16; the notification is
/// for deaths before the 25th birthday.
fn care_leaver_age(i: &Inputs) -> Tri {
    match i.age {
        AgeInfo::Band(AgeBand::From16To17 | AgeBand::Eighteen | AgeBand::From19To24)
        | AgeInfo::Ambiguous29Feb => Tri::Yes,
        AgeInfo::Band(_) | AgeInfo::BeforeBirth => Tri::No,
        AgeInfo::NotSure | AgeInfo::Unanswered => Tri::Unknown,
    }
}

fn a_child(i: &Inputs) -> Tri {
    gate_tri(conjunction(&[r04_age(i), r05_born_alive(i)]))
}

// --- The other processes ------------------------------------------------------------------

/// R12: CA 1989 Sch.2 para 20(1): "If a child who is being looked after by a local authority
/// dies, the authority— (a) shall notify the Secretary of State"; WT: and Ofsted, "whether or
/// not abuse or neglect is known or suspected".
fn r12_looked_after_death(i: &Inputs) -> Applicability {
    applicability(
        all(&[death(i), yns(i.looked_after), a_child(i)]),
        Applicability::Applies,
    )
}

/// R13: WT2023 (Dec 2023): the death of a care leaver up to their 25th birthday → notify the
/// Secretary of State and Ofsted, regardless of abuse or neglect.
fn r13_care_leaver_death(i: &Inputs) -> Applicability {
    applicability(
        all(&[death(i), yns(i.care_leaver), care_leaver_age(i)]),
        Applicability::Applies,
    )
}

/// R19: CA 2004 s16M(1): the child death review partners "must make arrangements for the
/// review of each death of a child normally resident in the area". Not stillbirths.
fn r19_child_death_review(i: &Inputs) -> Applicability {
    applicability(all(&[death(i), a_child(i)]), Applicability::Applies)
}

/// R20: DVCVA 2004 s9: review of the death of "a person aged 16 or over" that has, or
/// appears to have, resulted from domestic abuse. A prompt: the relationship is not asked.
fn r20_dardr(i: &Inputs) -> Applicability {
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
fn r21_sar(i: &Inputs) -> Applicability {
    applicability(
        all(&[adult(i), death_or_serious(i), abuse_tri(i)]),
        Applicability::Consider,
    )
}

/// R22 (provider): regulated providers notify Ofsted and others of a death or serious harm
/// in their setting (Children's Homes Regs 2015 reg 40; EYFS 14 days), independent of R08.
fn r22_provider(i: &Inputs) -> Applicability {
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
fn r22_lado(i: &Inputs) -> Applicability {
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

/// R09: "report the event to the safeguarding partners in their area (and in other areas if
/// appropriate)": another English area where the child lives; home authorities outside
/// England to be considered.
fn r09_other_area(i: &Inputs, panel: PanelKind) -> Applicability {
    if panel == PanelKind::NotRequired {
        return Applicability::NotApplicable;
    }
    let when_yes = if panel == PanelKind::Required {
        Applicability::Applies
    } else {
        Applicability::IfNotified
    };
    match (i.incident, i.residence) {
        (Some(PlaceIn::English(a)), Some(PlaceIn::English(b))) if a != b => when_yes,
        (Some(PlaceIn::English(_)), Some(r)) if r.outside_england() => Applicability::Consider,
        (Some(PlaceIn::English(_)), None) => Applicability::Possible,
        _ => Applicability::NotApplicable,
    }
}

/// R23–R25 and overseas: the system where the incident happened, if outside England, when
/// the harm may meet that system's criteria (child, death/serious harm, abuse or neglect).
fn r23_r25_route(i: &Inputs) -> Option<(RouteKind, Applicability, Option<WalesReview>)> {
    let kind = match i.incident? {
        PlaceIn::Wales => RouteKind::Wales,
        PlaceIn::Scotland => RouteKind::Scotland,
        PlaceIn::NorthernIreland => RouteKind::NorthernIreland,
        PlaceIn::Abroad => RouteKind::Overseas,
        _ => return None,
    };
    let applies = applicability(
        all(&[a_child(i), death_or_serious(i), abuse_tri(i)]),
        Applicability::Applies,
    );
    if applies == Applicability::NotApplicable {
        return None;
    }
    let wales = (kind == RouteKind::Wales).then(|| match (yns(i.looked_after), yns(i.cp_plan)) {
        (Tri::Yes, _) | (_, Tri::Yes) => WalesReview::Extended,
        (Tri::No, Tri::No) => WalesReview::Concise,
        _ => WalesReview::Undetermined,
    });
    Some((kind, applies, wales))
}

fn follows_notification(panel: PanelKind, when_required: Applicability) -> Applicability {
    match panel {
        PanelKind::Required => when_required,
        PanelKind::NotRequired => Applicability::NotApplicable,
        PanelKind::NeedsJudgement | PanelKind::CannotTellYet => Applicability::IfNotified,
    }
}

fn different_english_areas(i: &Inputs) -> bool {
    matches!((i.incident, i.residence), (Some(PlaceIn::English(a)), Some(PlaceIn::English(b))) if a != b)
}

/// Whom to contact (R11): the local authority holding the duty; where it is not known where
/// the harm happened, the local authority where the child lives.
fn contact_area(i: &Inputs, duty: DutyKind) -> DutyKind {
    match (duty, i.incident, i.residence) {
        (DutyKind::Unknown, Some(PlaceIn::Unknown), Some(PlaceIn::English(_))) => {
            DutyKind::Residence
        }
        (duty, _, _) => duty,
    }
}

/// Evaluate every rule.
pub(crate) fn evaluate(i: &Inputs) -> Findings {
    let (place, duty) = r01_r03_place(i);
    let child = conjunction(&[r04_age(i), r05_born_alive(i)]);
    let abuse = r06_abuse(i);
    let event = r07_event(i);
    let panel = r08_panel(&[place, child, abuse, event]);

    let processes = [
        r12_looked_after_death(i),
        r13_care_leaver_death(i),
        r19_child_death_review(i),
        r20_dardr(i),
        r21_sar(i),
        r22_provider(i),
        r22_lado(i),
        r09_other_area(i, panel),
    ];

    // R14: the rapid review follows a notification.
    let rapid_review = follows_notification(panel, Applicability::Applies);
    // R15: a local review is considered, never automatic.
    let local_review = follows_notification(panel, Applicability::Consider);

    // R09, R14, R12, R17 deadlines.
    let notified = follows_notification(panel, Applicability::Applies);
    let aware = i.aware == Some(true);
    // The notification date only changes the rapid review's date, which is the local
    // authority's and its partners' to keep: anyone else is told it runs from the
    // notification, so they are never asked when it was sent.
    let sent = i.sent == Some(true) && matches!(i.asker, None | Some(Asker::LocalAuthority));
    let some_if =
        |a: Applicability, known: bool| (a != Applicability::NotApplicable).then_some((a, known));
    let deadlines = [
        some_if(notified, aware),
        some_if(notified, aware),
        some_if(notified, sent),
        some_if(notified, aware),
        some_if(processes[0], aware),
        some_if(local_review, false),
    ];

    let route = r23_r25_route(i);
    let local_learning = matches!(panel, PanelKind::NotRequired | PanelKind::NeedsJudgement);

    let mut prompts = 0u32;
    let mut flag = |k: PromptKind, on: bool| {
        if on {
            // PROMPT_KINDS lists the kinds in declaration order (checked by a test).
            prompts |= 1 << (k as u32);
        }
    };
    flag(PromptKind::AgeNotSure, i.age == AgeInfo::NotSure);
    flag(PromptKind::Born29February, i.age == AgeInfo::Ambiguous29Feb);
    flag(PromptKind::AgeInYearsNear18, i.near18);
    flag(
        PromptKind::StraddlingEighteenthBirthday,
        i.age == AgeInfo::Band(AgeBand::Eighteen),
    );
    flag(PromptKind::DatesInconsistent, i.age == AgeInfo::BeforeBirth);
    flag(
        PromptKind::BornAliveNotSure,
        r05_born_alive_considered(i) && i.born_alive == Some(YesNoNotSure::NotSure),
    );
    flag(PromptKind::StillbirthSiblingsAndMother, stillborn(i));
    flag(
        PromptKind::SeriousHarmNotSure,
        i.event == Some(Event::NotSure),
    );
    flag(
        PromptKind::AbuseOrNeglectNotSure,
        i.abuse == Some(AbuseOrNeglect::NotSure),
    );
    flag(
        PromptKind::DeathWithoutSuspicion,
        death(i) == Tri::Yes && i.abuse == Some(AbuseOrNeglect::NotSuspected),
    );
    flag(
        PromptKind::HarmByAnotherChild,
        i.suspected == Some(SuspectedPerson::AnotherChild) && abuse_tri(i) != Tri::No,
    );
    flag(
        PromptKind::IncidentPlaceUnknown,
        i.incident == Some(PlaceIn::Unknown),
    );
    flag(
        PromptKind::ResidenceUnknown,
        i.incident.is_some_and(|p| p.outside_england()) && i.residence == Some(PlaceIn::Unknown),
    );
    flag(
        PromptKind::CrossBorderRapidReviewLead,
        duty == DutyKind::Residence && panel != PanelKind::NotRequired,
    );
    flag(
        PromptKind::LookedAfterChildTwoAuthorities,
        processes[0] != Applicability::NotApplicable
            && matches!((i.incident, i.residence), (Some(a), Some(b)) if a != b),
    );

    let reviewing = local_review != Applicability::NotApplicable;
    Findings {
        place,
        child,
        abuse,
        event,
        duty,
        contact: contact_area(i, duty),
        panel,
        deadlines,
        processes,
        route,
        rapid_review,
        rr_collaborate: duty == DutyKind::Incident && different_english_areas(i),
        local_review,
        lcspr_multi_area: reviewing && (different_english_areas(i) || duty == DutyKind::Residence),
        lcspr_institutional: reviewing && i.setting.is_some_and(|s| s.is_institutional()),
        local_learning,
        prompts,
        asker: i.asker,
        many_children: panel != PanelKind::NotRequired && i.children.is_some_and(|n| n > 4),
    }
}

// ---------------------------------------------------------------------------------------
// still_needed: which unanswered questions could change the findings.
// ---------------------------------------------------------------------------------------

const OTHER_LA: &str = "\u{0}another English local authority";

fn place_variants<'a>(other: Option<PlaceIn<'a>>) -> [PlaceIn<'a>; 7] {
    let same = match other {
        Some(PlaceIn::English(n)) => n,
        _ => "\u{0}an English local authority",
    };
    [
        PlaceIn::English(same),
        PlaceIn::English(OTHER_LA),
        PlaceIn::Wales,
        PlaceIn::Scotland,
        PlaceIn::NorthernIreland,
        PlaceIn::Abroad,
        PlaceIn::Unknown,
    ]
}

const YNS: [Option<YesNoNotSure>; 3] = [
    Some(YesNoNotSure::Yes),
    Some(YesNoNotSure::No),
    Some(YesNoNotSure::NotSure),
];

/// One answer per class of suspected person the rules distinguish (every other answer gives
/// the same findings as one of these; checked by a test over the answer space).
pub(crate) const SUSPECT_CLASSES: [SuspectedPerson; 4] = [
    SuspectedPerson::ParentOrCarer,
    SuspectedPerson::AnotherChild,
    SuspectedPerson::PersonWorkingWithChildren,
    SuspectedPerson::ExtraFamilial,
];

/// The class representative of a suspected person.
#[cfg(test)]
pub(crate) fn suspect_class(s: SuspectedPerson) -> SuspectedPerson {
    match s {
        SuspectedPerson::OtherAdult | SuspectedPerson::Unknown => SuspectedPerson::ParentOrCarer,
        other => other,
    }
}

/// One answer per class of setting the rules distinguish (regulated and/or institutional,
/// neither, not sure).
pub(crate) const SETTING_CLASSES: [Setting; 5] = [
    Setting::ChildrensHome,
    Setting::FosterCare,
    Setting::School,
    Setting::Home,
    Setting::NotSure,
];

/// The class representative of a setting.
#[cfg(test)]
pub(crate) fn setting_class(s: Setting) -> Setting {
    match (
        s == Setting::NotSure,
        s.is_regulated(),
        s.is_institutional(),
    ) {
        (true, _, _) => Setting::NotSure,
        (_, true, true) => Setting::ChildrensHome,
        (_, true, false) => Setting::FosterCare,
        (_, false, true) => Setting::School,
        (_, false, false) => Setting::Home,
    }
}

/// Call `visit` with `base` changed by every possible answer to `q` (as the rules see it).
fn for_each_answer(q: Question, base: &Inputs, mut visit: impl FnMut(&Inputs)) {
    let mut check = |i: Inputs| visit(&i);
    let b = *base;
    match q {
        Question::Asker => Asker::ALL.iter().for_each(|a| {
            check(Inputs {
                asker: Some(*a),
                ..b
            })
        }),
        Question::Event => Event::ALL.iter().for_each(|e| {
            check(Inputs {
                event: Some(*e),
                ..b
            })
        }),
        Question::ChildAge => {
            for band in AgeBand::ALL {
                check(Inputs {
                    age: AgeInfo::Band(band),
                    near18: false,
                    ..b
                });
            }
            check(Inputs {
                age: AgeInfo::Band(AgeBand::From16To17),
                near18: true,
                ..b
            });
            check(Inputs {
                age: AgeInfo::Band(AgeBand::Eighteen),
                near18: true,
                ..b
            });
            check(Inputs {
                age: AgeInfo::NotSure,
                near18: false,
                ..b
            });
            check(Inputs {
                age: AgeInfo::Ambiguous29Feb,
                near18: false,
                ..b
            });
        }
        Question::IncidentDate => {
            // Only the age on the incident date depends on it (given a date of birth).
            if !b.dob_given {
                return;
            }
            for band in AgeBand::ALL {
                check(Inputs {
                    age: AgeInfo::Band(band),
                    ..b
                });
            }
            check(Inputs {
                age: AgeInfo::NotSure,
                ..b
            });
            check(Inputs {
                age: AgeInfo::BeforeBirth,
                ..b
            });
        }
        Question::BornAlive => YNS.iter().for_each(|a| {
            check(Inputs {
                born_alive: *a,
                ..b
            })
        }),
        Question::AbuseOrNeglect => AbuseOrNeglect::ALL.iter().for_each(|a| {
            check(Inputs {
                abuse: Some(*a),
                ..b
            })
        }),
        Question::IncidentPlace => place_variants(b.residence).iter().for_each(|p| {
            check(Inputs {
                incident: Some(*p),
                ..b
            })
        }),
        Question::Residence => place_variants(b.incident).iter().for_each(|p| {
            check(Inputs {
                residence: Some(*p),
                ..b
            })
        }),
        Question::LookedAfter => YNS.iter().for_each(|a| {
            check(Inputs {
                looked_after: *a,
                ..b
            })
        }),
        Question::CareLeaver => YNS.iter().for_each(|a| {
            check(Inputs {
                care_leaver: *a,
                ..b
            })
        }),
        Question::SuspectedPerson => SUSPECT_CLASSES.iter().for_each(|s| {
            check(Inputs {
                suspected: Some(*s),
                ..b
            })
        }),
        Question::Setting => SETTING_CLASSES.iter().for_each(|s| {
            check(Inputs {
                setting: Some(*s),
                ..b
            })
        }),
        Question::ChildProtectionPlan => {
            YNS.iter().for_each(|a| check(Inputs { cp_plan: *a, ..b }))
        }
        Question::LaAwareDate => [true, false].iter().for_each(|k| {
            check(Inputs {
                aware: Some(*k),
                ..b
            })
        }),
        Question::NotificationSent => [true, false].iter().for_each(|k| {
            check(Inputs {
                sent: Some(*k),
                ..b
            })
        }),
        Question::NumberOfChildren => [1, 5].iter().for_each(|n| {
            check(Inputs {
                children: Some(*n),
                ..b
            })
        }),
    }
}

/// For each unanswered question (in asking order): whether some answer changes the
/// findings (`still_needed`), and whether some answer changes the Panel status or duty
/// holder (`missing`). Returns `(still_needed, missing)`.
pub(crate) fn needed_questions(facts: &CaseFacts, i: &Inputs) -> (Vec<Question>, Vec<Question>) {
    let mut still = Vec::new();
    let mut missing = Vec::new();
    let base = evaluate(i);
    for q in Question::ALL {
        if !q.is_unanswered(facts) {
            continue;
        }
        if let Some(matters) = direct_relevance(q, &base) {
            // These questions never change the Panel status or duty holder.
            if matters {
                still.push(q);
            }
            continue;
        }
        let (any, panel) = brute_force_relevance(q, i);
        if any {
            still.push(q);
        }
        if panel {
            missing.push(q);
        }
    }
    (still, missing)
}

/// For an UNANSWERED question that feeds a single finding, whether an answer can change the
/// findings,
/// read directly from the findings (a shortcut for speed; a test checks it against
/// [`brute_force_relevance`] over the whole answer space). `None` for the other questions.
pub(crate) fn direct_relevance(q: Question, f: &Findings) -> Option<bool> {
    Some(match q {
        // Only the "more than 4 children" note, shown when a notification is possible.
        Question::NumberOfChildren => f.panel != PanelKind::NotRequired,
        // Only the anchor of the rapid review counted from the notification.
        // Only the anchor of the rapid review counted from the notification, which only the
        // local authority is told.
        Question::NotificationSent => {
            f.deadlines[2].is_some() && matches!(f.asker, None | Some(Asker::LocalAuthority))
        }
        // Only the anchors of the deadlines counted from awareness.
        Question::LaAwareDate => [0, 1, 3, 4].iter().any(|k| f.deadlines[*k].is_some()),
        // Only the Welsh review type, unless looked after already makes it extended.
        Question::ChildProtectionPlan => matches!(
            f.route,
            Some((
                RouteKind::Wales,
                _,
                Some(WalesReview::Concise | WalesReview::Undetermined)
            ))
        ),
        _ => return None,
    })
}

/// Whether some answer to `q` changes the findings, and whether some answer changes the
/// Panel status or duty holder, by evaluating every answer.
pub(crate) fn brute_force_relevance(q: Question, i: &Inputs) -> (bool, bool) {
    let mut first: Option<Findings> = None;
    let (mut any, mut panel) = (false, false);
    for_each_answer(q, i, |x| {
        if panel {
            return;
        }
        let f = evaluate(x);
        match &first {
            None => first = Some(f),
            Some(f0) => {
                any |= *f0 != f;
                panel |= (f0.panel, f0.duty) != (f.panel, f.duty);
            }
        }
    });
    (any, panel)
}

// ---------------------------------------------------------------------------------------
// The public entry point and the text.
// ---------------------------------------------------------------------------------------

/// Assess a case. Pure and total: never panics, reads no clock, does no I/O.
pub fn assess(facts: &CaseFacts) -> Assessment {
    let inputs = Inputs::from_facts(facts);
    let findings = evaluate(&inputs);
    build(facts, &inputs, &findings)
}

/// The rule set this crate encodes.
pub fn rule_set() -> RuleSet {
    RuleSet {
        version: concat!("rules-", env!("CARGO_PKG_VERSION")).into(),
        edition: "Children Act 2004 s16C (as inserted by the Children and Social Work Act 2017, in force 29 June 2018); Working Together to Safeguard Children 2023 (December 2023, as updated February 2024 and 2025); SI 2018/789".into(),
        calendar: CalendarCoverage {
            first_year: calendar::FIRST_YEAR,
            last_year: calendar::LAST_YEAR,
            last_published_year: calendar::LAST_PUBLISHED_YEAR,
            source: "England and Wales bank holidays: GOV.UK bank-holidays.json (2024–2028, cached 25 Feb 2026); 2029–2030 projected from the standing rules, not yet published by GOV.UK".into(),
        },
    }
}

fn r(rule: RuleId, s: impl Into<Text>) -> Reason {
    Reason::new(rule, s)
}

fn la_name(p: Option<&Place>) -> Option<String> {
    p.and_then(|p| p.english_la()).map(str::to_string)
}

fn build(facts: &CaseFacts, i: &Inputs, f: &Findings) -> Assessment {
    let duty_holder = match f.duty {
        DutyKind::Incident => la_name(facts.incident_place.as_ref())
            .map(DutyHolder::IncidentArea)
            .unwrap_or(DutyHolder::Unknown),
        DutyKind::Residence => la_name(facts.residence.as_ref())
            .map(DutyHolder::ResidenceArea)
            .unwrap_or(DutyHolder::Unknown),
        DutyKind::NoEnglish => DutyHolder::NoEnglishDuty,
        DutyKind::Unknown => DutyHolder::Unknown,
    };
    let duty_la = match &duty_holder {
        DutyHolder::IncidentArea(n) | DutyHolder::ResidenceArea(n) => Some(n.clone()),
        _ => None,
    };

    let conditions = vec![
        Condition {
            condition: ConditionKind::Place,
            state: f.place,
            reasons: place_reasons(i, f),
        },
        Condition {
            condition: ConditionKind::Child,
            state: f.child,
            reasons: child_reasons(i),
        },
        Condition {
            condition: ConditionKind::AbuseOrNeglect,
            state: f.abuse,
            reasons: vec![abuse_reason(i)],
        },
        Condition {
            condition: ConditionKind::DeathOrSeriousHarm,
            state: f.event,
            reasons: vec![event_reason(i)],
        },
    ];

    let (still_needed, missing) = needed_questions(facts, i);
    let status = match f.panel {
        PanelKind::Required => PanelStatus::Required,
        PanelKind::NotRequired => PanelStatus::NotRequired,
        PanelKind::NeedsJudgement => PanelStatus::NeedsJudgement,
        PanelKind::CannotTellYet => PanelStatus::CannotTellYet { missing },
    };
    let mut reasons = vec![status_reason(f, duty_la.as_deref())];
    if f.many_children {
        reasons.push(r(
            R10,
            "More than 4 children: raise one notification for the incident, give details of 4 children and put the others in the further-information text.",
        ));
    } else if f.panel != PanelKind::NotRequired {
        reasons.push(r(
            R10,
            "Raise one notification per incident, even if more than one child is affected (up to 4 children on the form).",
        ));
    }

    let panel_notification = PanelNotification {
        status,
        duty_holder,
        conditions,
        reasons,
    };

    let deadlines = deadlines(facts, f);
    let rapid_review = rapid_review(facts, f, duty_la.as_deref());
    let local_review = local_review(f);
    let other_processes = other_processes(facts, f, duty_la.as_deref());
    let routes = routes(f, duty_la.as_deref());
    let local_learning = f.local_learning.then(|| LocalLearning {
        options: vec![
            "Another local learning review (for example a partnership learning review or multi-agency audit)".into(),
            "A single-agency review or audit".into(),
            "A near-miss review, where a child was at significant risk of serious harm or death but it was averted".into(),
            "No further review, with the decision and rationale recorded".into(),
        ],
        reasons: vec![r(
            R18,
            "Where the criteria for a notification are not met, or may not be, the partners may still choose local learning. These options are discretionary, never statutory outcomes.",
        )],
    });
    let contact = match f.contact {
        DutyKind::Incident => la_name(facts.incident_place.as_ref())
            .map(ContactArea::IncidentArea)
            .unwrap_or(ContactArea::NotKnown),
        DutyKind::Residence => la_name(facts.residence.as_ref())
            .map(ContactArea::ResidenceArea)
            .unwrap_or(ContactArea::NotKnown),
        DutyKind::NoEnglish => ContactArea::NoEnglishAuthority,
        DutyKind::Unknown => ContactArea::NotKnown,
    };
    let next_steps = next_steps(f, duty_la.as_deref(), contact, &deadlines);
    let judgement_prompts = prompts(f, i);

    Assessment {
        rule_set: rule_set(),
        panel_notification,
        deadlines,
        rapid_review,
        local_review,
        other_processes,
        routes,
        local_learning,
        next_steps,
        judgement_prompts,
        still_needed,
    }
}

fn place_reasons(i: &Inputs, f: &Findings) -> Vec<Reason> {
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

fn child_reasons(i: &Inputs) -> Vec<Reason> {
    let mut out = Vec::new();
    match i.age {
        AgeInfo::Band(b) if b.is_minor() => out.push(r(R04, "The child was under 18 on the incident date.")),
        AgeInfo::Band(_) => out.push(r(
            R04,
            "The person was 18 or over on the incident date, so was not a child: s16C does not apply. A person attains an age at the start of their birthday, so harm on the 18th birthday is harm to an adult.",
        )),
        AgeInfo::Ambiguous29Feb => out.push(r(
            R04,
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

fn abuse_reason(i: &Inputs) -> Reason {
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

fn event_reason(i: &Inputs) -> Reason {
    r(
        R07,
        match i.event {
            Some(Event::Death) => "The child died.",
            Some(Event::SuspectedSuicide) => "The child died; a suspected suicide is a death for this purpose.",
            Some(Event::SeriousHarm) => "The child was seriously harmed. Serious harm includes serious or long-term impairment of health or development; recovery does not rule it out.",
            Some(Event::HarmNotSerious) => "The harm is not serious, so s16C does not apply.",
            Some(Event::NotSure) => "Whether the harm is serious is a judgement: consider whether long-term impairment is likely, even if not yet certain; even if the child recovers, serious harm may have occurred.",
            None => "What happened to the child is not answered yet.",
        },
    )
}

fn status_reason(f: &Findings, duty_la: Option<&str>) -> Reason {
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

fn due(anchor: Option<NaiveDate>, n: u32) -> Due {
    match anchor {
        None => Due::AwaitingAnchorDate,
        Some(d) => match calendar::add_working_days(d, n) {
            Ok(date) => Due::On(date),
            Err(e) => Due::CalendarError(e),
        },
    }
}

fn deadlines(facts: &CaseFacts, f: &Findings) -> Vec<Deadline> {
    let aware = facts.la_aware_date.and_then(DateAnswer::date);
    let sent = match facts.notification_sent {
        Some(SentAnswer::Sent(d)) if f.deadlines[2].is_some_and(|(_, known)| known) => Some(d),
        _ => None,
    };
    // One rapid-review date is shown: from the notification once it has been sent, otherwise
    // the earlier one, from awareness.
    let from_notification_primary = sent.is_some() || aware.is_none();
    let cal = || {
        r(R26, "Working days are Monday to Friday, excluding England and Wales bank holidays; Day 0 is the anchor date.")
    };
    let mut out = Vec::new();
    for (k, slot) in DEADLINE_KINDS.iter().zip(f.deadlines.iter()) {
        let Some((applies, _)) = slot else { continue };
        let (anchor, anchor_date, wd, strength, primary, reasons) = match k {
            DeadlineKind::NotifyPanel => (
                AnchorKind::LaAwareDate,
                aware,
                Some(5),
                Strength::Must,
                true,
                vec![r(R09, "Notify the Panel within 5 working days of the local authority becoming aware of the incident (GOV.UK: \"You must do this within 5 working days\"; Working Together says \"should\")."), cal()],
            ),
            DeadlineKind::TellSafeguardingPartners => (
                AnchorKind::LaAwareDate,
                aware,
                Some(5),
                Strength::Should,
                true,
                vec![r(R09, "Report the incident to the local safeguarding partners (and those of other areas if appropriate) within 5 working days."), cal()],
            ),
            DeadlineKind::RapidReviewFromNotification => (
                AnchorKind::NotificationSentDate,
                sent,
                Some(15),
                Strength::Guidance,
                from_notification_primary,
                vec![r(R14, "Rapid review within 15 working days of the date the notification was sent to the Panel (the primary date). This is a non-statutory expectation."), cal()],
            ),
            DeadlineKind::RapidReviewFromAwareness => (
                AnchorKind::LaAwareDate,
                aware,
                Some(15),
                Strength::Guidance,
                !from_notification_primary,
                vec![r(R14, "Some guidance counts the 15 working days from the partners becoming aware of the incident: this is the earlier date to keep in view."), cal()],
            ),
            DeadlineKind::NotifySecretaryOfStateAndOfsted => (
                AnchorKind::LaAwareDate,
                aware,
                Some(5),
                Strength::Should,
                true,
                vec![r(R12, "Notify the Secretary of State and Ofsted of the looked-after child's death through the same online system; the 5-working-day timescale of a Panel notification is applied here as good practice."), cal()],
            ),
            DeadlineKind::LocalReviewPublication => (
                AnchorKind::ReviewDecisionDate,
                None,
                None,
                Strength::Guidance,
                true,
                vec![r(R17, "If a local review is commissioned, the expectation is to complete and publish it within 6 months of the decision to initiate it; the partners must monitor its time and quality (reg 14).")],
            ),
        };
        let due = match wd {
            Some(n) => due(anchor_date, n),
            None => Due::WithinMonths(6),
        };
        out.push(Deadline {
            kind: *k,
            applies: *applies,
            anchor,
            anchor_date,
            working_days: wd,
            due,
            primary,
            strength,
            reasons,
        });
    }
    out
}

fn rapid_review(facts: &CaseFacts, f: &Findings, duty_la: Option<&str>) -> RapidReview {
    let collaborate_with = if f.rr_collaborate {
        la_name(facts.residence.as_ref())
    } else {
        None
    };
    let mut reasons = Vec::new();
    match f.rapid_review {
        Applicability::Applies => reasons.push(r(R14, "A notification is required, so a rapid review follows: it is required once a notification is submitted, unless it is later found the criteria were not met. Send a copy to the Panel when complete.")),
        Applicability::IfNotified => reasons.push(r(R14, "A rapid review follows if the local authority notifies the Panel.")),
        _ => reasons.push(r(R14, "No rapid review: a rapid review follows a Panel notification, and none is required on these answers.")),
    }
    if let Some(other) = &collaborate_with {
        reasons.push(r(
            R14,
            format!("The partners of the area where the incident happened lead, collaborating with {other}, where the child lives."),
        ));
    }
    RapidReview {
        applies: f.rapid_review,
        lead_area: if f.rapid_review == Applicability::NotApplicable {
            None
        } else {
            duty_la.map(str::to_string)
        },
        collaborate_with,
        reasons,
    }
}

fn criterion(id: &'static str, text: &'static str, reason: Reason) -> ReviewCriterion {
    ReviewCriterion {
        id: id.into(),
        text: text.into(),
        reasons: vec![reason],
    }
}

fn local_review(f: &Findings) -> LocalReview {
    if f.local_review == Applicability::NotApplicable {
        return LocalReview {
            applies: Applicability::NotApplicable,
            criteria: Vec::new(),
            additional_considerations: Vec::new(),
            national_review_possible: false,
            reasons: vec![r(R15, "A local child safeguarding practice review is considered for serious child safeguarding cases; the criteria are not met on these answers (local learning may still be chosen).")],
        };
    }
    let reg11 = || {
        r(
            R15,
            "SI 2018/789 reg 11: a criterion the safeguarding partners must take into account.",
        )
    };
    let criteria = vec![
        criterion("reg11_a", "Does the case highlight or may it highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified?", reg11()),
        criterion("reg11_b", "Does it highlight or may it highlight recurrent themes in safeguarding and promoting the welfare of children?", reg11()),
        criterion("reg11_c", "Does it highlight or may it highlight concerns about two or more organisations or agencies working together effectively to safeguard and promote the welfare of children?", reg11()),
        criterion("reg11_d", "Has the Child Safeguarding Practice Review Panel considered the case and concluded that a local review may be more appropriate?", reg11()),
    ];
    let unv = |s: &'static str| Reason::unverified(R15, s);
    let mut extra = vec![
        criterion("single_agency", "Is there cause for concern about the actions of a single agency?", unv("Working Together 2018 wording from memory; not verified in the 2023 text. A prompt only.")),
        criterion("no_agency_involvement", "Has there been no agency involvement, and does that give cause for concern?", unv("Working Together 2018 wording from memory; not verified in the 2023 text. A prompt only.")),
    ];
    if f.lcspr_multi_area {
        extra.push(criterion("multiple_areas", "More than one local authority, police area or health area is involved (including families who have moved): consider how the partnerships coordinate.", unv("Working Together 2018 wording from memory; not verified in the 2023 text. A prompt only.")));
    }
    if f.lcspr_institutional {
        extra.push(criterion("institutional_setting", "Does the case raise issues about safeguarding children in institutional settings?", unv("Working Together 2018 wording from memory; not verified in the 2023 text. A prompt only.")));
    }
    extra.push(criterion("pre_publication_copy", "If a local review is published: send a copy of the report to the Panel and the Secretary of State before publication (Working Together 2018: at least 7 working days before), and if criminal proceedings or an inquest may delay publication, tell them why.", Reason::unverified(R17, "Timing wording from Working Together 2018, not verified in the 2023 text. A prompt only.")));
    LocalReview {
        applies: f.local_review,
        criteria,
        additional_considerations: extra,
        national_review_possible: true,
        reasons: vec![
            r(R15, "The safeguarding partners decide whether to commission a local review, taking into account the regulation 11 criteria. Meeting them does not make a review automatic; record the decision and rationale and communicate it, including to the family."),
            r(R16, "The Panel may decide the case is complex or of national importance and arrange a national review (s16B; reg 3 criteria)."),
            r(R17, "If a local review is commissioned, the partners must monitor its time and quality (reg 14); the expectation is to complete and publish within 6 months of the decision, and to publish unless inappropriate."),
        ],
    }
}

fn other_processes(facts: &CaseFacts, f: &Findings, duty_la: Option<&str>) -> Vec<OtherProcess> {
    let residence = la_name(facts.residence.as_ref());
    let mut out = Vec::new();
    for (k, a) in PROCESS_KINDS.iter().zip(f.processes.iter()) {
        if *a == Applicability::NotApplicable {
            continue;
        }
        let (action, reasons): (Text, Vec<Reason>) = match k {
            ProcessKind::LookedAfterChildDeathNotification => (
                "The local authority looking after the child must notify the Secretary of State and Ofsted of the death through the online notification system, whether or not abuse or neglect is known or suspected.".into(),
                vec![r(R12, "A looked-after child has died (any cause). The Panel considers the death only if abuse or neglect is known or suspected; DfE and Ofsted act on the others.")],
            ),
            ProcessKind::CareLeaverDeathNotification => (
                "The local authority should notify the Secretary of State and Ofsted of the care leaver's death (up to their 25th birthday), regardless of abuse or neglect.".into(),
                vec![r(R13, "A care leaver has died before their 25th birthday. No rapid review or local review is required for that reason alone; if they were under 18, the s16C test applies as well (see the Panel notification).")],
            ),
            ProcessKind::ChildDeathReview => (
                match &residence {
                    Some(n) => format!("The child death review partners for {n} (where the child normally lived) must review the death; those for the area where the child died may also review it.").into(),
                    None => "The child death review partners for the area where the child normally lived must review the death; those for the area where the child died may also review it.".into(),
                },
                vec![r(R19, "Every child death, from any cause, is reviewed by the child death review partners (not stillbirths). It runs in parallel with any rapid review.")],
            ),
            ProcessKind::DomesticAbuseRelatedDeathReview => (
                "If the death appears to have resulted from domestic abuse (by a partner, ex-partner or family or household member), tell the Community Safety Partnership, which considers a Domestic Homicide Review / Domestic Abuse Related Death Review; consider a joint review with any local child safeguarding practice review.".into(),
                vec![r(R20, "A person aged 16 or over has died and abuse is known, suspected or not ruled out: a domestic abuse related death review may apply.")],
            ),
            ProcessKind::SafeguardingAdultsReview => (
                "Refer to the Safeguarding Adults Board: if the person has needs for care and support, abuse or neglect is known or suspected and there is reasonable cause for concern about how agencies worked together, a Safeguarding Adults Review must be arranged (adult safeguarding enquiries also apply).".into(),
                vec![r(R21, "The person was 18 or over: adult safeguarding, not the Panel, is the route.")],
            ),
            ProcessKind::ProviderNotifications => (
                "The provider of the setting makes its own regulatory notifications (e.g. children's homes: Ofsted, the placing authority and others; early years: Ofsted within 14 days; secure settings: also the Prisons and Probation Ombudsman). These are separate from, and do not replace, the Panel notification.".into(),
                vec![r(R22, "The incident happened in a regulated setting.")],
            ),
            ProcessKind::LadoReferral => (
                "Refer the allegation against the person working with children to the Local Authority Designated Officer (LADO).".into(),
                vec![r(R22, "A person working with children is suspected of harming a child.")],
            ),
            ProcessKind::InformOtherArea => (
                match (*a, &residence, duty_la) {
                    (Applicability::Consider, _, _) => "Consider informing the authorities where the child normally lives (outside England).".into(),
                    (_, Some(n), Some(d)) => format!("{d} should also report the incident to the safeguarding partners of {n}, where the child normally lives.").into(),
                    _ => "Report the incident to the safeguarding partners of the area where the child normally lives, if different.".into(),
                },
                vec![r(R09, "The local authority should report the event to the safeguarding partners in its area, and in other areas if appropriate (for example where the child lives or was placed from).")],
            ),
        };
        out.push(OtherProcess {
            kind: *k,
            applies: *a,
            action,
            reasons,
        });
    }
    out
}

fn routes(f: &Findings, duty_la: Option<&str>) -> Vec<Route> {
    let Some((kind, applies, wales)) = f.route else {
        return Vec::new();
    };
    let also = match duty_la {
        Some(n) => format!(" This is in addition to the Panel notification by {n}."),
        None => String::new(),
    };
    let (action, reasons) = match kind {
        RouteKind::Wales => (
            format!("Refer to the regional Safeguarding Children Board for the area in Wales, which may undertake a Child Practice Review through the Single Unified Safeguarding Review process.{also}"),
            vec![r(R23, match wales {
                Some(WalesReview::Concise) => "Concise Child Practice Review criteria: the child was neither on the child protection register nor looked after in the 6 months before (check the 6-month period).",
                Some(WalesReview::Extended) => "Extended Child Practice Review criteria: the child was on the child protection register and/or looked after in the 6 months before.",
                _ => "Concise or extended Child Practice Review depends on whether the child was on the child protection register or looked after in the 6 months before.",
            })],
        ),
        RouteKind::Scotland => (
            format!("Notify the Child Protection Committee for the area in Scotland, which decides whether to hold a Learning Review.{also}"),
            vec![r(R24, "The incident happened in Scotland.")],
        ),
        RouteKind::NorthernIreland => (
            format!("Refer through the relevant member agency to the Safeguarding Board for Northern Ireland, which considers a Case Management Review.{also}"),
            vec![r(R25, "The incident happened in Northern Ireland.")],
        ),
        RouteKind::Overseas => (
            format!("The authorities of the country where it happened have their own processes; liaise with them (for example through the police and consular channels).{also}"),
            vec![r(R03, "The incident happened outside the UK: no UK review system applies there; an English local authority's duty arises only if the child normally lives in its area (R02).")],
        ),
    };
    vec![Route {
        kind,
        applies,
        action: action.into(),
        wales_review: wales,
        reasons,
    }]
}

/// The first thing the user must do, by when, and whom to contact (R08, R09, R11).
fn first_action(f: &Findings, contact: ContactArea, deadlines: &[Deadline]) -> FirstAction {
    let notify_by = || {
        deadlines
            .iter()
            .find(|d| d.kind == DeadlineKind::NotifyPanel)
            .map(|d| match d.due {
                Due::On(date) => ActionBy::On(date),
                _ => ActionBy::WorkingDaysFromAwareness(5),
            })
            .unwrap_or(ActionBy::WorkingDaysFromAwareness(5))
    };
    let (action, by, mut reasons) = match (f.asker, f.panel) {
        (None, _) => (
            ActionKind::AnswerRemainingQuestions,
            ActionBy::NoDeadline,
            vec![r(R11, "What you must do depends on who you are: only the local authority notifies the Panel.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::Required) => (
            ActionKind::NotifyPanel,
            notify_by(),
            vec![r(R08, "Every condition is met, so the local authority must notify the Panel."), r(R09, "Within 5 working days of becoming aware of the incident.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::NeedsJudgement) => (
            ActionKind::DecideWhetherToNotify,
            notify_by(),
            vec![r(R08, "A condition needs the local authority's judgement."), r(R11, "All three safeguarding partners should agree which incidents are notified (Panel FAQ)."), r(R09, "If it notifies, within 5 working days of becoming aware.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::CannotTellYet) => (
            ActionKind::AnswerRemainingQuestions,
            notify_by(),
            vec![r(R09, "The 5 working days run from the date the local authority became aware, whether or not the answers are complete.")],
        ),
        (Some(Asker::LocalAuthority), PanelKind::NotRequired) => (
            ActionKind::RecordDecision,
            ActionBy::NoDeadline,
            vec![r(R08, "At least one condition is not met: no Panel notification.")],
        ),
        (Some(_), PanelKind::NotRequired) => (
            ActionKind::FollowOwnProcedures,
            ActionBy::NoDeadline,
            vec![r(R11, "Others who have functions relating to children inform the safeguarding partners of incidents they think should be considered.")],
        ),
        (Some(_), _) => (
            ActionKind::ReferToLocalAuthority,
            ActionBy::Today,
            vec![r(R11, "Only the local authority can notify the Panel; others inform the local authority and the safeguarding partners."), r(R09, "The local authority's 5 working days start when it becomes aware, so refer the same day.")],
        ),
    };
    match &contact {
        ContactArea::ResidenceArea(_) if f.duty == DutyKind::Unknown => reasons.push(r(R11, "It is not known where it happened, so contact the local authority where the child normally lives: it can find out which authority holds the duty and pass it on.")),
        ContactArea::NotKnown => reasons.push(r(R11, "Neither where it happened nor where the child lives is known: contact your local council's children's social care, which will pass it on.")),
        _ => {}
    }
    FirstAction {
        action,
        by,
        contact,
        reasons,
    }
}

fn next_steps(
    f: &Findings,
    duty_la: Option<&str>,
    contact: ContactArea,
    deadlines: &[Deadline],
) -> NextSteps {
    // The steps after the first action (which is the outcome's headline, not repeated here).
    let _ = duty_la;
    let first = first_action(f, contact, deadlines);
    let mut steps = Vec::new();
    let step = |text: Text, reasons: Vec<Reason>| Step { text, reasons };
    match f.asker {
        Some(Asker::LocalAuthority) => match f.panel {
            PanelKind::Required => {
                steps.push(step("Notify the Panel through its online notification system: one notification per incident.".into(), vec![r(R10, "One notification per incident.")]));
                steps.push(step("Report the incident to your safeguarding partners (and other areas' partners where appropriate) within 5 working days.".into(), vec![r(R09, "Tell the safeguarding partners.")]));
                steps.push(step("Arrange the rapid review with your safeguarding partners and send a copy to the Panel.".into(), vec![r(R14, "A rapid review follows a notification.")]));
            }
            PanelKind::NeedsJudgement => {
                steps.push(step("Use the matters for judgement below. Record the decision and why, whichever way it goes.".into(), vec![r(R08, "The decision is the local authority's."), r(R11, "All three safeguarding partners should agree which incidents are notified (Panel FAQ).")]));
            }
            PanelKind::CannotTellYet => {}
            PanelKind::NotRequired => {
                steps.push(step("Follow any other notifications listed.".into(), vec![r(R08, "At least one condition is not met, so no Panel notification; other processes may still apply.")]));
            }
        },
        Some(_) => {
            if f.panel == PanelKind::NotRequired {
                steps.push(step("Follow any other notifications listed. If you are worried about a child, refer to children's social care.".into(), vec![r(R11, "Others who have functions relating to children inform the safeguarding partners of incidents they think should be considered.")]));
            } else {
                steps.push(step("Only the local authority can notify the Panel. Say why you think it meets the criteria: \"Prepare a referral\" below helps.".into(), vec![r(R11, "The duty to notify events to the Panel rests with the local authority; others should inform the safeguarding partners.")]));
                steps.push(step("Record when and how you referred: the local authority's 5 working days start when it hears.".into(), vec![r(R09, "5 working days from the local authority becoming aware.")]));
                steps.push(step("If the local authority does not agree, discuss it with them and use the partnership's escalation procedure.".into(), vec![r(R11, "Agencies discuss with their local authority counterparts to agree whether to notify (local practice).")]));
            }
            let role: Option<&'static str> = match f.asker {
                Some(Asker::Health) => Some("Involve your organisation's named or designated safeguarding professional."),
                Some(Asker::Police) => Some("Involve your force's safeguarding partner representative; a criminal investigation runs in parallel."),
                Some(Asker::Education) => Some("Involve your designated safeguarding lead; allegations against staff go to the LADO."),
                Some(Asker::EarlyYears) => Some("Involve your designated safeguarding lead; a serious injury or death in your setting must also be notified to Ofsted within 14 days."),
                Some(Asker::SocialCareProvider) => Some("Involve your registered manager; your own regulatory notifications (e.g. to Ofsted and the placing authority) also apply."),
                Some(Asker::VoluntarySector) => Some("Involve your organisation's safeguarding lead."),
                _ => None,
            };
            if let Some(text) = role {
                steps.push(step(
                    text.into(),
                    vec![r(
                        R11,
                        "Agencies refer through their own safeguarding leads.",
                    )],
                ));
            }
        }
        None => {
            steps.push(step("Say who you are (the local authority, or which other agency) so the next steps fit your role. Only the local authority notifies the Panel.".into(), vec![r(R11, "The duty to notify rests with the local authority.")]));
        }
    }
    NextSteps {
        asker: f.asker,
        can_notify_panel: f.asker == Some(Asker::LocalAuthority),
        first,
        steps,
    }
}

fn prompts(f: &Findings, i: &Inputs) -> Vec<JudgementPrompt> {
    let mut out = Vec::new();
    for (bit, kind) in PROMPT_KINDS.iter().enumerate() {
        if f.prompts & (1 << bit) == 0 {
            continue;
        }
        let (text, reasons): (&'static str, Vec<Reason>) = match kind {
            PromptKind::AgeNotSure => ("Establish the person's date of birth: s16C applies only to a child (under 18) on the incident date.", vec![r(R04, "A child is a person under 18.")]),
            PromptKind::Born29February => ("Born on 29 February: in a non-leap year it is debated whether the 18th birthday is 28 February or 1 March. Decide, and consider consulting the Panel.", vec![r(R04, "Attaining an age on a 29 February birthday is legally debatable (Pollard 2020).")]),
            PromptKind::AgeInYearsNear18 => ("The age was given only in years and is close to 18: confirm the date of birth, because the day of the 18th birthday decides whether this is a child.", vec![r(R04, "A child if the incident was before the 18th birthday.")]),
            PromptKind::StraddlingEighteenthBirthday => ("Aged 18 on the incident date. If the abuse was a course of conduct that began before 18, or the harm was sustained before 18, no source settles whether s16C applies: the local authority and partners should decide, and may consult the Panel. A joint review with a Safeguarding Adults Review may be appropriate.", vec![r(R04, "Straddling cases are not resolved by any source found.")]),
            PromptKind::DatesInconsistent => ("The incident date is before the date of birth: check both dates.", vec![r(R04, "The age on the incident date cannot be worked out.")]),
            PromptKind::BornAliveNotSure => ("Establish whether the baby was born alive (showed signs of life). If so, this is a child death; if not, it is a stillbirth. Until then, treat it as a possible child death for the local authority to decide.", vec![r(R05, "Unclear whether born alive.")]),
            PromptKind::StillbirthSiblingsAndMother => ("A stillbirth is not a child death, but consider the other children in the household (child protection enquiries; exposure to domestic abuse can be harm) and the mother (police, adult safeguarding; a domestic abuse related death review if she dies).", vec![r(R05, "Harm to a pregnant woman is not itself a s16C event."), r(R20, "If the mother dies from domestic abuse, a domestic abuse related death review applies (aged 16 or over).")]),
            PromptKind::SeriousHarmNotSure => ("Decide whether the harm is serious: serious harm includes serious or long-term impairment of the child's mental or physical health or development; use judgement where long-term impairment is likely even if not yet certain; recovery does not mean serious harm did not occur.", vec![r(R07, "Serious harm is a judgement.")]),
            PromptKind::AbuseOrNeglectNotSure => ("Decide whether abuse or neglect is suspected. Suspicion is enough; it includes harm by other children, exploitation, online abuse and failures of care.", vec![r(R06, "Knows or suspects.")]),
            PromptKind::DeathWithoutSuspicion => ("No abuse or neglect is suspected. If the family is known to children's social care because of a recent incident or current concern about abuse or neglect (for example a suicide or unexplained death), consider the incident as serious. If a suspicion arises later, the 5 working days run from when the local authority becomes aware of it.", vec![r(R06, "Panel guidance as reproduced by Tees: consider the incident as serious where the family is known.")]),
            PromptKind::HarmByAnotherChild => ("Harm by another child is abuse. Consider that child's welfare too: they may themselves have been abused or neglected.", vec![r(R06, "Children may be abused by another child or children.")]),
            PromptKind::IncidentPlaceUnknown => ("Establish where the incident happened: it decides which local authority holds the duty (the area where it happened if in England; otherwise where the child lives).", vec![r(R01, "Incident area."), r(R02, "Residence area if outside England.")]),
            PromptKind::ResidenceUnknown => ("The incident happened outside England: establish where the child normally lives. If in England, that local authority must notify the Panel.", vec![r(R02, "Residence area if outside England.")]),
            PromptKind::CrossBorderRapidReviewLead => ("The harm happened outside England. The Panel FAQ speaks of the area where the incident took place; for cross-border cases, the notifying local authority's partners lead the rapid review, coordinating with the system where it happened. Agree this with them.", vec![r(R14, "Cross-border rapid review lead is not addressed by the Panel FAQ.")]),
            PromptKind::LookedAfterChildTwoAuthorities => ("Two local authorities are involved: the local authority looking after the child notifies the Secretary of State and Ofsted of the death; the local authority for the area where it happened holds any s16C duty. They should liaise.", vec![r(R12, "Looked-after child death notification."), r(R01, "The incident area holds the s16C duty.")]),
        };
        let _ = i;
        out.push(JudgementPrompt {
            kind: *kind,
            text: text.into(),
            reasons,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct shortcuts agree with evaluating every answer, over the whole answer space.
    #[test]
    fn direct_relevance_matches_brute_force() {
        crate::answer_space::for_each_case(|c| {
            let i = Inputs::from_facts(c);
            let f = evaluate(&i);
            for q in Question::ALL.into_iter().filter(|q| q.is_unanswered(c)) {
                if let Some(m) = direct_relevance(q, &f) {
                    assert_eq!(brute_force_relevance(q, &i), (m, false), "{q:?} in {c:?}");
                }
            }
        });
    }

    /// The class representatives used by `still_needed` are sound: every answer gives the
    /// same findings as its class representative, over the whole answer space.
    #[test]
    fn answer_classes_are_equivalent() {
        crate::answer_space::for_each_case(|c| {
            let i = Inputs::from_facts(c);
            for s in SuspectedPerson::ALL {
                let a = evaluate(&Inputs {
                    suspected: Some(s),
                    ..i
                });
                let b = evaluate(&Inputs {
                    suspected: Some(suspect_class(s)),
                    ..i
                });
                assert_eq!(a, b, "{s:?} in {c:?}");
            }
            for s in Setting::ALL {
                let a = evaluate(&Inputs {
                    setting: Some(s),
                    ..i
                });
                let b = evaluate(&Inputs {
                    setting: Some(setting_class(s)),
                    ..i
                });
                assert_eq!(a, b, "{s:?} in {c:?}");
            }
        });
    }

    #[test]
    fn prompt_kinds_in_declaration_order() {
        for (i, k) in PROMPT_KINDS.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }
}
