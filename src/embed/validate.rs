//! Building the partnership configuration from its sources and checking it. Pure: no browser.
//!
//! Sources, highest first: attributes on the host element, a same-origin JSON file, the built-in
//! demo. Each source is applied field by field on top of the ones below it; a field that does not
//! parse or does not pass its checks is refused (the value below it stays) and every problem is
//! collected, so a site's web manager sees the whole list at once.

use super::config::PartnershipConfig;
use serde_json::{Map, Value};
use std::fmt;

/// Where a configuration value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An attribute on the host element.
    Attribute,
    /// The JSON file named by the host element's `data-config`.
    File,
}

/// One thing wrong with a configuration, in words for a site's web manager.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub source: Source,
    /// The field (`business_unit.phone`), attribute (`data-accent-colour`) or `file`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match self.source {
            Source::Attribute => "host element attribute",
            Source::File => "configuration file",
        };
        write!(f, "{} ({source}): {}", self.field, self.message)
    }
}

/// The configuration in use and everything that was refused on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedConfig {
    pub config: PartnershipConfig,
    pub problems: Vec<ConfigProblem>,
}

/// What became of the configuration file named by `data-config`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// No `data-config` attribute.
    NotAsked,
    /// The file's text.
    Fetched(String),
    /// Why it could not be had (not same-origin, not found, offline…).
    Failed(String),
}

/// Every top-level field, in schema order.
pub const FIELDS: [&str; 13] = [
    "name",
    "local_authorities",
    "business_unit",
    "childrens_social_care",
    "out_of_hours",
    "links",
    "quick_exit_url",
    "inactivity_minutes",
    "submission_endpoint",
    "logo",
    "accent_colour",
    "features",
    "host_origin",
];

/// Fields a configuration file must give: without them the demo's fictional contacts would show
/// on a real partnership's site.
pub const REQUIRED_IN_FILE: [&str; 6] = [
    "name",
    "local_authorities",
    "business_unit",
    "childrens_social_care",
    "out_of_hours",
    "quick_exit_url",
];

/// Host element attributes: (attribute, field path). `data-config` names the file.
pub const ATTRIBUTES: [(&str, &str); 18] = [
    ("data-name", "name"),
    ("data-local-authorities", "local_authorities"),
    ("data-business-unit-phone", "business_unit.phone"),
    ("data-business-unit-email", "business_unit.email"),
    ("data-business-unit-hours", "business_unit.hours"),
    (
        "data-childrens-social-care-phone",
        "childrens_social_care.phone",
    ),
    (
        "data-childrens-social-care-hours",
        "childrens_social_care.hours",
    ),
    ("data-out-of-hours-phone", "out_of_hours.phone"),
    ("data-out-of-hours-hours", "out_of_hours.hours"),
    ("data-quick-exit-url", "quick_exit_url"),
    ("data-inactivity-minutes", "inactivity_minutes"),
    ("data-submission-endpoint", "submission_endpoint"),
    ("data-logo-src", "logo.src"),
    ("data-logo-alt", "logo.alt"),
    ("data-accent-colour", "accent_colour"),
    ("data-features", "features"),
    ("data-host-origin", "host_origin"),
    ("data-config", ""),
];

/// The attribute naming the configuration file.
pub const CONFIG_ATTRIBUTE: &str = "data-config";

/// The body text colour the accent must stand apart from (GOV.UK `$govuk-text-colour`).
pub const TEXT_COLOUR: &str = "#0b0c0c";

