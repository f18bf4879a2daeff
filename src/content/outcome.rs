//! Wording of the check-your-answers and outcome pages. The outcome itself, every date and every
//! reason come from `rules::assess`; this file only names them.

use super::deadline_date;
use rules::{
    ActionBy, ActionKind, AnchorKind, Applicability, Assessment, ConditionKind, ConditionState,
    Confidence, ContactArea, DeadlineKind, Due, DutyHolder, LocalAuthority, PanelStatus,
    ProcessKind, RouteKind, Strength,
};

pub const CHECK_TITLE: &str = "Check your answers";
pub const CHECK_SUBMIT: &str = "See what happens next";
pub const OUTCOME_CAPTION: &str = "Outcome";
pub const NEXT_STEPS: &str = "What else to do";
pub const DEADLINES: &str = "Deadlines";
pub const RAPID_REVIEW: &str = "Rapid review";
pub const REVIEWS: &str = "Reviews and learning";
pub const OTHER_DEADLINES: &str = "The local authority\u{2019}s other deadlines";
pub const LOCAL_REVIEW: &str = "Local review";
pub const LOCAL_REVIEW_CRITERIA: &str =
    "The safeguarding partners must take into account whether the case:";
pub const LOCAL_REVIEW_MORE: &str = "They may also consider:";
pub const NATIONAL_REVIEW: &str = "The Panel may decide to commission a national review instead, if the case is complex or of national importance.";
pub const OTHER_PROCESSES: &str = "Other notifications and processes";
pub const ROUTES: &str = "Outside England";
pub const LOCAL_LEARNING: &str = "If the criteria are not met";
pub const JUDGEMENTS: &str = "Matters for judgement";
pub const WHY: &str = "Why?";
pub const WHY_CONDITIONS: &str = "The law: four conditions";
pub const CONDITIONS_INTRO: &str = "Section 16C(1) of the Children Act 2004 asks for all four.";
pub const START_AGAIN: &str = "Start again";
pub const PRINT: &str = "Print or save this assessment";
pub const NOT_MET: &str = "The Child Safeguarding Practice Review Panel does not need to be told";
pub const SAVE_FILE: &str = "Save as a file";
pub const OPEN_SAVED: &str = "Open a saved assessment";
pub const RECORD_TITLE: &str = "Assessment record: serious child safeguarding incident";
pub const RECORD_PRODUCED: &str = "Produced";
pub const RECORD_OUTCOME: &str = "Outcome";
pub const RECORD_ANSWERS: &str = "The answers this outcome rests on";
pub const RECORD_RULES: &str = "Rules applied";
pub const RECORD_REPRODUCE: &str = "Anyone can reproduce this outcome from the answers: open the saved file in this service (\u{201c}Open a saved assessment\u{201d}), or run the service\u{2019}s assess command on it.";
pub const OPEN_TITLE: &str = "Open a saved assessment";
pub const OPEN_REPLACES: &str = "It shows the same outcome again. Opening it replaces any answers you have given in this session.";
pub const OPEN_LABEL: &str = "Saved assessment file";
pub const OPEN_HINT: &str = "Choose a file you saved from this service with \u{201c}Save as a file\u{201d}. It is read in this browser and not uploaded anywhere.";
pub const OPEN_BUTTON: &str = "Open assessment";
pub const OPEN_MISSING: &str = "Select a saved assessment file";
pub const OPEN_NOT_AN_ASSESSMENT: &str =
    "The selected file is not an assessment saved from this service. Nothing has been changed.";
pub const OPEN_DAMAGED: &str = "The selected file is damaged or has been changed since it was saved. Nothing has been changed.";
pub const OPEN_DIFFERENT_RULES: &str = "The selected file does not give the same outcome with this version of the rules, so it cannot be shown as it was. Nothing has been changed.";
pub const MORE: &str = "More about this outcome";
pub const CHILDRENS_SOCIAL_CARE: &str = "Children\u{2019}s social care";
pub const PARTNERSHIP: &str = "The safeguarding partnership";
pub const NOTIFY_PANEL_LINK: &str = "Notify the Panel online (GOV.UK)";
/// GOV.UK's page for notifying the Panel through its online system.
pub const NOTIFY_PANEL_URL: &str =
    "https://www.gov.uk/guidance/report-a-serious-child-safeguarding-incident";
