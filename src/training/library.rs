//! The built-in scenario library: one JSON file per scenario in `scenarios/`, embedded in the
//! app. Every scenario's learning points are checked against `rules::assess` by the tests
//! below, and together the scenarios cite every rule R01–R26.

use super::pack::{Pack, PackSource};
use super::scenario::Scenario;

/// The scenario files, in order.
const FILES: [&str; 27] = [
    include_str!("scenarios/T01.json"),
    include_str!("scenarios/T02.json"),
    include_str!("scenarios/T03.json"),
    include_str!("scenarios/T04.json"),
    include_str!("scenarios/T05.json"),
    include_str!("scenarios/T06.json"),
    include_str!("scenarios/T07.json"),
    include_str!("scenarios/T08.json"),
    include_str!("scenarios/T09.json"),
    include_str!("scenarios/T10.json"),
    include_str!("scenarios/T11.json"),
    include_str!("scenarios/T12.json"),
    include_str!("scenarios/T13.json"),
    include_str!("scenarios/T14.json"),
    include_str!("scenarios/T15.json"),
    include_str!("scenarios/T16.json"),
    include_str!("scenarios/T17.json"),
    include_str!("scenarios/T18.json"),
    include_str!("scenarios/T19.json"),
    include_str!("scenarios/T20.json"),
    include_str!("scenarios/T21.json"),
    include_str!("scenarios/T22.json"),
    include_str!("scenarios/T23.json"),
    include_str!("scenarios/T24.json"),
    include_str!("scenarios/T25.json"),
    include_str!("scenarios/T26.json"),
    include_str!("scenarios/T27.json"),
];

