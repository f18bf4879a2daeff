//! The wording of every question: title (the page's h1), hint, "What counts as …?" help, the
//! label of each choice, and the error messages. Choice values are the facts format's own
//! (`flow::answer::choices`); a test checks every value has a label here and no label is spare.

use crate::flow::answer::{DatePart, OtherDate, Problem};
use rules::places::Resolution;
use rules::Question;

pub struct Wording {
    /// Shown above the title: which part of the case this is about. In asking order the
    /// sections never go back to an earlier one (tested), so the caption does not jump.
    pub section: &'static str,
    /// The question, as the page's h1.
    pub title: &'static str,
    pub hint: Option<&'static str>,
    pub help: Option<Help>,
    pub choices: &'static [ChoiceWording],
    /// Label and hint of the field a choice reveals (date, number or name).
    pub reveal: Option<RevealWording>,
    /// The error when nothing is chosen.
    pub no_choice: &'static str,
    /// The key on the check-your-answers page.
    pub summary_key: &'static str,
}

pub struct ChoiceWording {
    pub value: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
}

pub struct Help {
    pub summary: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub struct RevealWording {
    pub label: &'static str,
    pub hint: Option<&'static str>,
    /// How error messages name the field, e.g. "the date of the incident".
    pub noun: &'static str,
}

const fn choice(value: &'static str, label: &'static str) -> ChoiceWording {
    ChoiceWording {
        value,
        label,
        hint: None,
    }
}

const fn choice_hint(
    value: &'static str,
    label: &'static str,
    hint: &'static str,
) -> ChoiceWording {
    ChoiceWording {
        value,
        label,
        hint: Some(hint),
    }
}

/// Choices that are "I'm not sure" are set apart by an "or" divider.
pub fn is_not_sure(value: &str) -> bool {
    matches!(value, "not_sure" | "unknown")
}

const YES_NO_NOT_SURE: &[ChoiceWording] = &[
    choice("yes", "Yes"),
    choice("no", "No"),
    choice("not_sure", "I\u{2019}m not sure"),
];

const PLACES: &[ChoiceWording] = &[
    choice("english_local_authority", "In England"),
    choice("wales", "In Wales"),
    choice("scotland", "In Scotland"),
    choice("northern_ireland", "In Northern Ireland"),
    choice("abroad", "Outside the UK"),
    choice("unknown", "I\u{2019}m not sure"),
];

const PLACE_NAME: RevealWording = RevealWording {
    label: "Local authority area",
    hint: Some("Start typing a council, town or district, for example Leeds or Maidstone"),
    noun: "the local authority area",
};

/// GOV.UK error message for a place question left empty or not found.
pub const PLACE_MISSING: &str =
    "Enter a local authority area in England, for example Leeds or Kent";

/// The legend of the question which area a typed name means.
pub const WHICH_AREA: &str = "Which area?";

/// How a suggestion reads as the user types: the name, and the authority with children's
/// services functions there where it is another ("Maidstone \u{2014} Kent County Council").
pub fn place_option(authority: &rules::places::Authority, resolution: &Resolution) -> String {
    match resolution {
        Resolution::Resolved(r) if r.authority.code != authority.code => {
            format!("{} \u{2014} {}", authority.name, r.authority.official_name)
        }
        Resolution::Resolved(_) => authority.name.to_string(),
        Resolution::OtherNation(a) => format!("{} \u{2014} in {}", a.name, a.nation.name()),
        Resolution::AskWhichSuccessor { replaced_on, .. } => format!(
            "{} \u{2014} replaced on {}",
            authority.name,
            crate::content::long_date(*replaced_on)
        ),
        _ => authority.name.to_string(),
    }
}

/// The message for a typed place that is not an English area, or that asks which area.
pub fn place_problem(typed: &str, resolution: &Resolution) -> String {
    match resolution {
        Resolution::Unknown { suggestions } if !suggestions.is_empty() => format!(
            "{PLACE_MISSING}. Did you mean {}?",
            or_list(suggestions.iter().map(|a| a.name).collect())
        ),
        Resolution::OtherNation(a) => format!(
            "{} is in {}: select \u{2018}In {}\u{2019}, or enter a local authority area in England",
            a.name,
            a.nation.name(),
            a.nation.name()
        ),
        Resolution::AskWhichSuccessor {
            abolished,
            replaced_on,
            successors,
        } => format!(
            "{} was {}: select which area",
            abolished.name,
            rules::places::replaced(*replaced_on, successors)
        ),
        Resolution::AskWhichArea { matched, options } => format!(
            "{} did not yet exist on that date; the area was part of {}: select which area",
            matched.name,
            and_list(options.iter().map(|a| a.name).collect())
        ),
        Resolution::DependsOnDate { .. } => format!(
            "{}: select which area, or go back and give the date it happened",
            capitalise(&resolution.describe(typed))
        ),
        Resolution::Resolved(_) | Resolution::Unknown { .. } => PLACE_MISSING.to_string(),
    }
}

fn or_list(names: Vec<&str>) -> String {
    join_last(names, " or ")
}

fn and_list(names: Vec<&str>) -> String {
    join_last(names, " and ")
}

fn join_last(names: Vec<&str>, last: &str) -> String {
    match names.split_last() {
        None => String::new(),
        Some((only, [])) => only.to_string(),
        Some((l, rest)) => format!("{}{last}{l}", rest.join(", ")),
    }
}

const SERIOUS_HARM_HELP: Help = Help {
    summary: "What counts as serious harm?",
    paragraphs: &[
        "Working Together to Safeguard Children 2023 (chapter 5, as reproduced by local safeguarding partnerships; since replaced by the 2026 edition, not yet reviewed here) said: \u{201c}Serious harm includes (but is not limited to) serious and/or long-term impairment of a child\u{2019}s mental health or intellectual, emotional, social or behavioural development. It should also cover impairment of physical health. This is not an exhaustive list.\u{201d}",
        "\u{201c}When making decisions, judgment should be exercised in cases where impairment is likely to be long-term, even if this is not immediately certain. Even if a child recovers, including from a one-off incident, serious harm may still have occurred.\u{201d}",
        "A death includes a suspected suicide.",
    ],
};

pub fn wording(question: Question) -> Wording {
    match question {
        Question::Asker => Wording {
            section: "About you",
            title: "Where do you work?",
            hint: Some("Only the local authority can notify the Child Safeguarding Practice Review Panel. Everyone else refers the case to the local authority and the safeguarding partnership, and this service helps you do that."),
            help: None,
            choices: const { &[
                choice("local_authority", "The local authority\u{2019}s children\u{2019}s social care"),
                choice("health", "Health"),
                choice("police", "Police"),
                choice("education", "A school or college"),
                choice("early_years", "An early years or childcare setting"),
                choice("social_care_provider", "A children\u{2019}s home, fostering service or other social care provider"),
                choice("voluntary_sector", "A voluntary or community organisation"),
                choice("other", "Somewhere else"),
            ] },
            reveal: None,
            no_choice: "Select where you work",
            summary_key: "Where you work",
        },
        Question::Event => Wording {
            section: "What happened",
            title: "What happened to the child?",
            hint: None,
            help: Some(SERIOUS_HARM_HELP),
            choices: const { &[
                choice("death", "The child died"),
                choice("suspected_suicide", "The child died and suicide is suspected"),
                choice("serious_harm", "The child was seriously harmed"),
                choice_hint("harm_not_serious", "The child was harmed, but not seriously", "Recovery alone does not make harm \u{2018}not serious\u{2019}."),
                choice("not_sure", "I\u{2019}m not sure if the harm is serious"),
            ] },
            reveal: None,
            no_choice: "Select what happened to the child",
            summary_key: "What happened",
        },
        Question::ChildAge => Wording {
            section: "What happened",
            title: "How old was the child when it happened?",
            hint: Some("A child is anyone under 18. A person is 18 from the start of their 18th birthday."),
            help: None,
            choices: const { &[
                choice("date_of_birth", "I know their date of birth"),
                choice("age_in_years", "I know their age, but not their date of birth"),
                choice("not_sure", "I\u{2019}m not sure"),
            ] },
            reveal: Some(RevealWording {
                label: "Date of birth, or age in years on the date it happened",
                hint: Some("For example, 27 3 2012"),
                noun: "the date of birth",
            }),
            no_choice: "Select how you know the child\u{2019}s age",
            summary_key: "Child\u{2019}s age",
        },
        Question::BornAlive => Wording {
            section: "What happened",
            title: "Was the baby born alive?",
            hint: Some("A baby who showed signs of life after birth was born alive, even if only for a short time."),
            help: Some(Help {
                summary: "Why this matters",
                paragraphs: &[
                    "In England a stillborn baby has not had an independent life, so in law there has not been the death of a child. A baby who was born alive and then died or was seriously harmed is a child.",
                    "If you are not sure, the local authority will decide once more is known. Think about any brothers or sisters, and the mother\u{2019}s safety.",
                ],
            }),
            choices: const { &[
                choice("yes", "Yes"),
                choice("no", "No, the baby was stillborn or died before birth"),
                choice("not_sure", "I\u{2019}m not sure"),
            ] },
            reveal: None,
            no_choice: "Select if the baby was born alive",
            summary_key: "Born alive",
        },
        Question::AbuseOrNeglect => Wording {
            section: "What happened",
            title: "Is abuse or neglect known or suspected?",
            hint: Some("Suspicion is enough. You do not need proof, test results or a criminal outcome."),
            help: Some(Help {
                summary: "What counts as abuse or neglect?",
                paragraphs: &[
                    "Somebody may abuse or neglect a child by inflicting harm, or by failing to act to prevent harm. Harm can include ill treatment that is not physical, and the impact of seeing others ill-treated.",
                    "Children may be abused in a family, in an institution or outside the family, by people they know or, more rarely, by strangers, by an adult or by another child. Abuse can happen wholly online. (Working Together to Safeguard Children 2023, glossary; since replaced by the 2026 edition, not yet reviewed here.)",
                ],
            }),
            choices: const { &[
                choice("known", "Yes, it is known"),
                choice("suspected", "Yes, it is suspected"),
                choice("not_suspected", "No, it is not suspected"),
                choice("not_sure", "I\u{2019}m not sure"),
            ] },
            reveal: None,
            no_choice: "Select if abuse or neglect is known or suspected",
            summary_key: "Abuse or neglect",
        },
        Question::IncidentDate => Wording {
            section: "What happened",
            title: "When did it happen?",
            hint: None,
            help: None,
            choices: const { &[choice("date", "I know the date"), choice("not_sure", "I\u{2019}m not sure of the date")] },
            reveal: Some(RevealWording {
                label: "Date it happened",
                hint: Some("For example, 27 3 2026"),
                noun: "the date it happened",
            }),
            no_choice: "Select if you know the date it happened",
            summary_key: "Date it happened",
        },
        Question::IncidentPlace => Wording {
            section: "Where",
            title: "Where did the death or harm happen?",
            hint: None,
            help: None,
            choices: PLACES,
            reveal: Some(PLACE_NAME),
            no_choice: "Select where the death or harm happened",
            summary_key: "Where it happened",
        },
        Question::Residence => Wording {
            section: "Where",
            title: "Where does the child normally live?",
            hint: None,
            help: Some(Help {
                summary: "What does \u{2018}normally live\u{2019} mean?",
                paragraphs: &[
                    "The law says \u{2018}normally resident\u{2019} and does not define it. It usually means where the child lives day to day, not a short stay somewhere else such as a holiday or a visit to relatives.",
                    "If you are not sure, say so: the local authorities involved should decide together.",
                ],
            }),
            choices: PLACES,
            reveal: Some(PLACE_NAME),
            no_choice: "Select where the child normally lives",
            summary_key: "Where the child normally lives",
        },
        Question::LookedAfter => Wording {
            section: "Circumstances",
            title: "Was the child looked after by a local authority at the time?",
            hint: Some("Looked after means in the care of a local authority, or provided with accommodation by one: for example, in foster care or a children\u{2019}s home."),
            help: None,
            choices: YES_NO_NOT_SURE,
            reveal: None,
            no_choice: "Select if the child was looked after",
            summary_key: "Looked after",
        },
        Question::CareLeaver => Wording {
            section: "Circumstances",
            title: "Was the young person a care leaver?",
            hint: Some("A care leaver was looked after for at least 13 weeks, beginning after they were 14 and ending after they were 16, and is no longer looked after. Care leavers are included up to their 25th birthday."),
            help: None,
            choices: YES_NO_NOT_SURE,
            reveal: None,
            no_choice: "Select if the young person was a care leaver",
            summary_key: "Care leaver",
        },
        Question::SuspectedPerson => Wording {
            section: "Circumstances",
            title: "Who is suspected of causing the harm?",
            hint: Some("If more than one, choose the one of most concern. You can say more in the referral."),
            help: None,
            choices: const { &[
                choice("parent_or_carer", "A parent or carer"),
                choice("other_adult", "Another adult in the family or household"),
                choice_hint("person_working_with_children", "Someone who works with children", "For example, a member of staff, a volunteer or a foster carer."),
                choice("another_child", "Another child"),
                choice_hint("extra_familial", "Someone outside the family", "For example, exploitation, gangs or abuse online."),
                choice("unknown", "Not known"),
            ] },
            reveal: None,
            no_choice: "Select who is suspected of causing the harm",
            summary_key: "Who is suspected",
        },
        Question::Setting => Wording {
            section: "Circumstances",
            title: "What kind of place did it happen in?",
            hint: None,
            help: None,
            choices: const { &[
                choice("home", "The child\u{2019}s home or a family home"),
                choice("school", "A school or college"),
                choice("early_years", "An early years or childcare setting"),
                choice("childrens_home", "A children\u{2019}s home"),
                choice("foster_care", "A foster home"),
                choice_hint("custody_or_secure", "Custody or a secure setting", "For example, police custody, a young offender institution or a secure children\u{2019}s home."),
                choice("hospital", "A hospital"),
                choice("online", "Online"),
                choice("community", "In the community"),
                choice("other", "Somewhere else"),
                choice("not_sure", "I\u{2019}m not sure"),
            ] },
            reveal: None,
            no_choice: "Select what kind of place it happened in",
            summary_key: "Kind of place",
        },
        Question::ChildProtectionPlan => Wording {
            section: "Circumstances",
            title: "Was the child on a child protection plan at the time, or in the 6 months before?",
            hint: Some("In Wales this is the child protection register."),
            help: None,
            choices: YES_NO_NOT_SURE,
            reveal: None,
            no_choice: "Select if the child was on a child protection plan",
            summary_key: "Child protection plan",
        },
        Question::LaAwareDate => Wording {
            section: "The notification",
            title: "When did the local authority become aware?",
            hint: Some("The date children\u{2019}s social care was told about the incident, or, if abuse or neglect was only suspected later, the date of that suspicion. The 5 working days to notify the Panel count from this date."),
            help: None,
            choices: const { &[
                choice("date", "I know the date"),
                choice("not_sure", "I\u{2019}m not sure, or they have not been told yet"),
            ] },
            reveal: Some(RevealWording {
                label: "Date the local authority became aware",
                hint: Some("For example, 27 3 2026"),
                noun: "the date the local authority became aware",
            }),
            no_choice: "Select if you know when the local authority became aware",
            summary_key: "Local authority aware",
        },
        Question::NotificationSent => Wording {
            section: "The notification",
            title: "Has the local authority sent the notification to the Panel?",
            hint: Some("The rapid review\u{2019}s 15 working days count from the date the notification was sent."),
            help: None,
            choices: const { &[
                choice("sent", "Yes"),
                choice("not_sent_yet", "Not yet"),
                choice("not_sure", "I\u{2019}m not sure"),
            ] },
            reveal: Some(RevealWording {
                label: "Date it was sent",
                hint: Some("For example, 27 3 2026"),
                noun: "the date it was sent",
            }),
            no_choice: "Select if the notification has been sent",
            summary_key: "Notification sent",
        },
        Question::NumberOfChildren => Wording {
            section: "The notification",
            title: "How many children died or were harmed in this incident?",
            hint: Some("One notification covers the whole incident: details of up to 4 children, and any others as text."),
            help: None,
            choices: const { &[choice("one", "One child"), choice("more", "More than one")] },
            reveal: Some(RevealWording {
                label: "How many children?",
                hint: None,
                noun: "the number of children",
            }),
            no_choice: "Select how many children died or were harmed",
            summary_key: "Children involved",
        },
    }
}

/// The label of a choice.
pub fn choice_label(question: Question, value: &str) -> &'static str {
    wording(question)
        .choices
        .iter()
        .find(|choice| choice.value == value)
        .map(|choice| choice.label)
        .unwrap_or("")
}

