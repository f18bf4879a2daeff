//! The place register: every UK principal local authority, and what a practitioner types
//! resolved to the English authority with children's services functions on the incident date.
//!
//! The s16C duty is the local authority's (Children Act 2004 s16C(1)), and "local authority"
//! there is the one with children's social services functions: for a shire district, its
//! county (Maidstone → Kent County Council); for a unitary, a metropolitan district, a London
//! borough or the City of London, itself. Local government changes, so the authority is the
//! one in force **on the incident date** (Cumbria until 31 March 2023, then Cumberland or
//! Westmorland and Furness; Woking is Surrey's until 31 March 2027, then West Surrey's).
//!
//! The data is `data/uk-local-authorities.csv` (see `data/README.md` for its source, licence
//! credit and the date it was last checked), compiled in and read once, on first use.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate};

use crate::dates::{long_date, parse_iso_date};

/// When the register was last checked against its source and the government's decisions.
pub const REGISTER_CHECKED: &str = "26 November 2026";
/// Where the register comes from.
pub const REGISTER_SOURCE: &str =
    "mySociety, \u{201c}UK Local Authorities (past and current)\u{201d}, version 1.6.1 (July 2025), with the Surrey reorganisation of 1 April 2027 added";
/// The credit the data's licence (CC BY 4.0) requires, word for word.
pub const REGISTER_CREDIT: &str = "Contains data from mySociety (CC BY 4.0), which contains public sector information licensed under the Open Government Licence v3.0";

const CSV: &str = include_str!("../data/uk-local-authorities.csv");

/// The four nations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nation {
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

impl Nation {
    /// "England", "Wales", "Scotland", "Northern Ireland".
    pub fn name(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
            Nation::Scotland => "Scotland",
            Nation::NorthernIreland => "Northern Ireland",
        }
    }
}

/// Whether an authority exists today, was abolished, or is decided but not yet created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Current,
    Abolished,
    Planned,
}

/// One principal local authority.
#[derive(Debug, PartialEq, Eq)]
pub struct Authority {
    /// ONS GSS code ("E10000016"), or `planned:…` until ONS assigns one.
    pub code: &'static str,
    /// The everyday name ("Kent").
    pub name: &'static str,
    /// The council's name ("Kent County Council").
    pub official_name: &'static str,
    pub nation: Nation,
    /// ONS type: UA, MD, LBO, CC, CTY, NMD (England); WPA, SCO, NID.
    pub kind: &'static str,
    /// England: the code of the authority with children's services functions for this area.
    pub children_services: Option<&'static str>,
    /// The first day in force, where it began since 2019 (earlier start dates are the
    /// source's record-keeping, not reorganisations).
    pub start: Option<NaiveDate>,
    /// The first day no longer in force (the successor's first day).
    pub end: Option<NaiveDate>,
    /// Codes of the successors of an abolished (or to be abolished) authority.
    pub replaced_by: Vec<&'static str>,
    pub status: Status,
    /// Other names and spellings ("Barking & Dagenham").
    pub alt_names: Vec<&'static str>,
    /// The council's page is `https://www.gov.uk/find-local-council/<slug>`.
    pub gov_uk_slug: Option<&'static str>,
}

impl Authority {
    /// In force on `d`.
    pub fn in_force_on(&self, d: NaiveDate) -> bool {
        self.start.is_none_or(|s| s <= d) && self.end.is_none_or(|e| d < e)
    }

    /// This authority has children's services functions (it holds the s16C duty for its area).
    pub fn has_childrens_services(&self) -> bool {
        self.children_services == Some(self.code)
    }

    fn ended_by(&self, d: NaiveDate) -> bool {
        self.end.is_some_and(|e| e <= d)
    }

    fn not_yet_on(&self, d: NaiveDate) -> bool {
        self.start.is_some_and(|s| d < s)
    }
}

struct Register {
    all: Vec<Authority>,
    /// Indices into `all`, sorted by code ignoring case.
    codes: Vec<u16>,
    /// (normalised name, index into `all`), sorted: names, official names, alternative names.
    keys: Vec<(String, u16)>,
    /// The letters of each key, in `keys` order, to rule out most keys before measuring
    /// their distance from an unknown name.
    shapes: Vec<Shape>,
    /// (folded label, index), for suggestions as the user types.
    labels: Vec<(String, u16)>,
    /// Every date on which some English authority began or ended, ascending.
    changes: Vec<NaiveDate>,
}

