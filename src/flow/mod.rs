//! Which question comes next. The flow asks the first question the rules core says it still
//! needs (`Assessment::still_needed`), so a question that cannot change the outcome is never
//! asked, and the order is the rules' order. Wording is in `content`; the law is in `rules`.

pub mod answer;

use crate::navigation::Page;
use rules::{assess, CaseFacts, Question};

/// The first question, before anything is answered. A constant so that the shell, which carries
/// no rules code (`crate::extension`), can start the questions; a test holds it to the rules.
pub const FIRST_QUESTION: Question = Question::Asker;

/// The page that follows from the answers so far: the next question still needed, or, when
/// none is, the check-your-answers page.
pub fn next_page(facts: &CaseFacts) -> Page {
    match assess(facts).still_needed.first() {
        Some(question) => Page::Question(*question),
        None => Page::CheckAnswers,
    }
}

/// The page to show when `requested` is asked for (by a link, Back or Forward): the outcome and
/// check-your-answers pages need every answer the rules need, so until then the next question
/// shows instead.
pub fn resolve(requested: Page, facts: &CaseFacts) -> Page {
    match requested {
        Page::CheckAnswers | Page::Outcome => match next_page(facts) {
            Page::CheckAnswers => requested,
            next => next,
        },
        Page::Referral(step) if step.needs_outcome() => match next_page(facts) {
            Page::CheckAnswers => requested,
            next => next,
        },
        other => other,
    }
}

/// Answered questions that still matter to the outcome, in asking order. An answer made
/// irrelevant by a later change is kept (changing back restores it) but not shown.
pub fn relevant_answers(facts: &CaseFacts) -> Vec<Question> {
    Question::ALL
        .into_iter()
        .filter(|question| !question.is_unanswered(facts) && matters(*question, facts))
        .collect()
}

/// Whether the rules would ask `question` if it were unanswered.
fn matters(question: Question, facts: &CaseFacts) -> bool {
    let mut without = facts.clone();
    question.clear(&mut without);
    assess(&without).still_needed.contains(&question)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::answer_space;

    #[test]
    fn the_first_question_is_the_one_the_rules_ask_first() {
        assert_eq!(
            next_page(&CaseFacts::default()),
            Page::Question(FIRST_QUESTION)
        );
    }

    #[test]
    fn an_empty_case_starts_with_the_first_question_the_rules_need() {
        let first = assess(&CaseFacts::default()).still_needed[0];
        assert_eq!(next_page(&CaseFacts::default()), Page::Question(first));
    }

    #[test]
    fn outcome_and_check_answers_wait_until_every_needed_answer_is_given() {
        let facts = CaseFacts::default();
        assert!(matches!(resolve(Page::Outcome, &facts), Page::Question(_)));
        assert!(matches!(
            resolve(Page::CheckAnswers, &facts),
            Page::Question(_)
        ));
        assert_eq!(resolve(Page::Privacy, &facts), Page::Privacy);
    }

    #[test]
    fn across_the_answer_space_relevant_answers_are_answered_and_complete_cases_reach_check_answers(
    ) {
        for facts in answer_space::all_cases().into_iter().step_by(97) {
            for question in relevant_answers(&facts) {
                assert!(!question.is_unanswered(&facts));
            }
            if assess(&facts).still_needed.is_empty() {
                assert_eq!(next_page(&facts), Page::CheckAnswers);
                assert_eq!(resolve(Page::Outcome, &facts), Page::Outcome);
            }
        }
    }
}
