//! The place register and resolution of what a practitioner types (src/places.rs).

use chrono::NaiveDate;
use proptest::prelude::*;
use rules::places::{self, Authority, Nation, Resolution, Status};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A day in 2026, when the register was checked.
fn today() -> NaiveDate {
    d(2026, 6, 1)
}

fn code(a: &Authority) -> &'static str {
    places::by_code(a.code).unwrap().code
}

#[track_caller]
fn resolves(text: &str, on: Option<NaiveDate>) -> &'static Authority {
    match places::resolve(text, on) {
        Resolution::Resolved(r) => r.authority,
        other => panic!("{text:?} on {on:?}: {other:?}"),
    }
}

#[test]
fn the_copy_is_the_reference_file_row_for_row() {
    // The register is the CSV: every row parsed, every code unique, 432 rows.
    let all = places::all();
    assert_eq!(all.len(), 432);
    let mut codes: Vec<&str> = all.iter().map(|a| a.code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), 432);
    assert!(all
        .iter()
        .all(|a| !a.name.is_empty() && !a.official_name.is_empty()));
    let england = |kind| {
        all.iter()
            .filter(|a| {
                a.nation == Nation::England && a.kind == kind && a.status == Status::Current
            })
            .count()
    };
    assert_eq!(england("NMD"), 164);
    assert_eq!(all.iter().filter(|a| a.nation == Nation::Wales).count(), 22);
    assert_eq!(
        all.iter().filter(|a| a.nation == Nation::Scotland).count(),
        32
    );
    assert_eq!(
        all.iter()
            .filter(|a| a.nation == Nation::NorthernIreland)
            .count(),
        11
    );
    // Every code a row points to is a row.
    for a in all {
        for c in a.children_services.iter().chain(&a.replaced_by) {
            assert!(places::by_code(c).is_some(), "{} points to {c}", a.code);
        }
    }
}

#[test]
fn exactly_153_authorities_have_childrens_services_today() {
    let now: Vec<&Authority> = places::childrens_services_authorities_on(today()).collect();
    assert_eq!(now.len(), 153);
    let count = |k| now.iter().filter(|a| a.kind == k).count();
    assert_eq!(
        (
            count("UA"),
            count("MD"),
            count("LBO"),
            count("CC"),
            count("CTY")
        ),
        (63, 36, 32, 1, 21)
    );
}

#[test]
fn each_of_the_153_resolves_to_itself_by_name_official_name_and_code() {
    for a in places::childrens_services_authorities_on(today()) {
        for text in [a.name, a.official_name, a.code] {
            let r = places::resolve(text, Some(today()));
            let r = r.resolved().unwrap_or_else(|| panic!("{text}: {r:?}"));
            assert_eq!(r.authority.code, a.code, "{text}");
            assert_eq!(r.why, None, "{text}");
        }
        // Lower case and upper case too.
        assert_eq!(resolves(&a.name.to_lowercase(), Some(today())).code, a.code);
        assert_eq!(
            resolves(&a.official_name.to_uppercase(), Some(today())).code,
            a.code
        );
    }
}

#[test]
fn each_current_district_resolves_to_its_county() {
    let mut n = 0;
    for a in places::all()
        .iter()
        .filter(|a| a.kind == "NMD" && a.in_force_on(today()))
    {
        let county = places::by_code(a.children_services.unwrap()).unwrap();
        assert_eq!(county.kind, "CTY", "{}", a.name);
        let r = places::resolve(a.name, Some(today()));
        let r = r.resolved().unwrap_or_else(|| panic!("{}: {r:?}", a.name));
        assert_eq!(r.authority.code, county.code, "{}", a.name);
        assert_eq!(r.matched.code, a.code);
        assert_eq!(
            r.why.as_deref(),
            Some(
                format!(
                    "{} is in {}: {} provides children\u{2019}s services there.",
                    a.name, county.name, county.official_name
                )
                .as_str()
            )
        );
        assert_eq!(resolves(a.official_name, Some(today())).code, county.code);
        assert_eq!(resolves(a.code, Some(today())).code, county.code);
        n += 1;
    }
    assert_eq!(n, 164);
}

