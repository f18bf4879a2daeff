//! The quiz: four questions about a scenario, the engine's answers (from `rules::assess`
//! only), and marking. Pure data: the page renders it.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use rules::{Applicability, Assessment, CaseFacts, DateAnswer, DutyHolder, ProcessKind, RouteKind};
use serde::Serialize;

use super::scenario::{notify_by, PanelClaim};

/// "Must the local authority notify the Panel?"
pub const PANEL_CHOICES: [PanelClaim; 3] = [
    PanelClaim::Required,
    PanelClaim::NotRequired,
    PanelClaim::NeedsJudgement,
];

/// "Which local authority?"
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LaChoice {
    /// This English local authority.
    Named(String),
    /// No English local authority.
    NoEnglishLa,
    /// "Whichever local authority is told first": a common mistake, never the rules' answer.
    WhicheverIsTold,
}

/// "By when?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateChoice {
    /// The last day to notify the Panel.
    On(#[serde(with = "rules::dates::serde_iso")] NaiveDate),
    /// No Panel notification deadline.
    NoDeadline,
}

/// "What else follows?"
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Follow {
    RapidReview,
    Process(ProcessKind),
    Route(RouteKind),
}

/// Everything that can follow, in the order shown.
pub const FOLLOW_CHOICES: [Follow; 13] = [
    Follow::RapidReview,
    Follow::Process(ProcessKind::LookedAfterChildDeathNotification),
    Follow::Process(ProcessKind::CareLeaverDeathNotification),
    Follow::Process(ProcessKind::ChildDeathReview),
    Follow::Process(ProcessKind::DomesticAbuseRelatedDeathReview),
    Follow::Process(ProcessKind::SafeguardingAdultsReview),
    Follow::Process(ProcessKind::ProviderNotifications),
    Follow::Process(ProcessKind::LadoReferral),
    Follow::Process(ProcessKind::InformOtherArea),
    Follow::Route(RouteKind::Wales),
    Follow::Route(RouteKind::Scotland),
    Follow::Route(RouteKind::NorthernIreland),
    Follow::Route(RouteKind::Overseas),
];

/// Something "follows" when it applies, may apply or is to be considered on these facts
/// (not when it only follows if the Panel is notified).
fn follows(applies: Applicability) -> bool {
    matches!(
        applies,
        Applicability::Applies | Applicability::Possible | Applicability::Consider
    )
}

/// The engine's answers to the four questions, from the assessment alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelAnswer {
    pub panel: PanelClaim,
    pub la: LaChoice,
    pub date: DateChoice,
    pub follows: Vec<Follow>,
}

impl ModelAnswer {
    pub fn of(assessment: &Assessment) -> ModelAnswer {
        let panel = &assessment.panel_notification;
        let la = match &panel.duty_holder {
            DutyHolder::IncidentArea(la) | DutyHolder::ResidenceArea(la) => {
                LaChoice::Named(la.name.clone())
            }
            DutyHolder::NoEnglishDuty | DutyHolder::Unknown => LaChoice::NoEnglishLa,
        };
        let date = notify_by(assessment).map_or(DateChoice::NoDeadline, DateChoice::On);
        let follows = FOLLOW_CHOICES
            .into_iter()
            .filter(|choice| match choice {
                Follow::RapidReview => follows(assessment.rapid_review.applies),
                Follow::Process(kind) => assessment
                    .other_processes
                    .iter()
                    .any(|p| p.kind == *kind && follows(p.applies)),
                Follow::Route(kind) => assessment
                    .routes
                    .iter()
                    .any(|r| r.kind == *kind && follows(r.applies)),
            })
            .collect();
        ModelAnswer {
            panel: PanelClaim::of(&panel.status),
            la,
            date,
            follows,
        }
    }
}

/// The choices offered for "which local authority?": the English areas named in the facts,
/// the engine's answer, "no English local authority" and a common mistake.
pub fn la_choices(facts: &CaseFacts, model: &ModelAnswer) -> Vec<LaChoice> {
    let mut out: Vec<LaChoice> = Vec::new();
    let named = [&facts.incident_place, &facts.residence]
        .into_iter()
        .flatten()
        .filter_map(|p| {
            p.english_la()
                .map(|area| LaChoice::Named(area.official_name().to_string()))
        });
    let others = [
        model.la.clone(),
        LaChoice::NoEnglishLa,
        LaChoice::WhicheverIsTold,
    ];
    for choice in named.chain(others) {
        if !out.contains(&choice) {
            out.push(choice);
        }
    }
    out
}

/// Five weekdays after `day0`, forgetting bank holidays (a common mistake).
fn five_weekdays_ignoring_holidays(day0: NaiveDate) -> Option<NaiveDate> {
    let mut date = day0;
    let mut n = 0;
    while n < 5 {
        date = date.checked_add_days(Days::new(1))?;
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            n += 1;
        }
    }
    Some(date)
}

/// The choices offered for "by when?": the engine's date, plausible mistakes counted from the
/// awareness date (calendar days, weekdays forgetting bank holidays), and "no deadline".
pub fn date_choices(facts: &CaseFacts, model: &ModelAnswer) -> Vec<DateChoice> {
    let mut dates: Vec<DateChoice> = Vec::new();
    if let DateChoice::On(date) = model.date {
        dates.push(DateChoice::On(date));
    }
    if let Some(DateAnswer::Date(day0)) = facts.la_aware_date {
        for candidate in [
            day0.checked_add_days(Days::new(5)),
            five_weekdays_ignoring_holidays(day0),
            day0.checked_add_days(Days::new(10)),
        ]
        .into_iter()
        .flatten()
        {
            if !dates.contains(&DateChoice::On(candidate)) {
                dates.push(DateChoice::On(candidate));
            }
        }
    }
    dates.sort();
    dates.push(DateChoice::NoDeadline);
    dates
}

