//! The sources table, the rule set's record of what was checked and when, the review-by
//! date, the audit's corrections of November 2026 and the fidelity fixes of issue 14.

mod common;

use chrono::{Days, NaiveDate};
use common::{all_reasons, base, d, has_prompt, la};
use proptest::prelude::*;
use rules::sources::{review_by, source, CHECKED, REVIEW_BY};
use rules::*;

fn death(incident: Option<Place>, residence: Option<Place>) -> CaseFacts {
    CaseFacts {
        event: Some(Event::Death),
        incident_place: incident,
        residence,
        ..base()
    }
}

fn cdr(a: &Assessment) -> Option<&OtherProcess> {
    a.other_processes
        .iter()
        .find(|p| p.kind == ProcessKind::ChildDeathReview)
}

fn prompt(a: &Assessment, k: PromptKind) -> Option<&JudgementPrompt> {
    a.judgement_prompts.iter().find(|p| p.kind == k)
}

fn checked_is_a_partial_date(s: &str) -> bool {
    let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
    match s.split('-').collect::<Vec<_>>()[..] {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap()),
        _ => rules::dates::parse_iso_date(s).is_some(),
    }
}

// --- The sources table ---------------------------------------------------------------------

/// The table is indexed by id, every row is complete for its status, and a superseded row
/// names a newer row.
#[test]
fn the_sources_table_is_complete_for_each_status() {
    for (i, s) in SOURCES.iter().enumerate() {
        assert_eq!(s.id as usize, i, "{:?} out of place", s.id);
        assert_eq!(source(s.id).id, s.id);
        assert!(!s.title.is_empty() && !s.edition.is_empty(), "{:?}", s.id);
        if let Some(c) = &s.checked {
            assert!(checked_is_a_partial_date(c), "{:?}: checked {c}", s.id);
        }
        match s.status {
            SourceStatus::InForceChecked => {
                assert!(
                    s.checked.is_some(),
                    "{:?}: in force and checked, but no date",
                    s.id
                );
                assert!(s.confidence != Confidence::Unv, "{:?}", s.id);
            }
            SourceStatus::Superseded => {
                let newer = s
                    .superseded_by
                    .expect("a superseded row names its successor");
                assert_ne!(source(newer).status, SourceStatus::Superseded);
            }
            SourceStatus::PublishedNotReviewed => {}
        }
        if s.status != SourceStatus::Superseded {
            assert!(s.superseded_by.is_none(), "{:?}", s.id);
        }
        // Addresses are links, never shown bare: a label never contains one.
        assert!(!s.label().contains("http"), "{:?}", s.id);
        if let Some(a) = &s.address {
            assert!(a.starts_with("http"), "{:?}: {a}", s.id);
        }
    }
}

/// Every source a rule cites is in the rule set: checked (with its date) or known but not
/// reviewed; and the two lists do not overlap.
#[test]
fn every_cited_source_is_in_the_rule_set() {
    let set = rule_set();
    let listed = |id: SourceId| {
        set.sources.iter().any(|s| s.id == id) || set.not_reviewed.iter().any(|s| s.id == id)
    };
    for info in RULES.iter() {
        for part in info.parts {
            for c in part.citations {
                assert!(listed(c.source), "{:?} cites {:?}", info.id, c.source);
            }
        }
    }
    for s in &set.sources {
        assert_ne!(s.status, SourceStatus::PublishedNotReviewed, "{:?}", s.id);
    }
    assert!(set
        .not_reviewed
        .iter()
        .all(|s| s.status == SourceStatus::PublishedNotReviewed));
}

