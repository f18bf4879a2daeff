//! Wording of training mode. What the answers are, and why, comes from `rules::assess`; this
//! file only names things.

use super::outcome::{process_name, route_name};
use crate::training::quiz::{DateChoice, Follow, LaChoice};
use crate::training::scenario::{PanelClaim, Places};
use crate::training::whatif::WhatIf;

pub const LINK: &str = "Training mode";
pub const TITLE: &str = "Training mode";
pub const INTRO: &str = "Practise deciding on fictional cases. Read a case, decide, then see what the rules say and why. Everything here is fictional and stays in this browser: nothing is stored or sent.";
pub const SCENARIOS: &str = "Scenarios";
pub const BUILT_IN: &str = "The built-in scenario library";
pub const PACK_FROM_FILE: &str = "Scenarios from your file";
pub const OPEN_PACK: &str = "Open your own scenario pack";
pub const OPEN_PACK_HINT: &str = "A JSON file of your own fictional local cases, in the scenario pack format. It is read in this browser and never uploaded.";
pub const PACK_ERRORS_TITLE: &str = "There is a problem with the scenario pack";
pub const PACK_LOADED: &str = "Scenario pack opened";
pub const USE_LIBRARY: &str = "Go back to the built-in library";
pub const QUIZ: &str = "Quiz";
pub const FACILITATE: &str = "Facilitator view";
pub const SCORES: &str = "Scores this session";
pub const NO_SCORES: &str = "No scenarios answered yet.";
pub const EXPORT_CSV: &str = "Download results (CSV)";
pub const EXPORT_JSON: &str = "Download results (JSON)";
pub const CLEAR_SCORES: &str = "Clear scores";
pub const PICTURE: &str = "The criteria as a picture";
pub const PICTURE_INTRO: &str = "The four conditions of section 16C(1) of the Children Act 2004, drawn from the rules. All four must be met for the local authority to notify the Panel.";
pub const BACK_TO_SCENARIOS: &str = "Back to scenarios";

pub const Q_PANEL: &str =
    "Must the local authority notify the Child Safeguarding Practice Review Panel?";
pub const Q_LA: &str = "Which local authority would hold the duty to notify?";
pub const Q_LA_HINT: &str = "The place test decides this, whatever the other conditions.";
pub const Q_DATE: &str = "By when must the Panel be notified?";
pub const Q_FOLLOWS: &str = "What else follows?";
pub const Q_FOLLOWS_HINT: &str = "Select everything that applies, may apply or is to be considered now. Leave all unticked if nothing does.";
pub const CHECK: &str = "Check my answers";
pub const ANSWER_ALL: &str = "Answer the first three questions";
pub const YOUR_SCORE: &str = "Your score";
pub const YOUR_ANSWER: &str = "Your answer";
pub const RULES_ANSWER: &str = "The rules say";
pub const CORRECT: &str = "Correct";
pub const INCORRECT: &str = "Not quite";
pub const NOT_ANSWERED: &str = "Not answered";
pub const NOTHING: &str = "Nothing else";
pub const REASONS: &str = "Why: the reasons and citations";
pub const STEP_THROUGH: &str = "Step through the criteria";
pub const NEXT_CRITERION: &str = "Next criterion";
pub const SHOW_ALL_CRITERIA: &str = "Show all";
pub const LEARNING: &str = "Learning points";
pub const DISCUSSION: &str = "Questions for discussion";
pub const NEXT_SCENARIO: &str = "Next scenario";

pub const REVEAL_NEXT: &str = "Reveal next";
pub const HIDE_ALL: &str = "Hide answers";
pub const OPEN_IN_JOURNEY: &str = "Open in the guided journey";
pub const OPEN_IN_JOURNEY_HINT: &str = "Opens this case's answers in the real journey, at check your answers. The answers replace any you have given.";
pub const WHAT_IF: &str = "What if?";
pub const WHAT_IF_HINT: &str = "Change one fact and see what the rules say.";
pub const WHAT_IF_NONE: &str = "As in the case";
pub const WITH_CHANGE: &str = "With this change";
pub const AS_IN_CASE: &str = "As in the case";
pub const OUTCOME_CHANGED: &str = "The outcome changes.";
pub const OUTCOME_SAME: &str = "The Panel decision does not change.";
pub const REVEAL_STEPS: [&str; 5] = [
    "The four conditions",
    "The decision",
    "What else follows",
    "The criteria as a picture",
    "Learning points and discussion",
];
pub const ALL_REVEALED: &str = "Everything is revealed.";

pub fn revealed_status(shown: usize) -> String {
    let steps = REVEAL_STEPS.len();
    match shown {
        0 => format!("Nothing is revealed yet: {steps} steps to reveal."),
        n if n >= steps => ALL_REVEALED.into(),
        n => format!("{n} of {steps} revealed: {}.", REVEAL_STEPS[n - 1]),
    }
}

/// A line shown as a sentence ends with a full stop (the outcome's headline is written as a
/// heading, without one).
pub fn sentence(line: &str) -> String {
    let line = line.trim_end();
    if line.ends_with(['.', '?', '!']) {
        line.to_string()
    } else {
        format!("{line}.")
    }
}