/// Builds the configuration: the demo, then the file, then the attributes.
/// `origin` is the page's origin (`https://www.example.org`), for the same-origin checks.
pub fn load(file: &FileOutcome, attributes: &[(String, String)], origin: &str) -> LoadedConfig {
    let mut config = PartnershipConfig::demo();
    let mut problems = Vec::new();
    match file {
        FileOutcome::NotAsked => {}
        FileOutcome::Failed(why) => problems.push(ConfigProblem {
            source: Source::File,
            field: "file".into(),
            message: format!("{why} The built-in demonstration configuration is used instead."),
        }),
        FileOutcome::Fetched(text) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(layer)) => {
                for field in REQUIRED_IN_FILE {
                    if !layer.contains_key(field) {
                        problems.push(ConfigProblem {
                            source: Source::File,
                            field: field.into(),
                            message: "is missing: the demonstration value is shown instead."
                                .into(),
                        });
                    }
                }
                apply_layer(&mut config, &layer, Source::File, origin, &mut problems);
            }
            Ok(_) => problems.push(ConfigProblem {
                source: Source::File,
                field: "file".into(),
                message: "is not a JSON object ({ … }). The built-in demonstration configuration is used instead.".into(),
            }),
            Err(error) => problems.push(ConfigProblem {
                source: Source::File,
                field: "file".into(),
                message: format!(
                    "is not valid JSON ({error}). The built-in demonstration configuration is used instead."
                ),
            }),
        },
    }
    let layer = attributes_layer(attributes, &mut problems);
    apply_layer(
        &mut config,
        &layer,
        Source::Attribute,
        origin,
        &mut problems,
    );
    // Submission switched off: the endpoint is not used, whatever else sets it.
    if !config.features.submission {
        config.submission_endpoint = None;
    }
    LoadedConfig { config, problems }
}

/// Problems that only matter when the app runs in an iframe.
pub fn iframe_problems(config: &PartnershipConfig) -> Vec<ConfigProblem> {
    if config.host_origin.is_some() {
        return Vec::new();
    }
    vec![ConfigProblem {
        source: Source::Attribute,
        field: "host_origin".into(),
        message: "is needed in an iframe: without it the tool cannot tell the framing page its height (nothing is posted to an unnamed origin).".into(),
    }]
}

/// Turns host element attributes into a partial configuration object.
fn attributes_layer(
    attributes: &[(String, String)],
    problems: &mut Vec<ConfigProblem>,
) -> Map<String, Value> {
    let mut layer = Map::new();
    for (name, value) in attributes {
        let name = name.to_ascii_lowercase();
        if !name.starts_with("data-") {
            continue;
        }
        let Some((_, path)) = ATTRIBUTES.iter().find(|(attribute, _)| *attribute == name) else {
            problems.push(ConfigProblem {
                source: Source::Attribute,
                field: name.clone(),
                message: "is not a configuration attribute; it is ignored.".into(),
            });
            continue;
        };
        let value = value.trim();
        let json = match *path {
            "" => continue,
            "local_authorities" => Value::Array(
                value
                    .split([';', ','])
                    .map(|authority| Value::String(authority.trim().to_owned()))
                    .collect(),
            ),
            "inactivity_minutes" => match value.parse::<u32>() {
                Ok(minutes) => Value::from(minutes),
                Err(_) => {
                    problems.push(ConfigProblem {
                        source: Source::Attribute,
                        field: name.clone(),
                        message: format!("must be a whole number of minutes, not \"{value}\"."),
                    });
                    continue;
                }
            },
            "features" => {
                let words: Vec<&str> = value.split_whitespace().collect();
                let unknown: Vec<&str> = words
                    .iter()
                    .copied()
                    .filter(|word| !["submission", "training", "none"].contains(word))
                    .collect();
                if !unknown.is_empty() {
                    problems.push(ConfigProblem {
                        source: Source::Attribute,
                        field: name.clone(),
                        message: format!(
                            "lists unknown features ({}): use \"submission\", \"training\", both, or \"none\".",
                            unknown.join(", ")
                        ),
                    });
                    continue;
                }
                serde_json::json!({
                    "submission": words.contains(&"submission"),
                    "training": words.contains(&"training"),
                })
            }
            _ => Value::String(value.to_owned()),
        };
        match path.split_once('.') {
            Some((parent, child)) => {
                let entry = layer
                    .entry(parent.to_owned())
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(object) = entry {
                    object.insert(child.to_owned(), json);
                }
            }
            None => {
                layer.insert((*path).to_owned(), json);
            }
        }
    }
    layer
}

