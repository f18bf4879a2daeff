//! The partnership configuration. A fictional demo partnership is built in and is the default.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A telephone contact with the hours it is answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// A UK telephone number as it should be shown, e.g. "01632 960 100".
    pub phone: String,
    /// An email address, if this contact takes email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// When the line is answered, in words, e.g. "Monday to Friday, 9am to 5pm".
    pub hours: String,
}

/// A link to a local procedure or form on the partnership's own site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalLink {
    /// The link text: says where the link goes.
    pub text: String,
    /// An https:// address, or a path on this site (same origin).
    pub href: String,
}

/// What a local safeguarding partnership sets for its own site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartnershipConfig {
    /// The partnership's name as its users know it.
    pub name: String,
    /// The local authorities the partnership covers, by name or ONS code ("Kent", "E10000016");
    /// the demonstration's fictional areas are written "fictional:Name".
    pub local_authorities: Vec<String>,
    /// The partnership business unit: who to ask about a referral.
    pub business_unit: Contact,
    /// Children's social care front door, in hours.
    pub childrens_social_care: Contact,
    /// The out-of-hours (emergency duty) team.
    pub out_of_hours: Contact,
    /// Links to local procedures and referral forms.
    #[serde(default)]
    pub links: Vec<LocalLink>,
    /// Where quick exit goes: a neutral page.
    pub quick_exit_url: String,
    /// Minutes without any input after which answers are cleared (a shared device may be left
    /// unattended). A warning shows 2 minutes before.
    #[serde(default = "default_inactivity_minutes")]
    pub inactivity_minutes: u32,
    /// Where a confirmed referral is sent (an https:// address or a path on this site). Without
    /// it the referral can only be printed or downloaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_endpoint: Option<String>,
    /// The partnership's logo, shown in the header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Logo>,
    /// The header's colour, as `#rrggbb`. Refused unless white text on it has a contrast ratio
    /// of at least 4.5:1 and it differs from the text colour (#0b0c0c) by at least 3:1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^#[0-9a-fA-F]{6}$"))]
    pub accent_colour: Option<String>,
    /// Which optional parts of the tool are on.
    #[serde(default)]
    pub features: Features,
    /// iframe embedding only: the origin of the page that frames the tool (e.g.
    /// `https://www.northshirescp.example`). The tool's height is posted to that origin only;
    /// without it the height is not reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_origin: Option<String>,
}

fn default_inactivity_minutes() -> u32 {
    20
}

/// The partnership's logo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// An https:// address, or a path on this site (same origin).
    pub src: String,
    /// Alternative text: the partnership's name as the logo shows it.
    pub alt: String,
}

/// The optional parts of the tool a partnership can switch on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Features {
    /// Sending the referral to `submission_endpoint` (needs the endpoint; when off, the endpoint
    /// is ignored and the referral can only be printed or downloaded).
    pub submission: bool,
    /// Training mode (scenario library and quiz).
    pub training: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            submission: true,
            training: true,
        }
    }
}

/// The JSON Schema of [`PartnershipConfig`], as published in
/// `public/schema/partnership-config.schema.json`.
pub fn partnership_config_schema() -> String {
    let schema = schemars::schema_for!(PartnershipConfig);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

impl PartnershipConfig {
    /// The built-in fictional partnership used by `make serve`, the tests and training.
    /// Phone numbers are in Ofcom's range reserved for drama (01632 960xxx); emails use the
    /// reserved `.example` domain.
    pub fn demo() -> PartnershipConfig {
        PartnershipConfig {
            name: "Northshire Safeguarding Children Partnership (demonstration)".into(),
            // Fictional areas, marked so: only the demonstration names them.
            local_authorities: vec![
                "fictional:Northshire".into(),
                "fictional:Eastborough".into(),
            ],
            business_unit: Contact {
                phone: "01632 960 100".into(),
                email: Some("scp.business@northshire.example".into()),
                hours: "Monday to Friday, 9am to 5pm".into(),
            },
            childrens_social_care: Contact {
                phone: "01632 960 200".into(),
                email: None,
                hours: "Monday to Friday, 8:30am to 5pm".into(),
            },
            out_of_hours: Contact {
                phone: "01632 960 300".into(),
                email: None,
                hours: "evenings, weekends and bank holidays".into(),
            },
            links: vec![LocalLink {
                text: "Northshire child protection procedures".into(),
                href: "https://procedures.northshire.example/".into(),
            }],
            quick_exit_url: NEUTRAL_EXIT.into(),
            inactivity_minutes: 20,
            submission_endpoint: None,
            logo: None,
            accent_colour: None,
            features: Features::default(),
            host_origin: None,
        }
    }

    /// What a partnership's own configuration (a file or attributes) is built on: nothing of the
    /// demonstration's, so a field the partnership has not given shows nothing rather than a
    /// fictional value under its real name. Quick exit still has somewhere neutral to go.
    pub fn unconfigured() -> PartnershipConfig {
        let unset = || Contact {
            phone: String::new(),
            email: None,
            hours: String::new(),
        };
        PartnershipConfig {
            name: String::new(),
            local_authorities: Vec::new(),
            business_unit: unset(),
            childrens_social_care: unset(),
            out_of_hours: unset(),
            links: Vec::new(),
            quick_exit_url: NEUTRAL_EXIT.into(),
            inactivity_minutes: default_inactivity_minutes(),
            submission_endpoint: None,
            logo: None,
            accent_colour: None,
            features: Features::default(),
            host_origin: None,
        }
    }
}

/// A neutral page for quick exit: the demonstration's, and the safe fallback while a
/// partnership's configuration does not name one (quick exit must always leave).
pub const NEUTRAL_EXIT: &str = "https://www.bbc.co.uk/weather";

impl Contact {
    /// Whether the partnership has given this contact's number and hours.
    pub fn is_given(&self) -> bool {
        !self.phone.trim().is_empty() && !self.hours.trim().is_empty()
    }
}

impl Default for PartnershipConfig {
    fn default() -> Self {
        PartnershipConfig::demo()
    }
}