fn register() -> &'static Register {
    static REGISTER: OnceLock<Register> = OnceLock::new();
    REGISTER.get_or_init(load)
}

/// Every word start of every label, (label, byte offset), sorted by the label's text from
/// there on: the labels with a word beginning with what was typed are one range. Built on the
/// first keystroke, not before (resolving a name does not need it).
fn word_starts() -> &'static [(u16, u16)] {
    static STARTS: OnceLock<Vec<(u16, u16)>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let labels = &register().labels;
        let mut starts: Vec<(u16, u16)> = Vec::new();
        for (l, (label, _)) in labels.iter().enumerate() {
            let bytes = label.as_bytes();
            for at in 0..bytes.len() {
                if at == 0 || bytes[at - 1] == b' ' {
                    starts.push((l as u16, at as u16));
                }
            }
        }
        starts.sort_by(|a, b| from_word(labels, *a).cmp(from_word(labels, *b)));
        starts
    })
}

fn from_word(labels: &[(String, u16)], (l, at): (u16, u16)) -> &str {
    &labels[l as usize].0[at as usize..]
}

/// How many characters a text has, and how many of each letter or digit (anything else
/// counted together): enough for an upper bound of its Jaro similarity to another.
#[derive(Clone, Copy)]
struct Shape {
    chars: u16,
    counts: [u8; 37],
}

impl Shape {
    fn of(s: &str) -> Shape {
        let mut shape = Shape {
            chars: 0,
            counts: [0; 37],
        };
        for c in s.chars() {
            let slot = match c {
                'a'..='z' => c as usize - 'a' as usize,
                '0'..='9' => 26 + (c as usize - '0' as usize),
                _ => 36,
            };
            shape.chars = shape.chars.saturating_add(1);
            shape.counts[slot] = shape.counts[slot].saturating_add(1);
        }
        shape
    }

    /// At least the Jaro–Winkler similarity of the two texts (strsim's: the prefix bonus
    /// only above 0.7), given their common prefix in characters (at most 4 count). Jaro
    /// matches pair equal characters, so there are no more than the letters they share.
    fn similarity_bound(&self, other: &Shape, prefix: usize) -> f64 {
        let shared: u16 = self
            .counts
            .iter()
            .zip(&other.counts)
            .map(|(a, b)| u16::from(*a.min(b)))
            .sum();
        let m = f64::from(shared.min(self.chars).min(other.chars));
        if m == 0.0 {
            return 0.0;
        }
        let jaro = (m / f64::from(self.chars) + m / f64::from(other.chars) + 1.0) / 3.0;
        if jaro > 0.7 {
            jaro + 0.1 * prefix.min(4) as f64 * (1.0 - jaro)
        } else {
            jaro
        }
    }
}

/// Compares two codes ignoring ASCII case.
fn cmp_code(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_uppercase())
        .cmp(b.bytes().map(|c| c.to_ascii_uppercase()))
}

/// The CSV's fields; a quoted field holds commas but never quotes.
fn fields(line: &'static str) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(13);
    let mut rest = line;
    loop {
        let (field, after) = match rest.strip_prefix('"') {
            Some(r) => {
                let close = r.find('"').unwrap_or(r.len());
                (&r[..close], r.get(close + 1..).unwrap_or(""))
            }
            None => {
                let comma = rest.find(',').unwrap_or(rest.len());
                (&rest[..comma], &rest[comma..])
            }
        };
        out.push(field);
        match after.strip_prefix(',') {
            Some(r) => rest = r,
            None => return out,
        }
    }
}

fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