/// Whether the case's places are real, said with the case.
pub fn places_line(places: Option<Places>) -> &'static str {
    match places {
        Some(Places::Fictional) => "The places in this case are fictional, like its people.",
        Some(Places::Real) => {
            "The local authorities in this case are real; its people and events are fictional."
        }
        None => "This case does not say whether its places are real or fictional.",
    }
}

pub fn panel_choice(claim: PanelClaim) -> &'static str {
    match claim {
        PanelClaim::Required => "Yes, it must notify the Panel",
        PanelClaim::NotRequired => "No, the criteria are not met",
        PanelClaim::NeedsJudgement => "It needs the local authority\u{2019}s judgement",
        PanelClaim::CannotTellYet => "We cannot tell yet",
    }
}

pub fn la_choice(choice: &LaChoice) -> String {
    match choice {
        LaChoice::Named(name) => name.clone(),
        LaChoice::NoEnglishLa => "No English local authority".into(),
        LaChoice::WhicheverIsTold => "Whichever local authority is told about it first".into(),
    }
}

pub fn date_choice(choice: DateChoice) -> String {
    match choice {
        DateChoice::On(date) => super::deadline_date(date),
        DateChoice::NoDeadline => "No Panel notification deadline applies".into(),
    }
}

pub fn follow_name(follow: Follow) -> &'static str {
    match follow {
        Follow::RapidReview => "A rapid review",
        Follow::Process(kind) => process_name(kind),
        Follow::Route(kind) => route_name(kind),
    }
}

pub fn follows_list(follows: &[Follow]) -> String {
    if follows.is_empty() {
        NOTHING.into()
    } else {
        follows
            .iter()
            .map(|f| follow_name(*f))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

pub fn what_if_label(what_if: WhatIf) -> &'static str {
    match what_if {
        WhatIf::AbuseNotSuspected => "Abuse or neglect is not suspected",
        WhatIf::AbuseSuspected => "Abuse or neglect is suspected",
        WhatIf::HarmNotSerious => "The harm is not serious",
        WhatIf::SeriousHarm => "The child is seriously harmed and survives",
        WhatIf::HappenedInWales => "It happened in Wales",
        WhatIf::HappenedInEngland => "It happened in England, where the child lives",
        WhatIf::LivesInScotland => "The child normally lives in Scotland",
        WhatIf::LivesInEngland => "The child normally lives in Northshire, in England",
        WhatIf::Aged18 => "The young person was 18",
        WhatIf::Aged17 => "The young person was 17",
        WhatIf::AskedByHealth => "A health professional is asking",
        WhatIf::AskedByLocalAuthority => "The local authority is asking",
        WhatIf::LookedAfter => "The child was looked after",
    }
}

pub fn score_line(score: u32, out_of: u32) -> String {
    format!("{score} out of {out_of}")
}

pub fn scenario_count(n: usize) -> String {
    if n == 1 {
        "1 scenario".into()
    } else {
        format!("{n} scenarios")
    }
}

pub const DIAGRAM_NEXT: &str = "Met, or needs judgement";
pub const DIAGRAM_NO: &str = "Not met";
pub const DIAGRAM_ALL_MET: &str = "All met";
pub const DIAGRAM_ANY_JUDGEMENT: &str = "One or more needs judgement";

/// The plain words in the boxes of the criteria diagram (the rule codes are in its legend);
/// `training::diagram::NodeKind::label` says which box has which.
pub const DIAGRAM_PLACE: &str = "In England, or the child lives in England";
pub const DIAGRAM_CHILD: &str = "A child under 18, born alive";
pub const DIAGRAM_ABUSE_OR_NEGLECT: &str = "Abuse or neglect known or suspected";
pub const DIAGRAM_DEATH_OR_SERIOUS_HARM: &str = "The child died or was seriously harmed";
pub const DIAGRAM_NOTIFY: &str = "Notify the Panel";
pub const DIAGRAM_DECIDE: &str = "The local authority decides whether to notify";
pub const DIAGRAM_NOT_REQUIRED: &str = "No Panel notification: consider local learning";

/// A box's state for the current case, in words (colour is never the only sign);
/// `training::diagram::Mark::words` says which.
pub const DIAGRAM_MET: &str = "\u{2713} Met";
pub const DIAGRAM_NOT_MET: &str = "\u{2717} Not met";
pub const DIAGRAM_JUDGEMENT: &str = "? Needs judgement";
pub const DIAGRAM_NOT_ANSWERED: &str = "\u{2026} Not answered";

pub const TOTAL: &str = "Total";
pub const SCENARIO: &str = "Scenario";
pub const ID: &str = "Id";
pub const ACTIONS: &str = "Use it";
pub const SUCCESS: &str = "Success";
pub const PACK_FILE_LABEL: &str = "Choose a scenario pack file";
pub const PACK_FILE_ERROR: &str = "The file has problems: see the list at the top of the page";

pub const ERROR_PANEL: &str = "Select whether the local authority must notify the Panel";
pub const ERROR_LA: &str = "Select which local authority would hold the duty";
pub const ERROR_DATE: &str = "Select when the Panel must be notified by";

pub fn error_title() -> String {
    "Quiz".into()
}