#[test]
fn maidstone_is_kent_county_council() {
    let r = places::resolve("Maidstone", Some(d(2025, 3, 3)));
    let r = r.resolved().unwrap();
    assert_eq!(r.authority.code, "E10000016");
    assert_eq!(r.authority.official_name, "Kent County Council");
    assert_eq!(
        r.why.as_deref(),
        Some(
            "Maidstone is in Kent: Kent County Council provides children\u{2019}s services there."
        )
    );
    // The same on every date: no date needed.
    assert_eq!(resolves("maidstone", None).code, "E10000016");
}

#[test]
fn cumbria_asks_which_successor_after_1_april_2023() {
    match places::resolve("Cumbria", Some(d(2024, 5, 1))) {
        Resolution::AskWhichSuccessor {
            abolished,
            replaced_on,
            successors,
        } => {
            assert_eq!(abolished.code, "E10000006");
            assert_eq!(replaced_on, d(2023, 4, 1));
            let codes: Vec<&str> = successors.iter().map(|a| code(a)).collect();
            assert_eq!(codes, ["E06000063", "E06000064"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        places::resolve("cumbria", Some(d(2024, 5, 1))).describe("cumbria"),
        "Cumbria was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness: say which area"
    );
    // Before then, Cumbria County Council itself.
    assert_eq!(resolves("Cumbria", Some(d(2023, 3, 31))).code, "E10000006");
    // With no date: what depends on it.
    match places::resolve("Cumbria", None) {
        Resolution::DependsOnDate { matched, periods } => {
            assert_eq!(matched.code, "E10000006");
            assert_eq!(periods.len(), 2);
            assert_eq!(periods[0].until, Some(d(2023, 4, 1)));
            assert_eq!(periods[0].authorities.len(), 1);
            assert_eq!(periods[1].from, Some(d(2023, 4, 1)));
            assert_eq!(periods[1].authorities.len(), 2);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_abolished_authority_asks_or_resolves_by_date() {
    let mut n = 0;
    for a in places::all()
        .iter()
        .filter(|a| a.status == Status::Abolished)
    {
        let end = a.end.unwrap_or_else(|| panic!("{} has no end", a.name));
        let before = end.pred_opt().unwrap();
        // The day before: the authority with children's services for it then.
        let then = places::by_code(a.children_services.unwrap()).unwrap();
        assert_eq!(resolves(a.name, Some(before)).code, then.code, "{}", a.name);
        // From the day of the change: its successors' authorities, or a question.
        match places::resolve(a.code, Some(end)) {
            Resolution::Resolved(r) => {
                assert!(r.authority.has_childrens_services() && r.authority.in_force_on(end));
                assert!(r
                    .why
                    .as_deref()
                    .is_some_and(|w| w.contains("was replaced on")));
            }
            Resolution::AskWhichSuccessor {
                abolished,
                successors,
                replaced_on,
            } => {
                assert_eq!((abolished.code, replaced_on), (a.code, end));
                assert!(successors.len() >= 2);
                assert!(successors
                    .iter()
                    .all(|s| s.has_childrens_services() && s.in_force_on(end)));
            }
            other => panic!("{}: {other:?}", a.name),
        }
        n += 1;
    }
    assert_eq!(n, 48);
}

#[test]
fn carlisle_after_2023_is_cumberland_and_forest_heath_is_suffolk() {
    let r = places::resolve("Carlisle", Some(d(2024, 1, 10)));
    let r = r.resolved().unwrap();
    assert_eq!(r.authority.name, "Cumberland");
    assert_eq!(
        r.why.as_deref(),
        Some("Carlisle City Council was replaced on 1 April 2023 by Cumberland: Cumberland Council provides children\u{2019}s services there.")
    );
    // Through a district that is itself a successor.
    let r = places::resolve("Forest Heath", Some(d(2020, 1, 1)));
    assert_eq!(r.resolved().unwrap().authority.name, "Suffolk");
    // Taunton Deane → Somerset West and Taunton (2019) → Somerset (2023).
    assert_eq!(
        resolves("Taunton Deane", Some(d(2020, 1, 1))).name,
        "Somerset"
    );
    assert_eq!(
        resolves("Taunton Deane", Some(d(2024, 1, 1))).code,
        "E06000066"
    );
}

#[test]
fn the_same_name_on_either_side_of_a_change() {
    assert_eq!(resolves("Somerset", Some(d(2022, 1, 1))).code, "E10000027");
    assert_eq!(resolves("Somerset", Some(d(2023, 4, 1))).code, "E06000066");
    assert_eq!(
        resolves("North Yorkshire", Some(d(2023, 3, 31))).code,
        "E10000023"
    );
    assert_eq!(
        resolves("North Yorkshire", Some(d(2023, 4, 1))).code,
        "E06000065"
    );
    assert_eq!(resolves("Dorset", Some(d(2018, 7, 1))).code, "E10000009");
    assert_eq!(resolves("Dorset", Some(d(2019, 4, 1))).code, "E06000059");
    assert!(matches!(
        places::resolve("Somerset", None),
        Resolution::DependsOnDate { .. }
    ));
}

#[test]
fn surrey_becomes_east_and_west_surrey_on_1_april_2027() {
    assert_eq!(resolves("Woking", Some(d(2027, 3, 31))).code, "E10000030");
    let r = places::resolve("Woking", Some(d(2027, 4, 1)));
    let r = r.resolved().unwrap();
    assert_eq!(r.authority.code, "planned:west-surrey");
    assert_eq!(
        r.why.as_deref(),
        Some("Woking Borough Council was replaced on 1 April 2027 by West Surrey: West Surrey Council provides children\u{2019}s services there.")
    );
    for east in [
        "Elmbridge",
        "Epsom and Ewell",
        "Mole Valley",
        "Reigate & Banstead",
        "Tandridge",
    ] {
        assert_eq!(
            resolves(east, Some(d(2027, 4, 1))).name,
            "East Surrey",
            "{east}"
        );
        assert_eq!(
            resolves(east, Some(d(2027, 3, 31))).name,
            "Surrey",
            "{east}"
        );
    }
    for west in [
        "Guildford",
        "Runnymede",
        "Spelthorne",
        "Surrey Heath",
        "Waverley",
        "Woking",
    ] {
        assert_eq!(
            resolves(west, Some(d(2030, 1, 1))).name,
            "West Surrey",
            "{west}"
        );
    }
    // Surrey itself is split: a question.
    assert!(matches!(
        places::resolve("Surrey County Council", Some(d(2027, 4, 1))),
        Resolution::AskWhichSuccessor { ref successors, .. } if successors.len() == 2
    ));
    // West Surrey before it exists: Surrey, and why.
    let r = places::resolve("West Surrey", Some(d(2026, 11, 1)));
    let r = r.resolved().unwrap();
    assert_eq!(r.authority.code, "E10000030");
    assert_eq!(
        r.why.as_deref(),
        Some("West Surrey Council begins on 1 April 2027: before then, Surrey County Council provides children\u{2019}s services there.")
    );
    // No date: what depends on it.
    match places::resolve("Woking", None) {
        Resolution::DependsOnDate { periods, .. } => {
            let summary: Vec<(Option<NaiveDate>, Option<NaiveDate>, Vec<&str>)> = periods
                .iter()
                .map(|p| {
                    (
                        p.from,
                        p.until,
                        p.authorities.iter().map(|a| a.name).collect(),
                    )
                })
                .collect();
            assert_eq!(
                summary,
                [
                    (None, Some(d(2027, 4, 1)), vec!["Surrey"]),
                    (Some(d(2027, 4, 1)), None, vec!["West Surrey"]),
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        places::resolve("Woking", None).describe("Woking"),
        "the authority for Woking depends on the date of the incident: before 1 April 2027, Surrey County Council; from 1 April 2027, West Surrey Council"
    );
}

#[test]
fn each_welsh_scottish_and_northern_irish_authority_routes_to_its_nation() {
    let mut n = 0;
    for a in places::all().iter().filter(|a| a.nation != Nation::England) {
        for text in [a.name, a.official_name, a.code] {
            for on in [None, Some(today())] {
                match places::resolve(text, on) {
                    Resolution::OtherNation(o) => assert_eq!(o.nation, a.nation, "{text}"),
                    other => panic!("{text}: {other:?}"),
                }
            }
        }
        n += 1;
    }
    assert_eq!(n, 65);
    assert_eq!(
        places::resolve("Cardiff", None).describe("Cardiff"),
        "Cardiff is in Wales, not England"
    );
    assert!(
        matches!(places::resolve("caerdydd", None), Resolution::OtherNation(a) if a.name == "Cardiff")
    );
}

#[test]
fn case_punctuation_and_the_words_around_a_name() {
    let on = Some(today());
    for (text, want) in [
        ("KENT", "E10000016"),
        ("kent county council", "E10000016"),
        ("  Kent  County Council ", "E10000016"),
        ("e10000016", "E10000016"),
        ("Barking & Dagenham", "E09000002"),
        ("barking and dagenham", "E09000002"),
        ("London Borough of Barking and Dagenham", "E09000002"),
        ("Barking and Dagenham London Borough", "E09000002"),
        ("Royal Borough of Greenwich", "E09000011"),
        ("Greenwich Council", "E09000011"),
        ("City of York", "E06000014"),
        ("York", "E06000014"),
        ("York Council", "E06000014"),
        ("St Helens", "E08000013"),
        ("St. Helens", "E08000013"),
        ("Saint Helens", "E08000013"),
        ("Kingston-upon-Hull", "E06000010"),
        ("Hull", "E06000010"),
        ("Hull City Council", "E06000010"),
        ("City of Bristol", "E06000023"),
        ("Bristol", "E06000023"),
        ("County Durham", "E06000047"),
        ("Durham County Council", "E06000047"),
        ("Windsor & Maidenhead", "E06000040"),
        ("Westminster", "E09000033"),
        ("City of Westminster", "E09000033"),
        ("City of London", "E09000001"),
        ("Leeds City Council", "E08000035"),
        ("Tunbridge Wells Borough Council", "E10000016"),
        ("Stoke-on-Trent", "E06000021"),
        ("Brighton & Hove", "E06000043"),
        ("Bournemouth, Christchurch and Poole", "E06000058"),
        ("Bournemouth Christchurch & Poole Council", "E06000058"),
    ] {
        assert_eq!(resolves(text, on).code, want, "{text}");
    }
    // London is not the City of London.
    assert!(matches!(
        places::resolve("London", on),
        Resolution::Unknown { .. }
    ));
}

#[test]
fn no_two_areas_in_force_together_share_a_name() {
    // Else a typed name would be ambiguous: every normalised name names one authority on any
    // date (and one name is never English and elsewhere).
    let dates = [
        d(2018, 7, 1),
        d(2019, 4, 1),
        d(2020, 4, 1),
        d(2021, 4, 1),
        d(2023, 4, 1),
        d(2027, 4, 1),
    ];
    for on in dates {
        let mut seen: Vec<(String, &str)> = Vec::new();
        for a in places::all().iter().filter(|a| a.in_force_on(on)) {
            let mut names: Vec<String> = [a.name, a.official_name]
                .iter()
                .chain(&a.alt_names)
                .map(|n| places::normalise(n))
                .collect();
            names.sort();
            names.dedup();
            for n in names {
                if let Some((_, other)) = seen.iter().find(|(m, _)| *m == n) {
                    panic!("{n:?} names {other} and {} on {on}", a.code);
                }
                seen.push((n, a.code));
            }
        }
    }
}

#[test]
fn an_unknown_name_gets_up_to_three_close_suggestions() {
    match places::resolve("Maidstne", Some(today())) {
        Resolution::Unknown { suggestions } => {
            assert!(suggestions.len() <= 3);
            assert_eq!(suggestions[0].name, "Maidstone");
        }
        other => panic!("{other:?}"),
    }
    match places::resolve("Northshire", None) {
        Resolution::Unknown { suggestions } => assert!(suggestions.len() <= 3),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        places::resolve("", None),
        Resolution::Unknown {
            suggestions: vec![]
        }
    );
    assert_eq!(
        places::resolve("   &  ", None),
        Resolution::Unknown {
            suggestions: vec![]
        }
    );
    let text = places::resolve("Leeeds", None).describe("Leeeds");
    assert!(
        text.starts_with(
            "\u{201c}Leeeds\u{201d} is not a local authority area in the UK: did you mean Leeds"
        ),
        "{text}"
    );
}

#[test]
fn suggestions_as_the_user_types() {
    let names = |q: &str| -> Vec<&str> { places::search(q, 10).iter().map(|a| a.name).collect() };
    assert_eq!(names("maid")[0], "Maidstone");
    assert!(names("dagenham").contains(&"Barking and Dagenham"));
    assert!(names("KENT").contains(&"Kent"));
    assert!(names("caerdydd").contains(&"Cardiff"));
    assert!(names("cumb").contains(&"Cumbria"));
    // Names that begin with the text come before names with a word that does.
    let york = names("york");
    assert_eq!(york[0], "York");
    assert!(york.contains(&"North Yorkshire"));
    assert!(names("").is_empty());
    assert!(places::search("a", 5).len() <= 5);
}

proptest! {
    /// Any text, on any date or none: a resolution, a question or an error, never a panic;
    /// and a resolution is always an English authority with children's services on the date.
    #[test]
    fn any_text_resolves_asks_or_is_refused(text in ".{0,40}", days in proptest::option::of(0i64..8000)) {
        let on = days.map(|n| d(2010, 1, 1) + chrono::Days::new(n as u64));
        match places::resolve(&text, on) {
            Resolution::Resolved(r) => {
                prop_assert!(r.authority.has_childrens_services());
                prop_assert_eq!(r.authority.nation, Nation::England);
                if let Some(on) = on {
                    prop_assert!(r.authority.in_force_on(on));
                }
            }
            Resolution::Unknown { suggestions } => prop_assert!(suggestions.len() <= 3),
            other => prop_assert!(!other.describe(&text).is_empty()),
        }
        let _ = places::search(&text, 8);
    }

    /// Names as the register has them, in any case and with "Council" around them, resolve.
    #[test]
    fn register_names_in_any_case_resolve(i in 0usize..432, upper in any::<bool>(), council in any::<bool>()) {
        let a = &places::all()[i];
        let mut text = if upper { a.name.to_uppercase() } else { a.name.to_lowercase() };
        if council { text.push_str(" Council"); }
        prop_assert!(!matches!(places::resolve(&text, Some(today())), Resolution::Unknown { .. }), "{}", text);
    }
}

/// A partnership's own areas are compared by code: a name, an official name, a code and a
/// district all name the county's children's services area; another area does not.
#[test]
fn a_partnership_names_its_areas_by_name_or_code() {
    let kent = "E10000016";
    for written in ["Kent", "kent county council", " E10000016 ", "Maidstone"] {
        assert!(rules::places::names_area(written, kent), "{written}");
    }
    assert!(!rules::places::names_area("Medway", kent));
    assert!(!rules::places::names_area("Northshire", kent));
    assert!(rules::places::names_area(
        "fictional:Northshire",
        "fictional:Northshire"
    ));
    // Surrey's area changes on 1 April 2027: "Woking" names Surrey before, West Surrey after.
    let surrey = rules::places::resolve("Surrey", chrono::NaiveDate::from_ymd_opt(2026, 11, 26))
        .resolved()
        .map(|r| r.authority.code)
        .expect("Surrey in 2026");
    assert!(rules::places::names_area("Woking", surrey));
}