/// Applies one source's fields on top of `config`, refusing (and reporting) each bad one.
fn apply_layer(
    config: &mut PartnershipConfig,
    layer: &Map<String, Value>,
    source: Source,
    origin: &str,
    problems: &mut Vec<ConfigProblem>,
) {
    for key in layer.keys() {
        if !FIELDS.contains(&key.as_str()) {
            problems.push(ConfigProblem {
                source,
                field: key.clone(),
                message: "is not a configuration field; it is ignored.".into(),
            });
        }
    }
    for field in FIELDS {
        let Some(value) = layer.get(field) else {
            continue;
        };
        let Ok(Value::Object(mut whole)) = serde_json::to_value(&*config) else {
            continue;
        };
        let value = match (source, whole.get(field), value) {
            // An attribute sets part of an object (`data-business-unit-phone`): merge it in.
            (Source::Attribute, Some(Value::Object(below)), Value::Object(part)) => {
                let mut merged = below.clone();
                merged.extend(part.clone());
                Value::Object(merged)
            }
            _ => value.clone(),
        };
        whole.insert(field.to_owned(), value);
        let candidate = match serde_json::from_value::<PartnershipConfig>(Value::Object(whole)) {
            Ok(candidate) => candidate,
            Err(error) => {
                let error = error.to_string();
                let error = error.split(" at line").next().unwrap_or_default();
                problems.push(ConfigProblem {
                    source,
                    field: field.into(),
                    message: format!("has the wrong form ({error}); it is ignored."),
                });
                continue;
            }
        };
        let mut found = check_field(field, &candidate, origin);
        // Fictional areas are the demonstration's only, never a real partnership's.
        if field == "local_authorities" {
            for (index, authority) in candidate.local_authorities.iter().enumerate() {
                if authority.trim().starts_with(rules::FICTIONAL) {
                    found.push((
                        format!("local_authorities[{index}]"),
                        "is a fictional area: name a local authority in England by its name or ONS code.".into(),
                    ));
                }
            }
        }
        if found.is_empty() {
            *config = candidate;
        } else {
            problems.extend(found.into_iter().map(|(field, message)| ConfigProblem {
                source,
                field,
                message: format!("{message} The value is ignored."),
            }));
        }
    }
}

