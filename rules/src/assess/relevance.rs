//! `still_needed`: which unanswered questions could change the findings. An unanswered
//! question is needed iff some answer to it (with every other answer held as it is)
//! changes the findings; answers the rules treat alike are tried once, through a class
//! representative.

use super::inputs::*;
use super::*;

const OTHER_LA: &str = "\u{0}another English local authority";

fn place_variants<'a>(other: Option<PlaceIn<'a>>) -> [PlaceIn<'a>; 7] {
    let same = match other {
        Some(PlaceIn::English(n)) => n,
        _ => "\u{0}an English local authority",
    };
    [
        PlaceIn::English(same),
        PlaceIn::English(OTHER_LA),
        PlaceIn::Wales,
        PlaceIn::Scotland,
        PlaceIn::NorthernIreland,
        PlaceIn::Abroad,
        PlaceIn::Unknown,
    ]
}

const YNS: [Option<YesNoNotSure>; 3] = [
    Some(YesNoNotSure::Yes),
    Some(YesNoNotSure::No),
    Some(YesNoNotSure::NotSure),
];

/// One answer per class of suspected person the rules distinguish (every other answer gives
/// the same findings as one of these; checked by a test over the answer space).
pub(crate) const SUSPECT_CLASSES: [SuspectedPerson; 4] = [
    SuspectedPerson::ParentOrCarer,
    SuspectedPerson::AnotherChild,
    SuspectedPerson::PersonWorkingWithChildren,
    SuspectedPerson::ExtraFamilial,
];

/// The class representative of a suspected person.
#[cfg(test)]
pub(crate) fn suspect_class(s: SuspectedPerson) -> SuspectedPerson {
    match s {
        SuspectedPerson::OtherAdult | SuspectedPerson::Unknown => SuspectedPerson::ParentOrCarer,
        other => other,
    }
}

/// One answer per class of setting the rules distinguish (regulated and/or institutional,
/// neither, not sure).
pub(crate) const SETTING_CLASSES: [Setting; 5] = [
    Setting::ChildrensHome,
    Setting::FosterCare,
    Setting::School,
    Setting::Home,
    Setting::NotSure,
];

/// The class representative of a setting.
#[cfg(test)]
pub(crate) fn setting_class(s: Setting) -> Setting {
    match (
        s == Setting::NotSure,
        s.is_regulated(),
        s.is_institutional(),
    ) {
        (true, _, _) => Setting::NotSure,
        (_, true, true) => Setting::ChildrensHome,
        (_, true, false) => Setting::FosterCare,
        (_, false, true) => Setting::School,
        (_, false, false) => Setting::Home,
    }
}

/// Call `visit` with `base` changed by every possible answer to `q` (as the rules see it).
fn for_each_answer(q: Question, base: &Inputs, mut visit: impl FnMut(&Inputs)) {
    let mut check = |i: Inputs| visit(&i);
    let b = *base;
    match q {
        Question::Asker => Asker::ALL.iter().for_each(|a| {
            check(Inputs {
                asker: Some(*a),
                ..b
            })
        }),
        Question::Event => Event::ALL.iter().for_each(|e| {
            check(Inputs {
                event: Some(*e),
                ..b
            })
        }),
        Question::ChildAge => {
            for band in AgeBand::ALL {
                check(Inputs {
                    age: AgeInfo::Band(band),
                    near18: false,
                    born_before: false,
                    ..b
                });
            }
            // A date of birth before the incident date: born alive (R05).
            check(Inputs {
                age: AgeInfo::Band(AgeBand::Under1),
                near18: false,
                born_before: true,
                ..b
            });
            check(Inputs {
                age: AgeInfo::Band(AgeBand::From16To17),
                near18: true,
                ..b
            });
            check(Inputs {
                age: AgeInfo::Band(AgeBand::Eighteen),
                near18: true,
                ..b
            });
            check(Inputs {
                age: AgeInfo::NotSure,
                near18: false,
                ..b
            });
            check(Inputs {
                age: AgeInfo::Ambiguous29Feb,
                near18: false,
                ..b
            });
        }
        Question::IncidentDate => {
            // Only the age on the incident date depends on it (given a date of birth).
            if !b.dob_given {
                return;
            }
            for band in AgeBand::ALL {
                check(Inputs {
                    age: AgeInfo::Band(band),
                    born_before: true,
                    ..b
                });
            }
            // Born on the incident date: whether born alive is still a question.
            check(Inputs {
                age: AgeInfo::Band(AgeBand::Under1),
                born_before: false,
                ..b
            });
            check(Inputs {
                age: AgeInfo::NotSure,
                born_before: false,
                ..b
            });
            check(Inputs {
                age: AgeInfo::BeforeBirth,
                born_before: false,
                ..b
            });
        }
        Question::BornAlive => YNS.iter().for_each(|a| {
            check(Inputs {
                born_alive: *a,
                ..b
            })
        }),
        Question::AbuseOrNeglect => AbuseOrNeglect::ALL.iter().for_each(|a| {
            check(Inputs {
                abuse: Some(*a),
                ..b
            })
        }),
        Question::IncidentPlace => place_variants(b.residence).iter().for_each(|p| {
            check(Inputs {
                incident: Some(*p),
                ..b
            })
        }),
        Question::Residence => place_variants(b.incident).iter().for_each(|p| {
            check(Inputs {
                residence: Some(*p),
                ..b
            })
        }),
        Question::LookedAfter => YNS.iter().for_each(|a| {
            check(Inputs {
                looked_after: *a,
                ..b
            })
        }),
        Question::CareLeaver => YNS.iter().for_each(|a| {
            check(Inputs {
                care_leaver: *a,
                ..b
            })
        }),
        Question::SuspectedPerson => SUSPECT_CLASSES.iter().for_each(|s| {
            check(Inputs {
                suspected: Some(*s),
                ..b
            })
        }),
        Question::Setting => SETTING_CLASSES.iter().for_each(|s| {
            check(Inputs {
                setting: Some(*s),
                ..b
            })
        }),
        Question::ChildProtectionPlan => {
            YNS.iter().for_each(|a| check(Inputs { cp_plan: *a, ..b }))
        }
        Question::LaAwareDate => [true, false].iter().for_each(|k| {
            check(Inputs {
                aware: Some(*k),
                ..b
            })
        }),
        Question::NotificationSent => [true, false].iter().for_each(|k| {
            check(Inputs {
                sent: Some(*k),
                ..b
            })
        }),
        Question::NumberOfChildren => [1, 2, 5].iter().for_each(|n| {
            check(Inputs {
                children: Some(*n),
                ..b
            })
        }),
    }
}

