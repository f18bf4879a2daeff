//! `CaseFacts`: the answers the practitioner has given, as plain typed data.
//!
//! Convention: `None` (the field absent or `null`) means the question has not been answered
//! yet; an explicit `not_sure` / `unknown` value means the user answered "I'm not sure".
//! Both are first-class and lead to different assessments.

use std::borrow::Cow;

use crate::dates::{iso_date, parse_iso_date};
use chrono::NaiveDate;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The facts of one case. Every field is optional: an absent field is a question not yet
/// answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(remote = "Self", rename_all = "snake_case", deny_unknown_fields)]
pub struct CaseFacts {
    /// Who is using the assistant: the local authority (children's social care) or another
    /// agency, by role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asker: Option<Asker>,
    /// What happened to the child: death, suspected suicide, serious harm, harm that is not
    /// serious, or not sure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Event>,
    /// The child's age: a date of birth, or an age in completed years on the incident date,
    /// or "not_sure".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_age: Option<ChildAge>,
    /// Was the baby born alive? Asked only where the child may be a newborn and has died.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born_alive: Option<YesNoNotSure>,
    /// Is abuse or neglect known, suspected, not suspected, or not sure?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abuse_or_neglect: Option<AbuseOrNeglect>,
    /// The date of the incident (death or harm): "YYYY-MM-DD" or "not_sure".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_date: Option<DateAnswer>,
    /// Where the death or harm happened: an English local authority area (by code), Wales,
    /// Scotland, Northern Ireland, abroad, or unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incident_place: Option<Place>,
    /// Where the child normally lives: an English local authority area (by code), Wales,
    /// Scotland, Northern Ireland, abroad, or unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<Place>,
    /// Was the child looked after by a local authority (in care) at the time?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub looked_after: Option<YesNoNotSure>,
    /// Is the young person a care leaver (looked after for at least 13 weeks beginning after
    /// age 14 and ending after age 16, and no longer looked after)?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub care_leaver: Option<YesNoNotSure>,
    /// Who is suspected of causing the harm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspected_person: Option<SuspectedPerson>,
    /// The setting where the incident happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
    /// Was the child on a child protection plan (in Wales: the child protection register) at
    /// the time or in the previous 6 months?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_protection_plan: Option<YesNoNotSure>,
    /// The date the local authority (children's social care) became aware of the incident, or
    /// of the suspicion of abuse or neglect if that came later: "YYYY-MM-DD" or "not_sure".
    /// Day 0 of the 5-working-day clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub la_aware_date: Option<DateAnswer>,
    /// The date the Serious Incident Notification was sent to the Panel: "YYYY-MM-DD",
    /// "not_sent_yet" or "not_sure". Day 0 of the primary rapid-review clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_sent: Option<SentAnswer>,
    /// How many children were affected by the incident (1 or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_children: Option<u32>,
}

// Reading case facts resolves the places in them (see `LocalArea`); the derived code is
// called through `remote = "Self"`.
impl Serialize for CaseFacts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        CaseFacts::serialize(self, s)
    }
}

impl<'de> Deserialize<'de> for CaseFacts {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut facts = CaseFacts::deserialize(d)?;
        facts.settle_places().map_err(serde::de::Error::custom)?;
        Ok(facts)
    }
}

/// Who is using the assistant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Asker {
    /// The local authority (children's social care), which holds the s16C duty.
    LocalAuthority,
    /// A health professional or organisation (e.g. health visitor, hospital, ICB).
    Health,
    /// The police.
    Police,
    /// A school, college or other education provider.
    Education,
    /// An early years or childcare provider.
    EarlyYears,
    /// A social care provider (e.g. children's home, fostering agency).
    SocialCareProvider,
    /// A voluntary or community sector organisation.
    VoluntarySector,
    /// Anyone else.
    Other,
}

impl Asker {
    /// Every answer.
    pub const ALL: [Asker; 8] = [
        Asker::LocalAuthority,
        Asker::Health,
        Asker::Police,
        Asker::Education,
        Asker::EarlyYears,
        Asker::SocialCareProvider,
        Asker::VoluntarySector,
        Asker::Other,
    ];
}

/// What happened to the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The child died.
    Death,
    /// The child died and suicide is suspected.
    SuspectedSuicide,
    /// The child was seriously harmed.
    SeriousHarm,
    /// The child was harmed, but not seriously.
    HarmNotSerious,
    /// Not sure whether the harm is serious.
    NotSure,
}

