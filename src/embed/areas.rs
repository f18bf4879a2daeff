//! A partnership's local authorities checked against the place register. The shell's checks
//! (`validate`) cannot do this: the register is not part of the first load. The on-demand
//! module runs it when it connects, and the shell adds what it finds to the web manager's
//! notice and the console then.

use super::validate::{ConfigProblem, Source};
use chrono::NaiveDate;
use rules::places::{self, Nation, Resolution, Status};

/// The problems with the local authorities of the tool's own configuration (none for the
/// built-in demonstration, whose areas are fictional).
pub fn configured_problems(today: NaiveDate) -> Vec<ConfigProblem> {
    super::host::loaded().map_or_else(Vec::new, |loaded| {
        let source = loaded
            .source_of("local_authorities")
            .unwrap_or(Source::File);
        problems(&loaded.config.local_authorities, source, today)
    })
}

/// A problem for each local authority in `local_authorities` that does not name a local
/// authority area in England on `today` (a name or code of an authority, or of a district,
/// which names its county). Fictional and empty ones are the shell's to report.
pub fn problems(
    local_authorities: &[String],
    source: Source,
    today: NaiveDate,
) -> Vec<ConfigProblem> {
    local_authorities
        .iter()
        .enumerate()
        .filter(|(_, written)| {
            let written = written.trim();
            !written.is_empty() && !written.starts_with(rules::FICTIONAL)
        })
        .filter_map(|(index, written)| {
            problem(written.trim(), today).map(|message| ConfigProblem {
                source,
                field: format!("local_authorities[{index}]"),
                message,
            })
        })
        .collect()
}

/// What the tool does with an area it cannot place.
const UNTIL_CORRECTED: &str =
    "Until it is corrected, incidents there are not recognised as your partnership\u{2019}s.";

fn problem(written: &str, today: NaiveDate) -> Option<String> {
    let names = |v: &[&places::Authority]| {
        let names: Vec<&str> = v.iter().map(|a| a.name).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.concat(),
        }
    };
    match places::resolve(written, Some(today)) {
        Resolution::Resolved(_) => None,
        Resolution::Unknown { .. } => {
            // Close names in England that exist today: the others would be refused too.
            let close: Vec<&places::Authority> = places::suggest(written, 10)
                .into_iter()
                .filter(|a| a.nation == Nation::England && a.status == Status::Current)
                .take(3)
                .collect();
            let did_you_mean = if close.is_empty() {
                String::new()
            } else {
                format!(" Did you mean {}?", names(&close))
            };
            Some(format!(
                "\"{written}\" is not a local authority in England.{did_you_mean} Name each by its name or ONS code, for example \"Kent\" or \"E10000016\". {UNTIL_CORRECTED}"
            ))
        }
        Resolution::OtherNation(a) => Some(format!(
            "\"{written}\" is in {}, not England: name local authorities in England only. {UNTIL_CORRECTED}",
            a.nation.name()
        )),
        Resolution::AskWhichSuccessor {
            replaced_on,
            successors,
            ..
        } => Some(format!(
            "\"{written}\" was {}: name the one your partnership covers (or each of them). {UNTIL_CORRECTED}",
            places::replaced(replaced_on, &successors)
        )),
        other => Some(format!(
            "\"{written}\" does not name one local authority area today ({}). {UNTIL_CORRECTED}",
            other.describe(written)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check(names: &[&str], today: NaiveDate) -> Vec<ConfigProblem> {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        problems(&names, Source::File, today)
    }

    #[test]
    fn names_codes_and_districts_that_resolve_are_accepted() {
        let today = on(2026, 11, 26);
        let accepted = [
            "Kent",
            "Kent County Council",
            "E10000016",
            "e10000016",
            "Maidstone",
            "Medway",
            "London Borough of Barking & Dagenham",
            "City of London",
            "Cumberland",
            "Westmorland and Furness",
            "Surrey",
            "Woking",
            " Leeds ",
        ];
        assert_eq!(check(&accepted, today), Vec::new());
    }

    #[test]
    fn an_unknown_name_is_a_problem_with_close_names() {
        let found = check(&["Kent", "Northshir", "Maidstne"], on(2026, 11, 26));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].field, "local_authorities[1]");
        assert_eq!(found[0].source, Source::File);
        assert!(
            found[0]
                .message
                .starts_with("\"Northshir\" is not a local authority in England."),
            "{}",
            found[0].message
        );
        assert_eq!(found[1].field, "local_authorities[2]");
        assert!(
            found[1].message.starts_with(
                "\"Maidstne\" is not a local authority in England. Did you mean Maidstone"
            ),
            "{}",
            found[1].message
        );
        assert!(found[1]
            .message
            .contains("for example \"Kent\" or \"E10000016\""));
    }

    #[test]
    fn another_nation_or_an_authority_split_since_is_a_problem() {
        let found = check(&["Cardiff", "Cumbria", "Glasgow City"], on(2026, 11, 26));
        let messages: Vec<&str> = found.iter().map(|p| p.message.as_str()).collect();
        assert!(
            messages[0].starts_with("\"Cardiff\" is in Wales, not England"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("\"Cumbria\" was replaced on 1 April 2023 by Cumberland and by Westmorland and Furness"),
            "{messages:?}"
        );
        assert!(
            messages[2].starts_with("\"Glasgow City\" is in Scotland"),
            "{messages:?}"
        );
        // Before its end, Cumbria was an area like any other.
        assert_eq!(check(&["Cumbria"], on(2022, 6, 1)), Vec::new());
    }

    #[test]
    fn fictional_and_empty_areas_are_left_to_the_shell_and_the_demonstration_passes() {
        assert_eq!(
            check(&["fictional:Northshire", " "], on(2026, 11, 26)),
            Vec::new()
        );
        let demo = super::super::PartnershipConfig::demo();
        assert_eq!(
            problems(&demo.local_authorities, Source::File, on(2026, 11, 26)),
            Vec::new()
        );
    }
}