/// The newer sources of the audit are known and marked not reviewed; Working Together 2023
/// and the GOV.UK page before December 2025 are marked superseded, never current.
#[test]
fn the_newer_sources_are_known_and_the_old_ones_superseded() {
    let set = rule_set();
    let not_reviewed: Vec<SourceId> = set.not_reviewed.iter().map(|s| s.id).collect();
    for id in [
        SourceId::WorkingTogether2026,
        SourceId::GovUkReportTheDeathOrSeriousHarm2025,
        SourceId::ChildrensWellbeingAndSchoolsAct2026,
    ] {
        assert!(not_reviewed.contains(&id), "{id:?}");
    }
    for s in SOURCES.iter().filter(|s| s.title.contains("2023")) {
        assert_eq!(s.status, SourceStatus::Superseded, "{:?}", s.id);
        assert_eq!(s.superseded_by, Some(SourceId::WorkingTogether2026));
    }
    assert_eq!(
        source(SourceId::GovUkReportASeriousChildSafeguardingIncident).status,
        SourceStatus::Superseded
    );
    // The one-line edition no longer presents the 2023 edition as current.
    assert!(!set.edition.contains("as updated February 2024 and 2025"));
    assert!(set
        .edition
        .contains("2026 edition has not yet been reviewed"));
    assert_eq!(set.checked, CHECKED);
}

// --- The review-by date -----------------------------------------------------------------

/// The review-by date is six months after the month of the check (the policy stated in
/// `rules::sources::REVIEW_BY`), and it is what the rule set carries.
#[test]
fn review_by_is_six_months_after_the_check() {
    assert_eq!(rule_set().review_by, review_by());
    assert_eq!(rules::dates::iso_date(review_by()), REVIEW_BY);
    // The last day of the sixth month after the month of the check.
    let (y, m) = CHECKED.split_once('-').unwrap();
    let six_months_on = NaiveDate::from_ymd_opt(y.parse().unwrap(), m.parse().unwrap(), 1)
        .unwrap()
        .checked_add_months(chrono::Months::new(7))
        .unwrap()
        - Days::new(1);
    assert_eq!(review_by(), six_months_on);
}

#[test]
fn the_review_is_due_only_after_the_review_by_date() {
    assert!(!review_due(d("2026-11-26")));
    assert!(!review_due(review_by()));
    assert!(review_due(review_by() + Days::new(1)));
    assert!(review_due(d("2030-01-01")));
}

proptest! {
    /// For any day, the review is due exactly when the day is after the review-by date, and
    /// once due it stays due.
    #[test]
    fn review_due_is_a_cut_off(n in 0u64..4000) {
        let day = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(n);
        prop_assert_eq!(review_due(day), day > review_by());
        if review_due(day) {
            prop_assert!(review_due(day + Days::new(1)));
        }
    }
}

// --- Tags and parts (audit §2 and §3) -----------------------------------------------------

fn part_tag(rule: RuleId, key: &str) -> Confidence {
    rule.info().part(key).unwrap().confidence
}

/// The tags raised and lowered by the audit of November 2026.
#[test]
fn the_audit_tags() {
    use Confidence::*;
    assert_eq!(part_tag(RuleId::R04, "main"), VLeg);
    assert_eq!(part_tag(RuleId::R04, "birthday"), VSec);
    assert_eq!(part_tag(RuleId::R06, "main"), VGov);
    assert_eq!(part_tag(RuleId::R07, "main"), VGov);
    assert_eq!(part_tag(RuleId::R07, "judgement"), VSec);
    assert_eq!(part_tag(RuleId::R11, "main"), VGov);
    assert_eq!(part_tag(RuleId::R11, "others"), VSec);
    assert_eq!(part_tag(RuleId::R14, "main"), VGov);
    assert_eq!(part_tag(RuleId::R14, "timing"), VSec);
    assert_eq!(part_tag(RuleId::R17, "main"), VLeg);
    assert_eq!(part_tag(RuleId::R17, "six_months"), VSec);
    assert_eq!(part_tag(RuleId::R17, "pre_publication"), Unv);
    assert_eq!(part_tag(RuleId::R22, "main"), VLeg);
    assert_eq!(part_tag(RuleId::R22, "early_years"), VSec);
    assert_eq!(part_tag(RuleId::R22, "lado"), Unv);
    assert_eq!(part_tag(RuleId::R23, "main"), VSec);
    assert_eq!(part_tag(RuleId::R12, "parents"), VLeg);
}