impl Event {
    /// Every answer.
    pub const ALL: [Event; 5] = [
        Event::Death,
        Event::SuspectedSuicide,
        Event::SeriousHarm,
        Event::HarmNotSerious,
        Event::NotSure,
    ];

    /// Death, including suspected suicide.
    pub fn is_death(self) -> bool {
        matches!(self, Event::Death | Event::SuspectedSuicide)
    }
}

/// The child's age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChildAge {
    /// Date of birth, "YYYY-MM-DD".
    DateOfBirth(
        #[serde(with = "crate::dates::serde_iso")]
        #[schemars(with = "NaiveDate")]
        NaiveDate,
    ),
    /// Age in completed years on the incident date (when the date of birth is not known).
    AgeInYears(u32),
    /// Not sure of the child's age.
    NotSure,
}

/// Yes / no / not sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum YesNoNotSure {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure.
    NotSure,
}

impl YesNoNotSure {
    /// Every answer.
    pub const ALL: [YesNoNotSure; 3] = [YesNoNotSure::Yes, YesNoNotSure::No, YesNoNotSure::NotSure];
}

/// Whether abuse or neglect is known or suspected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AbuseOrNeglect {
    /// Abuse or neglect is known.
    Known,
    /// Abuse or neglect is suspected (this is enough).
    Suspected,
    /// Abuse or neglect is not suspected.
    NotSuspected,
    /// Not sure.
    NotSure,
}

impl AbuseOrNeglect {
    /// Every answer.
    pub const ALL: [AbuseOrNeglect; 4] = [
        AbuseOrNeglect::Known,
        AbuseOrNeglect::Suspected,
        AbuseOrNeglect::NotSuspected,
        AbuseOrNeglect::NotSure,
    ];

    /// Known or suspected (the same for every rule).
    pub fn known_or_suspected(self) -> bool {
        matches!(self, AbuseOrNeglect::Known | AbuseOrNeglect::Suspected)
    }
}

/// Who is suspected of causing the harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SuspectedPerson {
    /// A parent or carer.
    ParentOrCarer,
    /// Another adult (e.g. in the household or family).
    OtherAdult,
    /// A person working with children (staff, volunteer, foster carer, professional).
    PersonWorkingWithChildren,
    /// Another child.
    AnotherChild,
    /// Extra-familial harm (e.g. exploitation by people outside the family).
    ExtraFamilial,
    /// Unknown / not sure who.
    Unknown,
}

impl SuspectedPerson {
    /// Every answer.
    pub const ALL: [SuspectedPerson; 6] = [
        SuspectedPerson::ParentOrCarer,
        SuspectedPerson::OtherAdult,
        SuspectedPerson::PersonWorkingWithChildren,
        SuspectedPerson::AnotherChild,
        SuspectedPerson::ExtraFamilial,
        SuspectedPerson::Unknown,
    ];
}

/// The setting of the incident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// The child's home or a family home.
    Home,
    /// A school or college.
    School,
    /// An early years or childcare setting.
    EarlyYears,
    /// A children's home.
    ChildrensHome,
    /// A foster placement.
    FosterCare,
    /// Custody or a secure setting (police custody, YOI, STC, secure children's home).
    CustodyOrSecure,
    /// A hospital.
    Hospital,
    /// Online.
    Online,
    /// In the community.
    Community,
    /// Somewhere else.
    Other,
    /// Not sure.
    NotSure,
}

impl Setting {
    /// Every answer.
    pub const ALL: [Setting; 11] = [
        Setting::Home,
        Setting::School,
        Setting::EarlyYears,
        Setting::ChildrensHome,
        Setting::FosterCare,
        Setting::CustodyOrSecure,
        Setting::Hospital,
        Setting::Online,
        Setting::Community,
        Setting::Other,
        Setting::NotSure,
    ];

    /// A setting whose provider has its own regulatory notification duties (R22).
    pub fn is_regulated(self) -> bool {
        matches!(
            self,
            Setting::EarlyYears
                | Setting::ChildrensHome
                | Setting::FosterCare
                | Setting::CustodyOrSecure
        )
    }

    /// An institutional setting (a prompt for the local review decision).
    pub fn is_institutional(self) -> bool {
        matches!(
            self,
            Setting::School
                | Setting::EarlyYears
                | Setting::ChildrensHome
                | Setting::CustodyOrSecure
                | Setting::Hospital
        )
    }
}

