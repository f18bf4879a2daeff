#![allow(dead_code)]
// Shared by the rule, sources, exhaustive and property tests (included with `mod`).

use chrono::NaiveDate;
use rules::*;
use serde_json::Value;

pub fn d(s: &str) -> NaiveDate {
    rules::dates::parse_iso_date(s).unwrap()
}

/// The area a practitioner names, as the app and files record it: the code of the authority
/// with children's services functions, and the name as typed.
pub fn la(n: &str) -> Option<Place> {
    let r = places::resolve(n, None);
    let code = r.resolved().unwrap().authority.code;
    Some(Place::EnglishLocalAuthority(LocalArea::new(code, Some(n))))
}

/// A case that meets every s16C condition: Leeds, 9 years old, seriously harmed,
/// abuse suspected, LA aware Friday 20 December 2024.
pub fn base() -> CaseFacts {
    CaseFacts {
        asker: Some(Asker::LocalAuthority),
        event: Some(Event::SeriousHarm),
        child_age: Some(ChildAge::AgeInYears(9)),
        abuse_or_neglect: Some(AbuseOrNeglect::Suspected),
        incident_place: la("Leeds"),
        residence: la("Leeds"),
        la_aware_date: Some(DateAnswer::Date(d("2024-12-20"))),
        ..CaseFacts::default()
    }
}

pub fn has_prompt(a: &Assessment, k: PromptKind) -> bool {
    a.judgement_prompts.iter().any(|p| p.kind == k)
}

