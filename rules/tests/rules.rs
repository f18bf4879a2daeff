//! One or more tests per rule R01–R26, and the edge cases of domain.md §1.3.

mod common;

use common::{all_reasons, base, d, has_prompt, la};
use rules::*;

fn status(f: &CaseFacts) -> PanelStatus {
    assess(f).panel_notification.status
}

fn rules_cited(a: &Assessment) -> Vec<RuleId> {
    all_reasons(a).into_iter().map(|r| r.rule).collect()
}

fn process(a: &Assessment, k: ProcessKind) -> Option<Applicability> {
    a.other_processes
        .iter()
        .find(|p| p.kind == k)
        .map(|p| p.applies)
}

fn deadline(a: &Assessment, k: DeadlineKind) -> Option<&Deadline> {
    a.deadlines.iter().find(|x| x.kind == k)
}

#[test]
fn r01_incident_area_holds_the_duty() {
    let f = CaseFacts {
        residence: la("Bradford"),
        incident_place: la("Maidstone"),
        ..base()
    };
    let a = assess(&f);
    assert_eq!(a.panel_notification.status, PanelStatus::Required);
    let DutyHolder::IncidentArea(kent) = &a.panel_notification.duty_holder else {
        panic!("{:?}", a.panel_notification.duty_holder)
    };
    assert_eq!(
        (
            kent.code.as_str(),
            kent.name.as_str(),
            kent.typed.as_deref()
        ),
        ("E10000016", "Kent County Council", Some("Maidstone"))
    );
    assert_eq!(
        kent.why.as_deref(),
        Some(
            "Maidstone is in Kent: Kent County Council provides children\u{2019}s services there."
        )
    );
    assert_eq!(kent.gov_uk_slug.as_deref(), Some("kent"));
    assert!(rules_cited(&a).contains(&RuleId::R01));
    // The rapid review: Kent's partners lead, with Bradford's, where the child lives.
    let lead = a.rapid_review.lead_area.as_ref().unwrap();
    assert_eq!(lead.code, "E10000016");
    let with = a.rapid_review.collaborate_with.as_ref().unwrap();
    assert_eq!(with.code, "E08000032");
    assert!(with.why.is_none());
    // The other area is told, by name and by code.
    let other = a
        .other_processes
        .iter()
        .find(|p| p.kind == ProcessKind::InformOtherArea)
        .unwrap();
    assert_eq!(
        other.area.as_ref().map(|x| x.code.as_str()),
        Some("E08000032")
    );
    assert!(other.action.starts_with("Kent County Council should also report the incident to the safeguarding partners of Bradford"), "{}", other.action);
}

#[test]
fn areas_are_compared_by_code_never_by_name() {
    // "Kent", "kent county council" and "Maidstone" are one area: no other area to inform.
    for (incident, residence) in [
        ("Kent", "kent county council"),
        ("Maidstone", "KENT"),
        ("Maidstone", "Tunbridge Wells"),
    ] {
        let a = assess(&CaseFacts {
            incident_place: la(incident),
            residence: la(residence),
            ..base()
        });
        assert_eq!(
            process(&a, ProcessKind::InformOtherArea),
            None,
            "{incident} / {residence}"
        );
        assert!(a.rapid_review.collaborate_with.is_none());
    }
}

#[test]
fn r02_residence_area_when_harmed_outside_england() {
    for place in [
        Place::Wales,
        Place::Scotland,
        Place::NorthernIreland,
        Place::Abroad,
    ] {
        let f = CaseFacts {
            incident_place: Some(place.clone()),
            residence: la("Kent"),
            ..base()
        };
        let a = assess(&f);
        assert_eq!(
            a.panel_notification.status,
            PanelStatus::Required,
            "{place:?}"
        );
        assert!(
            matches!(&a.panel_notification.duty_holder, DutyHolder::ResidenceArea(kent) if kent.code == "E10000016" && kent.why.is_none()),
            "{:?}",
            a.panel_notification.duty_holder
        );
        assert!(has_prompt(&a, PromptKind::CrossBorderRapidReviewLead));
    }
}