/// A place: an English local authority area, or somewhere outside England.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// An English local authority area: the authority with children's services functions
    /// there, by code, and the name as typed.
    EnglishLocalAuthority(LocalArea),
    /// Wales.
    Wales,
    /// Scotland.
    Scotland,
    /// Northern Ireland.
    NorthernIreland,
    /// Outside the United Kingdom.
    Abroad,
    /// Not known / not sure.
    Unknown,
}

impl Place {
    /// The English local authority area with this code.
    pub fn english(code: &str) -> Place {
        Place::EnglishLocalAuthority(LocalArea::new(code, None))
    }

    /// The English local authority area, if this is one.
    pub fn english_la(&self) -> Option<&LocalArea> {
        match self {
            Place::EnglishLocalAuthority(area) => Some(area),
            _ => None,
        }
    }

    /// Wales, Scotland, Northern Ireland or abroad.
    pub fn is_outside_england(&self) -> bool {
        matches!(
            self,
            Place::Wales | Place::Scotland | Place::NorthernIreland | Place::Abroad
        )
    }
}

/// Codes of fictional areas (demonstration configuration and training packs only) begin so:
/// "fictional:Northshire".
pub const FICTIONAL: &str = "fictional:";

/// An English local authority area, compared by `code`, never by name.
///
/// In JSON `{"code": "E10000016", "typed": "Maidstone"}`. A file may give a name or a code as
/// a plain string instead (`"Maidstone"`, `"E07000110"`, as files did before codes): reading
/// [`CaseFacts`] resolves it on the incident date (see [`crate::places::resolve`]), and a
/// name that does not resolve is an error naming the field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "AreaInFile")]
pub struct LocalArea {
    /// The ONS code of the authority with children's services functions ("E10000016";
    /// `planned:…` for one decided but not yet given a code; `fictional:Name` for a fictional
    /// area of a demonstration or training pack).
    pub code: String,
    /// What the person typed ("Maidstone"), for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<String>,
}

#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "a local authority area: a name or code, or {\"code\": ..., \"typed\": ...}"
)]
enum AreaInFile {
    Text(String),
    Area {
        code: String,
        #[serde(default)]
        typed: Option<String>,
    },
}

impl From<AreaInFile> for LocalArea {
    fn from(a: AreaInFile) -> LocalArea {
        match a {
            AreaInFile::Text(code) => LocalArea { code, typed: None },
            AreaInFile::Area { code, typed } => LocalArea { code, typed },
        }
    }
}

