//! "What if?": change one fact of a case and assess again. Only changes after which the rules
//! can still decide the Panel notification are offered.

use rules::{AbuseOrNeglect, Asker, CaseFacts, ChildAge, Event, LocalArea, Place, YesNoNotSure};

/// The fictional English area used when a what-if moves the child's home to England (training
/// packs are fictional throughout).
pub const ENGLISH_AREA: &str = "Northshire";

/// One change to one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WhatIf {
    AbuseNotSuspected,
    AbuseSuspected,
    HarmNotSerious,
    SeriousHarm,
    HappenedInWales,
    HappenedInEngland,
    LivesInScotland,
    LivesInEngland,
    Aged18,
    Aged17,
    AskedByHealth,
    AskedByLocalAuthority,
    LookedAfter,
}

impl WhatIf {
    pub const ALL: [WhatIf; 13] = [
        WhatIf::AbuseNotSuspected,
        WhatIf::AbuseSuspected,
        WhatIf::HarmNotSerious,
        WhatIf::SeriousHarm,
        WhatIf::HappenedInWales,
        WhatIf::HappenedInEngland,
        WhatIf::LivesInScotland,
        WhatIf::LivesInEngland,
        WhatIf::Aged18,
        WhatIf::Aged17,
        WhatIf::AskedByHealth,
        WhatIf::AskedByLocalAuthority,
        WhatIf::LookedAfter,
    ];

    /// The facts with this one change, or `None` if it does not apply to this case.
    pub fn apply(self, facts: &CaseFacts) -> Option<CaseFacts> {
        let mut f = facts.clone();
        match self {
            WhatIf::AbuseNotSuspected => f.abuse_or_neglect = Some(AbuseOrNeglect::NotSuspected),
            WhatIf::AbuseSuspected => f.abuse_or_neglect = Some(AbuseOrNeglect::Suspected),
            WhatIf::HarmNotSerious => {
                if f.event.is_some_and(Event::is_death) {
                    return None;
                }
                f.event = Some(Event::HarmNotSerious)
            }
            WhatIf::SeriousHarm => f.event = Some(Event::SeriousHarm),
            WhatIf::HappenedInWales => {
                f.incident_place.as_ref()?.english_la()?;
                f.incident_place = Some(Place::Wales)
            }
            WhatIf::HappenedInEngland => {
                if !f.incident_place.as_ref()?.is_outside_england() {
                    return None;
                }
                let home = f.residence.as_ref()?.english_la()?.clone();
                f.incident_place = Some(Place::EnglishLocalAuthority(home))
            }
            WhatIf::LivesInScotland => {
                if !f.incident_place.as_ref()?.is_outside_england() {
                    return None;
                }
                f.residence = Some(Place::Scotland)
            }
            WhatIf::LivesInEngland => {
                if f.residence.as_ref()?.english_la().is_some() {
                    return None;
                }
                f.residence = Some(Place::EnglishLocalAuthority(LocalArea::fictional(
                    ENGLISH_AREA,
                )))
            }
            WhatIf::Aged18 => {
                f.child_age = Some(ChildAge::AgeInYears(18));
                f.incident_date = None;
            }
            WhatIf::Aged17 => {
                f.child_age = Some(ChildAge::AgeInYears(17));
                f.incident_date = None;
            }
            WhatIf::AskedByHealth => {
                if f.asker != Some(Asker::LocalAuthority) {
                    return None;
                }
                f.asker = Some(Asker::Health)
            }
            WhatIf::AskedByLocalAuthority => f.asker = Some(Asker::LocalAuthority),
            WhatIf::LookedAfter => f.looked_after = Some(YesNoNotSure::Yes),
        }
        let decided = !matches!(
            rules::assess(&f).panel_notification.status,
            rules::PanelStatus::CannotTellYet { .. }
        );
        (f != *facts && decided).then_some(f)
    }
}

/// The changes that apply to this case, each with its changed facts.
pub fn what_ifs(facts: &CaseFacts) -> Vec<(WhatIf, CaseFacts)> {
    WhatIf::ALL
        .into_iter()
        .filter_map(|w| w.apply(facts).map(|f| (w, f)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::library::library;
    use crate::training::quiz::ModelAnswer;
    use rules::assess;

    #[test]
    fn every_library_scenario_has_changes_and_one_that_changes_an_answer() {
        for scenario in library().scenarios {
            let changes = what_ifs(&scenario.facts);
            assert!(
                changes.len() >= 2,
                "{} has {} what-ifs",
                scenario.id,
                changes.len()
            );
            let before = ModelAnswer::of(&assess(&scenario.facts));
            assert!(
                changes
                    .iter()
                    .any(|(_, f)| ModelAnswer::of(&assess(f)) != before),
                "{}: some change alters an answer to the quiz",
                scenario.id
            );
            for (_, changed) in &changes {
                assert_ne!(changed, &scenario.facts);
                assert!(!matches!(
                    assess(changed).panel_notification.status,
                    rules::PanelStatus::CannotTellYet { .. }
                ));
            }
        }
    }

    #[test]
    fn a_change_changes_one_fact() {
        let t08 = library()
            .scenarios
            .into_iter()
            .find(|s| s.id == "T08")
            .unwrap();
        let wales = WhatIf::HappenedInWales.apply(&t08.facts).unwrap();
        assert_eq!(wales.incident_place, Some(Place::Wales));
        assert_eq!(
            CaseFacts {
                incident_place: t08.facts.incident_place.clone(),
                ..wales
            },
            t08.facts
        );
        assert_eq!(WhatIf::HappenedInEngland.apply(&t08.facts), None);
    }
}
