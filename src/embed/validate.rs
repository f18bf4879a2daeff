//! Building the partnership configuration from its sources and checking it. Pure: no browser.
//!
//! Sources, highest first: attributes on the host element, a same-origin JSON file, the built-in
//! demo. Each source is applied field by field on top of the ones below it; a field that does not
//! parse or does not pass its checks is refused (the value below it stays) and every problem is
//! collected, so a site's web manager sees the whole list at once.

use super::config::{Features, LocalLink, Logo, PartnershipConfig};
use super::json::{self, Fields, Json, JsonError};
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
    /// Which source gave each top-level field in use (not the contacts, taken part by part).
    pub sources: Vec<(&'static str, Source)>,
}

impl LoadedConfig {
    /// Where the value of `field` in use came from.
    pub fn source_of(&self, field: &str) -> Option<Source> {
        self.sources
            .iter()
            .rev()
            .find(|(f, _)| *f == field)
            .map(|(_, source)| *source)
    }
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

/// What a partnership must give (in its file or on the host element), as field paths: without
/// them the tool would show a real partnership's name with nothing, or someone else's, beside it.
pub const REQUIRED: [&str; 9] = [
    "name",
    "local_authorities",
    "business_unit.phone",
    "business_unit.hours",
    "childrens_social_care.phone",
    "childrens_social_care.hours",
    "out_of_hours.phone",
    "out_of_hours.hours",
    "quick_exit_url",
];

/// The contact fields: each of their parts is taken or refused on its own.
const CONTACTS: [&str; 3] = ["business_unit", "childrens_social_care", "out_of_hours"];

/// Host element attributes: (attribute, field path). `data-config` names the file and
/// `data-debug` asks for the web manager's notice on the page; neither is a field.
pub const ATTRIBUTES: [(&str, &str); 19] = [
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
    ("data-debug", ""),
];

/// The attribute naming the configuration file.
pub const CONFIG_ATTRIBUTE: &str = "data-config";

/// The attribute that shows the configuration notice on the page (it is always in the console).
pub const DEBUG_ATTRIBUTE: &str = "data-debug";

/// The largest configuration file read: a partnership's file is about 1 KB.
pub const MAX_FILE_BYTES: usize = 100 * 1024;

/// The body text colour the accent must stand apart from (GOV.UK `$govuk-text-colour`).
pub const TEXT_COLOUR: &str = "#0b0c0c";

/// Whether the host element configures a partnership (names a file or sets any field). Only a
/// page that configures nothing shows the built-in demonstration.
pub fn is_configured(attributes: &[(String, String)]) -> bool {
    attributes.iter().any(|(name, _)| {
        let name = name.to_ascii_lowercase();
        name != DEBUG_ATTRIBUTE && ATTRIBUTES.iter().any(|(attribute, _)| *attribute == name)
    })
}

/// Builds the configuration. A page that configures nothing gets the demonstration; otherwise
/// the file, then the attributes, on a base with none of the demonstration's values, and every
/// required field that no source gives is a problem.
/// `origin` is the page's origin (`https://www.example.org`), for the same-origin checks.
pub fn load(file: &FileOutcome, attributes: &[(String, String)], origin: &str) -> LoadedConfig {
    let configured = is_configured(attributes) || !matches!(file, FileOutcome::NotAsked);
    let mut config = if configured {
        PartnershipConfig::unconfigured()
    } else {
        PartnershipConfig::demo()
    };
    let mut problems = Vec::new();
    let mut sources = Vec::new();
    let mut layers = Vec::new();
    match file {
        FileOutcome::NotAsked => {}
        FileOutcome::Failed(why) => problems.push(ConfigProblem {
            source: Source::File,
            field: "file".into(),
            message: format!("{why} Nothing from it is used."),
        }),
        FileOutcome::Fetched(text) if text.len() > MAX_FILE_BYTES => problems.push(ConfigProblem {
            source: Source::File,
            field: "file".into(),
            message: format!(
                "is {}: a configuration file may be at most {}. Nothing from it is used.",
                size_in_words(text.len()),
                size_in_words(MAX_FILE_BYTES)
            ),
        }),
        FileOutcome::Fetched(text) => match json::parse(text) {
            Ok(Json::Group(layer)) => layers.push((Source::File, layer)),
            Ok(other) => problems.push(ConfigProblem {
                source: Source::File,
                field: "file".into(),
                message: format!(
                    "must be a group of fields in braces, {{ \"name\": \"…\", … }}, but it is {}. Nothing from it is used.",
                    kind(&other)
                ),
            }),
            Err(error) => problems.push(ConfigProblem {
                source: Source::File,
                field: "file".into(),
                message: format!("is not valid JSON: {} Nothing from it is used.", json_error_in_words(error)),
            }),
        },
    }
    layers.push((
        Source::Attribute,
        attributes_layer(attributes, &mut problems),
    ));
    for (source, layer) in &layers {
        apply_layer(
            &mut config,
            layer,
            *source,
            origin,
            &mut problems,
            &mut sources,
        );
    }
    if configured {
        let source = if matches!(file, FileOutcome::NotAsked) {
            Source::Attribute
        } else {
            Source::File
        };
        for path in REQUIRED {
            let given = layers.iter().any(|(_, layer)| has_path(layer, path));
            let (top, _) = path.split_once('.').unwrap_or((path, ""));
            let reported = problems.iter().any(|problem| {
                problem.field == path
                    || problem.field == top
                    || problem.field.starts_with(&format!("{path}["))
            });
            if !given && !reported {
                problems.push(ConfigProblem {
                    source,
                    field: path.into(),
                    message: missing_in_words(path),
                });
            }
        }
    }
    // Submission switched off: the endpoint is not used, whatever else sets it.
    if !config.features.submission {
        config.submission_endpoint = None;
    }
    LoadedConfig {
        config,
        problems,
        sources,
    }
}

/// What the tool does while a required field is not given.
fn missing_in_words(path: &str) -> String {
    let shown = if path == "quick_exit_url" {
        "quick exit goes to a neutral weather page until it is".to_owned()
    } else {
        "the tool leaves it out until it is".to_owned()
    };
    format!("is not set, in the configuration file or on the host element: {shown}.")
}

/// Whether `layer` gives `path` (`name`, `business_unit.phone`).
fn has_path(layer: &Fields, path: &str) -> bool {
    match path.split_once('.') {
        None => layer.contains(path),
        Some((top, part)) => layer
            .get(top)
            .and_then(Json::as_group)
            .is_some_and(|group| group.contains(part)),
    }
}

/// A size as a web manager reads it: bytes, KB or MB.
pub fn size_in_words(bytes: usize) -> String {
    // Whole numbers only: float formatting would add about 14 KB to the widget's first module.
    const KB: usize = 1024;
    const MB: usize = KB * KB;
    if bytes < KB {
        format!("{bytes} bytes")
    } else if bytes < MB {
        format!("{} KB", bytes.div_ceil(KB))
    } else {
        let tenths = (bytes * 10 + MB / 2) / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// Where and how a file fails to be JSON, without the parser's own phrasing.
fn json_error_in_words(error: JsonError) -> String {
    match error {
        JsonError::EndsEarly => "it ends too early (a closing } or ] or quotation mark is missing).".into(),
        JsonError::Mistake { line, column } => format!(
            "there is a mistake on line {line}, at character {column} (often a missing comma or quotation mark, or one too many)."
        ),
    }
}

/// What a JSON value is, in words.
fn kind(value: &Json) -> &'static str {
    match value {
        Json::Null => "null (empty)",
        Json::Bool(_) => "true or false",
        Json::Number(_) => "a number",
        Json::Text(_) => "text",
        Json::List(_) => "a list in square brackets",
        Json::Group(_) => "a group of fields in braces",
    }
}

/// What a field's value must be.
#[derive(Clone, Copy)]
enum Expect {
    /// Text, with an example.
    Text(&'static str),
    /// `true` or `false`.
    YesNo,
}

/// Checks that `value` is what `expect` says; otherwise says so in words.
fn expect(path: &str, value: &Json, expect: Expect, found: &mut Vec<(String, String)>) {
    match (expect, value) {
        (Expect::Text(_), Json::Text(_)) | (Expect::YesNo, Json::Bool(_)) => {}
        (Expect::Text(example), other) => found.push((
            path.into(),
            format!(
                "must be text, for example \"{example}\" (it is {} here).",
                kind(other)
            ),
        )),
        (Expect::YesNo, other) => found.push((
            path.into(),
            format!("must be true or false (it is {} here).", kind(other)),
        )),
    }
}

/// Checks a group of fields: each part has its form, unknown parts are named, and `required`
/// parts are present.
fn expect_group(
    path: &str,
    value: &Json,
    parts: &[(&str, Expect)],
    required: &[&str],
    example: &str,
    found: &mut Vec<(String, String)>,
) {
    let Json::Group(group) = value else {
        found.push((
            path.into(),
            format!(
                "must be a group of fields in braces, for example {example} (it is {} here).",
                kind(value)
            ),
        ));
        return;
    };
    for (key, part) in group.iter() {
        match parts.iter().find(|(name, _)| *name == key) {
            Some((_, form)) => expect(&format!("{path}.{key}"), part, *form, found),
            None => {
                let known: Vec<&str> = parts.iter().map(|(name, _)| *name).collect();
                found.push((
                    format!("{path}.{key}"),
                    format!("is not one of this group's fields ({}).", known.join(", ")),
                ));
            }
        }
    }
    for name in required {
        if !group.contains(name) {
            found.push((format!("{path}.{name}"), "is missing.".into()));
        }
    }
}

const CONTACT_PARTS: [(&str, Expect); 3] = [
    ("phone", Expect::Text("0300 123 4567")),
    ("email", Expect::Text("team@example.org")),
    ("hours", Expect::Text("Monday to Friday, 9am to 5pm")),
];

/// Problems with the form of one top-level field's value (text where text is needed, and so on),
/// in words a web manager can act on.
pub fn form_problems(field: &str, value: &Json) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let optional = matches!(
        field,
        "submission_endpoint" | "logo" | "accent_colour" | "host_origin"
    );
    if optional && *value == Json::Null {
        return found;
    }
    match field {
        "name" => expect(field, value, Expect::Text("Westmere Safeguarding Children Partnership"), &mut found),
        "quick_exit_url" => expect(field, value, Expect::Text("https://www.bbc.co.uk/weather"), &mut found),
        "submission_endpoint" => expect(field, value, Expect::Text("https://api.example.org/referrals"), &mut found),
        "accent_colour" => expect(field, value, Expect::Text("#1d70b8"), &mut found),
        "host_origin" => expect(field, value, Expect::Text("https://www.example.org"), &mut found),
        "local_authorities" => match value {
            Json::List(items) => {
                for (index, item) in items.iter().enumerate() {
                    expect(&format!("{field}[{index}]"), item, Expect::Text("Westmere"), &mut found);
                }
            }
            other => found.push((
                field.into(),
                format!(
                    "must be a list of text in square brackets, for example [\"Westmere\", \"Lowbridge\"] (it is {} here).",
                    kind(other)
                ),
            )),
        },
        "business_unit" | "childrens_social_care" | "out_of_hours" => expect_group(
            field,
            value,
            &CONTACT_PARTS,
            &[],
            "{ \"phone\": \"0300 123 4567\", \"hours\": \"Monday to Friday, 9am to 5pm\" }",
            &mut found,
        ),
        "links" => match value {
            Json::List(items) => {
                for (index, item) in items.iter().enumerate() {
                    expect_group(
                        &format!("{field}[{index}]"),
                        item,
                        &[("text", Expect::Text("Child protection procedures")), ("href", Expect::Text("https://procedures.example.org/"))],
                        &["text", "href"],
                        "{ \"text\": \"Child protection procedures\", \"href\": \"https://procedures.example.org/\" }",
                        &mut found,
                    );
                }
            }
            other => found.push((
                field.into(),
                format!(
                    "must be a list in square brackets, for example [{{ \"text\": \"Child protection procedures\", \"href\": \"https://procedures.example.org/\" }}] (it is {} here).",
                    kind(other)
                ),
            )),
        },
        "inactivity_minutes" if value.as_u32().is_none() => {
            let shown = match value {
                Json::Number(number) => format!("not {number}"),
                other => format!("it is {} here", kind(other)),
            };
            found.push((
                field.into(),
                format!("must be a whole number of minutes, for example 20 ({shown})."),
            ));
        }
        "logo" => expect_group(
            field,
            value,
            &[("src", Expect::Text("/images/logo.svg")), ("alt", Expect::Text("Westmere SCP"))],
            &["src", "alt"],
            "{ \"src\": \"/images/logo.svg\", \"alt\": \"Westmere SCP\" }",
            &mut found,
        ),
        "features" => expect_group(
            field,
            value,
            &[("submission", Expect::YesNo), ("training", Expect::YesNo)],
            &[],
            "{ \"submission\": false, \"training\": true }",
            &mut found,
        ),
        _ => {}
    }
    found
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
fn attributes_layer(attributes: &[(String, String)], problems: &mut Vec<ConfigProblem>) -> Fields {
    let mut layer = Fields::new();
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
            "local_authorities" => Json::List(
                value
                    .split([';', ','])
                    .map(|authority| Json::Text(authority.trim().to_owned()))
                    .collect(),
            ),
            "inactivity_minutes" => match value.parse::<u32>() {
                Ok(minutes) => Json::Number(minutes.to_string()),
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
                let mut features = Fields::new();
                for feature in ["submission", "training"] {
                    features.insert(feature, Json::Bool(words.contains(&feature)));
                }
                Json::Group(features)
            }
            _ => Json::Text(value.to_owned()),
        };
        match path.split_once('.') {
            Some((parent, child)) => {
                let mut group = layer
                    .get(parent)
                    .and_then(Json::as_group)
                    .cloned()
                    .unwrap_or_default();
                group.insert(child, json);
                layer.insert(parent, Json::Group(group));
            }
            None => layer.insert(path, json),
        }
    }
    layer
}

/// Applies one source's fields on top of `config`, refusing (and reporting) each bad one. A
/// contact's parts (phone, email, hours) are taken or refused one by one.
fn apply_layer(
    config: &mut PartnershipConfig,
    layer: &Fields,
    source: Source,
    origin: &str,
    problems: &mut Vec<ConfigProblem>,
    sources: &mut Vec<(&'static str, Source)>,
) {
    let mut report = |found: Vec<(String, String)>, suffix: &str| {
        problems.extend(found.into_iter().map(|(field, message)| ConfigProblem {
            source,
            field,
            message: format!("{message}{suffix}"),
        }));
    };
    for (key, _) in layer.iter() {
        if !FIELDS.contains(&key) {
            report(
                vec![(
                    key.to_owned(),
                    "is not a configuration field; it is ignored.".into(),
                )],
                "",
            );
        }
    }
    for field in FIELDS {
        let Some(value) = layer.get(field) else {
            continue;
        };
        if CONTACTS.contains(&field) {
            let form = form_problems(field, value);
            report(form.clone(), " It is ignored.");
            for (part, given) in value.as_group().into_iter().flat_map(Fields::iter) {
                let path = format!("{field}.{part}");
                let Some(text) = given
                    .as_str()
                    .filter(|_| !form.iter().any(|(p, _)| *p == path))
                else {
                    continue;
                };
                let contact = match field {
                    "business_unit" => &mut config.business_unit,
                    "childrens_social_care" => &mut config.childrens_social_care,
                    _ => &mut config.out_of_hours,
                };
                match check_contact_part(part, text) {
                    Ok(()) => match part {
                        "phone" => contact.phone = text.to_owned(),
                        "hours" => contact.hours = text.to_owned(),
                        _ => contact.email = Some(text.to_owned()),
                    },
                    Err(message) => report(vec![(path, message)], " The value is ignored."),
                }
            }
            continue;
        }
        // An attribute sets part of the logo (`data-logo-src`): the other part stays.
        let merged;
        let value = match (source, field, &config.logo, value) {
            (Source::Attribute, "logo", Some(below), Json::Group(part)) => {
                let mut whole = Fields::new();
                whole.insert("src", Json::Text(below.src.clone()));
                whole.insert("alt", Json::Text(below.alt.clone()));
                for (name, given) in part.iter() {
                    whole.insert(name, given.clone());
                }
                merged = Json::Group(whole);
                &merged
            }
            _ => value,
        };
        let form = form_problems(field, value);
        if !form.is_empty() {
            report(form, " It is ignored.");
            continue;
        }
        let mut candidate = config.clone();
        set_field(&mut candidate, field, value);
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
            sources.push((field, source));
        } else {
            report(found, " The value is ignored.");
        }
    }
}

/// Sets one top-level field (not a contact) from a value whose form [`form_problems`] has passed.
/// Read straight from the JSON value, without serde's derive: this runs in the widget's first
/// module, which must stay small.
fn set_field(config: &mut PartnershipConfig, field: &str, value: &Json) {
    let text = |value: &Json| value.as_str().unwrap_or_default().to_owned();
    let part = |value: &Json, name: &str| value.get(name).map(text).unwrap_or_default();
    let optional = || value.as_str().map(str::to_owned);
    match field {
        "name" => config.name = text(value),
        "local_authorities" => {
            config.local_authorities = value.as_list().into_iter().flatten().map(text).collect();
        }
        "links" => {
            config.links = value
                .as_list()
                .into_iter()
                .flatten()
                .map(|link| LocalLink {
                    text: part(link, "text"),
                    href: part(link, "href"),
                })
                .collect();
        }
        "quick_exit_url" => config.quick_exit_url = text(value),
        "inactivity_minutes" => {
            if let Some(minutes) = value.as_u32() {
                config.inactivity_minutes = minutes;
            }
        }
        "submission_endpoint" => config.submission_endpoint = optional(),
        "logo" => {
            config.logo = value.as_group().is_some().then(|| Logo {
                src: part(value, "src"),
                alt: part(value, "alt"),
            });
        }
        "accent_colour" => config.accent_colour = optional(),
        "features" => {
            // A part not given takes its default, as the schema says (not the value below).
            let on = |name: &str, default: bool| {
                value.get(name).and_then(Json::as_bool).unwrap_or(default)
            };
            let default = Features::default();
            config.features = Features {
                submission: on("submission", default.submission),
                training: on("training", default.training),
            };
        }
        "host_origin" => config.host_origin = optional(),
        _ => {}
    }
}

/// Checks one part of a contact (`phone`, `email` or `hours`) given as text.
fn check_contact_part(part: &str, text: &str) -> Result<(), String> {
    match part {
        "phone" => check_phone(text),
        "email" => check_email(text),
        _ if text.trim().is_empty() => Err("must say when the line is answered.".into()),
        _ => Ok(()),
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

/// A ratio to two decimal places, without float formatting (see [`size_in_words`]).
fn two_places(ratio: f64) -> String {
    let hundredths = (ratio * 100.0).round() as u64;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
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
            "white text on it has a contrast ratio of {}:1, below 4.5:1",
            two_places(white)
        ));
    }
    if text < 3.0 {
        reasons.push(format!(
            "against the text colour {TEXT_COLOUR} it has {}:1, below 3:1",
            two_places(text)
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
        assert!(!loaded
            .config
            .local_authorities
            .iter()
            .any(|a| a.starts_with(rules::FICTIONAL)));
        assert!(PartnershipConfig::demo()
            .local_authorities
            .iter()
            .all(|a| a.starts_with(rules::FICTIONAL)));
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
        // Where each value in use came from (the register check names its source).
        assert_eq!(
            loaded.source_of("local_authorities"),
            Some(Source::Attribute)
        );
        assert_eq!(loaded.source_of("quick_exit_url"), Some(Source::File));
        assert_eq!(loaded.source_of("host_origin"), None);
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
    fn malformed_json_is_described_in_words_and_nothing_of_the_demo_shows() {
        let loaded = load(
            &FileOutcome::Fetched("{ \"name\": ".into()),
            &attrs(&[("data-config", "/c.json"), ("data-name", "Still Applied")]),
            ORIGIN,
        );
        assert_eq!(loaded.problems[0].field, "file");
        assert_eq!(
            loaded.problems[0].message,
            "is not valid JSON: it ends too early (a closing } or ] or quotation mark is missing). Nothing from it is used."
        );
        assert_eq!(
            loaded.config.name, "Still Applied",
            "attributes still apply"
        );
        assert_eq!(
            loaded.config.business_unit.phone, "",
            "no demonstration number"
        );
        assert!(loaded.config.links.is_empty(), "no demonstration link");
        let loaded = load(
            &FileOutcome::Fetched("{ \"name\": \"A\" \"x\": 1 }".into()),
            &[],
            ORIGIN,
        );
        assert!(
            loaded.problems[0]
                .message
                .starts_with("is not valid JSON: there is a mistake on line 1, at character 15"),
            "{}",
            loaded.problems[0]
        );
        let loaded = load(&FileOutcome::Fetched("[1]".into()), &[], ORIGIN);
        assert!(loaded.problems[0]
            .message
            .contains("but it is a list in square brackets"));
    }

    #[test]
    fn an_unreachable_file_is_reported_and_the_demo_is_not_used() {
        let loaded = load(
            &FileOutcome::Failed("/nope.json could not be loaded (404).".into()),
            &attrs(&[("data-config", "/nope.json")]),
            ORIGIN,
        );
        assert_eq!(loaded.config, PartnershipConfig::unconfigured());
        assert_eq!(
            loaded.problems[0].to_string(),
            "file (configuration file): /nope.json could not be loaded (404). Nothing from it is used."
        );
        let missing: Vec<&str> = loaded.problems[1..]
            .iter()
            .map(|p| p.field.as_str())
            .collect();
        assert_eq!(
            missing,
            REQUIRED.to_vec(),
            "every required field is reported missing"
        );
    }

    #[test]
    fn a_name_alone_never_brings_the_demonstration_contacts() {
        let loaded = load(
            &FileOutcome::NotAsked,
            &attrs(&[
                ("data-name", "Ceeton Partnership"),
                ("data-childrens-social-care-phone", "01632 960 777"),
            ]),
            ORIGIN,
        );
        let config = &loaded.config;
        assert_eq!(config.name, "Ceeton Partnership");
        assert_eq!(config.childrens_social_care.phone, "01632 960 777");
        assert_eq!(config.childrens_social_care.hours, "");
        assert!(!config.childrens_social_care.is_given());
        assert!(!config.out_of_hours.is_given() && !config.business_unit.is_given());
        assert!(config.local_authorities.is_empty() && config.links.is_empty());
        let demo = PartnershipConfig::demo();
        let text = serde_json::to_string(config).unwrap();
        for demo_value in [
            demo.business_unit.phone.as_str(),
            demo.childrens_social_care.phone.as_str(),
            demo.out_of_hours.phone.as_str(),
            "Northshire",
            "Eastborough",
            "northshire.example",
        ] {
            assert!(!text.contains(demo_value), "{demo_value} in {text}");
        }
        let fields: Vec<&str> = loaded.problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "local_authorities",
                "business_unit.phone",
                "business_unit.hours",
                "childrens_social_care.hours",
                "out_of_hours.phone",
                "out_of_hours.hours",
                "quick_exit_url",
            ]
        );
        assert!(loaded
            .problems
            .iter()
            .all(|p| p.source == Source::Attribute));
        assert_eq!(
            config.quick_exit_url,
            super::super::config::NEUTRAL_EXIT,
            "quick exit still leaves"
        );
        assert!(loaded.problems[6].message.contains("neutral weather page"));
    }

    #[test]
    fn a_debug_attribute_alone_configures_nothing() {
        let loaded = load(
            &FileOutcome::NotAsked,
            &attrs(&[("data-debug", ""), ("id", "x")]),
            ORIGIN,
        );
        assert_eq!(loaded.config, PartnershipConfig::demo());
        assert_eq!(loaded.problems, vec![]);
    }

    #[test]
    fn wrong_forms_are_described_in_plain_english() {
        let file = serde_json::json!({
            "name": 12,
            "local_authorities": "Westmere",
            "business_unit": { "phone": 3001234567u64, "hours": "9 to 5", "fax": "0300" },
            "childrens_social_care": "0300 123 4567",
            "out_of_hours": { "phone": "0300 123 4567", "hours": true },
            "links": [{ "text": "Procedures" }, "https://x.example/"],
            "quick_exit_url": ["https://www.example.org/"],
            "inactivity_minutes": 2.5,
            "logo": { "src": "/logo.svg" },
            "features": { "submission": "yes" },
            "accent_colour": null
        });
        let loaded = load(&FileOutcome::Fetched(file.to_string()), &[], ORIGIN);
        let said: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
        for expected in [
            "name (configuration file): must be text, for example \"Westmere Safeguarding Children Partnership\" (it is a number here). It is ignored.",
            "local_authorities (configuration file): must be a list of text in square brackets, for example [\"Westmere\", \"Lowbridge\"] (it is text here). It is ignored.",
            "business_unit.phone (configuration file): must be text, for example \"0300 123 4567\" (it is a number here). It is ignored.",
            "business_unit.fax (configuration file): is not one of this group's fields (phone, email, hours). It is ignored.",
            "childrens_social_care (configuration file): must be a group of fields in braces, for example { \"phone\": \"0300 123 4567\", \"hours\": \"Monday to Friday, 9am to 5pm\" } (it is text here). It is ignored.",
            "out_of_hours.hours (configuration file): must be text, for example \"Monday to Friday, 9am to 5pm\" (it is true or false here). It is ignored.",
            "links[0].href (configuration file): is missing. It is ignored.",
            "links[1] (configuration file): must be a group of fields in braces",
            "quick_exit_url (configuration file): must be text, for example \"https://www.bbc.co.uk/weather\" (it is a list in square brackets here). It is ignored.",
            "inactivity_minutes (configuration file): must be a whole number of minutes, for example 20 (not 2.5). It is ignored.",
            "logo.alt (configuration file): is missing. It is ignored.",
            "features.submission (configuration file): must be true or false (it is text here). It is ignored.",
        ] {
            assert!(said.iter().any(|line| line.starts_with(expected)), "{expected}\n{said:#?}");
        }
        for line in &said {
            for parser_phrase in [
                "expected",
                "invalid type",
                "u32",
                "struct",
                "sequence",
                "map",
                "unknown field",
                "at line",
            ] {
                assert!(!line.contains(parser_phrase), "{line}");
            }
        }
        assert_eq!(
            loaded.config.business_unit.hours, "9 to 5",
            "the good part of a contact is used"
        );
        assert_eq!(loaded.config.business_unit.phone, "");
        assert_eq!(loaded.config.out_of_hours.phone, "0300 123 4567");
        assert_eq!(
            loaded.config.accent_colour, None,
            "null is allowed for an optional field"
        );
        assert!(!said.iter().any(|line| line.starts_with("accent_colour")));
    }

    #[test]
    fn a_logo_attribute_changes_the_file_s_logo_part_by_part() {
        let mut file = valid_file();
        file["logo"] = serde_json::json!({ "src": "/logo.svg", "alt": "Westmere SCP" });
        let loaded = load(
            &FileOutcome::Fetched(file.to_string()),
            &attrs(&[("data-logo-src", "/other-logo.svg")]),
            ORIGIN,
        );
        assert_eq!(loaded.problems, vec![]);
        let logo = loaded.config.logo.unwrap();
        assert_eq!(
            (logo.src.as_str(), logo.alt.as_str()),
            ("/other-logo.svg", "Westmere SCP")
        );
        let loaded = load(
            &FileOutcome::Fetched(valid_file().to_string()),
            &attrs(&[("data-logo-src", "/other-logo.svg")]),
            ORIGIN,
        );
        assert_eq!(
            loaded.problems[0].to_string(),
            "logo.alt (host element attribute): is missing. It is ignored."
        );
        assert_eq!(loaded.config.logo, None);
    }

    #[test]
    fn a_file_too_large_is_refused_with_its_size() {
        let big = format!("{{ \"name\": \"{}\" }}", "x".repeat(2 * 1024 * 1024));
        let loaded = load(&FileOutcome::Fetched(big), &[], ORIGIN);
        assert_eq!(
            loaded.problems[0].message,
            "is 2.0 MB: a configuration file may be at most 100 KB. Nothing from it is used."
        );
        assert_eq!(size_in_words(900), "900 bytes");
        assert_eq!(size_in_words(1024 * 100 + 1), "101 KB");
        assert_eq!(size_in_words(3 * 1024 * 1024 / 2), "1.5 MB");
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
                "colour",
                "name",
                "local_authorities",
                "business_unit.email",
                "business_unit.hours",
                "business_unit.phone",
                "links[0].href",
                "links[1].text",
                "links[1].href",
                "quick_exit_url",
                "inactivity_minutes",
                "submission_endpoint",
                "logo.alt",
                "accent_colour",
                "host_origin",
                "out_of_hours.phone",
                "out_of_hours.hours",
            ]
        );
        assert!(loaded.problems.iter().all(|p| p.source == Source::File));
        let base = PartnershipConfig::unconfigured();
        let config = &loaded.config;
        assert_eq!(config.name, base.name);
        assert_eq!(config.business_unit, base.business_unit);
        assert_eq!(config.links, base.links);
        assert_eq!(config.quick_exit_url, base.quick_exit_url);
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
                "host_origin",
                // Set by no source: reported, and nothing of the demonstration's fills them.
                "name",
                "local_authorities",
                "business_unit.phone",
                "business_unit.hours",
                "childrens_social_care.phone",
                "childrens_social_care.hours",
                "out_of_hours.hours",
            ]
        );
        assert_eq!(loaded.config, PartnershipConfig::unconfigured());
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
        crate::assert_published_schema_is(
            "partnership-config.schema.json",
            &super::super::config::partnership_config_schema(),
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
        assert!(loaded
            .problems
            .iter()
            .all(|problem| problem.message.starts_with("is not set")));
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
                attribute == CONFIG_ATTRIBUTE
                    || attribute == DEBUG_ATTRIBUTE
                    || FIELDS.contains(&top),
                "{attribute} → {path}"
            );
        }
    }
}