/// Checks one top-level field of `config`. Returns (field path, message) for each problem.
pub fn check_field(field: &str, config: &PartnershipConfig, origin: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut problem = |path: String, message: String| found.push((path, message));
    match field {
        "name" => {
            if config.name.trim().is_empty() {
                problem("name".into(), "must not be empty.".into());
            } else if config.name.chars().count() > 120 {
                problem("name".into(), "must be at most 120 characters.".into());
            }
        }
        "local_authorities" => {
            if config.local_authorities.is_empty() {
                problem(
                    "local_authorities".into(),
                    "must name at least one local authority.".into(),
                );
            }
            for (index, authority) in config.local_authorities.iter().enumerate() {
                if authority.trim().is_empty() {
                    problem(
                        format!("local_authorities[{index}]"),
                        "must not be empty.".into(),
                    );
                }
            }
        }
        "business_unit" | "childrens_social_care" | "out_of_hours" => {
            let contact = match field {
                "business_unit" => &config.business_unit,
                "childrens_social_care" => &config.childrens_social_care,
                _ => &config.out_of_hours,
            };
            if let Err(message) = check_phone(&contact.phone) {
                problem(format!("{field}.phone"), message);
            }
            if let Some(email) = &contact.email {
                if let Err(message) = check_email(email) {
                    problem(format!("{field}.email"), message);
                }
            }
            if contact.hours.trim().is_empty() {
                problem(
                    format!("{field}.hours"),
                    "must say when the line is answered.".into(),
                );
            }
        }
        "links" => {
            for (index, link) in config.links.iter().enumerate() {
                if link.text.trim().is_empty() {
                    problem(format!("links[{index}].text"), "must not be empty.".into());
                }
                if let Err(message) = check_url(&link.href, origin) {
                    problem(format!("links[{index}].href"), message);
                }
            }
        }
        "quick_exit_url" => {
            if let Err(message) = check_url(&config.quick_exit_url, origin) {
                problem("quick_exit_url".into(), message);
            }
        }
        "inactivity_minutes" if !(3..=240).contains(&config.inactivity_minutes) => {
            problem(
                "inactivity_minutes".into(),
                format!(
                    "must be from 3 to 240 minutes, not {}.",
                    config.inactivity_minutes
                ),
            );
        }
        "submission_endpoint" => {
            if let Some(endpoint) = &config.submission_endpoint {
                if let Err(message) = check_url(endpoint, origin) {
                    problem("submission_endpoint".into(), message);
                }
            }
        }
        "logo" => {
            if let Some(logo) = &config.logo {
                if let Err(message) = check_url(&logo.src, origin) {
                    problem("logo.src".into(), message);
                }
                if logo.alt.trim().is_empty() {
                    problem(
                        "logo.alt".into(),
                        "must give the logo's text (the partnership's name).".into(),
                    );
                }
            }
        }
        "accent_colour" => {
            if let Some(colour) = &config.accent_colour {
                if let Err(message) = check_accent_colour(colour) {
                    problem("accent_colour".into(), message);
                }
            }
        }
        "host_origin" => {
            if let Some(host) = &config.host_origin {
                if let Err(message) = check_origin(host) {
                    problem("host_origin".into(), message);
                }
            }
        }
        _ => {}
    }
    found
}

/// A telephone number as people dial it: digits, spaces, `+`, brackets and hyphens, 3–15 digits.
pub fn check_phone(phone: &str) -> Result<(), String> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if phone
        .chars()
        .any(|c| !(c.is_ascii_digit() || " +()-".contains(c)))
    {
        Err(format!(
            "\"{phone}\" is not a telephone number (digits, spaces, + ( ) - only)."
        ))
    } else if !(3..=15).contains(&digits) {
        Err(format!("\"{phone}\" must have from 3 to 15 digits."))
    } else {
        Ok(())
    }
}

/// A plausible email address: one `@`, a dotted domain, no spaces.
pub fn check_email(email: &str) -> Result<(), String> {
    let ok = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !email
                    .chars()
                    .any(|c| c.is_whitespace() || "<>\"\\,;:".contains(c))
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("\"{email}\" is not an email address."))
    }
}

/// An address the tool may link to, load or send to: `https://…`, or on the page's own origin
/// (a path starting with `/`, or an absolute address on `origin`). Never `javascript:`, `data:`
/// or any other scheme.
pub fn check_url(url: &str, origin: &str) -> Result<(), String> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(scheme, _)| scheme);
    if url.is_empty() {
        return Err("must not be empty.".into());
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Err(format!(
            "\"{url}\" contains spaces, control characters or backslashes."
        ));
    }
    if let Some(path) = url.strip_prefix('/') {
        return if path.starts_with('/') {
            Err(format!(
                "\"{url}\" is protocol-relative: write https:// in full."
            ))
        } else {
            Ok(())
        };
    }
    let same_origin = !origin.is_empty()
        && (lower == origin.to_ascii_lowercase()
            || lower.starts_with(&format!("{}/", origin.to_ascii_lowercase())));
    match scheme {
        _ if same_origin => Ok(()),
        Some("https") if lower.len() > "https://".len() && lower.starts_with("https://") => Ok(()),
        Some("http") => Err(format!(
            "\"{url}\" must use https:// (or be on this site, {origin})."
        )),
        Some(scheme)
            if scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
        {
            Err(format!(
                "\"{url}\": {scheme}: addresses are not allowed; use https://."
            ))
        }
        _ => Err(format!(
            "\"{url}\" must be an https:// address or a path on this site starting with /."
        )),
    }
}