/// A reason carries the tag of the part it rests on: the 18th birthday rests on both R04
/// parts, serious harm on both R07 parts, the rapid review's timing on R14's.
#[test]
fn reasons_carry_the_tag_of_their_part() {
    let a = assess(&CaseFacts {
        child_age: Some(ChildAge::DateOfBirth(d("2006-12-20"))),
        incident_date: Some(DateAnswer::Date(d("2024-12-20"))),
        ..base()
    });
    let child = &a.panel_notification.conditions[1].reasons;
    assert!(child
        .iter()
        .any(|r| r.part == "main" && r.confidence == Confidence::VLeg));
    assert!(child
        .iter()
        .any(|r| r.part == "birthday" && r.confidence == Confidence::VSec));

    let a = assess(&base());
    let event = &a.panel_notification.conditions[3].reasons;
    assert_eq!(
        event.iter().map(|r| r.confidence).collect::<Vec<_>>(),
        [Confidence::VGov, Confidence::VSec]
    );
    let rr = a
        .deadlines
        .iter()
        .find(|x| x.kind == DeadlineKind::RapidReviewFromNotification)
        .unwrap();
    assert_eq!(rr.reasons[0].part, "timing");
    assert_eq!(rr.reasons[0].confidence, Confidence::VSec);
    for r in all_reasons(&a) {
        let p = r.rule.info().part(&r.part).unwrap();
        assert_eq!(r.confidence, p.confidence);
        assert_eq!(r.citations, p.citations.to_vec());
    }
}

/// No wording from memory, no invented timing, no "without delay" for others, no 2018
/// guidance, over the whole answer space.
#[test]
fn no_from_memory_wording_or_invented_timing_anywhere() {
    let banned = [
        "from memory",
        "Working Together 2018",
        "7 working days",
        "applied here as good practice",
        "today, without delay",
    ];
    rules::answer_space::for_each_case(|c| {
        let text = serde_json::to_string(&assess(c)).unwrap();
        for b in banned {
            assert!(
                !text.contains(b),
                "{b:?} in {}",
                serde_json::to_string(c).unwrap()
            );
        }
    });
}

// --- Fidelity: s16M (issue 14 point 4) -------------------------------------------------------

/// s16M(1): "must" for the English area where the child normally lived.
#[test]
fn child_death_review_must_for_the_english_home_area() {
    let a = assess(&death(la("Maidstone"), la("Leeds")));
    let p = cdr(&a).unwrap();
    assert_eq!(p.applies, Applicability::Applies);
    assert!(p
        .action
        .contains("for Leeds (where the child normally lived) must review"));
}

/// s16M(2): "may" for the English area where a child who lived in another nation died.
#[test]
fn child_death_review_may_where_a_child_from_elsewhere_died() {
    let a = assess(&death(la("Leeds"), Some(Place::Wales)));
    let p = cdr(&a).unwrap();
    assert_eq!(p.applies, Applicability::Consider);
    assert!(p.action.contains("no English area must review"));
    assert!(p.action.contains("Leeds may review it"));
    assert!(p.action.contains("Wales has its own"));
}

/// Nothing English for a child who lived and died in Wales, Scotland, Northern Ireland or
/// abroad: that nation's own arrangements are named instead.
#[test]
fn no_english_child_death_review_for_a_child_who_lived_and_died_outside_england() {
    for (place, name) in [
        (Place::Wales, "Wales"),
        (Place::Scotland, "Scotland"),
        (Place::NorthernIreland, "Northern Ireland"),
        (Place::Abroad, "the country where the child lived"),
    ] {
        let a = assess(&death(Some(place.clone()), Some(place.clone())));
        let p = cdr(&a).unwrap();
        assert_ne!(p.applies, Applicability::Applies, "{place:?}");
        assert!(!p.action.contains("must review"), "{place:?}: {}", p.action);
        assert!(
            p.action.contains("no English child death review"),
            "{place:?}"
        );
        assert!(
            p.action.contains(&format!("{name} has its own")),
            "{place:?}"
        );
        assert!(
            !p.action.contains("If the child died in England"),
            "{place:?}"
        );
    }
}

/// Where the child lives is unknown, no "must" is asserted for a named area, and residence
/// is asked because it decides which duty applies.
#[test]
fn child_death_review_with_residence_unanswered_asks_where_the_child_lived() {
    let a = assess(&CaseFacts {
        abuse_or_neglect: Some(AbuseOrNeglect::NotSuspected),
        ..death(la("Leeds"), None)
    });
    assert!(cdr(&a)
        .unwrap()
        .action
        .starts_with("If the child normally lived in England"));
    assert!(a.still_needed.contains(&Question::Residence));
}