/// For each unanswered question (in asking order): whether some answer changes the
/// findings (`still_needed`), and whether some answer changes the Panel status or duty
/// holder (`missing`). Returns `(still_needed, missing)`.
pub(crate) fn needed_questions(facts: &CaseFacts, i: &Inputs) -> (Vec<Question>, Vec<Question>) {
    let mut still = Vec::new();
    let mut missing = Vec::new();
    let base = evaluate(i);
    for q in Question::ALL {
        if !q.is_unanswered(facts) {
            continue;
        }
        if let Some(matters) = direct_relevance(q, &base) {
            // These questions never change the Panel status or duty holder.
            if matters {
                still.push(q);
            }
            continue;
        }
        let (any, panel) = brute_force_relevance(q, i);
        if any {
            still.push(q);
        }
        if panel {
            missing.push(q);
        }
    }
    (still, missing)
}

/// For an UNANSWERED question that feeds a single finding, whether an answer can change the
/// findings,
/// read directly from the findings (a shortcut for speed; a test checks it against
/// [`brute_force_relevance`] over the whole answer space). `None` for the other questions.
pub(crate) fn direct_relevance(q: Question, f: &Findings) -> Option<bool> {
    Some(match q {
        // Only the "more than 4 children" note, shown when a notification is possible.
        Question::NumberOfChildren => f.panel != PanelKind::NotRequired,
        // Only the anchor of the rapid review counted from the notification.
        Question::NotificationSent => f.deadlines[2].is_some(),
        // Only the anchors of the deadlines counted from awareness.
        Question::LaAwareDate => [0, 1, 3].iter().any(|k| f.deadlines[*k].is_some()),
        // Only the Welsh review type, unless looked after already makes it extended.
        Question::ChildProtectionPlan => matches!(
            f.route,
            Some((
                RouteKind::Wales,
                _,
                Some(WalesReview::Concise | WalesReview::Undetermined)
            ))
        ),
        _ => return None,
    })
}

/// Whether some answer to `q` changes the findings, and whether some answer changes the
/// Panel status or duty holder, by evaluating every answer.
pub(crate) fn brute_force_relevance(q: Question, i: &Inputs) -> (bool, bool) {
    let mut first: Option<Findings> = None;
    let (mut any, mut panel) = (false, false);
    for_each_answer(q, i, |x| {
        if panel {
            return;
        }
        let f = evaluate(x);
        match &first {
            None => first = Some(f),
            Some(f0) => {
                any |= *f0 != f;
                panel |= (f0.panel, f0.duty) != (f.panel, f.duty);
            }
        }
    });
    (any, panel)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct shortcuts agree with evaluating every answer, over the whole answer space.
    #[test]
    fn direct_relevance_matches_brute_force() {
        crate::answer_space::for_each_case(|c| {
            let i = Inputs::from_facts(c);
            let f = evaluate(&i);
            for q in Question::ALL.into_iter().filter(|q| q.is_unanswered(c)) {
                if let Some(m) = direct_relevance(q, &f) {
                    assert_eq!(brute_force_relevance(q, &i), (m, false), "{q:?} in {c:?}");
                }
            }
        });
    }

    /// The class representatives used by `still_needed` are sound: every answer gives the
    /// same findings as its class representative, over the whole answer space.
    #[test]
    fn answer_classes_are_equivalent() {
        crate::answer_space::for_each_case(|c| {
            let i = Inputs::from_facts(c);
            for s in SuspectedPerson::ALL {
                let a = evaluate(&Inputs {
                    suspected: Some(s),
                    ..i
                });
                let b = evaluate(&Inputs {
                    suspected: Some(suspect_class(s)),
                    ..i
                });
                assert_eq!(a, b, "{s:?} in {c:?}");
            }
            for s in Setting::ALL {
                let a = evaluate(&Inputs {
                    setting: Some(s),
                    ..i
                });
                let b = evaluate(&Inputs {
                    setting: Some(setting_class(s)),
                    ..i
                });
                assert_eq!(a, b, "{s:?} in {c:?}");
            }
        });
    }

    #[test]
    fn prompt_kinds_in_declaration_order() {
        for (i, k) in PROMPT_KINDS.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }
}
