//! The decision structure (`ConditionKind::ALL`, `ConditionKind::rules`, `DECISION_RULE`) that
//! the training diagram is drawn from matches what `assess` actually does: the conditions come
//! out in that order and every reason for a condition cites one of its rules.

use rules::*;

#[test]
fn conditions_come_in_the_declared_order_and_cite_only_their_rules() {
    let mut checked = 0;
    answer_space::for_each_case(|c| {
        checked += 1;
        if checked % 13 != 0 {
            return;
        }
        let a = assess(c);
        let kinds: Vec<ConditionKind> = a
            .panel_notification
            .conditions
            .iter()
            .map(|k| k.condition)
            .collect();
        assert_eq!(kinds, ConditionKind::ALL.to_vec());
        for condition in &a.panel_notification.conditions {
            for reason in &condition.reasons {
                assert!(
                    condition.condition.rules().contains(&reason.rule),
                    "{:?} cites {:?}",
                    condition.condition,
                    reason.rule
                );
            }
        }
        assert!(a
            .panel_notification
            .reasons
            .iter()
            .any(|reason| reason.rule == DECISION_RULE));
    });
    assert!(checked > 1000);
}

#[test]
fn the_decision_structure_names_each_of_r01_to_r08_once() {
    let mut rules: Vec<RuleId> = ConditionKind::ALL
        .iter()
        .flat_map(|k| k.rules().iter().copied())
        .collect();
    rules.push(DECISION_RULE);
    assert_eq!(rules, RuleId::ALL[..8].to_vec());
}