#[test]
fn r03_no_english_duty_when_harmed_and_resident_outside_england() {
    let f = CaseFacts {
        incident_place: Some(Place::Scotland),
        residence: Some(Place::Wales),
        ..base()
    };
    let a = assess(&f);
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert_eq!(a.panel_notification.duty_holder, DutyHolder::NoEnglishDuty);
    assert_eq!(a.routes.len(), 1);
    assert_eq!(a.routes[0].kind, RouteKind::Scotland);
    // Residence not known → judgement, never "not required".
    let f = CaseFacts {
        residence: Some(Place::Unknown),
        ..f
    };
    assert_eq!(status(&f), PanelStatus::NeedsJudgement);
}

#[test]
fn r04_age_gate_and_edges() {
    let at = |dob: &str, on: &str| CaseFacts {
        child_age: Some(ChildAge::DateOfBirth(d(dob))),
        incident_date: Some(DateAnswer::Date(d(on))),
        ..base()
    };
    // 17 years 364 days: a child.
    assert_eq!(
        status(&at("2008-06-03", "2026-06-02")),
        PanelStatus::Required
    );
    // The 18th birthday: not a child; prompt about straddling.
    let a = assess(&at("2008-06-03", "2026-06-03"));
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert!(has_prompt(&a, PromptKind::StraddlingEighteenthBirthday));
    // 29 February, on 28 February of the 18th year: judgement.
    let a = assess(&at("2008-02-29", "2026-02-28"));
    assert_eq!(a.panel_notification.status, PanelStatus::NeedsJudgement);
    assert!(has_prompt(&a, PromptKind::Born29February));
    assert_eq!(
        status(&at("2008-02-29", "2026-02-27")),
        PanelStatus::Required
    );
    assert_eq!(
        status(&at("2008-02-29", "2026-03-01")),
        PanelStatus::NotRequired
    );
    // Age in years near 18: flagged; 18 in years is not a child.
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(17)),
        ..base()
    });
    assert_eq!(a.panel_notification.status, PanelStatus::Required);
    assert!(has_prompt(&a, PromptKind::AgeInYearsNear18));
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(18)),
        ..base()
    });
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert!(has_prompt(&a, PromptKind::AgeInYearsNear18));
    // Not sure of the age: judgement.
    assert_eq!(
        status(&CaseFacts {
            child_age: Some(ChildAge::NotSure),
            ..base()
        }),
        PanelStatus::NeedsJudgement
    );
    // Date of birth without the incident date: ask for it.
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::DateOfBirth(d("2015-01-01"))),
        ..base()
    });
    assert_eq!(
        a.panel_notification.status,
        PanelStatus::CannotTellYet {
            missing: vec![Question::IncidentDate]
        }
    );
    // Incident before birth: judgement, with a prompt to check the dates.
    let a = assess(&at("2020-05-05", "2020-05-01"));
    assert_eq!(a.panel_notification.status, PanelStatus::NeedsJudgement);
    assert!(has_prompt(&a, PromptKind::DatesInconsistent));
}

#[test]
fn r05_stillbirth_and_born_alive() {
    let baby = |b: Option<YesNoNotSure>| CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::AgeInYears(0)),
        born_alive: b,
        ..base()
    };
    let a = assess(&baby(Some(YesNoNotSure::No)));
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert_eq!(process(&a, ProcessKind::ChildDeathReview), None);
    assert!(has_prompt(&a, PromptKind::StillbirthSiblingsAndMother));
    assert_eq!(
        status(&baby(Some(YesNoNotSure::Yes))),
        PanelStatus::Required
    );
    let a = assess(&baby(Some(YesNoNotSure::NotSure)));
    assert_eq!(a.panel_notification.status, PanelStatus::NeedsJudgement);
    assert!(has_prompt(&a, PromptKind::BornAliveNotSure));
    assert_eq!(
        process(&a, ProcessKind::ChildDeathReview),
        Some(Applicability::Possible)
    );
    assert_eq!(
        status(&baby(None)),
        PanelStatus::CannotTellYet {
            missing: vec![Question::BornAlive]
        }
    );
    // Not asked for an older child.
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(9)),
        ..baby(None)
    });
    assert!(!a.still_needed.contains(&Question::BornAlive));
}

