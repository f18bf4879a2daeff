//! A training scenario: a fictional vignette, its case facts (the `CaseFacts` format the
//! `assess` command reads), learning points stated as machine-checkable claims about the
//! assessment, and discussion questions. The claims are checked against `rules::assess`, so a
//! scenario's stated learning can never drift from what the rules core says.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rules::{
    Applicability, Assessment, ConditionKind, ConditionState, Deadline, DeadlineKind, Due,
    DutyHolder, PanelStatus, ProcessKind, PromptKind, RouteKind, RuleId,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A short stable identifier, unique within its pack (e.g. "T01" or "local-3").
    pub id: String,
    /// A short title for the list of scenarios.
    pub title: String,
    /// The case as the room hears it. Fictional: never use a real case.
    pub vignette: String,
    /// Whether the local authorities named are fictional or real (the people and events are
    /// always fictional). Shown with the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<Places>,
    /// The case facts, in the same format as the `assess` command
    /// (see `case-facts.schema.json`).
    pub facts: rules::CaseFacts,
    /// What the scenario teaches: each a sentence and the claims about the assessment that
    /// the sentence rests on.
    #[serde(default)]
    pub learning_points: Vec<LearningPoint>,
    /// Questions for the room.
    #[serde(default)]
    pub discussion: Vec<String>,
}

/// Whether a scenario's places are fictional or real English local authorities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Places {
    /// Made-up places such as Northshire.
    Fictional,
    /// Real English local authorities.
    Real,
}

/// A learning point: a sentence for people, and claims a machine can check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningPoint {
    /// The learning point in plain English.
    pub text: String,
    /// What the rules core must say for the sentence to be true.
    pub claims: Claims,
}

/// Claims about the assessment of a scenario's facts. Every field is optional; each one
/// given is checked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    /// The Panel notification status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panel: Option<PanelClaim>,
    /// Which local authority holds the s16C duty (the place test), e.g.
    /// `{"incident_area": "Riverside"}`, `{"residence_area": "Eastborough"}` or
    /// `"no_english_duty"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty_holder: Option<DutyHolderClaim>,
    /// The last day to notify the Panel ("YYYY-MM-DD").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rules::dates::serde_iso::option"
    )]
    #[schemars(with = "Option<NaiveDate>")]
    pub notify_by: Option<NaiveDate>,
    /// The state of some of the four s16C conditions, e.g. `{"child": "not_met"}`.
    #[serde(default, skip_serializing_if = "ConditionClaims::is_empty")]
    pub conditions: ConditionClaims,
    /// Other processes that apply outright.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_applies: Vec<ProcessKind>,
    /// Other processes that may apply, are to be considered, or apply if the Panel is
    /// notified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_possible: Vec<ProcessKind>,
    /// Other processes that do not apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub process_absent: Vec<ProcessKind>,
    /// Routes to systems outside England that the assessment gives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<RouteKind>,
    /// Whether a rapid review applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapid_review: Option<Applicability>,
    /// Whether a local child safeguarding practice review is to be considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_review: Option<Applicability>,
    /// Matters the assessment must leave to judgement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<PromptKind>,
    /// Whether the person asking can notify the Panel themselves (only the local authority).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_notify_panel: Option<bool>,
    /// Rules the assessment cites somewhere in its reasons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<RuleId>,
}

/// Which local authority holds the duty, as a pack names it: an area by its name (a fictional
/// area's own name, or a council's proper name) or its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DutyHolderClaim {
    IncidentArea(String),
    ResidenceArea(String),
    NoEnglishDuty,
    Unknown,
}

impl DutyHolderClaim {
    /// The assessment's duty holder is this one (areas named by name or by code).
    fn holds(&self, actual: &DutyHolder) -> bool {
        let named = |claim: &str, la: &rules::LocalAuthority| claim == la.name || claim == la.code;
        match (self, actual) {
            (DutyHolderClaim::IncidentArea(c), DutyHolder::IncidentArea(la))
            | (DutyHolderClaim::ResidenceArea(c), DutyHolder::ResidenceArea(la)) => named(c, la),
            (DutyHolderClaim::NoEnglishDuty, DutyHolder::NoEnglishDuty)
            | (DutyHolderClaim::Unknown, DutyHolder::Unknown) => true,
            _ => false,
        }
    }
}