pub const OUT_OF_HOURS: &str = "Out of hours";
pub const TODAY: &str = "Today";
pub const CONTACT_ELSEWHERE: &str =
    "No English council holds the duty: contact the services where it happened (see Outside England below).";
pub const CONTACT_HEADING: &str = "How to contact them";
pub const STRENGTHS: &str =
    "Must: the law requires it. Should: guidance expects it. Guidance: good practice, not a duty.";
/// GOV.UK's page that finds a council's children's social care by postcode: followed only if
/// the user chooses to (nothing is fetched before).
pub const REPORT_CHILD_ABUSE_URL: &str = "https://www.gov.uk/report-child-abuse-to-local-council";
/// A council's page on GOV.UK, followed by its slug from the place register.
pub const COUNCIL_PAGE_URL: &str = "https://www.gov.uk/find-local-council/";
pub const RULE_SET: &str = "Rule set";
pub const EMERGENCY: &str = "If a child is in immediate danger, call 999.";

/// `text` with its first letter in capitals, for a name that starts a sentence.
fn capitalised(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A link the user may follow to find the council's children's social care: GOV.UK's "Report
/// child abuse to a local council", which finds it by postcode. (Link text, address.)
/// The council's own GOV.UK page where the register has one (`gov_uk_slug`), otherwise GOV.UK's
/// "Report child abuse to a local council", which finds the council by postcode.
pub fn council_link(la: Option<&LocalAuthority>) -> (String, String) {
    let text = match la {
        Some(la) => format!(
            "Find {}\u{2019}s children\u{2019}s social care on GOV.UK",
            la.name
        ),
        None => "Find the council\u{2019}s children\u{2019}s social care on GOV.UK".to_string(),
    };
    let href = match la.and_then(|la| la.gov_uk_slug.as_deref()) {
        Some(slug) => format!("{COUNCIL_PAGE_URL}{slug}"),
        None => REPORT_CHILD_ABUSE_URL.to_string(),
    };
    (text, href)
}

/// The deadlines' line for the user's own referral.
pub fn own_referral_row(name: Option<&str>) -> String {
    match name {
        Some(name) => format!("You refer to {name}\u{2019}s children\u{2019}s social care"),
        None => "You refer to children\u{2019}s social care".to_string(),
    }
}

/// The rule set and calendar behind the outcome, in a sentence.
pub fn rule_set_line(assessment: &Assessment) -> String {
    format!(
        "{}: {} (version {}). Working days use England and Wales bank holidays {}\u{2013}{}.",
        RULE_SET,
        assessment.rule_set.edition,
        assessment.rule_set.version,
        assessment.rule_set.calendar.first_year,
        assessment.rule_set.calendar.last_year,
    )
}

/// The local authority to contact, if known.
pub fn contact_authority(contact: &ContactArea) -> Option<&LocalAuthority> {
    match contact {
        ContactArea::IncidentArea(la) | ContactArea::ResidenceArea(la) => Some(la),
        ContactArea::NoEnglishAuthority | ContactArea::NotKnown => None,
    }
}

/// The proper name of the local authority to contact, if known ("Kent County Council").
pub fn contact_name(contact: &ContactArea) -> Option<&str> {
    contact_authority(contact).map(|la| la.name.as_str())
}

/// The top of the outcome: what this user must do now and by when (the headline), then a few
/// short sentences: whom else to tell, and the local authority's duty and its date. Plain
/// English, tested at Flesch-Kincaid grade 9 or below.
pub struct TopSection {
    pub headline: String,
    pub lines: Vec<String>,
}

/// The due date of the rapid review the rules mark as the one to show, and what it counts from.
pub fn rapid_review_line(assessment: &Assessment) -> Option<String> {
    let deadline = assessment.deadlines.iter().find(|d| {
        d.primary
            && d.applies != Applicability::NotApplicable
            && matches!(
                d.kind,
                DeadlineKind::RapidReviewFromNotification | DeadlineKind::RapidReviewFromAwareness
            )
    })?;
    let from = match deadline.kind {
        DeadlineKind::RapidReviewFromNotification => "the day the Panel is told",
        _ => "the day the council heard",
    };
    Some(match deadline.due {
        Due::On(date) => format!(
            "The rapid review is due by {}. That is 15 working days from {from}.",
            deadline_date(date)
        ),
        _ => format!("The rapid review is due 15 working days from {from}."),
    })
}

pub fn top_section(assessment: &Assessment) -> TopSection {
    let first = &assessment.next_steps.first;
    let panel = &assessment.panel_notification;
    let duty = match &panel.duty_holder {
        DutyHolder::IncidentArea(la) | DutyHolder::ResidenceArea(la) => Some(la.name.clone()),
        _ => None,
    };
    let contact = contact_name(&first.contact);
    let due = notify_due(assessment);
    let when = |prefix: &str| match &first.by {
        ActionBy::On(date) => format!("{prefix} by {}", deadline_date(*date)),
        ActionBy::WorkingDaysFromAwareness(days) => {
            format!("{prefix} within {days} working days of hearing about it")
        }
        ActionBy::Today => format!("{prefix} today"),
        ActionBy::NoDeadline => prefix.to_string(),
    };
    let mut lines = Vec::new();
    let headline = match first.action {
        ActionKind::ReferToLocalAuthority => {
            // Why this council, where it differs from what was typed ("Maidstone is in Kent: …").
            lines.extend(contact_authority(&first.contact).and_then(|la| la.why.clone()));
            // The authority with the duty, where known (not the one contacted in its place).
            let who = duty.clone().unwrap_or_else(|| "the local authority".into());
            match (&panel.status, &due) {
                (PanelStatus::Required, Some(date)) => lines.push(format!(
                    "Then {who} must tell the Child Safeguarding Practice Review Panel. It must do this by {date}."
                )),
                (PanelStatus::Required, None) => lines.push(format!(
                    "Then {who} must tell the Child Safeguarding Practice Review Panel. It has 5 working days from when it hears."
                )),
                (_, Some(date)) => lines.push(format!(
                    "Then {who} must decide if it should tell the Child Safeguarding Practice Review Panel. If so, it must do this by {date}."
                )),
                (_, None) => lines.push(format!(
                    "Then {who} must decide if it should tell the Child Safeguarding Practice Review Panel. It has 5 working days from when it hears."
                )),
            }
            when(&match contact {
                Some(name) => {
                    format!("Refer this to {name}\u{2019}s children\u{2019}s social care")
                }
                None => "Refer this to children\u{2019}s social care".to_string(),
            })
        }
        // The local authority asking may not be the one with the duty: the headline names it.
        ActionKind::NotifyPanel => {
            let who = capitalised(&duty_holder_name(&panel.duty_holder));
            lines.extend(short_basis(&panel.duty_holder));
            lines.extend(rapid_review_line(assessment));
            when(&format!(
                "{who} must notify the Child Safeguarding Practice Review Panel"
            ))
        }
        ActionKind::DecideWhetherToNotify => {
            let who = duty_holder_name(&panel.duty_holder);
            lines.push("Do this with your safeguarding partners.".to_string());
            lines.extend(short_basis(&panel.duty_holder));
            let mut by = when("If you notify, do it");
            by.push('.');
            lines.push(by);
            format!("Decide if {who} must notify the Child Safeguarding Practice Review Panel")
        }
        ActionKind::RecordDecision => {
            lines.push("Record the decision and why.".to_string());
            NOT_MET.to_string()
        }
        ActionKind::FollowOwnProcedures => {
            lines.push("Follow your own safeguarding steps.".to_string());
            NOT_MET.to_string()
        }
        ActionKind::AnswerRemainingQuestions => "Some answers are still needed".to_string(),
    };
    TopSection { headline, lines }
}

/// `text` with its first letter in lower case, to continue a sentence.
pub fn lowercase_first(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    text
}

/// Why this local authority, in a short sentence for the top of the outcome.
fn short_basis(duty_holder: &DutyHolder) -> Option<String> {
    match duty_holder {
        // "Maidstone is in Kent: …" already says where it happened; otherwise name the place.
        DutyHolder::IncidentArea(la) => Some(
            la.why
                .clone()
                .unwrap_or_else(|| format!("It happened in {}.", as_typed(la))),
        ),
        DutyHolder::ResidenceArea(la) => Some(with_why(
            format!(
                "It happened outside England, and the child lives in {}.",
                as_typed(la)
            ),
            la,
        )),
        _ => None,
    }
}

/// The local authority named by the duty holder, or a plain description.
pub fn duty_holder_name(duty_holder: &DutyHolder) -> String {
    match duty_holder {
        DutyHolder::IncidentArea(la) | DutyHolder::ResidenceArea(la) => la.name.clone(),
        DutyHolder::NoEnglishDuty => "No English local authority".into(),
        DutyHolder::Unknown => "the local authority".into(),
    }
}

/// Why this local authority: the place test in a sentence.
pub fn duty_holder_basis(duty_holder: &DutyHolder) -> Option<String> {
    match duty_holder {
        DutyHolder::IncidentArea(la) => Some(with_why(format!("The death or harm happened in {}, so the duty to notify rests with {}.", as_typed(la), la.name), la)),
        DutyHolder::ResidenceArea(la) => Some(with_why(format!("The harm happened outside England and the child normally lives in {}, so the duty rests with {}.", as_typed(la), la.name), la)),
        DutyHolder::NoEnglishDuty => Some("The harm happened outside England and the child does not normally live in England, so no English local authority has the duty.".into()),
        DutyHolder::Unknown => None,
    }
}

/// The area as the practitioner named it ("Maidstone"), or its proper name.
/// The place as the user typed it, else its everyday name ("Bradford", not "City of Bradford
/// Metropolitan District Council"), for sentences about where something happened.
fn as_typed(la: &LocalAuthority) -> &str {
    la.typed
        .as_deref()
        .or_else(|| rules::places::by_code(&la.code).map(|a| a.name))
        .unwrap_or(&la.name)
}

/// A sentence, then why the authority differs from what was typed, if it does.
fn with_why(sentence: String, la: &LocalAuthority) -> String {
    match &la.why {
        Some(why) => format!("{sentence} {why}"),
        None => sentence,
    }
}

fn notify_due(assessment: &Assessment) -> Option<String> {
    assessment
        .deadlines
        .iter()
        .find(|deadline| deadline.kind == DeadlineKind::NotifyPanel)
        .and_then(|deadline| match deadline.due {
            Due::On(date) => Some(deadline_date(date)),
            _ => None,
        })
}

/// The Panel decision in a sentence and the line under it, as the referral states it (the
/// outcome page leads with [`top_section`], the user's own action).
pub fn headline(assessment: &Assessment) -> (String, Option<String>) {
    let panel = &assessment.panel_notification;
    let la = duty_holder_name(&panel.duty_holder);
    let due = notify_due(assessment);
    match &panel.status {
        PanelStatus::Required => (
            match &due {
                Some(date) => format!("{} must notify the Child Safeguarding Practice Review Panel by {date}", capitalised(&la)),
                None => format!("{} must notify the Child Safeguarding Practice Review Panel within 5 working days of becoming aware", capitalised(&la)),
            },
            duty_holder_basis(&panel.duty_holder),
        ),
        PanelStatus::NotRequired => (
            "This does not meet the criteria for a notification to the Child Safeguarding Practice Review Panel".into(),
            Some("Other notifications or reviews may still apply: see below.".into()),
        ),
        PanelStatus::NeedsJudgement => (
            format!("This needs a judgement by {la}"),
            Some(match &due {
                Some(date) => format!("If {la} decides the criteria are met, it must notify the Panel by {date}."),
                None => format!("If {la} decides the criteria are met, it must notify the Panel within 5 working days of becoming aware."),
            }),
        ),
        PanelStatus::CannotTellYet { .. } => ("We cannot tell yet: some answers are missing".into(), None),
    }
}

pub fn deadline_name(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::NotifyPanel => "Notify the Child Safeguarding Practice Review Panel",
        DeadlineKind::TellSafeguardingPartners => "Tell the local safeguarding partners",
        DeadlineKind::RapidReviewFromNotification => "Rapid review, counted from the notification",
        DeadlineKind::RapidReviewFromAwareness => {
            "Rapid review, counted from when the council heard"
        }
        DeadlineKind::LocalReviewPublication => "Complete and publish a local review",
    }
}

