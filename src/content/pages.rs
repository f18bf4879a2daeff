//! Wording of the start, privacy and accessibility pages.

pub mod start {
    /// In the warning when the partnership's configuration does not give its local authorities
    /// and contacts (embedded, nothing is filled from the demonstration).
    pub const CONTACT_UNKNOWN: &str = "If you are worried about a child, contact children\u{2019}s social care at the local authority where the child lives.";
    pub const INTRO: &str = "Use this service to check whether a death or serious harm to a child must be notified to the Child Safeguarding Practice Review Panel, what has to happen next and by when, and to prepare a referral.";
    pub const WHO_FOR_HEADING: &str = "Who can use it";
    pub const WHO_FOR: &str = "Anyone who works with children: social workers, health visitors and other health staff, teachers and early years staff, police officers, and staff in voluntary organisations. Only the local authority can notify the Panel; everyone else refers the case to the safeguarding partnership, and this service helps you do that.";
    pub const NEED_HEADING: &str = "Before you start";
    pub const NEED_INTRO: &str = "You will be asked about:";
    pub const NEED: &[&str] = &[
        "the child\u{2019}s date of birth, or their age if you do not know it",
        "what happened and the date it happened",
        "where it happened and where the child normally lives",
        "whether abuse or neglect is known or suspected",
        "the date the local authority became aware, if it is",
    ];
    pub const NOT_SURE: &str =
        "You can answer \u{201c}I\u{2019}m not sure\u{201d} to most questions. It takes around 5 minutes.";
    pub const EMERGENCY: &str = "If a child is in immediate danger, call 999.";
    pub const NOTHING_LEAVES: &str = "Nothing you enter leaves this browser until you choose to send it. The service does not keep your answers: they are gone when you close the page or use Exit this page.";
    pub const START_BUTTON: &str = "Start now";
    pub const QUICK_EXIT_TIP: &str = "To leave this page quickly, select Exit this page or press the Shift key 3 times. This clears your answers.";
}

pub mod privacy {
    pub const TITLE: &str = "Privacy notice";
    /// About the place data (the register of local authorities in the rules core).
    pub const PLACE_DATA_HEADING: &str = "About the place data";
    /// The section's id: the footer's link to it moves focus there.
    pub const PLACE_DATA_ID: &str = "place-data";
    pub fn place_data() -> [String; 3] {
        use rules::places::{REGISTER_CHECKED, REGISTER_CREDIT, REGISTER_SOURCE};
        [
            format!("The list of local authority areas used to find which council must notify the Panel comes from {REGISTER_SOURCE}. It is part of this service: nothing is looked up on the internet."),
            format!("{REGISTER_CREDIT}."),
            format!("The list was last checked on {REGISTER_CHECKED}. Local government changes: if a council is missing or wrong, tell the partnership\u{2019}s business unit."),
        ]
    }
    pub const SECTIONS: &[(&str, &[&str])] = &[
        (
            "What this service does with your answers",
            &[
                "Your answers stay in this browser\u{2019}s memory while you use the service. They are not sent anywhere and not stored on this device.",
                "The rules that decide the outcome run inside your browser. No one else sees your answers while you check a case.",
                "When you close the page, start again or use Exit this page, your answers are cleared.",
            ],
        ),
        (
            "When information is sent",
            &[
                "Information is only sent when you prepare a referral, check it and choose to send it to the partnership. You will see exactly what will be sent before you confirm.",
                "If you save a draft or export the referral, the file is saved to your device by your browser. Keep it as your agency\u{2019}s policy for OFFICIAL-SENSITIVE information requires.",
            ],
        ),
        (
            "Cookies, analytics and other websites",
            &[
                "This service sets no cookies, uses no analytics and loads nothing from any other website.",
            ],
        ),
    ];
    pub const CONTROLLER_HEADING: &str = "Who is responsible for referrals you send";
    pub const CONTROLLER: &str = "Referrals you send go to the safeguarding partnership named at the top of this page, which is the controller for that information. Contact its business unit to ask about how it handles referrals or to exercise your rights.";
}

pub mod accessibility {
    pub const TITLE: &str = "Accessibility statement";
    pub const INTRO: &str =
        "We want as many people as possible to be able to use this service. You should be able to:";
    pub const ABLE_TO: &[&str] = &[
        "change colours, contrast levels and fonts using browser or device settings, or the High contrast button at the top of each page",
        "zoom in up to 400% without the text spilling off the screen",
        "navigate the whole service using just a keyboard",
        "navigate the whole service using speech recognition software",
        "listen to the whole service using a screen reader",
    ];
    pub const COMPLIANCE_HEADING: &str = "Compliance status";
    pub const COMPLIANCE: &str = "This service is designed to meet the Web Content Accessibility Guidelines version 2.2 AA standard. Every screen is checked automatically with axe-core and walked through with a keyboard alone before each release. It has not yet had an independent accessibility audit.";
    pub const KNOWN_ISSUES_HEADING: &str = "Known issues";
    pub const KNOWN_ISSUES: &str = "We do not know of any part of the service that fails the standard. If you find one, please tell us.";
    pub const FEEDBACK_HEADING: &str = "Feedback and contact information";
    pub const FEEDBACK: &str = "If you have difficulty using this service, or need information in a different format, contact the partnership business unit:";
    pub const ENFORCEMENT_HEADING: &str = "Enforcement procedure";
    pub const ENFORCEMENT: &str = "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).";
    pub const PREPARED: &str = "This statement was prepared on 22 November 2026.";
}

pub mod inactivity {
    pub const WARNING_HEADING: &str = "Are you still there?";
    pub const CONTINUE: &str = "Continue with my answers";
    pub const CLEAR_NOW: &str = "Clear my answers now";
    pub const CLEARED: &str = "Your answers were cleared because this page was not used for a while. This protects the information on a shared device.";

    pub fn warning_body(limit_minutes: u32, warning_minutes: u32) -> String {
        format!(
            "This page has not been used for {} minutes. To protect the information you entered, your answers will be cleared in {warning_minutes} minutes.",
            limit_minutes.saturating_sub(warning_minutes)
        )
    }
}

/// While the rest of the service (the questions onwards) is still loading, or if it cannot.
pub mod on_demand {
    pub const LOADING: &str = "Loading\u{2026}";
    pub const FAILED_TITLE: &str = "This part of the service could not be loaded";
    pub const FAILED_BODY: &str = "Your answers are still here. Check your internet connection and try again. If a child is in immediate danger, call 999.";
    pub const RETRY: &str = "Try again";
}