/// Claims about the four s16C conditions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConditionClaims {
    /// The place test (R01–R03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<ConditionState>,
    /// A child, born alive (R04, R05).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<ConditionState>,
    /// Abuse or neglect known or suspected (R06).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abuse_or_neglect: Option<ConditionState>,
    /// Death or serious harm (R07).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death_or_serious_harm: Option<ConditionState>,
}

impl ConditionClaims {
    pub fn is_empty(&self) -> bool {
        *self == ConditionClaims::default()
    }

    /// The claims given, with their condition and its name in the file.
    fn given(&self) -> Vec<(ConditionKind, &'static str, ConditionState)> {
        [
            (ConditionKind::Place, "place", self.place),
            (ConditionKind::Child, "child", self.child),
            (
                ConditionKind::AbuseOrNeglect,
                "abuse_or_neglect",
                self.abuse_or_neglect,
            ),
            (
                ConditionKind::DeathOrSeriousHarm,
                "death_or_serious_harm",
                self.death_or_serious_harm,
            ),
        ]
        .into_iter()
        .filter_map(|(kind, name, state)| state.map(|s| (kind, name, s)))
        .collect()
    }
}

/// The Panel notification status, as a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PanelClaim {
    Required,
    NotRequired,
    NeedsJudgement,
    CannotTellYet,
}

impl PanelClaim {
    pub fn of(status: &PanelStatus) -> PanelClaim {
        match status {
            PanelStatus::Required => PanelClaim::Required,
            PanelStatus::NotRequired => PanelClaim::NotRequired,
            PanelStatus::NeedsJudgement => PanelClaim::NeedsJudgement,
            PanelStatus::CannotTellYet { .. } => PanelClaim::CannotTellYet,
        }
    }
}

impl Claims {
    /// Whether the claims say anything at all.
    pub fn is_empty(&self) -> bool {
        *self == Claims::default()
    }
}

/// The Panel notification deadline, if the assessment gives one with a date.
pub fn notify_panel_deadline(assessment: &Assessment) -> Option<&Deadline> {
    assessment
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::NotifyPanel && d.applies != Applicability::NotApplicable)
}

/// The date the Panel must be notified by, if the assessment gives one.
pub fn notify_by(assessment: &Assessment) -> Option<NaiveDate> {
    notify_panel_deadline(assessment).and_then(|d| match d.due {
        Due::On(date) => Some(date),
        _ => None,
    })
}

/// Every rule the assessment cites in any reason.
pub fn cited_rules(a: &Assessment) -> BTreeSet<RuleId> {
    let panel = &a.panel_notification;
    let lists = panel
        .conditions
        .iter()
        .map(|c| &c.reasons)
        .chain([
            &panel.reasons,
            &a.rapid_review.reasons,
            &a.local_review.reasons,
        ])
        .chain(a.deadlines.iter().map(|d| &d.reasons))
        .chain(a.local_review.criteria.iter().map(|c| &c.reasons))
        .chain(
            a.local_review
                .additional_considerations
                .iter()
                .map(|c| &c.reasons),
        )
        .chain(a.other_processes.iter().map(|p| &p.reasons))
        .chain(a.routes.iter().map(|r| &r.reasons))
        .chain(a.local_learning.iter().map(|l| &l.reasons))
        .chain(a.next_steps.steps.iter().map(|s| &s.reasons))
        .chain(a.judgement_prompts.iter().map(|p| &p.reasons));
    lists.flatten().map(|reason| reason.rule).collect()
}

fn process(assessment: &Assessment, kind: ProcessKind) -> Applicability {
    assessment
        .other_processes
        .iter()
        .find(|p| p.kind == kind)
        .map_or(Applicability::NotApplicable, |p| p.applies)
}