/// The label of the revealed field for a choice: dates and numbers differ for the age question.
pub fn reveal_label(question: Question, value: &str) -> &'static str {
    match (question, value) {
        (Question::ChildAge, "date_of_birth") => "Date of birth",
        (Question::ChildAge, "age_in_years") => "Age in years on the date it happened",
        _ => wording(question)
            .reveal
            .map(|reveal| reveal.label)
            .unwrap_or(""),
    }
}

fn other_date_noun(other: OtherDate) -> &'static str {
    match other {
        OtherDate::DateOfBirth => "the child\u{2019}s date of birth",
        OtherDate::Incident => "the date it happened",
        OtherDate::LaAware => "the date the local authority became aware",
    }
}

fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

fn part_name(part: DatePart) -> &'static str {
    match part {
        DatePart::Day => "day",
        DatePart::Month => "month",
        DatePart::Year => "year",
    }
}

/// The error message for a problem on a question page (GOV.UK error message wording).
pub fn problem_message(
    question: Question,
    choice: Option<&str>,
    typed: &str,
    problem: &Problem,
) -> String {
    let wording = wording(question);
    let noun = match (question, choice) {
        (Question::ChildAge, Some("age_in_years")) => "the age",
        (Question::ChildAge, _) => "the date of birth",
        _ => wording
            .reveal
            .as_ref()
            .map(|reveal| reveal.noun)
            .unwrap_or("the answer"),
    };
    let noun_capital = capitalise(noun);
    match problem {
        Problem::NoChoice => wording.no_choice.to_string(),
        Problem::NameMissing if wording.reveal.is_some_and(|r| r.noun == PLACE_NAME.noun) => {
            PLACE_MISSING.to_string()
        }
        Problem::DateMissing | Problem::NumberMissing | Problem::NameMissing => {
            format!("Enter {noun}")
        }
        Problem::Place(resolution) => place_problem(typed, resolution),
        Problem::DateIncomplete(parts) => {
            let parts: Vec<&str> = parts.iter().map(|part| part_name(*part)).collect();
            format!("{noun_capital} must include a {}", parts.join(" and "))
        }
        Problem::DateNotReal(_) => format!("{noun_capital} must be a real date"),
        Problem::YearNotFourDigits => "Year must include 4 numbers".to_string(),
        Problem::DateInFuture => format!("{noun_capital} must be today or in the past"),
        Problem::DateBefore(other, date) => format!(
            "{noun_capital} must be the same as or after {} ({})",
            other_date_noun(*other),
            crate::content::long_date(*date)
        ),
        Problem::DateAfter(other, date) => format!(
            "{noun_capital} must be the same as or before {} ({})",
            other_date_noun(*other),
            crate::content::long_date(*date)
        ),
        Problem::NumberNotWhole => format!("{noun_capital} must be a whole number, like 3"),
        Problem::NumberOutOfRange { min, max } => {
            format!("{noun_capital} must be between {min} and {max}")
        }
        Problem::NameTooLong { max } => format!("{noun_capital} must be {max} characters or fewer"),
    }
}

