//! The answers in the form the rules use: ages as bands on the incident date, places as
//! English areas or the other nations, "not sure" and "not answered" kept apart.

use chrono::NaiveDate;

use crate::calendar::{self, ChildOnDate};
use crate::facts::*;

/// Age band on the incident date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum AgeBand {
    Under1,
    From1To15,
    From16To17,
    Eighteen,
    From19To24,
    From25,
}

impl AgeBand {
    pub(super) const ALL: [AgeBand; 6] = [
        AgeBand::Under1,
        AgeBand::From1To15,
        AgeBand::From16To17,
        AgeBand::Eighteen,
        AgeBand::From19To24,
        AgeBand::From25,
    ];

    pub(super) fn of_years(y: u32) -> AgeBand {
        match y {
            0 => AgeBand::Under1,
            1..=15 => AgeBand::From1To15,
            16 | 17 => AgeBand::From16To17,
            18 => AgeBand::Eighteen,
            19..=24 => AgeBand::From19To24,
            _ => AgeBand::From25,
        }
    }

    pub(super) fn is_minor(self) -> bool {
        self < AgeBand::Eighteen
    }
}

/// What is known of the person's age on the incident date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgeInfo {
    Band(AgeBand),
    /// Born 29 February; incident on 28 February of the 18th-birthday year.
    Ambiguous29Feb,
    /// The user is not sure of the age (or of the incident date, given a date of birth).
    NotSure,
    /// The incident date is before the date of birth.
    BeforeBirth,
    /// The age, or the incident date needed with a date of birth, is not answered.
    Unanswered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceIn<'a> {
    /// An English area, by code: areas are compared by code, never by name.
    English(&'a str),
    Wales,
    Scotland,
    NorthernIreland,
    Abroad,
    Unknown,
}

impl<'a> PlaceIn<'a> {
    pub(super) fn from_place(p: &'a Place) -> PlaceIn<'a> {
        match p {
            Place::EnglishLocalAuthority(area) => PlaceIn::English(area.code.as_str()),
            Place::Wales => PlaceIn::Wales,
            Place::Scotland => PlaceIn::Scotland,
            Place::NorthernIreland => PlaceIn::NorthernIreland,
            Place::Abroad => PlaceIn::Abroad,
            Place::Unknown => PlaceIn::Unknown,
        }
    }

    pub(super) fn outside_england(self) -> bool {
        matches!(
            self,
            PlaceIn::Wales | PlaceIn::Scotland | PlaceIn::NorthernIreland | PlaceIn::Abroad
        )
    }

    pub(super) fn describe(self) -> String {
        match self {
            PlaceIn::English(code) => LocalArea::new(code, None).name().to_string(),
            PlaceIn::Wales => "Wales".into(),
            PlaceIn::Scotland => "Scotland".into(),
            PlaceIn::NorthernIreland => "Northern Ireland".into(),
            PlaceIn::Abroad => "outside the UK".into(),
            PlaceIn::Unknown => "an unknown place".into(),
        }
    }
}

/// The answers, as the rules see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Inputs<'a> {
    pub(super) asker: Option<Asker>,
    pub(super) event: Option<Event>,
    pub(super) age: AgeInfo,
    /// The age was given in years as 17 or 18.
    pub(super) near18: bool,
    /// The age was given as a date of birth.
    pub(super) dob_given: bool,
    /// The date of birth is before the incident date: the baby was born alive (R05).
    pub(super) born_before: bool,
    pub(super) born_alive: Option<YesNoNotSure>,
    pub(super) abuse: Option<AbuseOrNeglect>,
    pub(super) incident: Option<PlaceIn<'a>>,
    pub(super) residence: Option<PlaceIn<'a>>,
    pub(super) looked_after: Option<YesNoNotSure>,
    pub(super) care_leaver: Option<YesNoNotSure>,
    pub(super) suspected: Option<SuspectedPerson>,
    pub(super) setting: Option<Setting>,
    pub(super) cp_plan: Option<YesNoNotSure>,
    /// `Some(true)`: the date the LA became aware is known; `Some(false)`: not sure.
    pub(super) aware: Option<bool>,
    /// `Some(true)`: the notification date is known; `Some(false)`: not sent or not sure.
    pub(super) sent: Option<bool>,
    pub(super) children: Option<u32>,
}

fn age_info(facts: &CaseFacts) -> (AgeInfo, bool) {
    match facts.child_age {
        None => (AgeInfo::Unanswered, false),
        Some(ChildAge::NotSure) => (AgeInfo::NotSure, false),
        Some(ChildAge::AgeInYears(y)) => (AgeInfo::Band(AgeBand::of_years(y)), y == 17 || y == 18),
        Some(ChildAge::DateOfBirth(dob)) => match facts.incident_date {
            None => (AgeInfo::Unanswered, false),
            Some(DateAnswer::NotSure) => (AgeInfo::NotSure, false),
            Some(DateAnswer::Date(on)) => (age_on(dob, on), false),
        },
    }
}

fn age_on(dob: NaiveDate, on: NaiveDate) -> AgeInfo {
    match calendar::is_child_on(dob, on) {
        ChildOnDate::BeforeBirth => AgeInfo::BeforeBirth,
        ChildOnDate::Ambiguous29February => AgeInfo::Ambiguous29Feb,
        ChildOnDate::Child | ChildOnDate::NotChild => match calendar::age_in_years_on(dob, on) {
            Some(y) => AgeInfo::Band(AgeBand::of_years(y)),
            None => AgeInfo::NotSure,
        },
    }
}

impl<'a> Inputs<'a> {
    pub(crate) fn from_facts(f: &'a CaseFacts) -> Inputs<'a> {
        let (age, near18) = age_info(f);
        Inputs {
            asker: f.asker,
            event: f.event,
            age,
            near18,
            dob_given: matches!(f.child_age, Some(ChildAge::DateOfBirth(_))),
            born_before: match (f.child_age, f.incident_date) {
                (Some(ChildAge::DateOfBirth(dob)), Some(DateAnswer::Date(on))) => dob < on,
                _ => false,
            },
            born_alive: f.born_alive,
            abuse: f.abuse_or_neglect,
            incident: f.incident_place.as_ref().map(PlaceIn::from_place),
            residence: f.residence.as_ref().map(PlaceIn::from_place),
            looked_after: f.looked_after,
            care_leaver: f.care_leaver,
            suspected: f.suspected_person,
            setting: f.setting,
            cp_plan: f.child_protection_plan,
            aware: f.la_aware_date.map(|d| d.date().is_some()),
            sent: f
                .notification_sent
                .map(|s| matches!(s, SentAnswer::Sent(_))),
            children: f.number_of_children,
        }
    }
}