fn list(s: &'static str) -> Vec<&'static str> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

/// The first day of the next authority: "31 March" and "1 April" in the source both mean the
/// successor took over on 1 April.
fn first_day_after(end: NaiveDate) -> NaiveDate {
    if (end.month(), end.day()) == (3, 31) {
        end + Days::new(1)
    } else {
        end
    }
}

const NOT_BEFORE: NaiveDate = match NaiveDate::from_ymd_opt(2019, 1, 1) {
    Some(d) => d,
    None => panic!(),
};

fn load() -> Register {
    let mut all = Vec::new();
    for line in CSV.lines().skip(1) {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let f = fields(line);
        let col = |i: usize| f.get(i).copied().unwrap_or("");
        all.push(Authority {
            code: col(0),
            name: col(1),
            official_name: col(2),
            nation: match col(3) {
                "Wales" => Nation::Wales,
                "Scotland" => Nation::Scotland,
                "Northern Ireland" => Nation::NorthernIreland,
                _ => Nation::England,
            },
            kind: col(4),
            children_services: non_empty(col(6)),
            start: parse_iso_date(col(7)).filter(|d| *d >= NOT_BEFORE),
            end: parse_iso_date(col(8)).map(first_day_after),
            replaced_by: list(col(9)),
            status: match col(10) {
                "no" => Status::Abolished,
                "planned" => Status::Planned,
                _ => Status::Current,
            },
            alt_names: list(col(11)),
            gov_uk_slug: non_empty(col(12)),
        });
    }
    let mut keys = Vec::new();
    let mut labels = Vec::new();
    for (i, a) in all.iter().enumerate() {
        let i = i as u16;
        for n in [a.name, a.official_name].iter().chain(&a.alt_names) {
            keys.push((normalise(n), i));
            labels.push((fold(n), i));
        }
    }
    keys.sort();
    keys.dedup();
    let shapes = keys.iter().map(|(k, _)| Shape::of(k)).collect();
    labels.sort();
    labels.dedup();
    let mut codes: Vec<u16> = (0..all.len() as u16).collect();
    codes.sort_by(|a, b| cmp_code(all[*a as usize].code, all[*b as usize].code));
    let mut changes: Vec<NaiveDate> = all
        .iter()
        .filter(|a| a.nation == Nation::England)
        .flat_map(|a| [a.start, a.end])
        .flatten()
        .collect();
    changes.sort();
    changes.dedup();
    Register {
        all,
        codes,
        keys,
        shapes,
        labels,
        changes,
    }
}

/// Every authority in the register (432).
pub fn all() -> &'static [Authority] {
    &register().all
}

/// The authority with this code (any case).
pub fn by_code(code: &str) -> Option<&'static Authority> {
    let code = code.trim();
    let r = register();
    let at = r
        .codes
        .partition_point(|i| cmp_code(r.all[*i as usize].code, code).is_lt());
    r.codes
        .get(at)
        .map(|i| &r.all[*i as usize])
        .filter(|a| a.code.eq_ignore_ascii_case(code))
}

/// The English authorities with children's services functions on `d` (153 in 2026).
pub fn childrens_services_authorities_on(d: NaiveDate) -> impl Iterator<Item = &'static Authority> {
    all().iter().filter(move |a| {
        a.nation == Nation::England && a.has_childrens_services() && a.in_force_on(d)
    })
}

// ---------------------------------------------------------------------------------------
// Names as people type them
// ---------------------------------------------------------------------------------------

/// Lower case, "&" → "and", any punctuation → a space, single spaces: "Barking & Dagenham" →
/// "barking and dagenham", "Kingston-upon-Hull" → "kingston upon hull".
pub fn fold(s: &str) -> String {
    let spaced: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c.is_alphanumeric() || c == '&' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let spaced = spaced.replace('&', " and ");
    let words: Vec<&str> = spaced
        .split_whitespace()
        .map(|w| if w == "saint" { "st" } else { w })
        .collect();
    words.join(" ")
}

const PREFIXES: [&[&str]; 6] = [
    &["the"],
    &["london", "borough", "of"],
    &["royal", "borough", "of"],
    &["borough", "of"],
    &["city", "of"],
    &["county"],
];

const SUFFIXES: [&[&str]; 12] = [
    &["london", "borough"],
    &["london", "boro"],
    &["council"],
    &["corporation"],
    &["county"],
    &["borough"],
    &["district"],
    &["metropolitan"],
    &["city"],
    &["city", "of"],
    &["ua"],
    &["mdc"],
];

