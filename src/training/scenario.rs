//! A training scenario: a fictional vignette, its case facts (the `CaseFacts` format the
//! `assess` command reads), learning points stated as machine-checkable claims about the
//! assessment, and discussion questions. The claims are checked against `rules::assess`, so a
//! scenario's stated learning can never drift from what the rules core says.

use std::collections::{BTreeSet, HashMap};

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
    pub duty_holder: Option<DutyHolder>,
    /// The last day to notify the Panel ("YYYY-MM-DD").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_by: Option<NaiveDate>,
    /// The state of some of the four s16C conditions, e.g. `{"child": "not_met"}`.
    #[serde(default, skip_serializing_if = "HashMap::is_empty")]
    pub conditions: HashMap<ConditionKind, ConditionState>,
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
pub fn cited_rules(assessment: &Assessment) -> BTreeSet<RuleId> {
    fn walk(value: &serde_json::Value, out: &mut BTreeSet<RuleId>) {
        match value {
            serde_json::Value::Object(map) => {
                if let (Some(rule), Some(_)) = (map.get("rule"), map.get("citation")) {
                    if let Ok(id) = serde_json::from_value::<RuleId>(rule.clone()) {
                        out.insert(id);
                    }
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    if let Ok(value) = serde_json::to_value(assessment) {
        walk(&value, &mut out);
    }
    out
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
        if *claim != panel.duty_holder {
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
    let mut conditions: Vec<_> = claims.conditions.iter().collect();
    conditions.sort_by_key(|(kind, _)| snake(*kind));
    for (kind, state) in conditions {
        let actual = panel
            .conditions
            .iter()
            .find(|c| c.condition == *kind)
            .map(|c| c.state);
        if actual != Some(*state) {
            wrong.push(format!(
                "conditions.{}: claimed {}, the rules say {}",
                snake(kind).trim_matches('"'),
                snake(state),
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