#[test]
fn r06_known_and_suspected_are_the_same_and_suspicion_is_enough() {
    let known = assess(&CaseFacts {
        abuse_or_neglect: Some(AbuseOrNeglect::Known),
        ..base()
    });
    let suspected = assess(&base());
    assert_eq!(
        known.panel_notification.status,
        suspected.panel_notification.status
    );
    assert_eq!(known.deadlines, suspected.deadlines);
    assert_eq!(
        status(&CaseFacts {
            abuse_or_neglect: Some(AbuseOrNeglect::NotSuspected),
            ..base()
        }),
        PanelStatus::NotRequired
    );
    assert_eq!(
        status(&CaseFacts {
            abuse_or_neglect: Some(AbuseOrNeglect::NotSure),
            ..base()
        }),
        PanelStatus::NeedsJudgement
    );
    // Harm by another child is abuse.
    let a = assess(&CaseFacts {
        suspected_person: Some(SuspectedPerson::AnotherChild),
        ..base()
    });
    assert_eq!(a.panel_notification.status, PanelStatus::Required);
    assert!(has_prompt(&a, PromptKind::HarmByAnotherChild));
}

#[test]
fn r07_death_suicide_serious_harm() {
    for e in [Event::Death, Event::SuspectedSuicide, Event::SeriousHarm] {
        assert_eq!(
            status(&CaseFacts {
                event: Some(e),
                ..base()
            }),
            PanelStatus::Required,
            "{e:?}"
        );
    }
    assert_eq!(
        status(&CaseFacts {
            event: Some(Event::HarmNotSerious),
            ..base()
        }),
        PanelStatus::NotRequired
    );
    let a = assess(&CaseFacts {
        event: Some(Event::NotSure),
        ..base()
    });
    assert_eq!(a.panel_notification.status, PanelStatus::NeedsJudgement);
    assert!(has_prompt(&a, PromptKind::SeriousHarmNotSure));
}