fn snake<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Checks the claims against an assessment: one sentence per claim that does not hold.
pub fn check(claims: &Claims, assessment: &Assessment) -> Vec<String> {
    let mut wrong = Vec::new();
    let panel = &assessment.panel_notification;
    if let Some(claim) = claims.panel {
        let actual = PanelClaim::of(&panel.status);
        if actual != claim {
            wrong.push(format!(
                "panel: claimed {}, the rules say {}",
                snake(&claim),
                snake(&actual)
            ));
        }
    }
    if let Some(claim) = &claims.duty_holder {
        if !claim.holds(&panel.duty_holder) {
            wrong.push(format!(
                "duty_holder: claimed {}, the rules say {}",
                snake(claim),
                snake(&panel.duty_holder)
            ));
        }
    }
    if let Some(claim) = claims.notify_by {
        let actual = notify_by(assessment);
        if actual != Some(claim) {
            wrong.push(format!(
                "notify_by: claimed {claim}, the rules say {}",
                actual.map_or("no date".into(), |d| d.to_string())
            ));
        }
    }
    for (kind, name, state) in claims.conditions.given() {
        let actual = panel
            .conditions
            .iter()
            .find(|c| c.condition == kind)
            .map(|c| c.state);
        if actual != Some(state) {
            wrong.push(format!(
                "conditions.{name}: claimed {}, the rules say {}",
                snake(&state),
                actual.map_or("nothing".into(), |s| snake(&s))
            ));
        }
    }
    for kind in &claims.process_applies {
        let actual = process(assessment, *kind);
        if actual != Applicability::Applies {
            wrong.push(format!(
                "process_applies: {} is {} in the rules",
                snake(kind),
                snake(&actual)
            ));
        }
    }
    for kind in &claims.process_possible {
        let actual = process(assessment, *kind);
        if matches!(
            actual,
            Applicability::Applies | Applicability::NotApplicable
        ) {
            wrong.push(format!(
                "process_possible: {} is {} in the rules",
                snake(kind),
                snake(&actual)
            ));
        }
    }
    for kind in &claims.process_absent {
        let actual = process(assessment, *kind);
        if actual != Applicability::NotApplicable {
            wrong.push(format!(
                "process_absent: {} is {} in the rules",
                snake(kind),
                snake(&actual)
            ));
        }
    }
    for kind in &claims.routes {
        let given = assessment
            .routes
            .iter()
            .any(|r| r.kind == *kind && r.applies != Applicability::NotApplicable);
        if !given {
            wrong.push(format!("routes: the rules give no {} route", snake(kind)));
        }
    }
    if let Some(claim) = claims.rapid_review {
        if assessment.rapid_review.applies != claim {
            wrong.push(format!(
                "rapid_review: claimed {}, the rules say {}",
                snake(&claim),
                snake(&assessment.rapid_review.applies)
            ));
        }
    }
    if let Some(claim) = claims.local_review {
        if assessment.local_review.applies != claim {
            wrong.push(format!(
                "local_review: claimed {}, the rules say {}",
                snake(&claim),
                snake(&assessment.local_review.applies)
            ));
        }
    }
    for kind in &claims.prompts {
        if !assessment.judgement_prompts.iter().any(|p| p.kind == *kind) {
            wrong.push(format!("prompts: the rules give no {} prompt", snake(kind)));
        }
    }
    if let Some(claim) = claims.can_notify_panel {
        if assessment.next_steps.can_notify_panel != claim {
            wrong.push(format!(
                "can_notify_panel: claimed {claim}, the rules say {}",
                assessment.next_steps.can_notify_panel
            ));
        }
    }
    if !claims.cites.is_empty() {
        let cited = cited_rules(assessment);
        for rule in &claims.cites {
            if !cited.contains(rule) {
                wrong.push(format!("cites: the assessment does not cite {rule:?}"));
            }
        }
    }
    wrong
}

/// Checks every learning point of a scenario against `rules::assess`.
pub fn check_scenario(scenario: &Scenario) -> Vec<String> {
    let assessment = rules::assess(&scenario.facts);
    scenario
        .learning_points
        .iter()
        .enumerate()
        .flat_map(|(i, point)| {
            check(&point.claims, &assessment)
                .into_iter()
                .map(move |w| format!("learning point {}: {w}", i + 1))
        })
        .collect()
}
