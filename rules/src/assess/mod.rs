//! `assess`: the rules R01–R26, one file per statutory source.
//!
//! The work is split in two:
//! 1. [`evaluate`] turns the answers ([`Inputs`], derived from [`CaseFacts`]) into
//!    [`Findings`]: every decision the assessment contains, as small `Copy` values, no text.
//!    One function per rule computes its part.
//! 2. [`build`] turns the findings into the [`Assessment`], adding the plain-English
//!    sentences, names, dates and citations (through [`Reason::new`], from the rule table).
//!
//! Each source has its own file, the text it encodes quoted beside the function that
//! encodes it:
//!
//! | file | source | rules |
//! |---|---|---|
//! | [`s16c`] | Children Act 2004 s16C (and s65, "child") | R01–R08 |
//! | [`notification`] | Working Together, GOV.UK notification page, Panel FAQ: timing, form, who tells whom | R09–R11, R26 |
//! | [`looked_after`] | Children Act 1989 Sch 2 para 20; care leavers | R12, R13 |
//! | [`reviews`] | the rapid review; SI 2018/789 (reg 11, reg 14); local learning | R14–R18 |
//! | [`s16m`] | Children Act 2004 s16M, child death review | R19 |
//! | [`adults`] | DVCVA 2004 s9; Care Act 2014 s44 | R20, R21 |
//! | [`providers`] | provider notifications (Children's Homes Regs 2015 reg 40; EYFS); LADO | R22 |
//! | [`nations`] | Wales, Scotland, Northern Ireland, overseas | R23–R25 |
//! | [`prompts`] | judgement prompts (never decide) | all |
//! | [`relevance`] | `still_needed`: the answer space around the answers given | — |
//!
//! `still_needed` is computed from the findings: an unanswered question is needed iff some
//! answer to it (with every other answer held as it is) changes the findings.

mod adults;
mod inputs;
mod looked_after;
mod nations;
mod notification;
mod prompts;
mod providers;
mod relevance;
mod reviews;
mod s16c;
mod s16m;

use crate::assessment::*;
use crate::calendar;
use crate::facts::*;
use crate::rule::RuleId::{self, *};

use adults::*;
pub(crate) use inputs::Inputs;
use inputs::*;
use looked_after::*;
use nations::*;
use notification::*;
use prompts::*;
use providers::*;
use relevance::*;
use reviews::*;
use s16c::*;
use s16m::*;

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