/// [`fold`], then without what people add or leave out around a name: "London Borough of",
/// "Royal Borough of", "City of", "Council", "County Council", "Borough", "District" and the
/// like. "Kent County Council", "kent" and "KENT" are all "kent"; "City of London" stays
/// (the City is not London).
pub fn normalise(s: &str) -> String {
    let folded = fold(s);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    loop {
        let before = words.len();
        for s in SUFFIXES {
            if words.len() > s.len() && words.ends_with(s) {
                words.truncate(words.len() - s.len());
            }
        }
        for p in PREFIXES {
            if words.len() > p.len() && words.starts_with(p) && words[p.len()..] != ["london"] {
                words.drain(..p.len());
            }
        }
        if words.len() == before {
            return words.join(" ");
        }
    }
}

/// The authorities a text names: by code, or by any of their names.
fn candidates(text: &str) -> Vec<&'static Authority> {
    if let Some(a) = by_code(text) {
        return vec![a];
    }
    let r = register();
    let key = normalise(text);
    if key.is_empty() {
        return Vec::new();
    }
    let from = r.keys.partition_point(|(k, _)| k.as_str() < key.as_str());
    let mut out: Vec<&'static Authority> = r.keys[from..]
        .iter()
        .take_while(|(k, _)| *k == key)
        .map(|(_, i)| &r.all[*i as usize])
        .collect();
    out.dedup_by_key(|a| a.code);
    out
}

// ---------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------

/// What a typed place resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// An English area: the authority with children's services functions there on the date.
    Resolved(Resolved),
    /// An abolished authority whose area is now split between successors: which one?
    AskWhichSuccessor {
        abolished: &'static Authority,
        /// The first day of the successors.
        replaced_on: NaiveDate,
        successors: Vec<&'static Authority>,
    },
    /// An authority not yet in force on the date whose area was then split: which one?
    AskWhichArea {
        matched: &'static Authority,
        options: Vec<&'static Authority>,
    },
    /// An authority in Wales, Scotland or Northern Ireland.
    OtherNation(&'static Authority),
    /// No date was given and the answer changes over time.
    DependsOnDate {
        matched: &'static Authority,
        periods: Vec<Period>,
    },
    /// Not a name in the register: up to three close names.
    Unknown {
        suggestions: Vec<&'static Authority>,
    },
}

/// A resolved English area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The authority with children's services functions (the s16C local authority).
    pub authority: &'static Authority,
    /// The authority the text named ("Maidstone").
    pub matched: &'static Authority,
    /// Why they differ, if they do ("Maidstone is in Kent: Kent County Council provides
    /// children's services there.").
    pub why: Option<String>,
}

/// Who has children's services functions over part of the time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// First day (`None`: since before the register's records).
    pub from: Option<NaiveDate>,
    /// First day after (`None`: to date).
    pub until: Option<NaiveDate>,
    /// One authority, or the successors to choose from.
    pub authorities: Vec<&'static Authority>,
}

impl Resolution {
    /// The authority, if resolved.
    pub fn resolved(&self) -> Option<&Resolved> {
        match self {
            Resolution::Resolved(r) => Some(r),
            _ => None,
        }
    }

    /// The choices offered by a question (or by a date-dependent answer), in register order.
    pub fn options(&self) -> Vec<&'static Authority> {
        let mut out: Vec<&'static Authority> = match self {
            Resolution::Resolved(r) => vec![r.authority],
            Resolution::AskWhichSuccessor { successors, .. } => successors.clone(),
            Resolution::AskWhichArea { options, .. } => options.clone(),
            Resolution::DependsOnDate { periods, .. } => periods
                .iter()
                .flat_map(|p| p.authorities.iter().copied())
                .collect(),
            Resolution::OtherNation(_) | Resolution::Unknown { .. } => Vec::new(),
        };
        out.sort_by_key(|a| a.name);
        out.dedup_by_key(|a| a.code);
        out
    }

    /// In plain English, for an error message or a question.
    pub fn describe(&self, typed: &str) -> String {
        let names = |v: &[&'static Authority]| and_list(v.iter().map(|a| a.name));
        match self {
            Resolution::Resolved(r) => r
                .why
                .clone()
                .unwrap_or_else(|| r.authority.official_name.to_string()),
            Resolution::AskWhichSuccessor {
                abolished,
                replaced_on,
                successors,
            } => format!(
                "{} was {}: say which area",
                abolished.name,
                replaced(*replaced_on, successors)
            ),
            Resolution::AskWhichArea { matched, options } => format!(
                "{} on that date was part of {}: say which area",
                matched.name,
                names(options)
            ),
            Resolution::OtherNation(a) => {
                format!("{} is in {}, not England", a.name, a.nation.name())
            }
            Resolution::DependsOnDate { matched, periods } => {
                let parts: Vec<String> = periods
                    .iter()
                    .map(|p| {
                        let when = match (p.from, p.until) {
                            (None, Some(u)) => format!("before {}", long_date(u)),
                            (Some(f), _) => format!("from {}", long_date(f)),
                            (None, None) => "always".to_string(),
                        };
                        let who = match p.authorities.as_slice() {
                            [one] => one.official_name.to_string(),
                            many => or_list(many.iter().map(|a| a.official_name)),
                        };
                        format!("{when}, {who}")
                    })
                    .collect();
                format!(
                    "the authority for {} depends on the date of the incident: {}",
                    matched.name,
                    parts.join("; ")
                )
            }
            Resolution::Unknown { suggestions } if suggestions.is_empty() => {
                format!(
                    "\u{201c}{}\u{201d} is not a local authority area in the UK",
                    typed.trim()
                )
            }
            Resolution::Unknown { suggestions } => format!(
                "\u{201c}{}\u{201d} is not a local authority area in the UK: did you mean {}?",
                typed.trim(),
                or_list(suggestions.iter().map(|a| a.name))
            ),
        }
    }
}