impl JsonSchema for LocalArea {
    fn schema_name() -> Cow<'static, str> {
        "LocalArea".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An English local authority area. Written as {\"code\", \"typed\"}: the ONS code of the authority with children's services functions (\"E10000016\"; \"planned:…\" before ONS assigns one; \"fictional:Name\" in demonstration and training packs only) and the name as typed. Read also as a plain name or code (\"Maidstone\", \"E07000110\"), resolved on the incident date.",
            "oneOf": [
                { "type": "string", "minLength": 1 },
                {
                    "type": "object",
                    "properties": {
                        "code": { "type": "string", "minLength": 1 },
                        "typed": { "type": "string" }
                    },
                    "required": ["code"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl LocalArea {
    /// The area of the authority with this code, as typed.
    pub fn new(code: &str, typed: Option<&str>) -> LocalArea {
        LocalArea {
            code: code.to_string(),
            typed: typed.map(str::to_string),
        }
    }

    /// A fictional area (demonstration and training only).
    pub fn fictional(name: &str) -> LocalArea {
        LocalArea::new(&format!("{FICTIONAL}{name}"), None)
    }

    /// A fictional area's name, if this is one.
    pub fn fictional_name(&self) -> Option<&str> {
        self.code.strip_prefix(FICTIONAL)
    }

    /// The authority in the register, unless fictional.
    pub fn authority(&self) -> Option<&'static crate::places::Authority> {
        crate::places::by_code(&self.code)
    }

    /// Its everyday name: "Kent"; a fictional area's own name.
    pub fn name(&self) -> &str {
        match (self.authority(), self.fictional_name()) {
            (Some(a), _) => a.name,
            (None, Some(n)) => n,
            (None, None) => &self.code,
        }
    }

    /// Its proper name: "Kent County Council"; a fictional area's own name.
    pub fn official_name(&self) -> &str {
        self.authority()
            .map_or_else(|| self.name(), |a| a.official_name)
    }

    /// The area as read from a file, resolved on `date`: a code of the register or a
    /// fictional one stays; a name (or the code of a district) becomes the code of the
    /// authority with children's services functions there on the date.
    fn settle(&self, date: Option<NaiveDate>) -> Result<LocalArea, String> {
        use crate::places::{resolve, Resolution};
        if self.fictional_name().is_some_and(|n| !n.trim().is_empty()) {
            return Ok(self.clone());
        }
        match resolve(&self.code, date) {
            Resolution::Resolved(r) => Ok(LocalArea {
                code: r.authority.code.to_string(),
                typed: self.typed.clone().or_else(|| {
                    (!r.matched.code.eq_ignore_ascii_case(self.code.trim()))
                        .then(|| self.code.trim().to_string())
                }),
            }),
            other => {
                let choose = other
                    .options()
                    .iter()
                    .map(|a| format!("{} ({})", a.code, a.name))
                    .collect::<Vec<_>>();
                let mut message = other.describe(&self.code);
                if !choose.is_empty() {
                    message.push_str(&format!(
                        "; give the code of the one meant: {}",
                        choose.join(", ")
                    ));
                }
                if let Resolution::OtherNation(a) = other {
                    message = format!(
                        "{message}: write \"{}\" instead",
                        match a.nation {
                            crate::places::Nation::Scotland => "scotland",
                            crate::places::Nation::NorthernIreland => "northern_ireland",
                            _ => "wales",
                        }
                    );
                }
                Err(message)
            }
        }
    }
}

impl CaseFacts {
    /// Every English area as its code on the incident date (names in older files resolved);
    /// an error names the field.
    pub fn settle_places(&mut self) -> Result<(), String> {
        let date = self.incident_date.and_then(DateAnswer::date);
        for (field, place) in [
            ("incident_place", &mut self.incident_place),
            ("residence", &mut self.residence),
        ] {
            if let Some(Place::EnglishLocalAuthority(area)) = place {
                *area = area
                    .settle(date)
                    .map_err(|e| format!("{field}.english_local_authority: {e}"))?;
            }
        }
        Ok(())
    }
}

/// A date answer: a date, or "not sure".
///
/// In JSON this is either a date string `"YYYY-MM-DD"` or the string `"not_sure"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateAnswer {
    /// The date.
    Date(NaiveDate),
    /// Not sure of the date.
    NotSure,
}

impl DateAnswer {
    /// The date, if known.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            DateAnswer::Date(d) => Some(d),
            DateAnswer::NotSure => None,
        }
    }
}

/// Whether (and when) the Serious Incident Notification was sent.
///
/// In JSON this is a date string `"YYYY-MM-DD"`, `"not_sent_yet"` or `"not_sure"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentAnswer {
    /// Sent on this date.
    Sent(NaiveDate),
    /// Not sent yet.
    NotSentYet,
    /// Not sure whether or when it was sent.
    NotSure,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    parse_iso_date(s).ok_or_else(|| {
        format!("invalid date {s:?}: expected a real calendar date written YYYY-MM-DD")
    })
}

impl Serialize for DateAnswer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DateAnswer::Date(d) => s.serialize_str(&iso_date(*d)),
            DateAnswer::NotSure => s.serialize_str("not_sure"),
        }
    }
}

impl<'de> Deserialize<'de> for DateAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "not_sure" {
            return Ok(DateAnswer::NotSure);
        }
        parse_date(&s)
            .map(DateAnswer::Date)
            .map_err(|e| serde::de::Error::custom(format!("{e}, or \"not_sure\"")))
    }
}

impl JsonSchema for DateAnswer {
    fn schema_name() -> Cow<'static, str> {
        "DateAnswer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date \"YYYY-MM-DD\", or \"not_sure\".",
            "oneOf": [
                { "type": "string", "format": "date" },
                { "type": "string", "const": "not_sure" }
            ]
        })
    }
}

impl Serialize for SentAnswer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            SentAnswer::Sent(d) => s.serialize_str(&iso_date(*d)),
            SentAnswer::NotSentYet => s.serialize_str("not_sent_yet"),
            SentAnswer::NotSure => s.serialize_str("not_sure"),
        }
    }
}

impl<'de> Deserialize<'de> for SentAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.as_str() {
            "not_sure" => Ok(SentAnswer::NotSure),
            "not_sent_yet" => Ok(SentAnswer::NotSentYet),
            _ => parse_date(&s).map(SentAnswer::Sent).map_err(|e| {
                serde::de::Error::custom(format!("{e}, or \"not_sent_yet\" or \"not_sure\""))
            }),
        }
    }
}

