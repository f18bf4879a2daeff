//! One question's answer: the choices it offers, turning what was typed into a `CaseFacts`
//! field, and the problems that stop it. Validation checks that an answer is well formed and
//! consistent with the other dates; it never decides eligibility (that is `rules::assess`).

use chrono::{Datelike, NaiveDate};
use rules::dates::{iso_date, parse_iso_date};
use rules::places::{self, Resolution};
use rules::{
    AbuseOrNeglect, Asker, CaseFacts, Event, Question, Setting, SuspectedPerson, YesNoNotSure,
};
use serde::Serialize;
use serde_json::{json, Value};

/// What a choice reveals when selected (GOV.UK conditional reveal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reveal {
    Nothing,
    Date,
    WholeNumber,
    PlaceName,
}

/// One choice of a question: the value the facts format uses, and what it reveals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub reveal: Reveal,
}

impl Choice {
    fn new(value: &str, reveal: Reveal) -> Choice {
        Choice {
            value: value.to_string(),
            reveal,
        }
    }
}

/// The values of a plain enum answer, as the facts format spells them.
fn values_of<T: Serialize>(all: &[T]) -> Vec<Choice> {
    all.iter()
        .filter_map(|value| serde_json::to_value(value).ok())
        .filter_map(|value| {
            value
                .as_str()
                .map(|value| Choice::new(value, Reveal::Nothing))
        })
        .collect()
}

/// The choices a question offers, in order.
pub fn choices(question: Question) -> Vec<Choice> {
    use Reveal::*;
    match question {
        Question::Asker => values_of(&Asker::ALL),
        Question::Event => values_of(&Event::ALL),
        Question::AbuseOrNeglect => values_of(&AbuseOrNeglect::ALL),
        Question::SuspectedPerson => values_of(&SuspectedPerson::ALL),
        Question::Setting => values_of(&Setting::ALL),
        Question::BornAlive
        | Question::LookedAfter
        | Question::CareLeaver
        | Question::ChildProtectionPlan => values_of(&YesNoNotSure::ALL),
        Question::ChildAge => vec![
            Choice::new("date_of_birth", Date),
            Choice::new("age_in_years", WholeNumber),
            Choice::new("not_sure", Nothing),
        ],
        Question::IncidentDate | Question::LaAwareDate => {
            vec![Choice::new("date", Date), Choice::new("not_sure", Nothing)]
        }
        Question::NotificationSent => vec![
            Choice::new("sent", Date),
            Choice::new("not_sent_yet", Nothing),
            Choice::new("not_sure", Nothing),
        ],
        Question::IncidentPlace | Question::Residence => vec![
            Choice::new("english_local_authority", PlaceName),
            Choice::new("wales", Nothing),
            Choice::new("scotland", Nothing),
            Choice::new("northern_ireland", Nothing),
            Choice::new("abroad", Nothing),
            Choice::new("unknown", Nothing),
        ],
        Question::NumberOfChildren => vec![
            Choice::new("one", Nothing),
            Choice::new("more", WholeNumber),
        ],
    }
}

/// What the user has typed or chosen on a question page, exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormAnswer {
    pub choice: Option<String>,
    pub day: String,
    pub month: String,
    pub year: String,
    pub number: String,
    pub text: String,
    /// The code of the area chosen where the typed name asks which (an abolished authority
    /// whose area was split, or one that depends on the date).
    pub area: Option<String>,
}

/// The part of a question page a problem belongs to (for the error summary's links).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Choice,
    Date(DatePart),
    Number,
    Text,
    /// The question which area a typed name means.
    Area,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// Other dates an answered date is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherDate {
    DateOfBirth,
    Incident,
    LaAware,
}

/// Why an answer cannot be accepted. Wording lives in `content::questions`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NoChoice,
    DateMissing,
    DateIncomplete(Vec<DatePart>),
    /// Not a real date; the parts that make it so (all three when no one part is to blame).
    DateNotReal(Vec<DatePart>),
    YearNotFourDigits,
    DateInFuture,
    DateBefore(OtherDate, NaiveDate),
    DateAfter(OtherDate, NaiveDate),
    NumberMissing,
    NumberNotWhole,
    NumberOutOfRange {
        min: u32,
        max: u32,
    },
    NameMissing,
    NameTooLong {
        max: usize,
    },
    /// The typed place is not an English area on the date, or asks which area (the register's
    /// answer, worded in `content::questions`).
    Place(Resolution),
}