fn anchor_name(anchor: AnchorKind) -> &'static str {
    match anchor {
        AnchorKind::LaAwareDate => "the day the council heard",
        AnchorKind::NotificationSentDate => "the day the Panel is told",
        AnchorKind::ReviewDecisionDate => "the decision to start the review",
    }
}

/// When a deadline falls due, in words.
pub fn due_text(due: &Due, anchor: AnchorKind, working_days: Option<u32>) -> String {
    match due {
        Due::On(date) => deadline_date(*date),
        Due::AwaitingAnchorDate => match working_days {
            Some(days) => format!("{days} working days from {}", anchor_name(anchor)),
            None => format!("Counts from {}", anchor_name(anchor)),
        },
        Due::CalendarError(error) => format!("No date given: {error}"),
        Due::WithinMonths(months) => format!("Within {months} months of {}", anchor_name(anchor)),
    }
}

pub fn strength_name(strength: Strength) -> &'static str {
    match strength {
        Strength::Must => "Must",
        Strength::Should => "Should",
        Strength::Guidance => "Guidance",
    }
}

/// A tag for things that do not simply apply.
pub fn applicability_tag(applies: Applicability) -> Option<&'static str> {
    match applies {
        Applicability::Applies => None,
        Applicability::IfNotified => Some("If the Panel is notified"),
        Applicability::Possible => Some("May apply"),
        Applicability::Consider => Some("To consider"),
        Applicability::NotApplicable => Some("Does not apply"),
    }
}