/// What the trainee answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Answers {
    pub panel: Option<PanelClaim>,
    pub la: Option<LaChoice>,
    pub date: Option<DateChoice>,
    pub follows: Vec<Follow>,
}

impl Answers {
    /// Ticks or unticks one "what else follows" box, keeping the shown order.
    pub fn toggle(&mut self, follow: Follow) {
        if self.follows.contains(&follow) {
            self.follows.retain(|f| *f != follow);
        } else {
            self.follows.push(follow);
        }
        self.follows = FOLLOW_CHOICES
            .into_iter()
            .filter(|f| self.follows.contains(f))
            .collect();
    }

    /// Whether the three single-choice questions are answered (none of the boxes is a valid
    /// answer to the fourth).
    pub fn complete(&self) -> bool {
        self.panel.is_some() && self.la.is_some() && self.date.is_some()
    }
}

/// Which answers match the engine's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Marks {
    pub panel: bool,
    pub la: bool,
    pub date: bool,
    pub follows: bool,
}

/// Questions per round.
pub const OUT_OF: u32 = 4;

impl Marks {
    pub fn of(answers: &Answers, model: &ModelAnswer) -> Marks {
        Marks {
            panel: answers.panel == Some(model.panel),
            la: answers.la.as_ref() == Some(&model.la),
            date: answers.date == Some(model.date),
            follows: answers.follows == model.follows,
        }
    }

    pub fn score(&self) -> u32 {
        [self.panel, self.la, self.date, self.follows]
            .into_iter()
            .filter(|m| *m)
            .count() as u32
    }
}

/// One answered scenario, kept in memory for the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundResult {
    pub scenario_id: String,
    pub title: String,
    pub answers: Answers,
    pub model: ModelAnswer,
    pub marks: Marks,
}

impl RoundResult {
    pub fn new(
        scenario_id: &str,
        title: &str,
        answers: Answers,
        model: ModelAnswer,
    ) -> RoundResult {
        let marks = Marks::of(&answers, &model);
        RoundResult {
            scenario_id: scenario_id.to_string(),
            title: title.to_string(),
            answers,
            model,
            marks,
        }
    }
}

/// Total score and the most possible.
pub fn total(results: &[RoundResult]) -> (u32, u32) {
    (
        results.iter().map(|r| r.marks.score()).sum(),
        results.len() as u32 * OUT_OF,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::library::library;
    use rules::{answer_space, assess};

    #[test]
    fn the_engine_answers_are_among_the_choices_for_every_library_scenario() {
        for scenario in library().scenarios {
            let assessment = assess(&scenario.facts);
            let model = ModelAnswer::of(&assessment);
            assert!(PANEL_CHOICES.contains(&model.panel), "{}", scenario.id);
            let las = la_choices(&scenario.facts, &model);
            assert!(las.contains(&model.la), "{}", scenario.id);
            assert!(las.len() >= 2, "{}", scenario.id);
            assert_ne!(model.la, LaChoice::WhicheverIsTold);
            let dates = date_choices(&scenario.facts, &model);
            assert!(dates.contains(&model.date), "{}", scenario.id);
            assert!(dates.len() >= 2, "{}", scenario.id);
            let perfect = Answers {
                panel: Some(model.panel),
                la: Some(model.la.clone()),
                date: Some(model.date),
                follows: model.follows.clone(),
            };
            assert_eq!(Marks::of(&perfect, &model).score(), OUT_OF);
        }
    }

    #[test]
    fn every_process_and_route_the_engine_gives_is_a_choice() {
        for facts in answer_space::all_cases().into_iter().step_by(211) {
            let a = assess(&facts);
            for p in &a.other_processes {
                assert!(FOLLOW_CHOICES.contains(&Follow::Process(p.kind)));
            }
            for r in &a.routes {
                assert!(FOLLOW_CHOICES.contains(&Follow::Route(r.kind)));
            }
        }
    }

    #[test]
    fn marking_counts_each_question_once() {
        let scenario = library()
            .scenarios
            .into_iter()
            .find(|s| s.id == "T08")
            .unwrap();
        let model = ModelAnswer::of(&assess(&scenario.facts));
        assert_eq!(model.la, LaChoice::Named("Riverside".into()));
        assert_eq!(
            model.date,
            DateChoice::On(NaiveDate::from_ymd_opt(2028, 4, 21).unwrap())
        );
        let mut answers = Answers {
            panel: Some(PanelClaim::Required),
            la: Some(LaChoice::Named("Westmoor".into())),
            date: Some(DateChoice::On(
                NaiveDate::from_ymd_opt(2028, 4, 19).unwrap(),
            )),
            follows: vec![],
        };
        assert!(answers.complete());
        answers.toggle(Follow::Process(ProcessKind::InformOtherArea));
        answers.toggle(Follow::RapidReview);
        assert_eq!(
            answers.follows, model.follows,
            "toggle keeps the shown order"
        );
        let marks = Marks::of(&answers, &model);
        assert_eq!(
            (marks.panel, marks.la, marks.date, marks.follows),
            (true, false, false, true)
        );
        assert_eq!(marks.score(), 2);
        let results = vec![RoundResult::new("T08", "x", answers, model)];
        assert_eq!(total(&results), (2, 4));
        // Forgetting Good Friday and Easter Monday is offered as a mistake.
        let dates = date_choices(&scenario.facts, &ModelAnswer::of(&assess(&scenario.facts)));
        assert!(dates.contains(&DateChoice::On(
            NaiveDate::from_ymd_opt(2028, 4, 19).unwrap()
        )));
    }
}