/// An origin to post messages to: `https://host[:port]` exactly (no path), or `http://` on the
/// loopback address for testing. `*` is refused.
pub fn check_origin(origin: &str) -> Result<(), String> {
    let rest = if let Some(rest) = origin.strip_prefix("https://") {
        rest
    } else if let Some(rest) = origin.strip_prefix("http://") {
        let host = rest.split(':').next().unwrap_or_default();
        if host != "127.0.0.1" && host != "localhost" {
            return Err(format!("\"{origin}\" must use https:// (http:// only on 127.0.0.1 or localhost, for testing)."));
        }
        rest
    } else {
        return Err(format!(
            "\"{origin}\" must be an origin such as https://www.example.org (\"*\" is not allowed: it would tell any page)."
        ));
    };
    let valid_host = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    if valid_host {
        Ok(())
    } else {
        Err(format!(
            "\"{origin}\" must be an origin only: no path, query or trailing slash."
        ))
    }
}

/// `#rrggbb` → (r, g, b).
pub fn parse_hex_colour(colour: &str) -> Option<(u8, u8, u8)> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).ok();
    Some((channel(0)?, channel(2)?, channel(4)?))
}

/// WCAG 2.2 relative luminance.
pub fn relative_luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2.2 contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// The accent fills the header behind white text (4.5:1, WCAG 1.4.3) and borders it next to the
/// page's text (3:1 against the text colour, WCAG 1.4.11).
pub fn check_accent_colour(colour: &str) -> Result<(), String> {
    let Some(rgb) = parse_hex_colour(colour) else {
        return Err(format!("\"{colour}\" must be a colour written #rrggbb."));
    };
    let white = contrast_ratio(rgb, (255, 255, 255));
    let text = contrast_ratio(rgb, parse_hex_colour(TEXT_COLOUR).unwrap_or((11, 12, 12)));
    let mut reasons = Vec::new();
    if white < 4.5 {
        reasons.push(format!(
            "white text on it has a contrast ratio of {white:.2}:1, below 4.5:1"
        ));
    }
    if text < 3.0 {
        reasons.push(format!(
            "against the text colour {TEXT_COLOUR} it has {text:.2}:1, below 3:1"
        ));
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "\"{colour}\" fails contrast: {}.",
            reasons.join("; ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://www.westmere.example";

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn valid_file() -> serde_json::Value {
        serde_json::json!({
            "name": "Westmere Safeguarding Children Partnership",
            "local_authorities": ["Westmere"],
            "business_unit": { "phone": "01632 960 400", "email": "scp@westmere.example", "hours": "Monday to Friday, 9am to 5pm" },
            "childrens_social_care": { "phone": "01632 960 500", "hours": "Monday to Friday, 9am to 5pm" },
            "out_of_hours": { "phone": "01632 960 600", "hours": "evenings and weekends" },
            "links": [{ "text": "Westmere procedures", "href": "/procedures/" }],
            "quick_exit_url": "https://www.example.org/",
            "accent_colour": "#1d70b8",
            "features": { "submission": false, "training": true }
        })
    }

    #[test]
    fn no_sources_gives_the_demo_without_problems() {
        let loaded = load(&FileOutcome::NotAsked, &[], ORIGIN);
        assert_eq!(loaded.config, PartnershipConfig::demo());
        assert!(loaded.problems.is_empty());
    }

    #[test]
    fn every_demo_field_passes_its_own_checks() {
        let demo = PartnershipConfig::demo();
        for field in FIELDS {
            assert_eq!(check_field(field, &demo, ORIGIN), vec![], "{field}");
        }
    }

    #[test]
    fn a_valid_file_is_used_whole() {
        let loaded = load(&FileOutcome::Fetched(valid_file().to_string()), &[], ORIGIN);
        assert_eq!(loaded.problems, vec![]);
        assert_eq!(
            loaded.config.name,
            "Westmere Safeguarding Children Partnership"
        );
        assert_eq!(loaded.config.accent_colour.as_deref(), Some("#1d70b8"));
        assert_eq!(
            loaded.config.business_unit.email.as_deref(),
            Some("scp@westmere.example")
        );
        assert_eq!(loaded.config.inactivity_minutes, 20, "defaults apply");
    }

    #[test]
    fn attributes_beat_the_file_and_the_file_beats_the_demo() {
        let loaded = load(
            &FileOutcome::Fetched(valid_file().to_string()),
            &attrs(&[
                ("data-name", "Attribute Partnership"),
                ("data-business-unit-phone", "01632 960 999"),
                ("data-local-authorities", "Ayton; Beeford"),
                ("data-features", "submission"),
                (
                    "data-submission-endpoint",
                    "https://api.westmere.example/referrals",
                ),
                ("data-inactivity-minutes", "30"),
                ("data-config", "/config.json"),
                ("id", "tool"),
            ]),
            ORIGIN,
        );
        assert_eq!(loaded.problems, vec![]);
        let config = loaded.config;
        assert_eq!(config.name, "Attribute Partnership");
        assert_eq!(config.business_unit.phone, "01632 960 999");
        assert_eq!(
            config.business_unit.hours, "Monday to Friday, 9am to 5pm",
            "rest of the contact from the file"
        );
        assert_eq!(config.local_authorities, vec!["Ayton", "Beeford"]);
        assert!(config.features.submission && !config.features.training);
        assert_eq!(
            config.submission_endpoint.as_deref(),
            Some("https://api.westmere.example/referrals")
        );
        assert_eq!(config.inactivity_minutes, 30);
        assert_eq!(config.childrens_social_care.phone, "01632 960 500");
    }

    #[test]
    fn malformed_json_falls_back_to_the_demo_and_says_so() {
        let loaded = load(
            &FileOutcome::Fetched("{ \"name\": ".into()),
            &attrs(&[("data-name", "Still Applied")]),
            ORIGIN,
        );
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].field, "file");
        assert!(
            loaded.problems[0].message.contains("not valid JSON"),
            "{}",
            loaded.problems[0]
        );
        assert_eq!(
            loaded.config.name, "Still Applied",
            "attributes still apply"
        );
        assert_eq!(
            loaded.config.business_unit,
            PartnershipConfig::demo().business_unit
        );
        let loaded = load(&FileOutcome::Fetched("[1]".into()), &[], ORIGIN);
        assert!(loaded.problems[0].message.contains("not a JSON object"));
    }

    #[test]
    fn a_fictional_area_is_the_demonstrations_only() {
        let file = serde_json::json!({ "local_authorities": ["Kent", "fictional:Northshire"] });
        let loaded = load(&FileOutcome::Fetched(file.to_string()), &[], ORIGIN);
        let problem = loaded
            .problems
            .iter()
            .find(|p| p.field.starts_with("local_authorities"))
            .expect("a problem");
        assert_eq!(problem.field, "local_authorities[1]");
        assert!(problem.message.contains("fictional"));
        assert_eq!(
            loaded.config.local_authorities,
            PartnershipConfig::demo().local_authorities
        );
        assert!(PartnershipConfig::demo()
            .local_authorities
            .iter()
            .all(|a| a.starts_with(rules::FICTIONAL)));
    }

    #[test]
    fn an_unreachable_file_is_reported() {
        let loaded = load(
            &FileOutcome::Failed("/nope.json could not be loaded (404).".into()),
            &[],
            ORIGIN,
        );
        assert_eq!(loaded.config, PartnershipConfig::demo());
        assert!(loaded.problems[0]
            .to_string()
            .starts_with("file (configuration file): /nope.json could not be loaded (404)."));
    }

    #[test]
    fn every_problem_in_a_file_is_listed_and_each_bad_field_falls_back() {
        let file = serde_json::json!({
            "name": "",
            "local_authorities": "Westmere",
            "business_unit": { "phone": "call us", "email": "not-an-email", "hours": "" },
            "childrens_social_care": { "phone": "01632 960 500", "hours": "9 to 5" },
            "links": [{ "text": "Bad", "href": "javascript:alert(1)" }, { "text": "", "href": "http://insecure.example/" }],
            "quick_exit_url": "data:text/html,hi",
            "accent_colour": "#ffdd00",
            "submission_endpoint": "//evil.example/collect",
            "logo": { "src": "/logo.svg", "alt": "" },
            "host_origin": "*",
            "inactivity_minutes": 0,
            "colour": "red"
        });
        let loaded = load(&FileOutcome::Fetched(file.to_string()), &[], ORIGIN);
        let fields: Vec<&str> = loaded.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "out_of_hours",
                "colour",
                "name",
                "local_authorities",
                "business_unit.phone",
                "business_unit.email",
                "business_unit.hours",
                "links[0].href",
                "links[1].text",
                "links[1].href",
                "quick_exit_url",
                "inactivity_minutes",
                "submission_endpoint",
                "logo.alt",
                "accent_colour",
                "host_origin",
            ]
        );
        assert!(loaded.problems.iter().all(|p| p.source == Source::File));
        let demo = PartnershipConfig::demo();
        let config = &loaded.config;
        assert_eq!(config.name, demo.name);
        assert_eq!(config.business_unit, demo.business_unit);
        assert_eq!(config.links, demo.links);
        assert_eq!(config.quick_exit_url, demo.quick_exit_url);
        assert_eq!(config.accent_colour, None);
        assert_eq!(config.submission_endpoint, None);
        assert_eq!(config.logo, None);
        assert_eq!(config.host_origin, None);
        assert_eq!(config.inactivity_minutes, 20);
        assert_eq!(
            config.childrens_social_care.phone, "01632 960 500",
            "the good field is used"
        );
    }

    #[test]
    fn every_bad_attribute_is_listed() {
        let loaded = load(
            &FileOutcome::NotAsked,
            &attrs(&[
                ("data-accent-colour", "#000000"),
                ("data-quick-exit-url", "javascript:void(0)"),
                ("data-inactivity-minutes", "soon"),
                ("data-features", "submission chat"),
                ("data-acent-colour", "#1d70b8"),
                ("data-host-origin", "https://www.westmere.example/page"),
                ("data-out-of-hours-phone", "999 or 112 or 0800"),
            ]),
            ORIGIN,
        );
        let fields: Vec<&str> = loaded.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "data-inactivity-minutes",
                "data-features",
                "data-acent-colour",
                "out_of_hours.phone",
                "quick_exit_url",
                "accent_colour",
                "host_origin"
            ]
        );
        assert_eq!(loaded.config, PartnershipConfig::demo());
    }

    #[test]
    fn urls_are_https_or_same_origin_only() {
        for good in [
            "https://procedures.example/x",
            "/forms/referral.pdf",
            "https://www.westmere.example/a",
            "https://www.westmere.example",
        ] {
            assert_eq!(check_url(good, ORIGIN), Ok(()), "{good}");
        }
        assert_eq!(
            check_url("http://127.0.0.1:8080/c.json", "http://127.0.0.1:8080"),
            Ok(())
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "http://procedures.example/",
            "//evil.example/",
            "/\\evil.example",
            "procedures.html",
            "https://",
            "",
            "https://a b",
            "ftp://x.example/",
            "http://www.westmere.example.evil/",
            "https\u{0}://x",
        ] {
            assert!(check_url(bad, ORIGIN).is_err(), "{bad} refused");
        }
    }

    #[test]
    fn origins_are_exact() {
        assert_eq!(check_origin("https://www.westmere.example"), Ok(()));
        assert_eq!(check_origin("https://www.westmere.example:8443"), Ok(()));
        assert_eq!(check_origin("http://127.0.0.1:8080"), Ok(()));
        for bad in [
            "*",
            "https://x.example/",
            "https://x.example/path",
            "http://x.example",
            "null",
            "https://",
            "https://x.example?q",
        ] {
            assert!(check_origin(bad).is_err(), "{bad} refused");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        let ratio = |a: &str, b: &str| {
            contrast_ratio(parse_hex_colour(a).unwrap(), parse_hex_colour(b).unwrap())
        };
        assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((ratio("#777777", "#ffffff") - 4.48).abs() < 0.01);
        assert!((ratio("#1d70b8", "#ffffff") - 5.17).abs() < 0.01);
        assert_eq!(check_accent_colour("#1d70b8"), Ok(()));
        assert_eq!(check_accent_colour("#00703c"), Ok(()));
        let yellow = check_accent_colour("#ffdd00").unwrap_err();
        assert!(
            yellow.contains("below 4.5:1") && !yellow.contains("below 3:1"),
            "{yellow}"
        );
        let black = check_accent_colour("#000000").unwrap_err();
        assert!(
            black.contains("below 3:1") && !black.contains("below 4.5:1"),
            "{black}"
        );
        for bad in ["red", "#fff", "#12345g", "1d70b8", "#1d70b8ff"] {
            assert!(
                check_accent_colour(bad).unwrap_err().contains("#rrggbb"),
                "{bad}"
            );
        }
    }

    #[test]
    fn phones_and_emails() {
        for good in [
            "01632 960 100",
            "+44 (0)1632 960100",
            "999",
            "0800-123-4567",
        ] {
            assert_eq!(check_phone(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "call us",
            "12",
            "0163296010012345678",
            "01632 960 100 ext 2",
        ] {
            assert!(check_phone(bad).is_err(), "{bad}");
        }
        assert_eq!(check_email("scp.business@northshire.example"), Ok(()));
        for bad in [
            "",
            "a@b",
            "@b.example",
            "a b@c.example",
            "a@b.example.",
            "<a@b.example>",
        ] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_published_schema_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/schema/partnership-config.schema.json");
        let current = super::super::config::partnership_config_schema();
        if std::env::var_os("REGENERATE_SCHEMA").is_some() {
            std::fs::write(&path, &current).unwrap();
        }
        let published = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            published == current,
            "public/schema/partnership-config.schema.json is stale: run `REGENERATE_SCHEMA=1 cargo test -p referral-assistant embed::validate::tests::the_published_schema_is_up_to_date`"
        );
    }

    #[test]
    fn submission_off_drops_the_endpoint() {
        let loaded = load(
            &FileOutcome::NotAsked,
            &attrs(&[
                (
                    "data-submission-endpoint",
                    "https://api.westmere.example/referrals",
                ),
                ("data-features", "training"),
            ]),
            ORIGIN,
        );
        assert_eq!(loaded.problems, vec![]);
        assert_eq!(loaded.config.submission_endpoint, None);
        assert!(loaded.config.features.training && !loaded.config.features.submission);
    }

    #[test]
    fn an_iframe_needs_the_host_origin() {
        let mut config = PartnershipConfig::demo();
        assert_eq!(iframe_problems(&config)[0].field, "host_origin");
        config.host_origin = Some("https://www.westmere.example".into());
        assert_eq!(iframe_problems(&config), vec![]);
    }

    #[test]
    fn every_attribute_names_a_real_field() {
        for (attribute, path) in ATTRIBUTES {
            let top = path.split('.').next().unwrap_or_default();
            assert!(
                attribute == CONFIG_ATTRIBUTE || FIELDS.contains(&top),
                "{attribute} → {path}"
            );
        }
    }
}