pub fn process_name(kind: ProcessKind) -> &'static str {
    match kind {
        ProcessKind::LookedAfterChildDeathNotification => {
            "Death of a looked-after child: Secretary of State and Ofsted"
        }
        ProcessKind::CareLeaverDeathNotification => {
            "Death of a care leaver: Secretary of State and Ofsted"
        }
        ProcessKind::ChildDeathReview => "Child death review",
        ProcessKind::DomesticAbuseRelatedDeathReview => "Domestic abuse related death review",
        ProcessKind::SafeguardingAdultsReview => "Safeguarding adults review",
        ProcessKind::ProviderNotifications => "The provider\u{2019}s own notifications",
        ProcessKind::LadoReferral => "Local authority designated officer (LADO)",
        ProcessKind::InformOtherArea => "Safeguarding partners in another area",
    }
}

pub fn route_name(kind: RouteKind) -> &'static str {
    match kind {
        RouteKind::Wales => "Wales",
        RouteKind::Scotland => "Scotland",
        RouteKind::NorthernIreland => "Northern Ireland",
        RouteKind::Overseas => "Outside the UK",
    }
}

pub fn condition_name(kind: ConditionKind) -> &'static str {
    match kind {
        ConditionKind::Place => "The place test: an English local authority\u{2019}s area",
        ConditionKind::Child => "A child (under 18 and born alive) on the date it happened",
        ConditionKind::AbuseOrNeglect => "Abuse or neglect known or suspected",
        ConditionKind::DeathOrSeriousHarm => "The child died or was seriously harmed",
    }
}

