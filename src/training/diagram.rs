//! The criteria as a picture: a model of the decision path, generated from the rules core's
//! decision structure (`ConditionKind::ALL`, `ConditionKind::rules`, `DECISION_RULE`) and, for a
//! case, the states `rules::assess` gives each condition. Never a separate drawing: add a
//! condition to the rules and it appears here. The page only draws this model as SVG.

use rules::{Assessment, ConditionKind, ConditionState, PanelStatus, RuleId, DECISION_RULE};

/// How a box or arrow is drawn for the current case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// No case, or the path did not reach it.
    Plain,
    /// Met / on the path.
    Met,
    /// Not met: the path leaves here.
    NotMet,
    /// Needs judgement.
    Judgement,
    /// Not answered yet.
    NotAnswered,
}

/// What a box stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Condition(ConditionKind),
    /// All four met: notify the Panel (R08).
    Notify,
    /// A condition not met: no Panel notification (R08); local learning (R18).
    NotRequired,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub rules: Vec<RuleId>,
    pub mark: Mark,
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// Met: on to the next condition.
    Yes,
    /// Not met.
    No,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub from: (u32, u32),
    pub to: (u32, u32),
    pub mark: Mark,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    pub width: u32,
    pub height: u32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

const X: u32 = 10;
const W: u32 = 330;
const H: u32 = 72;
const GAP: u32 = 44;
const SIDE_X: u32 = 420;
const SIDE_W: u32 = 250;

fn mark_of(state: ConditionState) -> Mark {
    match state {
        ConditionState::Met => Mark::Met,
        ConditionState::NotMet => Mark::NotMet,
        ConditionState::NeedsJudgement => Mark::Judgement,
        ConditionState::NotAnswered => Mark::NotAnswered,
    }
}

/// The diagram, with the path of `assessment` marked if one is given.
pub fn diagram(assessment: Option<&Assessment>) -> Diagram {
    let kinds = ConditionKind::ALL;
    let rows = kinds.len() as u32;
    let y = |i: u32| 10 + i * (H + GAP);
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    // Walk the conditions in order; the path leaves at the first condition not met.
    let mut reached = true;
    let mut left_at = None;
    for (i, kind) in kinds.into_iter().enumerate() {
        let i = i as u32;
        let state = assessment.and_then(|a| {
            a.panel_notification
                .conditions
                .iter()
                .find(|c| c.condition == kind)
                .map(|c| c.state)
        });
        let mark = match state {
            Some(state) if reached => mark_of(state),
            _ => Mark::Plain,
        };
        if mark == Mark::NotMet {
            left_at = Some(i);
        }
        nodes.push(Node {
            kind: NodeKind::Condition(kind),
            rules: kind.rules().to_vec(),
            mark,
            x: X,
            y: y(i),
            w: W,
            h: H,
        });
        edges.push(Edge {
            kind: EdgeKind::No,
            from: (X + W, y(i) + H / 2),
            to: (SIDE_X, y(i) + H / 2),
            mark: if mark == Mark::NotMet {
                Mark::NotMet
            } else {
                Mark::Plain
            },
        });
        let down = match mark {
            Mark::Met | Mark::Judgement | Mark::NotAnswered => mark,
            _ => Mark::Plain,
        };
        edges.push(Edge {
            kind: EdgeKind::Yes,
            from: (X + W / 2, y(i) + H),
            to: (X + W / 2, y(i + 1)),
            mark: down,
        });
        if mark == Mark::NotMet || mark == Mark::Plain {
            reached = false;
        }
    }
    let status = assessment.map(|a| &a.panel_notification.status);
    nodes.push(Node {
        kind: NodeKind::Notify,
        rules: vec![DECISION_RULE],
        mark: match status {
            Some(PanelStatus::Required) if left_at.is_none() => Mark::Met,
            Some(PanelStatus::NeedsJudgement) if left_at.is_none() => Mark::Judgement,
            Some(PanelStatus::CannotTellYet { .. }) if left_at.is_none() => Mark::NotAnswered,
            _ => Mark::Plain,
        },
        x: X,
        y: y(rows),
        w: W,
        h: H,
    });
    nodes.push(Node {
        kind: NodeKind::NotRequired,
        rules: vec![DECISION_RULE, RuleId::R18],
        mark: if left_at.is_some() {
            Mark::NotMet
        } else {
            Mark::Plain
        },
        x: SIDE_X,
        y: y(0),
        w: SIDE_W,
        h: y(rows - 1) + H - y(0),
    });
    Diagram {
        width: SIDE_X + SIDE_W + 10,
        height: y(rows) + H + 10,
        nodes,
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::library::library;
    use rules::{answer_space, assess};

    #[test]
    fn the_boxes_are_the_rules_cores_conditions_in_order() {
        let d = diagram(None);
        let kinds: Vec<NodeKind> = d.nodes.iter().map(|n| n.kind).collect();
        let mut expected: Vec<NodeKind> = ConditionKind::ALL
            .into_iter()
            .map(NodeKind::Condition)
            .collect();
        expected.extend([NodeKind::Notify, NodeKind::NotRequired]);
        assert_eq!(kinds, expected);
        for node in &d.nodes {
            if let NodeKind::Condition(kind) = node.kind {
                assert_eq!(node.rules, kind.rules());
            }
            assert_eq!(node.mark, Mark::Plain);
            assert!(node.x + node.w <= d.width && node.y + node.h <= d.height);
        }
        let rules: Vec<RuleId> = d.nodes.iter().flat_map(|n| n.rules.clone()).collect();
        for rule in &RuleId::ALL[..8] {
            assert!(rules.contains(rule), "{rule:?} is drawn");
        }
    }

    #[test]
    fn the_marked_path_agrees_with_the_decision() {
        let cases = answer_space::all_cases().into_iter().step_by(101);
        let library = library().scenarios.into_iter().map(|s| s.facts);
        for facts in cases.chain(library) {
            let a = assess(&facts);
            let d = diagram(Some(&a));
            let notify = d.nodes.iter().find(|n| n.kind == NodeKind::Notify).unwrap();
            let not_required = d
                .nodes
                .iter()
                .find(|n| n.kind == NodeKind::NotRequired)
                .unwrap();
            let not_met = d.nodes.iter().filter(|n| n.mark == Mark::NotMet).count();
            match a.panel_notification.status {
                PanelStatus::Required => {
                    assert_eq!(notify.mark, Mark::Met);
                    assert!(d.nodes.iter().take(4).all(|n| n.mark == Mark::Met));
                }
                PanelStatus::NotRequired => {
                    assert_eq!(not_required.mark, Mark::NotMet);
                    assert_eq!(notify.mark, Mark::Plain);
                    assert_eq!(not_met, 2, "one condition and the not-required box");
                }
                PanelStatus::NeedsJudgement => {
                    assert_eq!(notify.mark, Mark::Judgement);
                    assert!(d
                        .nodes
                        .iter()
                        .any(|n| n.mark == Mark::Judgement && n.kind != NodeKind::Notify));
                }
                PanelStatus::CannotTellYet { .. } => assert_eq!(not_required.mark, Mark::Plain),
            }
        }
    }
}