/// The built-in library. The files are checked by the tests, so this never fails in a build
/// that passed them; a file that does not parse is left out rather than stopping the app.
pub fn library() -> Pack {
    Pack {
        title: None,
        source: PackSource::BuiltIn,
        scenarios: FILES
            .iter()
            .filter_map(|text| serde_json::from_str::<Scenario>(text).ok())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::scenario::{check_scenario, cited_rules};
    use chrono::Datelike;
    use rules::{assess, RuleId};
    use std::collections::BTreeSet;

    #[test]
    fn every_file_parses() {
        for (i, text) in FILES.iter().enumerate() {
            if let Err(e) = serde_json::from_str::<Scenario>(text) {
                panic!("scenario file {}: {e}", i + 1);
            }
        }
        assert_eq!(library().scenarios.len(), FILES.len());
        assert!(FILES.len() >= 20, "at least 20 scenarios");
    }

    #[test]
    fn every_learning_point_holds_against_the_rules_core() {
        let mut failures = Vec::new();
        for scenario in library().scenarios {
            assert!(
                !scenario.learning_points.is_empty(),
                "{} has learning points",
                scenario.id
            );
            assert!(
                !scenario.discussion.is_empty(),
                "{} has discussion questions",
                scenario.id
            );
            for point in &scenario.learning_points {
                assert!(
                    !point.claims.is_empty(),
                    "{}: every learning point makes a checkable claim",
                    scenario.id
                );
                assert!(!point.text.trim().is_empty());
            }
            for wrong in check_scenario(&scenario) {
                failures.push(format!("{}: {wrong}", scenario.id));
            }
        }
        assert!(
            failures.is_empty(),
            "learning points that the rules core contradicts:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn every_scenario_is_complete_and_ids_are_unique() {
        let mut ids = BTreeSet::new();
        for scenario in library().scenarios {
            assert!(
                ids.insert(scenario.id.clone()),
                "duplicate id {}",
                scenario.id
            );
            assert!(
                scenario.places.is_some(),
                "{} says whether its places are fictional",
                scenario.id
            );
            let assessment = assess(&scenario.facts);
            assert_eq!(
                assessment.still_needed,
                vec![],
                "{} answers every question the rules need",
                scenario.id
            );
        }
    }

    /// A scenario marked fictional names only fictional areas; one marked real names only areas
    /// of the place register (and some do, so the district-to-county lesson is taught).
    #[test]
    fn places_marked_fictional_or_real_are_so() {
        use crate::training::scenario::Places;
        use rules::Place;
        let mut real = 0;
        for scenario in library().scenarios {
            let areas = [&scenario.facts.incident_place, &scenario.facts.residence];
            for area in areas.into_iter().flatten() {
                let Place::EnglishLocalAuthority(area) = area else {
                    continue;
                };
                match scenario.places {
                    Some(Places::Fictional) => assert!(
                        area.fictional_name().is_some(),
                        "{}: {} is not fictional",
                        scenario.id,
                        area.code
                    ),
                    Some(Places::Real) => assert!(
                        area.authority().is_some(),
                        "{}: {} is not in the register",
                        scenario.id,
                        area.code
                    ),
                    None => {}
                }
            }
            real += usize::from(scenario.places == Some(Places::Real));
        }
        assert!(real >= 3, "{real} scenarios use real places");
    }

    /// What the facilitator view puts on the screen is whole sentences: the reasons for each
    /// condition and for the decision, the learning points and the questions.
    #[test]
    fn the_facilitator_shows_whole_sentences() {
        let whole = |s: &str| {
            s.trim_end()
                .trim_end_matches(')')
                .ends_with(['.', '?', '!'])
        };
        let mut fragments = Vec::new();
        for scenario in library().scenarios {
            let a = assess(&scenario.facts);
            let reasons = a
                .panel_notification
                .conditions
                .iter()
                .flat_map(|c| c.reasons.iter())
                .chain(a.panel_notification.reasons.iter());
            for reason in reasons {
                if !whole(&reason.sentence) {
                    fragments.push(format!(
                        "{} {:?}: {}",
                        scenario.id, reason.rule, reason.sentence
                    ));
                }
            }
            let texts = scenario.learning_points.iter().map(|p| p.text.as_str());
            for text in texts.chain(scenario.discussion.iter().map(String::as_str)) {
                if !whole(text) {
                    fragments.push(format!("{}: {text}", scenario.id));
                }
            }
        }
        assert!(
            fragments.is_empty(),
            "not whole sentences:\n{}",
            fragments.join("\n")
        );
    }

    #[test]
    fn the_library_covers_every_rule_in_claims_checked_against_the_engine() {
        let mut claimed = BTreeSet::new();
        let mut cited = BTreeSet::new();
        for scenario in library().scenarios {
            for point in &scenario.learning_points {
                claimed.extend(point.claims.cites.iter().copied());
            }
            cited.extend(cited_rules(&assess(&scenario.facts)));
        }
        let all: BTreeSet<RuleId> = RuleId::ALL.into_iter().collect();
        assert_eq!(claimed, all, "learning points claim every rule R01–R26");
        assert_eq!(cited, all, "the engine cites every rule across the library");
    }

    #[test]
    fn the_library_covers_the_edge_cases() {
        use rules::{Asker, Event, Place, SuspectedPerson, YesNoNotSure};
        let scenarios = library().scenarios;
        let any = |f: &dyn Fn(&rules::CaseFacts) -> bool| scenarios.iter().any(|s| f(&s.facts));
        assert!(any(&|f| f.incident_place == Some(Place::Wales)), "Wales");
        assert!(
            any(&|f| f.incident_place == Some(Place::Scotland)),
            "Scotland"
        );
        assert!(
            any(&|f| f.incident_place == Some(Place::NorthernIreland)),
            "Northern Ireland"
        );
        assert!(any(&|f| f.incident_place == Some(Place::Abroad)), "abroad");
        assert!(
            any(&|f| f.born_alive == Some(YesNoNotSure::No)),
            "stillbirth"
        );
        assert!(
            any(&|f| f.looked_after == Some(YesNoNotSure::Yes)
                && f.event.is_some_and(Event::is_death)),
            "looked-after death"
        );
        assert!(
            any(&|f| f.care_leaver == Some(YesNoNotSure::Yes)
                && f.event.is_some_and(Event::is_death)),
            "care-leaver death"
        );
        assert!(
            any(&|f| f.suspected_person == Some(SuspectedPerson::AnotherChild)),
            "harm by another child"
        );
        assert!(
            any(&|f| f.setting.is_some_and(|s| s.is_institutional())),
            "institutional setting"
        );
        assert!(
            any(&|f| f.asker.is_some_and(|a| a != Asker::LocalAuthority)),
            "non-local-authority referrer"
        );
        assert!(
            any(
                &|f| matches!((f.child_age, f.incident_date), (Some(rules::ChildAge::DateOfBirth(dob)), Some(rules::DateAnswer::Date(d))) if (d.month(), d.day()) == (dob.month(), dob.day()) && rules::calendar::age_in_years_on(dob, d) == Some(18))
            ),
            "harm on the 18th birthday"
        );
    }
}