pub fn condition_state(state: ConditionState) -> &'static str {
    match state {
        ConditionState::Met => "Met",
        ConditionState::NotMet => "Not met",
        ConditionState::NeedsJudgement => "Needs a judgement",
        ConditionState::NotAnswered => "Not answered",
    }
}

/// How the source of a reason was checked, in words.
pub fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::VLeg => "legislation, wording verified",
        Confidence::VGov => "government or Panel guidance, wording verified",
        Confidence::VSec => "statutory guidance as reproduced by a safeguarding partnership",
        Confidence::Unv => "not yet verified in a primary source: for judgement only",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::{answer_space, assess, Asker, CaseFacts, Place};

    /// Syllables in a word, by vowel groups (a silent final "e" does not count); a number is
    /// read as one word of two syllables.
    fn syllables(word: &str) -> usize {
        if word.chars().any(|c| c.is_ascii_digit()) {
            return 2;
        }
        let word: Vec<char> = word
            .chars()
            .filter(char::is_ascii_alphabetic)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let vowel = |c: char| "aeiouy".contains(c);
        let mut count = 0;
        let mut previous = false;
        for c in &word {
            let v = vowel(*c);
            if v && !previous {
                count += 1;
            }
            previous = v;
        }
        if word.len() > 2 && word.ends_with(&['e']) && !word.ends_with(&['l', 'e']) && count > 1 {
            count -= 1;
        }
        count.max(1)
    }

    /// The Flesch-Kincaid grade of some sentences (each string one sentence or more).
    fn grade(sentences: &[String]) -> f64 {
        let mut sentence_count = 0;
        let mut words = 0;
        let mut syllable_count = 0;
        for sentence in sentences {
            sentence_count += sentence
                .split(['.', '?', '!'])
                .filter(|s| !s.trim().is_empty())
                .count()
                .max(1);
            for word in sentence.split_whitespace() {
                if word.chars().any(char::is_alphanumeric) {
                    words += 1;
                    syllable_count += syllables(word);
                }
            }
        }
        let (words, sentences, syllables) =
            (words as f64, sentence_count as f64, syllable_count as f64);
        0.39 * words / sentences + 11.8 * syllables / words - 15.59
    }

    #[test]
    fn syllables_and_grade_are_counted_as_expected() {
        assert_eq!(syllables("children"), 2);
        assert_eq!(syllables("care"), 1);
        assert_eq!(syllables("council"), 2);
        assert!(grade(&["The cat sat on the mat.".into()]) < 1.0);
    }

    /// The top section's sentences, each council's proper name counted as one short word: a
    /// reader recognises a name, so its length says nothing about how hard the wording is.
    fn top_text(facts: &CaseFacts) -> Vec<String> {
        let assessment = assess(facts);
        let top = top_section(&assessment);
        let names: Vec<String> = [
            contact_name(&assessment.next_steps.first.contact).map(str::to_string),
            match &assessment.panel_notification.duty_holder {
                DutyHolder::IncidentArea(la) | DutyHolder::ResidenceArea(la) => {
                    Some(la.name.clone())
                }
                _ => None,
            },
        ]
        .into_iter()
        .flatten()
        .collect();
        std::iter::once(top.headline)
            .chain(top.lines)
            .map(|line| {
                names
                    .iter()
                    .fold(line, |line, name| line.replace(name.as_str(), "Kent"))
            })
            .collect()
    }

    /// The top of the outcome reads at Flesch-Kincaid grade 9 or below, for every kind of
    /// outcome and role in the answer space, and with a long council name.
    #[test]
    fn the_top_section_reads_at_grade_9_or_below() {
        let mut checked = 0;
        let mut worst = Vec::new();
        for facts in answer_space::all_cases().into_iter().step_by(41) {
            for asker in [Asker::LocalAuthority, Asker::Health, Asker::Police] {
                let facts = CaseFacts {
                    asker: Some(asker),
                    ..facts.clone()
                };
                let text = top_text(&facts);
                let grade = grade(&text);
                if grade > 9.0 {
                    worst.push(format!("{grade:.1}: {text:?}"));
                }
                checked += 1;
            }
        }
        worst.sort();
        worst.dedup();
        assert!(worst.is_empty(), "{}", worst.join("\n"));
        assert!(checked > 1000);
        let kent = CaseFacts {
            asker: Some(Asker::Health),
            event: Some(rules::Event::SeriousHarm),
            child_age: Some(rules::ChildAge::AgeInYears(1)),
            abuse_or_neglect: Some(rules::AbuseOrNeglect::Suspected),
            incident_place: Some(Place::EnglishLocalAuthority(rules::LocalArea::new(
                "E10000016",
                Some("Kent County Council"),
            ))),
            residence: Some(Place::EnglishLocalAuthority(rules::LocalArea::new(
                "E10000016",
                Some("Kent County Council"),
            ))),
            la_aware_date: Some(rules::DateAnswer::Date(
                chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            )),
            ..CaseFacts::default()
        };
        assert_eq!(
            top_section(&assess(&kent)).headline,
            "Refer this to Kent County Council\u{2019}s children\u{2019}s social care today"
        );
        let text = top_text(&kent);
        assert!(grade(&text) <= 9.0, "{text:?}");
    }

    /// "The local authority" is capitalised only where it starts a sentence.
    #[test]
    fn an_unknown_authority_is_not_capitalised_mid_sentence() {
        for facts in answer_space::all_cases().into_iter().step_by(13) {
            let assessment = assess(&facts);
            let (headline, subline) = headline(&assessment);
            let top = top_section(&assessment);
            for text in [headline]
                .into_iter()
                .chain(subline)
                .chain(std::iter::once(top.headline))
                .chain(top.lines)
            {
                assert!(!text[1..].contains("The local authority"), "{text}");
            }
        }
    }
}