/// An answer as the check-your-answers page shows it.
pub fn summary_value(question: Question, facts: &rules::CaseFacts) -> String {
    let form = crate::flow::answer::prefill(question, facts);
    let Some(choice) = form.choice.as_deref() else {
        return String::new();
    };
    let date = || {
        crate::flow::answer::parse_date(&form, chrono::NaiveDate::MAX)
            .map(crate::content::long_date)
            .unwrap_or_default()
    };
    match (question, choice) {
        (Question::ChildAge, "date_of_birth") => format!("Born {}", date()),
        (Question::ChildAge, "age_in_years") if form.number == "1" => "1 year old".to_string(),
        (Question::ChildAge, "age_in_years") => format!("{} years old", form.number),
        (Question::IncidentDate | Question::LaAwareDate, "date") => date(),
        (Question::NotificationSent, "sent") => format!("Sent {}", date()),
        (Question::IncidentPlace | Question::Residence, "english_local_authority") => {
            // As typed, and the authority it stands for where that is another name.
            let authority = form.area.as_deref().and_then(rules::places::by_code);
            match authority {
                Some(a)
                    if rules::places::normalise(&form.text) != rules::places::normalise(a.name) =>
                {
                    format!("{} ({})", form.text, a.official_name)
                }
                Some(a) => a.official_name.to_string(),
                None => format!("{} (England)", form.text),
            }
        }
        (Question::NumberOfChildren, "more") => format!("{} children", form.number),
        _ => choice_label(question, choice).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::answer::choices;

    #[test]
    fn every_choice_has_wording_and_no_wording_is_spare() {
        for question in Question::ALL {
            let values: Vec<String> = choices(question).into_iter().map(|c| c.value).collect();
            let worded: Vec<&str> = wording(question).choices.iter().map(|c| c.value).collect();
            assert_eq!(values, worded, "{question:?}");
            let reveals = choices(question)
                .iter()
                .any(|c| c.reveal != crate::flow::answer::Reveal::Nothing);
            assert_eq!(
                reveals,
                wording(question).reveal.is_some(),
                "{question:?} reveal wording"
            );
        }
    }

    #[test]
    fn section_captions_never_go_back_to_an_earlier_section() {
        let mut seen: Vec<&str> = Vec::new();
        for question in Question::ALL {
            let section = wording(question).section;
            if seen.last() != Some(&section) {
                assert!(
                    !seen.contains(&section),
                    "{question:?} goes back to {section}"
                );
                seen.push(section);
            }
        }
    }

    #[test]
    fn date_messages_follow_gov_uk_wording() {
        let q = Question::IncidentDate;
        assert_eq!(
            problem_message(q, Some("date"), "", &Problem::DateMissing),
            "Enter the date it happened"
        );
        assert_eq!(
            problem_message(
                q,
                Some("date"),
                "",
                &Problem::DateIncomplete(vec![DatePart::Month, DatePart::Year])
            ),
            "The date it happened must include a month and year"
        );
        assert_eq!(
            problem_message(q, Some("date"), "", &Problem::DateInFuture),
            "The date it happened must be today or in the past"
        );
        assert_eq!(
            problem_message(
                Question::ChildAge,
                Some("age_in_years"),
                "",
                &Problem::NumberMissing
            ),
            "Enter the age"
        );
    }

    #[test]
    fn place_messages() {
        use rules::places::resolve;
        let q = Question::IncidentPlace;
        let choice = Some("english_local_authority");
        assert_eq!(
            problem_message(q, choice, "", &Problem::NameMissing),
            "Enter a local authority area in England, for example Leeds or Kent"
        );
        let on = chrono::NaiveDate::from_ymd_opt(2024, 5, 1);
        let cumbria = Problem::Place(resolve("Cumbria", on));
        assert_eq!(
            problem_message(q, choice, "Cumbria", &cumbria),
            "Cumbria was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness: select which area"
        );
        let cardiff = Problem::Place(resolve("Cardiff", on));
        assert_eq!(
            problem_message(q, choice, "Cardiff", &cardiff),
            "Cardiff is in Wales: select \u{2018}In Wales\u{2019}, or enter a local authority area in England"
        );
        let typo = Problem::Place(resolve("Maidstne", on));
        assert!(problem_message(q, choice, "Maidstne", &typo)
            .starts_with("Enter a local authority area in England, for example Leeds or Kent. Did you mean Maidstone"));
        let maidstone = rules::places::search("Maidstone", 1)[0];
        assert_eq!(
            place_option(maidstone, &resolve(maidstone.code, on)),
            "Maidstone \u{2014} Kent County Council"
        );
    }
}