impl Problem {
    /// Which of the day, month and year boxes the problem marks (GOV.UK: only the part that is
    /// wrong; all three when the date as a whole is).
    pub fn marks_date_parts(&self) -> [bool; 3] {
        let only = |parts: &[DatePart]| {
            [DatePart::Day, DatePart::Month, DatePart::Year].map(|part| parts.contains(&part))
        };
        match self {
            Problem::DateIncomplete(parts) | Problem::DateNotReal(parts) => only(parts),
            Problem::YearNotFourDigits => only(&[DatePart::Year]),
            _ => [true; 3],
        }
    }
}

/// A problem and the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

const MAX_AGE: u32 = 120;
const MAX_CHILDREN: u32 = 99;
const MAX_PLACE_NAME: usize = 80;

/// Turns a form answer into the new facts, or says what is wrong. `today` comes from the
/// browser; a date after it is refused.
pub fn apply(
    question: Question,
    form: &FormAnswer,
    facts: &CaseFacts,
    today: NaiveDate,
) -> Result<CaseFacts, FieldProblem> {
    let value = answer_value(question, form, facts, today)?;
    let mut object = match serde_json::to_value(facts) {
        Ok(Value::Object(object)) => object,
        _ => serde_json::Map::new(),
    };
    object.insert(field_name(question), value);
    // Through text, as everywhere else the app reads facts: one CaseFacts deserializer in
    // the wasm instead of two.
    serde_json::to_string(&Value::Object(object))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .ok_or(FieldProblem {
            field: Field::Choice,
            problem: Problem::NoChoice,
        })
}

