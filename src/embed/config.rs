//! The partnership configuration. A fictional demo partnership is built in and is the default.

use serde::{Deserialize, Serialize};

/// A telephone contact with the hours it is answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub phone: String,
    pub email: Option<String>,
    pub hours: String,
}

/// A link to a local procedure or form on the partnership's own site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalLink {
    pub text: String,
    pub href: String,
}

/// What a local safeguarding partnership sets for its own site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnershipConfig {
    /// The partnership's name as its users know it.
    pub name: String,
    /// The local authorities the partnership covers.
    pub local_authorities: Vec<String>,
    /// The partnership business unit: who to ask about a referral.
    pub business_unit: Contact,
    /// Children's social care front door, in hours.
    pub childrens_social_care: Contact,
    /// The out-of-hours (emergency duty) team.
    pub out_of_hours: Contact,
    /// Links to local procedures and forms.
    pub links: Vec<LocalLink>,
    /// Where quick exit goes: a neutral page.
    pub quick_exit_url: String,
    /// Minutes without any input after which answers are cleared (a shared device may be left
    /// unattended). A warning shows 2 minutes before.
    pub inactivity_minutes: u32,
}

impl PartnershipConfig {
    /// The built-in fictional partnership used by `make serve`, the tests and training.
    /// Phone numbers are in Ofcom's range reserved for drama (01632 960xxx); emails use the
    /// reserved `.example` domain.
    pub fn demo() -> PartnershipConfig {
        PartnershipConfig {
            name: "Northshire Safeguarding Children Partnership (demonstration)".into(),
            local_authorities: vec!["Northshire".into(), "Eastborough".into()],
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
            quick_exit_url: "https://www.bbc.co.uk/weather".into(),
            inactivity_minutes: 20,
        }
    }
}

impl Default for PartnershipConfig {
    fn default() -> Self {
        PartnershipConfig::demo()
    }
}