// --- Fidelity: born alive, the parent who is a child, the stillbirth prompt -------------

/// A date of birth before the date of death: born alive, not asked.
#[test]
fn a_date_of_birth_before_the_death_means_born_alive() {
    let f = CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::DateOfBirth(d("2024-12-01"))),
        incident_date: Some(DateAnswer::Date(d("2024-12-18"))),
        ..base()
    };
    let a = assess(&f);
    assert!(!a.still_needed.contains(&Question::BornAlive));
    assert_eq!(a.panel_notification.status, PanelStatus::Required);
    assert!(a.panel_notification.conditions[1]
        .reasons
        .iter()
        .any(|r| r.rule == RuleId::R05 && r.sentence.contains("born alive")));
    // An answer to the question, if given anyway, changes nothing.
    let b = assess(&CaseFacts {
        born_alive: Some(YesNoNotSure::NotSure),
        ..f.clone()
    });
    assert_eq!(b.panel_notification.status, PanelStatus::Required);
    // Born on the day of the death: still asked.
    let c = assess(&CaseFacts {
        child_age: Some(ChildAge::DateOfBirth(d("2024-12-18"))),
        ..f
    });
    assert!(c.still_needed.contains(&Question::BornAlive));
}

/// A baby's death or serious harm prompts that the mother (or father) may be a child.
#[test]
fn a_babys_death_prompts_that_the_parent_may_be_a_child() {
    for event in [Event::Death, Event::SeriousHarm] {
        let a = assess(&CaseFacts {
            event: Some(event),
            child_age: Some(ChildAge::AgeInYears(0)),
            born_alive: Some(YesNoNotSure::Yes),
            ..base()
        });
        let p = prompt(&a, PromptKind::ParentMayBeAChild).unwrap();
        assert!(p.text.contains("may herself be a child"));
        assert!(p.text.contains("s16C"));
        assert!(p.reasons.iter().any(|r| r.rule == RuleId::R04));
    }
    assert!(!has_prompt(&assess(&base()), PromptKind::ParentMayBeAChild));
}

/// The stillbirth prompt does not assume an adult mother.
#[test]
fn the_stillbirth_prompt_does_not_assume_an_adult_mother() {
    let a = assess(&CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::AgeInYears(0)),
        born_alive: Some(YesNoNotSure::No),
        ..base()
    });
    let p = prompt(&a, PromptKind::StillbirthSiblingsAndMother).unwrap();
    assert!(p.text.contains("If she is under 18 she is herself a child"));
    assert!(p.text.contains("If she is an adult"));
    assert!(!has_prompt(&a, PromptKind::ParentMayBeAChild));
}

// --- Fidelity: harmed abroad ------------------------------------------------------------

/// A child who lives in England and is harmed abroad: the route cites R02; a child who
/// lives abroad too: R03.
#[test]
fn harmed_abroad_cites_r02_for_a_child_living_in_england() {
    let a = assess(&CaseFacts {
        incident_place: Some(Place::Abroad),
        ..base()
    });
    let route = a
        .routes
        .iter()
        .find(|r| r.kind == RouteKind::Overseas)
        .unwrap();
    assert_eq!(route.reasons[0].rule, RuleId::R02);
    let a = assess(&CaseFacts {
        incident_place: Some(Place::Abroad),
        residence: Some(Place::Abroad),
        ..base()
    });
    let route = a
        .routes
        .iter()
        .find(|r| r.kind == RouteKind::Overseas)
        .unwrap();
    assert_eq!(route.reasons[0].rule, RuleId::R03);
}

// --- The audit's corrections (law-updates §3, §4) -------------------------------------------

/// R10: the one-notification point only with more than one child; the 4-children limit only
/// with more than 4.
#[test]
fn r10_only_where_it_matters() {
    let r10 = |n: Option<u32>| -> Vec<String> {
        assess(&CaseFacts {
            number_of_children: n,
            ..base()
        })
        .panel_notification
        .reasons
        .into_iter()
        .filter(|r| r.rule == RuleId::R10)
        .map(|r| r.sentence.to_string())
        .collect()
    };
    assert!(r10(None).is_empty());
    assert!(r10(Some(1)).is_empty());
    let several = r10(Some(3));
    assert_eq!(several.len(), 1);
    assert!(!several[0].contains('4'));
    assert!(r10(Some(6))[0].contains("More than 4"));
}