#[test]
fn r08_all_conditions_required_and_cannot_tell_yet() {
    let a = assess(&CaseFacts::default());
    match a.panel_notification.status {
        PanelStatus::CannotTellYet { missing } => assert_eq!(
            missing,
            // Born alive too: while the age and event are open, the child may be a stillborn baby.
            vec![
                Question::Event,
                Question::ChildAge,
                Question::BornAlive,
                Question::AbuseOrNeglect,
                Question::IncidentPlace
            ]
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(a.still_needed.first(), Some(&Question::Asker));
    assert!(rules_cited(&assess(&base())).contains(&RuleId::R08));
}

#[test]
fn r09_five_working_days_and_partners() {
    let a = assess(&base());
    let n = deadline(&a, DeadlineKind::NotifyPanel).unwrap();
    assert_eq!(n.due, Due::On(d("2024-12-31")));
    assert_eq!(n.strength, Strength::Must);
    assert_eq!(
        deadline(&a, DeadlineKind::TellSafeguardingPartners)
            .unwrap()
            .due,
        Due::On(d("2024-12-31"))
    );
    let a = assess(&CaseFacts {
        residence: la("Bradford"),
        ..base()
    });
    assert_eq!(
        process(&a, ProcessKind::InformOtherArea),
        Some(Applicability::Applies)
    );
    // Awareness not known: no date, never a guess.
    let a = assess(&CaseFacts {
        la_aware_date: Some(DateAnswer::NotSure),
        ..base()
    });
    assert_eq!(
        deadline(&a, DeadlineKind::NotifyPanel).unwrap().due,
        Due::AwaitingAnchorDate
    );
}

#[test]
fn r10_more_than_four_children() {
    let a = assess(&CaseFacts {
        number_of_children: Some(6),
        ..base()
    });
    assert!(a
        .panel_notification
        .reasons
        .iter()
        .any(|r| r.rule == RuleId::R10 && r.sentence.contains("More than 4")));
    let a = assess(&base());
    assert!(a.still_needed.contains(&Question::NumberOfChildren));
}

#[test]
fn r11_only_the_local_authority_notifies() {
    for asker in Asker::ALL {
        let a = assess(&CaseFacts {
            asker: Some(asker),
            ..base()
        });
        assert_eq!(
            a.next_steps.can_notify_panel,
            asker == Asker::LocalAuthority
        );
        if asker != Asker::LocalAuthority {
            assert_eq!(a.next_steps.first.action, ActionKind::ReferToLocalAuthority);
            assert!(a
                .next_steps
                .steps
                .iter()
                .any(|s| s.text.contains("Only the local authority")));
            assert!(a
                .next_steps
                .steps
                .iter()
                .any(|s| s.text.contains("5 working days start when it hears")));
            // "without delay" is in no copy of the guidance (audit of November 2026).
            assert!(a
                .next_steps
                .steps
                .iter()
                .all(|s| !s.text.contains("without delay")));
        }
        // The role never changes the legal outcome.
        assert_eq!(a.panel_notification.status, PanelStatus::Required);
    }
}

#[test]
fn r12_looked_after_child_death_regardless_of_abuse() {
    let f = CaseFacts {
        event: Some(Event::Death),
        looked_after: Some(YesNoNotSure::Yes),
        abuse_or_neglect: Some(AbuseOrNeglect::NotSuspected),
        la_aware_date: Some(DateAnswer::Date(d("2025-04-17"))),
        ..base()
    };
    let a = assess(&f);
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert_eq!(
        process(&a, ProcessKind::LookedAfterChildDeathNotification),
        Some(Applicability::Applies)
    );
    // No source gives a timescale for it, so no deadline is invented.
    assert!(a.deadlines.is_empty(), "{:?}", a.deadlines);
    // Not a death: no notification.
    let a = assess(&CaseFacts {
        event: Some(Event::SeriousHarm),
        ..f.clone()
    });
    assert_eq!(
        process(&a, ProcessKind::LookedAfterChildDeathNotification),
        None
    );
}

#[test]
fn r13_care_leaver_death_under_25_and_s16c_if_under_18() {
    let f = CaseFacts {
        event: Some(Event::Death),
        care_leaver: Some(YesNoNotSure::Yes),
        child_age: Some(ChildAge::AgeInYears(22)),
        ..base()
    };
    let a = assess(&f);
    assert_eq!(
        process(&a, ProcessKind::CareLeaverDeathNotification),
        Some(Applicability::Applies)
    );
    assert_eq!(a.panel_notification.status, PanelStatus::NotRequired);
    assert_eq!(a.rapid_review.applies, Applicability::NotApplicable);
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(25)),
        ..f.clone()
    });
    assert_eq!(process(&a, ProcessKind::CareLeaverDeathNotification), None);
    // Under 18: the s16C test applies as well.
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(17)),
        ..f
    });
    assert_eq!(
        process(&a, ProcessKind::CareLeaverDeathNotification),
        Some(Applicability::Applies)
    );
    assert_eq!(a.panel_notification.status, PanelStatus::Required);
}