impl JsonSchema for SentAnswer {
    fn schema_name() -> Cow<'static, str> {
        "SentAnswer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The date the notification was sent \"YYYY-MM-DD\", or \"not_sent_yet\", or \"not_sure\".",
            "oneOf": [
                { "type": "string", "format": "date" },
                { "type": "string", "enum": ["not_sent_yet", "not_sure"] }
            ]
        })
    }
}

/// A question: one field of [`CaseFacts`]. Listed in the order a practitioner should be
/// asked them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// [`CaseFacts::asker`]
    Asker,
    /// [`CaseFacts::event`]
    Event,
    /// [`CaseFacts::child_age`]
    ChildAge,
    /// [`CaseFacts::born_alive`]
    BornAlive,
    /// [`CaseFacts::abuse_or_neglect`]
    AbuseOrNeglect,
    /// [`CaseFacts::incident_date`]
    IncidentDate,
    /// [`CaseFacts::incident_place`]
    IncidentPlace,
    /// [`CaseFacts::residence`]
    Residence,
    /// [`CaseFacts::looked_after`]
    LookedAfter,
    /// [`CaseFacts::care_leaver`]
    CareLeaver,
    /// [`CaseFacts::suspected_person`]
    SuspectedPerson,
    /// [`CaseFacts::setting`]
    Setting,
    /// [`CaseFacts::child_protection_plan`]
    ChildProtectionPlan,
    /// [`CaseFacts::la_aware_date`]
    LaAwareDate,
    /// [`CaseFacts::notification_sent`]
    NotificationSent,
    /// [`CaseFacts::number_of_children`]
    NumberOfChildren,
}

impl Question {
    /// Every question, in asking order.
    pub const ALL: [Question; 16] = [
        Question::Asker,
        Question::Event,
        Question::ChildAge,
        Question::BornAlive,
        Question::AbuseOrNeglect,
        Question::IncidentDate,
        Question::IncidentPlace,
        Question::Residence,
        Question::LookedAfter,
        Question::CareLeaver,
        Question::SuspectedPerson,
        Question::Setting,
        Question::ChildProtectionPlan,
        Question::LaAwareDate,
        Question::NotificationSent,
        Question::NumberOfChildren,
    ];

    /// Whether this question is unanswered in `facts`.
    pub fn is_unanswered(self, f: &CaseFacts) -> bool {
        match self {
            Question::Asker => f.asker.is_none(),
            Question::Event => f.event.is_none(),
            Question::ChildAge => f.child_age.is_none(),
            Question::BornAlive => f.born_alive.is_none(),
            Question::AbuseOrNeglect => f.abuse_or_neglect.is_none(),
            Question::IncidentDate => f.incident_date.is_none(),
            Question::IncidentPlace => f.incident_place.is_none(),
            Question::Residence => f.residence.is_none(),
            Question::LookedAfter => f.looked_after.is_none(),
            Question::CareLeaver => f.care_leaver.is_none(),
            Question::SuspectedPerson => f.suspected_person.is_none(),
            Question::Setting => f.setting.is_none(),
            Question::ChildProtectionPlan => f.child_protection_plan.is_none(),
            Question::LaAwareDate => f.la_aware_date.is_none(),
            Question::NotificationSent => f.notification_sent.is_none(),
            Question::NumberOfChildren => f.number_of_children.is_none(),
        }
    }

    /// Clear this question's answer in `facts`.
    pub fn clear(self, f: &mut CaseFacts) {
        match self {
            Question::Asker => f.asker = None,
            Question::Event => f.event = None,
            Question::ChildAge => f.child_age = None,
            Question::BornAlive => f.born_alive = None,
            Question::AbuseOrNeglect => f.abuse_or_neglect = None,
            Question::IncidentDate => f.incident_date = None,
            Question::IncidentPlace => f.incident_place = None,
            Question::Residence => f.residence = None,
            Question::LookedAfter => f.looked_after = None,
            Question::CareLeaver => f.care_leaver = None,
            Question::SuspectedPerson => f.suspected_person = None,
            Question::Setting => f.setting = None,
            Question::ChildProtectionPlan => f.child_protection_plan = None,
            Question::LaAwareDate => f.la_aware_date = None,
            Question::NotificationSent => f.notification_sent = None,
            Question::NumberOfChildren => f.number_of_children = None,
        }
    }
}