/// Every reason in an assessment, wherever it is.
pub fn all_reasons(a: &Assessment) -> Vec<Reason> {
    let v = serde_json::to_value(a).unwrap();
    let mut out = Vec::new();
    fn walk(v: &Value, out: &mut Vec<Reason>) {
        match v {
            Value::Object(o) => {
                if o.contains_key("citations") && o.contains_key("rule") {
                    out.push(serde_json::from_value(v.clone()).unwrap());
                }
                o.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    walk(&v, &mut out);
    out
}

/// Everything an assessment decides, without its wording, names and dates.
pub fn shape(a: &Assessment) -> Value {
    let p = &a.panel_notification;
    serde_json::json!({
        "status": p.status,
        "duty": match &p.duty_holder {
            DutyHolder::IncidentArea(_) => "incident",
            DutyHolder::ResidenceArea(_) => "residence",
            DutyHolder::NoEnglishDuty => "none",
            DutyHolder::Unknown => "unknown",
        },
        "conditions": p.conditions.iter().map(|c| (c.condition, c.state)).collect::<Vec<_>>(),
        "many_children": p.reasons.iter().any(|r| r.sentence.contains("More than 4")),
        "several_children": p.reasons.iter().any(|r| r.sentence.contains("more than one child is affected")),
        "child_death_review": a.other_processes.iter().filter(|x| x.kind == ProcessKind::ChildDeathReview)
            .map(|x| x.action.replace("Northshire", "LA").replace("Westmoor", "LA")).collect::<Vec<_>>(),
        "deadlines": a.deadlines.iter().map(|d| serde_json::json!([
            d.kind, d.applies, d.anchor_date.is_some(),
            match d.due { Due::On(_) => "on", Due::AwaitingAnchorDate => "awaiting", Due::CalendarError(_) => "error", Due::WithinMonths(_) => "months" }
        ])).collect::<Vec<_>>(),
        "rapid": (a.rapid_review.applies, a.rapid_review.lead_area.is_some(), a.rapid_review.collaborate_with.is_some()),
        "local": (a.local_review.applies, a.local_review.additional_considerations.iter().map(|c| c.id.clone()).collect::<Vec<_>>()),
        "processes": a.other_processes.iter().map(|x| (x.kind, x.applies)).collect::<Vec<_>>(),
        "routes": a.routes.iter().map(|r| (r.kind, r.applies, r.wales_review)).collect::<Vec<_>>(),
        "learning": a.local_learning.is_some(),
        "next": (a.next_steps.asker, a.next_steps.can_notify_panel, a.next_steps.steps.len()),
        "first": (
            a.next_steps.first.action,
            match a.next_steps.first.by {
                ActionBy::Today => "today", ActionBy::On(_) => "on",
                ActionBy::WorkingDaysFromAwareness(_) => "working_days", ActionBy::NoDeadline => "none",
            },
            match a.next_steps.first.contact {
                ContactArea::IncidentArea(_) => "incident", ContactArea::ResidenceArea(_) => "residence",
                ContactArea::NoEnglishAuthority => "none", ContactArea::NotKnown => "not_known",
            },
            a.next_steps.first.reasons.len(),
        ),
        "primary": a.deadlines.iter().map(|d| d.primary).collect::<Vec<_>>(),
        "prompts": a.judgement_prompts.iter().map(|j| j.kind).collect::<Vec<_>>(),
    })
}

/// The invariants every assessment must satisfy. Returns a description of the first broken one.
pub fn check_invariants(f: &CaseFacts, a: &Assessment) -> Result<(), String> {
    let p = &a.panel_notification;
    let states: Vec<ConditionState> = p.conditions.iter().map(|c| c.state).collect();
    let has = |s: ConditionState| states.contains(&s);
    match &p.status {
        PanelStatus::Required => {
            if !states.iter().all(|s| *s == ConditionState::Met) {
                return Err("required with a condition not met".into());
            }
            match &p.duty_holder {
                DutyHolder::IncidentArea(n) | DutyHolder::ResidenceArea(n)
                    if !n.code.is_empty() && !n.name.is_empty() => {}
                other => {
                    return Err(format!(
                        "required without an English duty holder: {other:?}"
                    ))
                }
            }
        }
        PanelStatus::NotRequired => {
            if !has(ConditionState::NotMet) {
                return Err("not required although no condition is definitely unmet (a judgement reported as not required)".into());
            }
        }
        PanelStatus::NeedsJudgement => {
            if has(ConditionState::NotMet)
                || has(ConditionState::NotAnswered)
                || !has(ConditionState::NeedsJudgement)
            {
                return Err(format!("needs judgement with conditions {states:?}"));
            }
        }
        PanelStatus::CannotTellYet { missing } => {
            if has(ConditionState::NotMet) || !has(ConditionState::NotAnswered) {
                return Err(format!("cannot tell yet with conditions {states:?}"));
            }
            if missing.is_empty() {
                return Err("cannot tell yet with nothing missing".into());
            }
            // missing is an in-order subsequence of still_needed
            let mut it = a.still_needed.iter();
            if !missing.iter().all(|q| it.any(|x| x == q)) {
                return Err(format!(
                    "missing {missing:?} not a subsequence of still_needed {:?}",
                    a.still_needed
                ));
            }
        }
    }
    if a.still_needed.is_empty() && matches!(p.status, PanelStatus::CannotTellYet { .. }) {
        return Err("still_needed empty but cannot tell yet".into());
    }
    for q in &a.still_needed {
        if !q.is_unanswered(f) {
            return Err(format!("{q:?} answered but still needed"));
        }
    }
    let mut sorted = a.still_needed.clone();
    sorted.sort();
    sorted.dedup();
    if sorted != a.still_needed {
        return Err("still_needed not in asking order".into());
    }
    // Never a Panel notification for a person 18 or over on the incident date, or a stillbirth.
    let adult = match (f.child_age, f.incident_date) {
        (Some(ChildAge::AgeInYears(y)), _) => y >= 18,
        (Some(ChildAge::DateOfBirth(dob)), Some(DateAnswer::Date(on))) => {
            is_child_on(dob, on) == ChildOnDate::NotChild
        }
        _ => false,
    };
    if adult && p.status != PanelStatus::NotRequired {
        return Err("a Panel notification outcome other than not required for an adult".into());
    }
    // Every conclusion has a reason.
    let mut empty = Vec::new();
    p.conditions
        .iter()
        .filter(|c| c.reasons.is_empty())
        .for_each(|c| empty.push(format!("condition {:?}", c.condition)));
    if p.reasons.is_empty() {
        empty.push("panel".into())
    }
    a.deadlines
        .iter()
        .filter(|d| d.reasons.is_empty())
        .for_each(|d| empty.push(format!("deadline {:?}", d.kind)));
    a.other_processes
        .iter()
        .filter(|x| x.reasons.is_empty())
        .for_each(|x| empty.push(format!("process {:?}", x.kind)));
    a.routes
        .iter()
        .filter(|x| x.reasons.is_empty())
        .for_each(|x| empty.push(format!("route {:?}", x.kind)));
    if a.rapid_review.reasons.is_empty() {
        empty.push("rapid review".into())
    }
    if a.local_review.reasons.is_empty() {
        empty.push("local review".into())
    }
    a.local_review
        .criteria
        .iter()
        .chain(&a.local_review.additional_considerations)
        .filter(|c| c.reasons.is_empty())
        .for_each(|c| empty.push(format!("criterion {}", c.id)));
    if a.local_learning
        .as_ref()
        .is_some_and(|l| l.reasons.is_empty())
    {
        empty.push("local learning".into())
    }
    a.next_steps
        .steps
        .iter()
        .filter(|s| s.reasons.is_empty())
        .for_each(|s| empty.push(format!("step {}", s.text)));
    if a.next_steps.first.reasons.is_empty() {
        empty.push("first action".into())
    }
    a.judgement_prompts
        .iter()
        .filter(|j| j.reasons.is_empty())
        .for_each(|j| empty.push(format!("prompt {:?}", j.kind)));
    if !empty.is_empty() {
        return Err(format!("conclusions without reasons: {empty:?}"));
    }
    // Every reason's rule exists and its citation is the rule table's; [UNV] only on prompts.
    let v = serde_json::to_value(a).unwrap();
    let mut bad = Vec::new();
    walk_reasons(&v, "", &mut bad);
    if !bad.is_empty() {
        return Err(format!("reasons out of place: {bad:?}"));
    }
    Ok(())
}

fn walk_reasons(v: &Value, path: &str, bad: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if let (Some(rule), Some(part), Some(citations), Some(conf)) = (
                o.get("rule"),
                o.get("part"),
                o.get("citations"),
                o.get("confidence"),
            ) {
                match serde_json::from_value::<RuleId>(rule.clone()) {
                    Ok(id) => match id.info().part(part.as_str().unwrap_or("")) {
                        None => bad.push(format!("{path}: {id:?} has no part {part}")),
                        Some(p) => {
                            if *citations != serde_json::to_value(p.citations).unwrap() {
                                bad.push(format!("{path}: citations differ from the table"));
                            }
                            if *conf != serde_json::to_value(p.confidence).unwrap() {
                                bad.push(format!("{path}: confidence differs from the table"));
                            }
                            // [UNV] only ever prompts: in a judgement prompt, an additional
                            // consideration, or a process that is only to be considered.
                            let in_prompt = path.starts_with("/judgement_prompts")
                                || path.starts_with("/local_review/additional_considerations");
                            if conf == "unv" && !in_prompt && !path.starts_with("/other_processes")
                            {
                                bad.push(format!("{path}: [UNV] reason outside a prompt"));
                            }
                        }
                    },
                    Err(_) => bad.push(format!("{path}: unknown rule {rule}")),
                }
            }
            if let (Some(applies), Some(reasons)) = (o.get("applies"), o.get("reasons")) {
                let decides = applies == "applies" || applies == "if_notified";
                let unv = reasons.as_array().is_some_and(|rs| {
                    rs.iter()
                        .any(|r| r.get("confidence").is_some_and(|c| c == "unv"))
                });
                if decides && unv {
                    bad.push(format!(
                        "{path}: a conclusion that applies rests on [UNV] wording"
                    ));
                }
            }
            for (k, x) in o {
                walk_reasons(x, &format!("{path}/{k}"), bad);
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| walk_reasons(x, &format!("{path}/{i}"), bad)),
        _ => {}
    }
}