#[test]
fn r14_rapid_review_two_anchors() {
    let a = assess(&CaseFacts {
        notification_sent: Some(SentAnswer::Sent(d("2024-12-23"))),
        ..base()
    });
    assert_eq!(a.rapid_review.applies, Applicability::Applies);
    let b = deadline(&a, DeadlineKind::RapidReviewFromNotification).unwrap();
    assert!(b.primary);
    assert_eq!(b.due, Due::On(d("2025-01-16")));
    let aa = deadline(&a, DeadlineKind::RapidReviewFromAwareness).unwrap();
    assert!(!aa.primary);
    assert_eq!(aa.due, Due::On(d("2025-01-15")));
    let a = assess(&CaseFacts {
        notification_sent: Some(SentAnswer::NotSentYet),
        ..base()
    });
    assert_eq!(
        deadline(&a, DeadlineKind::RapidReviewFromNotification)
            .unwrap()
            .due,
        Due::AwaitingAnchorDate
    );
    let a = assess(&CaseFacts {
        event: Some(Event::NotSure),
        ..base()
    });
    assert_eq!(a.rapid_review.applies, Applicability::IfNotified);
}

#[test]
fn r15_r16_r17_local_review_is_considered_never_automatic() {
    let a = assess(&CaseFacts {
        residence: la("Bradford"),
        setting: Some(Setting::School),
        ..base()
    });
    assert_eq!(a.local_review.applies, Applicability::Consider);
    let ids: Vec<&str> = a
        .local_review
        .criteria
        .iter()
        .map(|c| c.id.as_ref())
        .collect();
    assert_eq!(ids, ["reg11_a", "reg11_b", "reg11_c", "reg11_d"]);
    let extra: Vec<&str> = a
        .local_review
        .additional_considerations
        .iter()
        .map(|c| c.id.as_ref())
        .collect();
    assert!(extra.contains(&"multiple_areas") && extra.contains(&"institutional_setting"));
    for c in &a.local_review.additional_considerations {
        assert!(c.reasons.iter().all(|r| r.confidence == Confidence::Unv));
    }
    assert!(a.local_review.national_review_possible);
    let p = deadline(&a, DeadlineKind::LocalReviewPublication).unwrap();
    assert_eq!(
        (p.due.clone(), p.strength),
        (Due::WithinMonths(6), Strength::Guidance)
    );
    assert!(rules_cited(&a).contains(&RuleId::R16));
}

#[test]
fn r18_local_learning_when_criteria_not_met() {
    let a = assess(&CaseFacts {
        abuse_or_neglect: Some(AbuseOrNeglect::NotSuspected),
        ..base()
    });
    assert!(a.local_learning.is_some());
    assert!(assess(&base()).local_learning.is_none());
}

#[test]
fn r19_child_death_review_for_every_child_death() {
    let a = assess(&CaseFacts {
        event: Some(Event::Death),
        abuse_or_neglect: Some(AbuseOrNeglect::NotSuspected),
        ..base()
    });
    assert_eq!(
        process(&a, ProcessKind::ChildDeathReview),
        Some(Applicability::Applies)
    );
    let a = assess(&CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::AgeInYears(19)),
        ..base()
    });
    assert_eq!(process(&a, ProcessKind::ChildDeathReview), None);
}

#[test]
fn r20_dardr_prompt_16_plus() {
    let f = CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::AgeInYears(16)),
        suspected_person: Some(SuspectedPerson::OtherAdult),
        ..base()
    };
    assert_eq!(
        process(&assess(&f), ProcessKind::DomesticAbuseRelatedDeathReview),
        Some(Applicability::Consider)
    );
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(15)),
        ..f
    });
    assert_eq!(
        process(&a, ProcessKind::DomesticAbuseRelatedDeathReview),
        None
    );
}

#[test]
fn r21_sar_for_adults() {
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::AgeInYears(19)),
        ..base()
    });
    assert_eq!(
        process(&a, ProcessKind::SafeguardingAdultsReview),
        Some(Applicability::Consider)
    );
    assert_eq!(
        process(&assess(&base()), ProcessKind::SafeguardingAdultsReview),
        None
    );
}