const DEADLINE_KINDS: [DeadlineKind; 5] = [
    DeadlineKind::NotifyPanel,
    DeadlineKind::TellSafeguardingPartners,
    DeadlineKind::RapidReviewFromNotification,
    DeadlineKind::RapidReviewFromAwareness,
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

const PROMPT_KINDS: [PromptKind; 16] = [
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
    PromptKind::ParentMayBeAChild,
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
    deadlines: [Option<(Applicability, bool)>; 5],
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
    /// R10: how many children, where it matters (a notification is possible).
    children: ChildrenCount,
    /// R19: which child death review duty, where one may apply.
    cdr: ChildDeathReviewDuty,
}

/// R10: the number of children affected, where it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChildrenCount {
    /// Not answered, one child, or no notification possible: nothing to say.
    NotRelevant,
    /// Two to four children: one notification for the incident.
    Several,
    /// More than four: the others go in the further-information text.
    MoreThanFour,
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

/// Evaluate every rule.
pub(crate) fn evaluate(i: &Inputs) -> Findings {
    let (place, duty) = r01_r03_place(i);
    let child = conjunction(&[r04_age(i), r05_born_alive(i)]);
    let abuse = r06_abuse(i);
    let event = r07_event(i);
    let panel = r08_panel(&[place, child, abuse, event]);
    let (cdr_applies, cdr) = r19_child_death_review(i);

    let processes = [
        r12_looked_after_death(i),
        r13_care_leaver_death(i),
        cdr_applies,
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

    // R09, R14, R17 deadlines. No source gives a timescale for the looked-after child or
    // care leaver death notifications, so none is shown.
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
    flag(PromptKind::ParentMayBeAChild, parent_may_be_a_child(i));
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
        children: match i.children {
            _ if panel == PanelKind::NotRequired => ChildrenCount::NotRelevant,
            Some(n) if n > 4 => ChildrenCount::MoreThanFour,
            Some(n) if n > 1 => ChildrenCount::Several,
            _ => ChildrenCount::NotRelevant,
        },
        cdr,
    }
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

/// The rule set this crate encodes: what it was checked against and when, the newer
/// sources known but not reviewed, and the review-by date.
pub fn rule_set() -> RuleSet {
    use crate::sources::{self, SourceStatus};
    let (not_reviewed, checked): (Vec<_>, Vec<_>) = sources::SOURCES
        .iter()
        .cloned()
        .partition(|s| s.status == SourceStatus::PublishedNotReviewed);
    RuleSet {
        version: concat!("rules-", env!("CARGO_PKG_VERSION")).into(),
        edition: "Children Act 2004 (s16C, s16M, s65), Children Act 1989, SI 2018/789 and related guidance, checked November 2026; Working Together 2023 wording is kept only where the 2026 edition has not yet been reviewed".into(),
        checked: sources::CHECKED.into(),
        review_by: sources::review_by(),
        sources: checked,
        not_reviewed,
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

/// The English local authority of a place, by its code, with its proper name and why.
fn local_authority(facts: &CaseFacts, p: Option<&Place>) -> Option<LocalAuthority> {
    let area = p.and_then(Place::english_la)?;
    let date = facts.incident_date.and_then(DateAnswer::date);
    Some(LocalAuthority {
        code: area.code.clone(),
        name: area.official_name().to_string(),
        typed: area.typed.clone(),
        why: area
            .typed
            .as_deref()
            .and_then(|t| crate::places::explain(t, &area.code, date)),
        gov_uk_slug: area
            .authority()
            .and_then(|a| a.gov_uk_slug)
            .map(str::to_string),
        fictional: area.fictional_name().is_some(),
    })
}

/// The everyday name of a place's English area ("Bradford"), for sentences about its partners.
fn area_name(p: Option<&Place>) -> Option<&str> {
    p.and_then(Place::english_la).map(LocalArea::name)
}

/// A reason resting on one part of a split rule (see the rule table).
fn rp(rule: RuleId, part: &'static str, s: impl Into<Text>) -> Reason {
    Reason::part(rule, part, s)
}

fn build(facts: &CaseFacts, i: &Inputs, f: &Findings) -> Assessment {
    let duty_holder = match f.duty {
        DutyKind::Incident => local_authority(facts, facts.incident_place.as_ref())
            .map(DutyHolder::IncidentArea)
            .unwrap_or(DutyHolder::Unknown),
        DutyKind::Residence => local_authority(facts, facts.residence.as_ref())
            .map(DutyHolder::ResidenceArea)
            .unwrap_or(DutyHolder::Unknown),
        DutyKind::NoEnglish => DutyHolder::NoEnglishDuty,
        DutyKind::Unknown => DutyHolder::Unknown,
    };
    let duty = match &duty_holder {
        DutyHolder::IncidentArea(a) | DutyHolder::ResidenceArea(a) => Some(a.clone()),
        _ => None,
    };
    let duty_la = duty.as_ref().map(|a| a.name.clone());

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
            reasons: event_reasons(i),
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
    reasons.extend(r10_form(f));

    let panel_notification = PanelNotification {
        status,
        duty_holder,
        conditions,
        reasons,
    };

    let deadlines = deadlines(facts, f);
    let rapid_review = rapid_review(facts, f, duty.as_ref());
    let local_review = local_review(f);
    let other_processes = other_processes(facts, f, duty_la.as_deref());
    let routes = routes(f, duty_la.as_deref());
    let local_learning = local_learning(f);
    let contact = match f.contact {
        DutyKind::Incident => local_authority(facts, facts.incident_place.as_ref())
            .map(ContactArea::IncidentArea)
            .unwrap_or(ContactArea::NotKnown),
        DutyKind::Residence => local_authority(facts, facts.residence.as_ref())
            .map(ContactArea::ResidenceArea)
            .unwrap_or(ContactArea::NotKnown),
        DutyKind::NoEnglish => ContactArea::NoEnglishAuthority,
        DutyKind::Unknown => ContactArea::NotKnown,
    };
    let next_steps = next_steps(f, contact, &deadlines);
    let judgement_prompts = prompts(f);

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

/// The other processes, each worded in the file of the source it rests on.
fn other_processes(facts: &CaseFacts, f: &Findings, duty_la: Option<&str>) -> Vec<OtherProcess> {
    let residence = area_name(facts.residence.as_ref());
    let mut out = Vec::new();
    for (k, a) in PROCESS_KINDS.iter().zip(f.processes.iter()) {
        if *a == Applicability::NotApplicable {
            continue;
        }
        let (action, reasons) = match k {
            ProcessKind::LookedAfterChildDeathNotification => looked_after_child_death(),
            ProcessKind::CareLeaverDeathNotification => care_leaver_death(),
            ProcessKind::ChildDeathReview => {
                child_death_review(f.cdr, residence, area_name(facts.incident_place.as_ref()))
            }
            ProcessKind::DomesticAbuseRelatedDeathReview => domestic_abuse_related_death_review(),
            ProcessKind::SafeguardingAdultsReview => safeguarding_adults_review(),
            ProcessKind::ProviderNotifications => provider_notifications(),
            ProcessKind::LadoReferral => lado_referral(),
            ProcessKind::InformOtherArea => inform_other_area(*a, residence, duty_la),
        };
        // The area the process concerns: where the child lived; for a child who lived outside
        // England, the English area where the child died, which may review the death.
        let area = match k {
            ProcessKind::ChildDeathReview => local_authority(facts, facts.residence.as_ref())
                .or_else(|| {
                    matches!(f.cdr, ChildDeathReviewDuty::MayWhereDied(_))
                        .then(|| local_authority(facts, facts.incident_place.as_ref()))
                        .flatten()
                }),
            ProcessKind::InformOtherArea => local_authority(facts, facts.residence.as_ref()),
            _ => None,
        };
        out.push(OtherProcess {
            kind: *k,
            applies: *a,
            action,
            area,
            reasons,
        });
    }
    out
}