/// The facts-format name of a question's field (the same word as the question).
pub fn field_name(question: Question) -> String {
    serde_json::to_value(question)
        .ok()
        .and_then(|value| value.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn answer_value(
    question: Question,
    form: &FormAnswer,
    facts: &CaseFacts,
    today: NaiveDate,
) -> Result<Value, FieldProblem> {
    let choice = form
        .choice
        .as_deref()
        .filter(|choice| choices(question).iter().any(|c| c.value == *choice))
        .ok_or(FieldProblem {
            field: Field::Choice,
            problem: Problem::NoChoice,
        })?;
    let reveal = choices(question)
        .into_iter()
        .find(|c| c.value == choice)
        .map(|c| c.reveal)
        .unwrap_or(Reveal::Nothing);
    Ok(match (question, reveal) {
        (Question::ChildAge, Reveal::Date) => {
            let date = parse_date(form, today)?;
            check_order(date, None, incident_date(facts), OtherDate::Incident)?;
            json!({ "date_of_birth": iso_date(date) })
        }
        (Question::ChildAge, Reveal::WholeNumber) => {
            json!({ "age_in_years": parse_number(&form.number, 0, MAX_AGE)? })
        }
        (Question::IncidentDate, Reveal::Date) => {
            let date = parse_date(form, today)?;
            check_order(date, date_of_birth(facts), None, OtherDate::DateOfBirth)?;
            check_order(date, None, la_aware_date(facts), OtherDate::LaAware)?;
            json!(iso_date(date))
        }
        (Question::LaAwareDate, Reveal::Date) => {
            let date = parse_date(form, today)?;
            check_order(date, incident_date(facts), None, OtherDate::Incident)?;
            json!(iso_date(date))
        }
        (Question::NotificationSent, Reveal::Date) => {
            let date = parse_date(form, today)?;
            check_order(date, la_aware_date(facts), None, OtherDate::LaAware)?;
            json!(iso_date(date))
        }
        (_, Reveal::PlaceName) => {
            let name = form.text.trim();
            if name.is_empty() {
                return Err(text_problem(Problem::NameMissing));
            }
            if name.chars().count() > MAX_PLACE_NAME {
                return Err(text_problem(Problem::NameTooLong {
                    max: MAX_PLACE_NAME,
                }));
            }
            // On the incident date; where it is not known (not asked, or not sure), the
            // authorities in place today, which are the ones to act now.
            let on = incident_date(facts).unwrap_or(today);
            let code = match places::resolve(name, Some(on)) {
                Resolution::Resolved(r) => r.authority.code,
                Resolution::OtherNation(a) => {
                    return Err(text_problem(Problem::Place(Resolution::OtherNation(a))))
                }
                Resolution::Unknown { suggestions } => {
                    return Err(text_problem(Problem::Place(Resolution::Unknown {
                        suggestions,
                    })))
                }
                asks => match asks
                    .options()
                    .into_iter()
                    .find(|a| form.area.as_deref() == Some(a.code))
                {
                    Some(chosen) => chosen.code,
                    None => {
                        return Err(FieldProblem {
                            field: Field::Area,
                            problem: Problem::Place(asks),
                        })
                    }
                },
            };
            json!({ choice: { "code": code, "typed": name } })
        }
        (Question::NumberOfChildren, Reveal::WholeNumber) => {
            json!(parse_number(&form.number, 2, MAX_CHILDREN)?)
        }
        (Question::NumberOfChildren, _) => json!(1),
        _ => json!(choice),
    })
}

fn text_problem(problem: Problem) -> FieldProblem {
    FieldProblem {
        field: Field::Text,
        problem,
    }
}

/// A date must not fall before `not_before` nor after `not_after` (both other answers).
fn check_order(
    date: NaiveDate,
    not_before: Option<NaiveDate>,
    not_after: Option<NaiveDate>,
    other: OtherDate,
) -> Result<(), FieldProblem> {
    let problem = match (not_before, not_after) {
        (Some(earliest), _) if date < earliest => Problem::DateBefore(other, earliest),
        (_, Some(latest)) if date > latest => Problem::DateAfter(other, latest),
        _ => return Ok(()),
    };
    Err(FieldProblem {
        field: Field::Date(DatePart::Day),
        problem,
    })
}

fn date_of_birth(facts: &CaseFacts) -> Option<NaiveDate> {
    match facts.child_age {
        Some(rules::ChildAge::DateOfBirth(date)) => Some(date),
        _ => None,
    }
}

fn incident_date(facts: &CaseFacts) -> Option<NaiveDate> {
    facts.incident_date.and_then(|answer| answer.date())
}

fn la_aware_date(facts: &CaseFacts) -> Option<NaiveDate> {
    facts.la_aware_date.and_then(|answer| answer.date())
}

/// GOV.UK date input rules: every part present, numeric, a real date, a 4-digit year, not in
/// the future.
pub fn parse_date(form: &FormAnswer, today: NaiveDate) -> Result<NaiveDate, FieldProblem> {
    let parts = [
        (DatePart::Day, form.day.trim()),
        (DatePart::Month, form.month.trim()),
        (DatePart::Year, form.year.trim()),
    ];
    let missing: Vec<DatePart> = parts
        .iter()
        .filter(|(_, text)| text.is_empty())
        .map(|(part, _)| *part)
        .collect();
    let problem = |field, problem| FieldProblem {
        field: Field::Date(field),
        problem,
    };
    if missing.len() == 3 {
        return Err(problem(DatePart::Day, Problem::DateMissing));
    }
    if let Some(first) = missing.first() {
        return Err(problem(*first, Problem::DateIncomplete(missing)));
    }
    let number = |text: &str| -> Option<u32> {
        (text.chars().all(|c| c.is_ascii_digit()) && text.len() <= 4)
            .then(|| text.parse().ok())
            .flatten()
    };
    let not_real = |wrong: Vec<DatePart>| {
        let first = wrong.first().copied().unwrap_or(DatePart::Day);
        problem(first, Problem::DateNotReal(wrong))
    };
    let numbers = parts.map(|(part, text)| (part, number(text)));
    let not_numbers: Vec<DatePart> = numbers
        .iter()
        .filter(|(_, value)| value.is_none())
        .map(|(part, _)| *part)
        .collect();
    let (Some(day), Some(month), Some(year)) = (numbers[0].1, numbers[1].1, numbers[2].1) else {
        return Err(not_real(not_numbers));
    };
    if parts[2].1.len() != 4 {
        return Err(problem(DatePart::Year, Problem::YearNotFourDigits));
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or_else(|| {
        // A month that does not exist, or else a day the month does not have.
        if !(1..=12).contains(&month) {
            not_real(vec![DatePart::Month])
        } else {
            not_real(vec![DatePart::Day])
        }
    })?;
    if date > today {
        return Err(problem(DatePart::Day, Problem::DateInFuture));
    }
    Ok(date)
}

fn parse_number(text: &str, min: u32, max: u32) -> Result<u32, FieldProblem> {
    let problem = |problem| FieldProblem {
        field: Field::Number,
        problem,
    };
    let text = text.trim();
    if text.is_empty() {
        return Err(problem(Problem::NumberMissing));
    }
    if !text.chars().all(|c| c.is_ascii_digit()) || text.len() > 3 {
        return Err(problem(Problem::NumberNotWhole));
    }
    let value: u32 = text.parse().map_err(|_| problem(Problem::NumberNotWhole))?;
    if value < min || value > max {
        return Err(problem(Problem::NumberOutOfRange { min, max }));
    }
    Ok(value)
}

/// The form as it should appear for an answer already given (Back, or a Change link).
pub fn prefill(question: Question, facts: &CaseFacts) -> FormAnswer {
    let value = serde_json::to_value(facts)
        .ok()
        .and_then(|facts| facts.get(field_name(question)).cloned());
    let mut form = FormAnswer::default();
    let Some(value) = value else { return form };
    let fill_date = |form: &mut FormAnswer, text: &str| {
        if let Some(date) = parse_iso_date(text) {
            form.day = date.day().to_string();
            form.month = date.month().to_string();
            form.year = date.year().to_string();
        }
    };
    match (question, &value) {
        (Question::NumberOfChildren, Value::Number(n)) => {
            let n = n.as_u64().unwrap_or(1);
            form.choice = Some(if n > 1 { "more" } else { "one" }.into());
            if n > 1 {
                form.number = n.to_string();
            }
        }
        (_, Value::String(text)) if choices(question).iter().any(|c| c.value == *text) => {
            form.choice = Some(text.clone());
        }
        (_, Value::String(text)) => {
            // A date answer ("YYYY-MM-DD") for a question whose date choice is first.
            form.choice = choices(question).first().map(|c| c.value.clone());
            fill_date(&mut form, text);
        }
        (_, Value::Object(object)) => {
            if let Some((key, inner)) = object.iter().next() {
                form.choice = Some(key.clone());
                match inner {
                    Value::String(text) if key == "date_of_birth" => fill_date(&mut form, text),
                    Value::String(text) => form.text = text.clone(),
                    // An English area: as typed, with the area chosen for it.
                    Value::Object(area) => {
                        let code = area.get("code").and_then(Value::as_str).unwrap_or("");
                        let typed = area.get("typed").and_then(Value::as_str);
                        form.text = typed
                            .or_else(|| places::by_code(code).map(|a| a.name))
                            .unwrap_or(code)
                            .to_string();
                        form.area = Some(code.to_string());
                    }
                    Value::Number(n) => form.number = n.to_string(),
                    _ => {}
                }
            }
        }
        _ => {}
    }
    form
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn date_form(choice: &str, day: &str, month: &str, year: &str) -> FormAnswer {
        FormAnswer {
            choice: Some(choice.into()),
            day: day.into(),
            month: month.into(),
            year: year.into(),
            ..FormAnswer::default()
        }
    }

    fn problem(result: Result<CaseFacts, FieldProblem>) -> Problem {
        result.expect_err("expected a problem").problem
    }

    #[test]
    fn every_choice_of_every_question_round_trips_through_prefill() {
        for question in Question::ALL {
            for choice in choices(question) {
                let form = FormAnswer {
                    choice: Some(choice.value.clone()),
                    day: "3".into(),
                    month: "6".into(),
                    year: "2025".into(),
                    number: "4".into(),
                    text: "Leeds".into(),
                    area: None,
                };
                let facts = apply(question, &form, &CaseFacts::default(), today())
                    .unwrap_or_else(|p| panic!("{question:?} {choice:?}: {p:?}"));
                assert!(!question.is_unanswered(&facts), "{question:?} answered");
                let again = prefill(question, &facts);
                let refilled = apply(question, &again, &CaseFacts::default(), today()).unwrap();
                assert_eq!(refilled, facts, "{question:?} {choice:?} round trip");
            }
        }
    }

    #[test]
    fn no_choice_is_a_problem_on_every_question() {
        for question in Question::ALL {
            let result = apply(
                question,
                &FormAnswer::default(),
                &CaseFacts::default(),
                today(),
            );
            assert_eq!(problem(result), Problem::NoChoice);
        }
    }

    #[test]
    fn dates_follow_the_gov_uk_date_input_rules() {
        let q = Question::IncidentDate;
        let facts = CaseFacts::default();
        let check = |d, m, y| problem(apply(q, &date_form("date", d, m, y), &facts, today()));
        assert_eq!(check("", "", ""), Problem::DateMissing);
        assert_eq!(
            check("1", "", ""),
            Problem::DateIncomplete(vec![DatePart::Month, DatePart::Year])
        );
        assert_eq!(
            check("31", "2", "2025"),
            Problem::DateNotReal(vec![DatePart::Day])
        );
        assert_eq!(
            check("a", "2", "2025"),
            Problem::DateNotReal(vec![DatePart::Day])
        );
        assert_eq!(
            check("3", "13", "2025"),
            Problem::DateNotReal(vec![DatePart::Month])
        );
        assert_eq!(check("1", "2", "25"), Problem::YearNotFourDigits);
        assert_eq!(check("23", "11", "2026"), Problem::DateInFuture);
        // Only the wrong part is marked; a date wrong as a whole marks all three.
        assert_eq!(check("1", "", "").marks_date_parts(), [false, true, true]);
        assert_eq!(
            check("3", "13", "2025").marks_date_parts(),
            [false, true, false]
        );
        assert_eq!(
            check("1", "2", "25").marks_date_parts(),
            [false, false, true]
        );
        assert_eq!(check("23", "11", "2026").marks_date_parts(), [true; 3]);
        let ok = apply(q, &date_form("date", " 22 ", "11", "2026"), &facts, today()).unwrap();
        assert_eq!(ok.incident_date.and_then(|d| d.date()), Some(today()));
    }

    #[test]
    fn impossible_orders_of_dates_are_refused() {
        let mut facts = CaseFacts::default();
        let dob = apply(
            Question::ChildAge,
            &date_form("date_of_birth", "1", "6", "2020"),
            &facts,
            today(),
        )
        .unwrap();
        facts = dob;
        assert!(matches!(
            problem(apply(
                Question::IncidentDate,
                &date_form("date", "31", "5", "2020"),
                &facts,
                today()
            )),
            Problem::DateBefore(OtherDate::DateOfBirth, _)
        ));
        facts = apply(
            Question::IncidentDate,
            &date_form("date", "1", "3", "2025"),
            &facts,
            today(),
        )
        .unwrap();
        assert!(matches!(
            problem(apply(
                Question::LaAwareDate,
                &date_form("date", "28", "2", "2025"),
                &facts,
                today()
            )),
            Problem::DateBefore(OtherDate::Incident, _)
        ));
        facts = apply(
            Question::LaAwareDate,
            &date_form("date", "3", "3", "2025"),
            &facts,
            today(),
        )
        .unwrap();
        assert!(matches!(
            problem(apply(
                Question::NotificationSent,
                &date_form("sent", "2", "3", "2025"),
                &facts,
                today()
            )),
            Problem::DateBefore(OtherDate::LaAware, _)
        ));
        // Changing the incident date to after awareness, or the birth to after the incident.
        assert!(matches!(
            problem(apply(
                Question::IncidentDate,
                &date_form("date", "4", "3", "2025"),
                &facts,
                today()
            )),
            Problem::DateAfter(OtherDate::LaAware, _)
        ));
        assert!(matches!(
            problem(apply(
                Question::ChildAge,
                &date_form("date_of_birth", "2", "3", "2025"),
                &facts,
                today()
            )),
            Problem::DateAfter(OtherDate::Incident, _)
        ));
    }

    #[test]
    fn numbers_and_names_are_checked() {
        let facts = CaseFacts::default();
        let age = |n: &str| FormAnswer {
            choice: Some("age_in_years".into()),
            number: n.into(),
            ..FormAnswer::default()
        };
        assert_eq!(
            problem(apply(Question::ChildAge, &age(""), &facts, today())),
            Problem::NumberMissing
        );
        assert_eq!(
            problem(apply(Question::ChildAge, &age("4.5"), &facts, today())),
            Problem::NumberNotWhole
        );
        assert_eq!(
            problem(apply(Question::ChildAge, &age("121"), &facts, today())),
            Problem::NumberOutOfRange { min: 0, max: 120 }
        );
        let more = FormAnswer {
            choice: Some("more".into()),
            number: "1".into(),
            ..FormAnswer::default()
        };
        assert!(matches!(
            problem(apply(Question::NumberOfChildren, &more, &facts, today())),
            Problem::NumberOutOfRange { .. }
        ));
        assert_eq!(
            problem(apply(
                Question::IncidentPlace,
                &place("  "),
                &facts,
                today()
            )),
            Problem::NameMissing
        );
        assert_eq!(
            problem(apply(
                Question::IncidentPlace,
                &place(&"x".repeat(81)),
                &facts,
                today()
            )),
            Problem::NameTooLong { max: 80 }
        );
        let ok = apply(
            Question::IncidentPlace,
            &place(" Maidstone "),
            &facts,
            today(),
        )
        .unwrap();
        assert_eq!(
            ok.incident_place,
            Some(rules::Place::EnglishLocalAuthority(rules::LocalArea::new(
                "E10000016",
                Some("Maidstone")
            )))
        );
    }

    #[test]
    fn a_typed_place_resolves_on_the_incident_date_or_asks_which() {
        let on = |date: &str| CaseFacts {
            incident_date: Some(rules::DateAnswer::Date(parse_iso_date(date).unwrap())),
            ..CaseFacts::default()
        };
        // Cumbria after 1 April 2023: which successor?
        let asked = problem_at(apply(
            Question::IncidentPlace,
            &place("cumbria"),
            &on("2024-02-01"),
            today(),
        ));
        assert_eq!(asked.field, Field::Area);
        let Problem::Place(Resolution::AskWhichSuccessor { successors, .. }) = &asked.problem
        else {
            panic!("{asked:?}")
        };
        assert_eq!(successors.len(), 2);
        // Answered: the chosen successor, with what was typed.
        let chosen = FormAnswer {
            area: Some("E06000064".into()),
            ..place("cumbria")
        };
        let facts = apply(Question::IncidentPlace, &chosen, &on("2024-02-01"), today()).unwrap();
        assert_eq!(
            facts.incident_place,
            Some(rules::Place::EnglishLocalAuthority(rules::LocalArea::new(
                "E06000064",
                Some("cumbria")
            )))
        );
        // Back or Change: the form as it was, with the choice.
        assert_eq!(prefill(Question::IncidentPlace, &facts), chosen);
        // A choice that is not one of the successors is asked again.
        let wrong = FormAnswer {
            area: Some("E10000016".into()),
            ..place("cumbria")
        };
        assert_eq!(
            problem_at(apply(
                Question::IncidentPlace,
                &wrong,
                &on("2024-02-01"),
                today()
            ))
            .field,
            Field::Area
        );
        // Before then, Cumbria County Council, no question.
        let facts = apply(
            Question::IncidentPlace,
            &place("Cumbria"),
            &on("2023-03-01"),
            today(),
        )
        .unwrap();
        assert_eq!(
            facts.incident_place.unwrap().english_la().unwrap().code,
            "E10000006"
        );
        // Wales, and an unknown name with suggestions.
        assert!(matches!(
            problem_at(apply(Question::Residence, &place("Cardiff"), &on("2024-02-01"), today())).problem,
            Problem::Place(Resolution::OtherNation(a)) if a.name == "Cardiff"
        ));
        assert!(matches!(
            problem_at(apply(Question::Residence, &place("Maidstne"), &on("2024-02-01"), today())).problem,
            Problem::Place(Resolution::Unknown { suggestions }) if suggestions[0].name == "Maidstone"
        ));
    }

    fn place(t: &str) -> FormAnswer {
        FormAnswer {
            choice: Some("english_local_authority".into()),
            text: t.into(),
            ..FormAnswer::default()
        }
    }

    fn problem_at(result: Result<CaseFacts, FieldProblem>) -> FieldProblem {
        result.expect_err("expected a problem")
    }
}