#[test]
fn r22_provider_and_lado() {
    let a = assess(&CaseFacts {
        setting: Some(Setting::ChildrensHome),
        suspected_person: Some(SuspectedPerson::PersonWorkingWithChildren),
        ..base()
    });
    assert_eq!(
        process(&a, ProcessKind::ProviderNotifications),
        Some(Applicability::Applies)
    );
    // The LADO referral rests on sources not seen ([UNV]): only ever to be considered.
    assert_eq!(
        process(&a, ProcessKind::LadoReferral),
        Some(Applicability::Consider)
    );
    let a = assess(&CaseFacts {
        setting: Some(Setting::Home),
        suspected_person: Some(SuspectedPerson::ParentOrCarer),
        ..base()
    });
    assert_eq!(process(&a, ProcessKind::ProviderNotifications), None);
    assert_eq!(process(&a, ProcessKind::LadoReferral), None);
}

#[test]
fn r23_r24_r25_routes_in_addition() {
    let wales = |lac, cp| CaseFacts {
        incident_place: Some(Place::Wales),
        residence: la("Kent"),
        looked_after: lac,
        child_protection_plan: cp,
        ..base()
    };
    let a = assess(&wales(Some(YesNoNotSure::No), Some(YesNoNotSure::No)));
    assert_eq!(a.routes[0].wales_review, Some(WalesReview::Concise));
    assert!(a.routes[0]
        .action
        .contains("in addition to the Panel notification by Kent County Council"));
    let a = assess(&wales(Some(YesNoNotSure::No), Some(YesNoNotSure::Yes)));
    assert_eq!(a.routes[0].wales_review, Some(WalesReview::Extended));
    let a = assess(&wales(None, None));
    assert_eq!(a.routes[0].wales_review, Some(WalesReview::Undetermined));
    assert!(a.still_needed.contains(&Question::ChildProtectionPlan));
    for (p, k) in [
        (Place::Scotland, RouteKind::Scotland),
        (Place::NorthernIreland, RouteKind::NorthernIreland),
        (Place::Abroad, RouteKind::Overseas),
    ] {
        let a = assess(&CaseFacts {
            incident_place: Some(p),
            residence: la("Kent"),
            ..base()
        });
        assert_eq!(a.routes.iter().map(|r| r.kind).collect::<Vec<_>>(), vec![k]);
        assert_eq!(a.panel_notification.status, PanelStatus::Required);
    }
    assert!(assess(&base()).routes.is_empty());
}

#[test]
fn r26_calendar_errors_surface_in_deadlines() {
    let a = assess(&CaseFacts {
        la_aware_date: Some(DateAnswer::Date(d("2030-12-20"))),
        ..base()
    });
    let n = deadline(&a, DeadlineKind::NotifyPanel).unwrap();
    // Fri 20 Dec 2030: 23, 24, (25, 26 bank holidays), 27, 30, 31.
    assert_eq!(n.due, Due::On(d("2030-12-31")));
    let rr = deadline(&a, DeadlineKind::RapidReviewFromAwareness).unwrap();
    assert!(matches!(
        rr.due,
        Due::CalendarError(CalendarError::YearNotCovered { year: 2031, .. })
    ));
    assert_eq!(a.rule_set.calendar.last_year, 2030);
}

#[test]
fn every_rule_has_a_table_row_and_is_cited_somewhere() {
    let mut cited = std::collections::BTreeSet::new();
    rules::answer_space::for_each_case(|c| {
        if cited.len() < 26 {
            cited.extend(rules_cited(&assess(c)));
        }
    });
    for id in RuleId::ALL {
        assert_eq!(id.info().id, id);
        assert!(cited.contains(&id), "{id:?} never cited");
    }
}

// --- The first action: what the user must do now, by when, and whom to contact (R11) -------