fn and_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    join_last(items.collect(), " and ")
}

fn or_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    join_last(items.collect(), " or ")
}

fn join_last(v: Vec<&str>, last: &str) -> String {
    match v.split_last() {
        None => String::new(),
        Some((l, [])) => l.to_string(),
        Some((l, rest)) => format!("{}{last}{l}", rest.join(", ")),
    }
}

/// The authority with children's services functions for `a`'s area while `a` is in force.
fn childrens_services(a: &'static Authority) -> &'static Authority {
    a.children_services.and_then(by_code).unwrap_or(a)
}

/// The successors of `a` in force on `d` (following a chain of changes).
fn successors_on(a: &'static Authority, d: NaiveDate, depth: u8) -> Vec<&'static Authority> {
    let mut out = Vec::new();
    for s in a.replaced_by.iter().filter_map(|c| by_code(c)) {
        if s.in_force_on(d) {
            out.push(s);
        } else if s.ended_by(d) && depth < 8 {
            out.extend(successors_on(s, d, depth + 1));
        }
    }
    out
}

/// The authorities in force on `d` that `a` (not yet created on `d`) replaces.
fn predecessors_on(a: &'static Authority, d: NaiveDate, depth: u8) -> Vec<&'static Authority> {
    let mut out = Vec::new();
    for p in all().iter().filter(|p| p.replaced_by.contains(&a.code)) {
        if p.in_force_on(d) {
            out.push(p);
        } else if p.not_yet_on(d) && depth < 8 {
            out.extend(predecessors_on(p, d, depth + 1));
        }
    }
    out
}

/// Which of the candidates the text means on `d`, and the children's services authorities
/// for it then.
fn options_on(
    cands: &[&'static Authority],
    d: NaiveDate,
) -> (&'static Authority, Vec<&'static Authority>) {
    // The candidate in force on the date; otherwise the most recently abolished; otherwise
    // the first one to begin.
    let chosen = cands
        .iter()
        .copied()
        .find(|a| a.in_force_on(d))
        .or_else(|| {
            cands
                .iter()
                .copied()
                .filter(|a| a.ended_by(d))
                .max_by_key(|a| a.end)
        })
        .unwrap_or(cands[0]);
    let via: Vec<&'static Authority> = if chosen.in_force_on(d) {
        vec![chosen]
    } else if chosen.ended_by(d) {
        successors_on(chosen, d, 0)
    } else {
        predecessors_on(chosen, d, 0)
    };
    let mut options: Vec<&'static Authority> = via.into_iter().map(childrens_services).collect();
    options.sort_by_key(|a| a.name);
    options.dedup_by_key(|a| a.code);
    (chosen, options)
}

fn why(matched: &'static Authority, resolved: &'static Authority, d: NaiveDate) -> Option<String> {
    if matched.code == resolved.code {
        return None;
    }
    let provides = format!(
        "{} provides children\u{2019}s services there.",
        resolved.official_name
    );
    Some(if matched.in_force_on(d) {
        format!("{} is in {}: {provides}", matched.name, resolved.name)
    } else if let Some(end) = matched.end.filter(|e| *e <= d) {
        let direct: Vec<&'static Authority> = matched
            .replaced_by
            .iter()
            .filter_map(|c| by_code(c))
            .collect();
        let direct_names = and_list(direct.iter().map(|a| a.name));
        if direct.iter().any(|a| a.code == resolved.code) {
            format!(
                "{} was replaced on {} by {direct_names}: {provides}",
                matched.official_name,
                long_date(end)
            )
        } else {
            format!(
                "{} was replaced on {} by {direct_names}, in {}: {provides}",
                matched.official_name,
                long_date(end),
                resolved.name
            )
        }
    } else {
        let start = matched.start.map(long_date).unwrap_or_default();
        format!(
            "{} begins on {start}: before then, {provides}",
            matched.official_name
        )
    })
}

fn on(cands: &[&'static Authority], d: NaiveDate) -> Resolution {
    let (matched, options) = options_on(cands, d);
    match options.as_slice() {
        [] => Resolution::Unknown {
            suggestions: Vec::new(),
        },
        [one] => Resolution::Resolved(Resolved {
            authority: one,
            matched,
            why: why(matched, one, d),
        }),
        _ => match matched.end.filter(|e| *e <= d) {
            Some(replaced_on) => Resolution::AskWhichSuccessor {
                abolished: matched,
                replaced_on,
                successors: options,
            },
            None => Resolution::AskWhichArea { matched, options },
        },
    }
}

/// What a person typed, resolved on the incident date (`None`: not known).
///
/// Any case, with or without "Council", "County Council", "Borough", "London Borough of",
/// "City of", "and" or "&"; alternative names; a code. A shire district resolves to its
/// county; an abolished authority to its successor on the date, or a question if its area
/// was split; an authority not yet created to the one(s) before it; with no date, the
/// answer where it is the same at every date, or what depends on the date.
pub fn resolve(text: &str, date: Option<NaiveDate>) -> Resolution {
    let cands = candidates(text);
    if cands.is_empty() {
        return Resolution::Unknown {
            suggestions: suggest(text, 3),
        };
    }
    if let Some(other) = cands.iter().find(|a| a.nation != Nation::England) {
        return Resolution::OtherNation(other);
    }
    if let Some(d) = date {
        return on(&cands, d);
    }
    // No date: the answer at every change in the register.
    let changes = &register().changes;
    let mut periods: Vec<Period> = Vec::new();
    let mut last = None;
    let first = changes
        .first()
        .and_then(|d| d.pred_opt())
        .unwrap_or(NOT_BEFORE);
    for (from, d) in std::iter::once((None, first)).chain(changes.iter().map(|d| (Some(*d), *d))) {
        let (_, options) = options_on(&cands, d);
        match periods.last_mut() {
            Some(p) if p.authorities == options => {}
            Some(p) => {
                p.until = from;
                periods.push(Period {
                    from,
                    until: None,
                    authorities: options,
                });
            }
            None => periods.push(Period {
                from,
                until: None,
                authorities: options,
            }),
        }
        last = Some(d);
    }
    let latest = last.unwrap_or(first);
    if periods.len() <= 1 {
        return on(&cands, latest);
    }
    Resolution::DependsOnDate {
        matched: options_on(&cands, latest).0,
        periods,
    }
}

/// "replaced on 1 April 2023 by Cumberland and by Westmorland and Furness": what became of an
/// abolished authority, for every sentence that asks which successor is meant.
pub fn replaced(on: NaiveDate, successors: &[&Authority]) -> String {
    let names: Vec<&str> = successors.iter().map(|a| a.name).collect();
    format!(
        "replaced on {} by {}",
        long_date(on),
        names.join(" and by ")
    )
}

/// Up to `limit` authorities whose names are close to a text that names none.
pub fn suggest(text: &str, limit: usize) -> Vec<&'static Authority> {
    close_names(text, limit, true)
}

/// [`suggest`]; `rule_out`: skip the keys that share too few letters to come near (the tests
/// compare with measuring every key).
fn close_names(text: &str, limit: usize, rule_out: bool) -> Vec<&'static Authority> {
    let q = normalise(text);
    if q.is_empty() {
        return Vec::new();
    }
    let r = register();
    let shape = Shape::of(&q);
    let mut best: Vec<(f64, u16)> = Vec::new();
    for ((key, i), key_shape) in r.keys.iter().zip(&r.shapes) {
        let starts = q.len() >= 3 && key.starts_with(&q);
        // Most keys share too few letters to come near: skip measuring them.
        let prefix = q
            .chars()
            .take(4)
            .zip(key.chars())
            .take_while(|(a, b)| a == b)
            .count();
        if rule_out && !starts && shape.similarity_bound(key_shape, prefix) < 0.82 - 1e-9 {
            continue;
        }
        let mut score = strsim::jaro_winkler(&q, key);
        if starts {
            score = score.max(0.95);
        }
        if score < 0.82 {
            continue;
        }
        match best.iter_mut().find(|(_, j)| j == i) {
            Some(b) => b.0 = b.0.max(score),
            None => best.push((score, *i)),
        }
    }
    let rank = |a: &Authority| (a.nation != Nation::England, a.status != Status::Current);
    best.sort_by(|x, y| {
        let (a, b) = (&r.all[x.1 as usize], &r.all[y.1 as usize]);
        y.0.total_cmp(&x.0)
            .then(rank(a).cmp(&rank(b)))
            .then(a.name.cmp(b.name))
    });
    best.into_iter()
        .take(limit)
        .map(|(_, i)| &r.all[i as usize])
        .collect()
}

/// Authorities whose names begin with what has been typed, or have a word that does:
/// "maid" → Maidstone, "dagenham" → Barking and Dagenham, "caerdydd" → Cardiff. Names that
/// begin with it come first; then current before abolished, England before the other nations.
pub fn search(text: &str, limit: usize) -> Vec<&'static Authority> {
    let q = fold(text);
    if q.is_empty() {
        return Vec::new();
    }
    let r = register();
    let starts = word_starts();
    let from = starts.partition_point(|s| from_word(&r.labels, *s) < q.as_str());
    // (whether a name begins with it, authority, its first label that matched)
    let mut hits: Vec<(bool, u16, u16)> = Vec::new();
    for &(l, at) in starts[from..]
        .iter()
        .take_while(|s| from_word(&r.labels, **s).starts_with(q.as_str()))
    {
        let (whole, i) = (at == 0, r.labels[l as usize].1);
        match hits.iter_mut().find(|h| h.1 == i) {
            Some(h) => {
                h.0 |= whole;
                h.2 = h.2.min(l);
            }
            None => hits.push((whole, i, l)),
        }
    }
    let rank = |&(whole, i, l): &(bool, u16, u16)| {
        let a = &r.all[i as usize];
        (
            !whole,
            a.status == Status::Abolished,
            a.nation != Nation::England,
            a.name,
            l,
        )
    };
    hits.sort_by(|x, y| rank(x).cmp(&rank(y)));
    hits.into_iter()
        .take(limit)
        .map(|(_, i, _)| &r.all[i as usize])
        .collect()
}

/// Why an area chosen for what was typed is the authority with this code, where they differ:
/// the district's county, the successor on the date, or the successor chosen in answer to a
/// question (`None` when the text names the authority itself or does not lead to it).
pub fn explain(typed: &str, code: &str, date: Option<NaiveDate>) -> Option<String> {
    let chosen = by_code(code)?;
    let resolution = resolve(typed, date);
    if !resolution.options().iter().any(|a| a.code == chosen.code) {
        return None;
    }
    match resolution {
        Resolution::Resolved(r) => r.why,
        Resolution::AskWhichSuccessor {
            abolished,
            replaced_on,
            successors,
        } => Some(format!(
            "{} was replaced on {} by {}: {} provides children\u{2019}s services in {}.",
            abolished.official_name,
            long_date(replaced_on),
            and_list(successors.iter().map(|a| a.name)),
            chosen.official_name,
            chosen.name
        )),
        Resolution::AskWhichArea { matched, options } => Some(format!(
            "{} was then part of {}: {} provides children\u{2019}s services in {}.",
            matched.name,
            and_list(options.iter().map(|a| a.name)),
            chosen.official_name,
            chosen.name
        )),
        r @ Resolution::DependsOnDate { .. } => {
            let text = r.describe(typed);
            let mut c = text.chars();
            c.next()
                .map(|first| format!("{}{}.", first.to_uppercase(), c.as_str()))
        }
        Resolution::OtherNation(_) | Resolution::Unknown { .. } => None,
    }
}

/// Whether what a partnership wrote for one of its areas (a name or a code, e.g. "Kent",
/// "E10000016", "fictional:Northshire") names the children's services area `code`, on any date:
/// a partnership's own areas are compared by code, never by text.
pub fn names_area(written: &str, code: &str) -> bool {
    let written = written.trim();
    if written.eq_ignore_ascii_case(code) {
        return true;
    }
    match resolve(written, None) {
        Resolution::Resolved(r) => r.authority.code == code,
        Resolution::DependsOnDate { periods, .. } => periods
            .iter()
            .any(|p| p.authorities.len() == 1 && p.authorities[0].code == code),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `search` as it was first written: every label scanned on each keystroke.
    fn search_by_scanning(text: &str, limit: usize) -> Vec<&'static Authority> {
        let q = fold(text);
        if q.is_empty() {
            return Vec::new();
        }
        let r = register();
        let mut hits: Vec<(bool, u16)> = Vec::new();
        for (label, i) in &r.labels {
            let whole = label.starts_with(&q);
            let word = !whole
                && label
                    .match_indices(&q)
                    .any(|(at, _)| at > 0 && label.as_bytes()[at - 1] == b' ');
            if !(whole || word) {
                continue;
            }
            match hits.iter_mut().find(|(_, j)| j == i) {
                Some(h) => h.0 |= whole,
                None => hits.push((whole, *i)),
            }
        }
        let rank = |whole: bool, a: &Authority| {
            (
                !whole,
                a.status == Status::Abolished,
                a.nation != Nation::England,
                a.name,
            )
        };
        hits.sort_by(|x, y| rank(x.0, &r.all[x.1 as usize]).cmp(&rank(y.0, &r.all[y.1 as usize])));
        hits.into_iter()
            .take(limit)
            .map(|(_, i)| &r.all[i as usize])
            .collect()
    }

    /// `suggest` without ruling any key out first.
    fn close_names_measuring_all(text: &str, limit: usize) -> Vec<&'static Authority> {
        close_names(text, limit, false)
    }

    fn codes(v: &[&'static Authority]) -> Vec<&'static str> {
        v.iter().map(|a| a.code).collect()
    }

    /// What people type on the way to a name: every prefix of every name, official name and
    /// other name, in capitals, and with two letters swapped.
    fn typing() -> Vec<String> {
        let mut out = Vec::new();
        for a in all() {
            for n in [a.name, a.official_name].iter().chain(&a.alt_names) {
                let chars: Vec<char> = n.chars().collect();
                for end in 1..=chars.len() {
                    out.push(chars[..end].iter().collect());
                }
                out.push(n.to_uppercase());
                let mut slip = chars.clone();
                if slip.len() > 3 {
                    slip.swap(1, 2);
                }
                out.push(slip.into_iter().collect());
            }
        }
        out.extend(["", " ", "&", "st ", "and", "a", "upon", "-", "xyz"].map(String::from));
        out
    }

    #[test]
    fn the_index_finds_what_scanning_every_label_finds_in_the_same_order() {
        for text in typing() {
            assert_eq!(
                codes(&search(&text, 8)),
                codes(&search_by_scanning(&text, 8)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn ruling_keys_out_by_their_letters_never_changes_the_suggestions() {
        // Every sixth text of 3 letters or more (all of them take half a minute: measuring
        // every key is what the bound avoids).
        let texts = typing();
        for text in texts.iter().filter(|t| t.chars().count() >= 3).step_by(6) {
            assert_eq!(
                codes(&suggest(text, 3)),
                codes(&close_names_measuring_all(text, 3)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn codes_are_found_in_any_case_and_only_whole() {
        for a in all() {
            assert_eq!(by_code(a.code).map(|b| b.code), Some(a.code));
            assert_eq!(
                by_code(&a.code.to_lowercase()).map(|b| b.code),
                Some(a.code)
            );
            assert_eq!(
                by_code(&format!(" {} ", a.code)).map(|b| b.code),
                Some(a.code)
            );
            assert!(by_code(&a.code[..a.code.len() - 1]).is_none());
        }
        assert!(by_code("").is_none());
        assert!(by_code("Kent").is_none());
    }
}