/// R12: the parents and those with parental responsibility are told (Sch 2 para 20(1)(b)).
#[test]
fn r12_tells_the_parents_and_those_with_parental_responsibility() {
    let a = assess(&CaseFacts {
        event: Some(Event::Death),
        looked_after: Some(YesNoNotSure::Yes),
        ..base()
    });
    let p = a
        .other_processes
        .iter()
        .find(|p| p.kind == ProcessKind::LookedAfterChildDeathNotification)
        .unwrap();
    assert!(p.action.contains("parental responsibility"));
    assert!(p
        .reasons
        .iter()
        .any(|r| r.part == "parents" && r.confidence == Confidence::VLeg));
}

/// R13: the care leaver's death with its true tag and no timing; the newer GOV.UK page is
/// named as not reviewed.
#[test]
fn r13_care_leaver_death_has_no_invented_timing() {
    let a = assess(&CaseFacts {
        event: Some(Event::Death),
        child_age: Some(ChildAge::AgeInYears(21)),
        care_leaver: Some(YesNoNotSure::Yes),
        ..base()
    });
    let p = a
        .other_processes
        .iter()
        .find(|p| p.kind == ProcessKind::CareLeaverDeathNotification)
        .unwrap();
    assert_eq!(p.reasons[0].confidence, Confidence::VSec);
    assert!(p.action.contains("No timescale"));
    assert!(p.reasons[0].sentence.contains("December 2025"));
    assert!(a
        .deadlines
        .iter()
        .all(|x| x.applies == Applicability::NotApplicable
            || !x.reasons.iter().any(|r| r.rule == RuleId::R13)));
}

/// R22: the children's home recipients of reg 40 and the early years points.
#[test]
fn r22_names_the_reg_40_recipients_and_the_early_years_points() {
    let a = assess(&CaseFacts {
        setting: Some(Setting::ChildrensHome),
        ..base()
    });
    let p = a
        .other_processes
        .iter()
        .find(|p| p.kind == ProcessKind::ProviderNotifications)
        .unwrap();
    for who in [
        "Ofsted",
        "the placing authority",
        "the Secretary of State (if not the placing authority)",
        "the host local authority",
        "the integrated care board",
        "Prisons and Probation Ombudsman",
        "within 14 days",
        "local child protection agencies",
        "offence",
    ] {
        assert!(p.action.contains(who), "{who}");
    }
}

/// A local review's extra considerations and the pre-publication copy are prompts resting on
/// [UNV] parts, with no timing.
#[test]
fn unverified_local_review_matters_are_prompts_without_timing() {
    let a = assess(&base());
    for c in &a.local_review.additional_considerations {
        assert!(c.reasons.iter().all(|r| r.confidence == Confidence::Unv));
        assert!(!c.text.contains("working days"), "{}", c.text);
    }
}

/// A citation that quotes other words of its source than the row's quotation quotes only a
/// source that was seen (never one not yet reviewed); R07 shows the GOV.UK words on death and
/// serious harm, not the page's words on timing.
#[test]
fn a_citations_own_quotation_is_from_a_source_that_was_seen() {
    for info in RULES.iter() {
        for part in info.parts {
            for c in part.citations.iter().filter(|c| c.quotation.is_some()) {
                assert_ne!(
                    source(c.source).status,
                    SourceStatus::PublishedNotReviewed,
                    "{:?} {} quotes {:?}",
                    info.id,
                    part.key,
                    c.source
                );
            }
        }
    }
    let r07 = RuleId::R07.info().main();
    let govuk = r07
        .citations
        .iter()
        .find(|c| c.source == SourceId::GovUkReportASeriousChildSafeguardingIncident)
        .unwrap();
    assert_eq!(
        govuk.quotation.as_deref(),
        Some("the child dies (including suspected suicide) or is seriously harmed")
    );
}