#[test]
fn r11_anyone_but_the_local_authority_refers_today_to_the_duty_holder() {
    let a = assess(&CaseFacts {
        asker: Some(Asker::Health),
        ..base()
    });
    let first = &a.next_steps.first;
    assert_eq!(first.action, ActionKind::ReferToLocalAuthority);
    assert_eq!(first.by, ActionBy::Today);
    assert!(
        matches!(&first.contact, ContactArea::IncidentArea(area) if Some(area.code.clone()) == la("Leeds").and_then(|p| p.english_la().map(|a| a.code.clone())))
    );
    assert!(!first.reasons.is_empty());
}

#[test]
fn r08_r09_the_local_authority_notifies_by_the_panel_date() {
    let first = assess(&base()).next_steps.first;
    assert_eq!(first.action, ActionKind::NotifyPanel);
    assert_eq!(first.by, ActionBy::On(d("2024-12-31")));
    let unknown_date = assess(&CaseFacts {
        la_aware_date: Some(DateAnswer::NotSure),
        ..base()
    });
    assert_eq!(
        unknown_date.next_steps.first.by,
        ActionBy::WorkingDaysFromAwareness(5)
    );
    let not_met = assess(&CaseFacts {
        event: Some(Event::HarmNotSerious),
        ..base()
    });
    assert_eq!(not_met.next_steps.first.action, ActionKind::RecordDecision);
}

#[test]
fn where_it_happened_is_not_known_the_child_s_home_area_is_asked_and_contacted() {
    let unknown_place = CaseFacts {
        asker: Some(Asker::Police),
        incident_place: Some(Place::Unknown),
        residence: None,
        ..base()
    };
    assert!(assess(&unknown_place)
        .still_needed
        .contains(&Question::Residence));
    let a = assess(&CaseFacts {
        residence: la("Wakefield"),
        ..unknown_place.clone()
    });
    assert!(
        matches!(&a.next_steps.first.contact, ContactArea::ResidenceArea(area) if area.name == "Wakefield Metropolitan District Council")
    );
    assert_eq!(a.panel_notification.duty_holder, DutyHolder::Unknown);
    let neither = assess(&CaseFacts {
        residence: Some(Place::Unknown),
        ..unknown_place
    });
    assert_eq!(neither.next_steps.first.contact, ContactArea::NotKnown);
}

#[test]
fn only_the_local_authority_is_asked_when_the_notification_was_sent() {
    let unanswered = CaseFacts {
        notification_sent: None,
        ..base()
    };
    assert!(assess(&unanswered)
        .still_needed
        .contains(&Question::NotificationSent));
    for asker in Asker::ALL
        .into_iter()
        .filter(|a| *a != Asker::LocalAuthority)
    {
        let facts = CaseFacts {
            asker: Some(asker),
            ..unanswered.clone()
        };
        assert!(
            !assess(&facts)
                .still_needed
                .contains(&Question::NotificationSent),
            "{asker:?}"
        );
    }
}

#[test]
fn r14_one_rapid_review_date_is_primary_and_says_what_it_counts_from() {
    let primary = |a: &Assessment| -> Vec<DeadlineKind> {
        a.deadlines
            .iter()
            .filter(|x| x.primary && x.kind != DeadlineKind::NotifyPanel)
            .filter(|x| {
                matches!(
                    x.kind,
                    DeadlineKind::RapidReviewFromNotification
                        | DeadlineKind::RapidReviewFromAwareness
                )
            })
            .map(|x| x.kind)
            .collect()
    };
    let not_sent = assess(&CaseFacts {
        notification_sent: Some(SentAnswer::NotSentYet),
        ..base()
    });
    assert_eq!(
        primary(&not_sent),
        vec![DeadlineKind::RapidReviewFromAwareness]
    );
    let sent = assess(&CaseFacts {
        notification_sent: Some(SentAnswer::Sent(d("2024-12-23"))),
        ..base()
    });
    assert_eq!(
        primary(&sent),
        vec![DeadlineKind::RapidReviewFromNotification]
    );
}
