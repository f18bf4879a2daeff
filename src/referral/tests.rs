use super::*;
use chrono::NaiveDate;
use rules::{CaseFacts, DateAnswer};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2025, 6, 30)
}

fn date(d: &str, m: &str, y: &str) -> DateForm {
    DateForm {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    }
}

fn complete_form() -> ReferralForm {
    ReferralForm {
        referrer: ReferrerForm {
            name: "Sam Jones".into(),
            role: "Designated safeguarding lead".into(),
            agency: "Northshire Primary School".into(),
            phone: "01632 960 001".into(),
            email: "sam.jones@school.example".into(),
            lead_consulted: "yes".into(),
            lead_name: "Alex Smith".into(),
        },
        children: vec![ChildForm {
            name: "A.B.".into(),
            date_of_birth: date("3", "4", "2016"),
            estimated_age: String::new(),
            sex: "female".into(),
            ethnicity: "Not known".into(),
            disability: String::new(),
            legal_status: "child_protection_plan".into(),
            agencies_known_to: "School, health visitor".into(),
        }],
        further_children: String::new(),
        incident: IncidentForm {
            date_from: date("2", "6", "2025"),
            date_to: DateForm::default(),
            la_aware: date("3", "6", "2025"),
            place: "Northshire".into(),
            what_happened: "Serious injury at home.".into(),
            setting: "Family home".into(),
            suspected: "Not known".into(),
        },
        agencies_involved: "Police, children's social care".into(),
        parallel_processes: vec![ParallelProcess::Police],
        parallel_process_details: String::new(),
        immediate_actions: "Sibling placed with grandparents.".into(),
        family_told: "no_increase_risk".into(),
        family_told_details: String::new(),
        why_criteria_met: "Serious harm, abuse suspected.".into(),
    }
}

fn facts() -> CaseFacts {
    CaseFacts {
        incident_date: Some(DateAnswer::Date(day(2025, 6, 2))),
        la_aware_date: Some(DateAnswer::Date(day(2025, 6, 3))),
        ..CaseFacts::default()
    }
}

fn meta() -> ReferralMeta {
    ReferralMeta {
        referral_id: uuid_v4([7; 16]),
        generated_at: "2025-06-30T09:15:00.000Z".into(),
        partnership: "Northshire (demonstration)".into(),
    }
}

fn problems(section: Section, form: &ReferralForm) -> Vec<(String, Problem)> {
    validate_section(section, form, &facts(), today())
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn a_uuid_v4_has_the_version_and_variant_bits() {
    let id = uuid_v4([0xff; 16]);
    assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    assert!(is_uuid_v4(&id));
    assert!(is_uuid_v4(&uuid_v4([0; 16])));
    assert!(!is_uuid_v4("not-a-uuid"));
}

#[test]
fn a_complete_form_builds_a_referral_with_the_assessment_attached() {
    let referral = build(&complete_form(), &facts(), &meta(), today()).unwrap();
    assert_eq!(referral.format, REFERRAL_FORMAT);
    assert_eq!(referral.referral_id, meta().referral_id);
    assert_eq!(referral.assessment, rules::assess(&facts()));
    assert_eq!(referral.children[0].date_of_birth, Some(day(2016, 4, 3)));
    assert_eq!(
        referral.children[0].legal_status,
        LegalStatus::ChildProtectionPlan
    );
    assert_eq!(referral.family_told, FamilyTold::NoIncreaseRisk);
    assert_eq!(
        referral.referrer.safeguarding_lead_name.as_deref(),
        Some("Alex Smith")
    );
    assert_eq!(referral.incident.la_aware_date, day(2025, 6, 3));
}

#[test]
fn an_empty_form_reports_every_required_field_of_each_section() {
    let form = ReferralForm::default();
    let referrer: Vec<_> = problems(Section::Referrer, &form)
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(
        referrer,
        [
            "referrer-name",
            "referrer-role",
            "referrer-agency",
            "referrer-phone",
            "referrer-email",
            "referrer-lead-consulted"
        ]
    );
    let child = problems(Section::Child(0), &form);
    assert_eq!(
        child,
        vec![
            ("child-1-name".into(), Problem::Missing),
            ("child-1-age".into(), Problem::Missing),
            ("child-1-sex".into(), Problem::NotChosen),
            ("child-1-ethnicity".into(), Problem::Missing),
            ("child-1-legal-status".into(), Problem::NotChosen),
        ]
    );
    let (section, _) = build(&form, &facts(), &meta(), today()).unwrap_err();
    assert_eq!(section, Section::Referrer);
}

#[test]
fn every_section_of_a_complete_form_is_clean() {
    let form = complete_form();
    for section in Section::all(form.children.len()) {
        assert_eq!(problems(section, &form), vec![], "{section:?}");
    }
}

#[test]
fn text_longer_than_the_limit_is_refused_and_at_the_limit_accepted() {
    let mut form = complete_form();
    form.referrer.name = "x".repeat(validate::SHORT_TEXT);
    assert_eq!(problems(Section::Referrer, &form), vec![]);
    form.referrer.name = "é".repeat(validate::SHORT_TEXT + 1);
    assert_eq!(
        problems(Section::Referrer, &form),
        vec![(
            "referrer-name".into(),
            Problem::TooLong(validate::SHORT_TEXT)
        )]
    );
    form.why_criteria_met = "y".repeat(validate::LONG_TEXT + 1);
    assert_eq!(
        problems(Section::Reasons, &form),
        vec![(
            "why-criteria-met".into(),
            Problem::TooLong(validate::LONG_TEXT)
        )]
    );
}

#[test]
fn phone_numbers_and_email_addresses_are_checked() {
    for good in ["01632 960 001", "+44 (0)1632 960001", "07700-900-123"] {
        assert!(validate::is_phone(good), "{good}");
    }
    for bad in ["123", "call me", "=1+1", "0163296000100000000"] {
        assert!(!validate::is_phone(bad), "{bad}");
    }
    for good in ["a@b.example", "first.last+tag@sub.domain.example"] {
        assert!(validate::is_email(good), "{good}");
    }
    for bad in [
        "a@b",
        "@b.example",
        "a b@c.example",
        "a@@b.example",
        "<a@b.example>",
        "a@b.example.",
    ] {
        assert!(!validate::is_email(bad), "{bad}");
    }
}

#[test]
fn dates_must_be_real_complete_and_not_in_the_future() {
    assert_eq!(
        validate::parse_date(&date("31", "2", "2025")),
        Err(Problem::DateInvalid)
    );
    assert_eq!(
        validate::parse_date(&date("1", "", "2025")),
        Err(Problem::DateIncomplete)
    );
    assert_eq!(
        validate::parse_date(&date("1", "2", "25")),
        Err(Problem::DateInvalid)
    );
    assert_eq!(
        validate::parse_date(&date("x", "2", "2025")),
        Err(Problem::DateInvalid)
    );
    assert_eq!(validate::parse_date(&DateForm::default()), Ok(None));
    let mut form = complete_form();
    form.incident.date_to = date("1", "7", "2025");
    assert!(
        problems(Section::Incident, &form).contains(&("incident-to".into(), Problem::DateInFuture))
    );
    form.incident.date_to = date("1", "6", "2025");
    // Only the end is wrong: the start, which is the assessment's date, is not called wrong.
    assert_eq!(
        problems(Section::Incident, &form),
        vec![("incident-to".into(), Problem::DateToBeforeFrom)]
    );
}

#[test]
fn dates_must_agree_with_the_assessment_and_each_other() {
    let mut form = complete_form();
    form.incident.la_aware = date("4", "6", "2025");
    assert_eq!(
        problems(Section::Incident, &form),
        vec![(
            "incident-aware".into(),
            Problem::DiffersFromAssessment(day(2025, 6, 3))
        )]
    );
    // Without dates in the assessment, awareness cannot come before the incident.
    let errors = validate_section(
        Section::Incident,
        &{
            let mut f = complete_form();
            f.incident.la_aware = date("1", "6", "2025");
            f
        },
        &CaseFacts::default(),
        today(),
    );
    assert_eq!(errors[0].problem, Problem::AwareBeforeIncident);
    // A range must include the incident date the assessment was made with.
    form = complete_form();
    form.incident.date_from = date("3", "6", "2025");
    form.incident.date_to = date("5", "6", "2025");
    assert!(problems(Section::Incident, &form).contains(&(
        "incident-from".into(),
        Problem::DiffersFromAssessment(day(2025, 6, 2))
    )));
    form.incident.date_from = date("1", "6", "2025");
    assert!(!problems(Section::Incident, &form)
        .iter()
        .any(|p| p.0 == "incident-from"));
    // A child cannot be born after the incident; without a birth date an age is needed.
    form = complete_form();
    form.children[0].date_of_birth = date("10", "6", "2025");
    assert_eq!(
        problems(Section::Child(0), &form),
        vec![("child-1-dob".into(), Problem::BornAfterIncident)]
    );
    form.children[0].date_of_birth = DateForm::default();
    form.children[0].estimated_age = "26".into();
    assert_eq!(
        problems(Section::Child(0), &form),
        vec![("child-1-age".into(), Problem::Age)]
    );
    form.children[0].estimated_age = "15".into();
    assert_eq!(problems(Section::Child(0), &form), vec![]);
}

#[test]
fn the_prefilled_form_carries_the_assessment_dates() {
    let form = prefilled_form(&facts());
    assert_eq!(form.incident.date_from, date("2", "6", "2025"));
    assert_eq!(form.incident.la_aware, date("3", "6", "2025"));
}

#[test]
fn the_prefilled_form_carries_the_place_setting_and_who_is_suspected() {
    let answered = CaseFacts {
        incident_place: Some(rules::Place::EnglishLocalAuthority(
            rules::LocalArea::fictional("Northshire"),
        )),
        setting: Some(rules::Setting::School),
        suspected_person: Some(rules::SuspectedPerson::AnotherChild),
        ..facts()
    };
    let form = prefilled_form(&answered);
    assert_eq!(form.incident.place, "Northshire");
    assert_eq!(form.incident.setting, "A school or college");
    assert_eq!(form.incident.suspected, "Another child");
    // "Not sure" is not an answer to copy: the field is left for the user.
    let unsure = prefilled_form(&CaseFacts {
        incident_place: Some(rules::Place::Unknown),
        setting: Some(rules::Setting::NotSure),
        ..facts()
    });
    assert_eq!(
        (
            unsure.incident.place.as_str(),
            unsure.incident.setting.as_str()
        ),
        ("", "")
    );
}

#[test]
fn the_json_export_reads_back_as_the_same_referral() {
    let referral = build(&complete_form(), &facts(), &meta(), today()).unwrap();
    let json = to_json(&referral);
    let back: Referral = serde_json::from_str(&json).unwrap();
    assert_eq!(back, referral);
}

#[test]
fn the_text_export_carries_every_answer_and_the_marking() {
    let mut form = complete_form();
    form.incident.what_happened = "<script>alert(1)</script> =HYPERLINK(\"x\")".into();
    let referral = build(&form, &facts(), &meta(), today()).unwrap();
    let text = to_text(&referral);
    assert!(text.starts_with("OFFICIAL-SENSITIVE\n"));
    assert!(text.trim_end().ends_with("OFFICIAL-SENSITIVE"));
    for value in [
        "Sam Jones",
        "A.B.",
        "3 April 2016",
        "<script>alert(1)</script> =HYPERLINK(\"x\")",
        &meta().referral_id,
        "Police investigation",
        "No — telling them would increase the risk",
    ] {
        assert!(text.contains(value), "{value}");
    }
}

#[test]
fn the_calendar_has_one_event_per_dated_deadline_and_no_personal_details() {
    let referral = build(&complete_form(), &facts(), &meta(), today()).unwrap();
    let ics = to_ics(&referral);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    let dated = referral
        .assessment
        .deadlines
        .iter()
        .filter(|d| {
            d.applies != rules::Applicability::NotApplicable && matches!(d.due, rules::Due::On(_))
        })
        .count();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), dated);
    assert!(!ics.contains("Sam Jones") && !ics.contains("A.B."));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert!(ics.contains("DTSTAMP:20250630T091500Z"));
}

#[test]
fn ics_text_is_escaped_and_folded() {
    let mut referral = build(&complete_form(), &facts(), &meta(), today()).unwrap();
    referral.partnership = "A; B, C\\D\n".repeat(10);
    let ics = to_ics(&referral);
    let unfolded = ics.replace("\r\n ", "");
    if has_calendar_deadlines(&referral) {
        assert!(unfolded.contains("A\\; B\\, C\\\\D\\n"));
    }
}

#[test]
fn a_draft_round_trips_exactly_and_a_changed_file_is_refused() {
    let mut form = complete_form();
    form.incident.what_happened =
        "\u{202e}rtl \u{1F469}\u{200D}\u{1F467} \"quotes\" \\ </script>".into();
    let draft = Draft {
        case_facts: facts(),
        form,
    };
    let text = draft_to_json(&draft);
    assert_eq!(draft_from_json(&text), Ok(draft.clone()));
    assert_eq!(draft_to_json(&draft_from_json(&text).unwrap()), text);
    let tampered = text.replace("Sam Jones", "Sam Jonas");
    assert_eq!(draft_from_json(&tampered), Err(DraftError::Damaged));
    assert_eq!(draft_from_json("not json"), Err(DraftError::NotADraft));
    assert_eq!(draft_from_json("{\"a\": 1}"), Err(DraftError::NotADraft));
    assert_eq!(
        draft_from_json(&text.replace("referral-draft/1", "referral-draft/9")),
        Err(DraftError::WrongVersion)
    );
    assert_eq!(
        draft_from_json(&text.replace("\"form\"", "\"forms\"")),
        Err(DraftError::Damaged)
    );
    assert_eq!(
        draft_from_json(&" ".repeat(draft::MAX_DRAFT_BYTES + 1)),
        Err(DraftError::TooLarge)
    );
}

#[test]
fn responses_are_interpreted() {
    assert_eq!(
        interpret_response(201, r#"{"reference":"NSCP-1"}"#),
        Ok(Receipt {
            reference: "NSCP-1".into()
        })
    );
    assert_eq!(
        interpret_response(200, r#"{"reference":"NSCP-1"}"#)
            .unwrap()
            .reference,
        "NSCP-1"
    );
    assert_eq!(
        interpret_response(201, "<html>"),
        Err(SendFailure::UnreadableResponse)
    );
    assert_eq!(
        interpret_response(201, r#"{"reference":""}"#),
        Err(SendFailure::UnreadableResponse)
    );
    assert_eq!(interpret_response(422, ""), Err(SendFailure::Rejected(422)));
    assert_eq!(
        interpret_response(503, ""),
        Err(SendFailure::ServerError(503))
    );
    assert_eq!(
        interpret_response(302, ""),
        Err(SendFailure::UnreadableResponse)
    );
}

#[test]
fn only_https_or_loopback_endpoints_are_accepted() {
    assert!(is_acceptable_endpoint(
        "https://referrals.partnership.example/api/referrals"
    ));
    assert!(is_acceptable_endpoint("http://127.0.0.1:9000/referrals"));
    assert!(is_acceptable_endpoint("/api/referrals"));
    assert!(!is_acceptable_endpoint("//elsewhere.example/api"));
    for bad in [
        "http://partnership.example/",
        "ftp://x",
        "https://user@x.example/",
        "https://x.example/#a",
        "javascript:alert(1)",
        "",
    ] {
        assert!(!is_acceptable_endpoint(bad), "{bad}");
    }
}

#[test]
fn the_published_schema_is_up_to_date() {
    crate::assert_published_schema_is("referral.schema.json", &referral_schema());
}

#[test]
fn every_free_text_field_id_reaches_its_value() {
    let mut form = complete_form();
    form.children.push(ChildForm::default());
    for id in free_text_fields(2) {
        form.set_field(&id, format!("value of {id}"));
        assert_eq!(form.field(&id), format!("value of {id}"), "{id}");
    }
    assert_eq!(form.referrer.lead_name, "value of referrer-lead-name");
    assert_eq!(
        form.children[1].agencies_known_to,
        "value of child-2-agencies"
    );
    assert_eq!(form.field("child-3-name"), "");
    assert_eq!(form.field("nonsense"), "");
}

#[test]
fn bidirectional_controls_are_shown_as_codes_and_other_text_is_unchanged() {
    use crate::referral::export::with_visible_controls;
    assert_eq!(with_visible_controls("\u{202e}gnp.exe"), "[U+202E]gnp.exe");
    assert_eq!(
        with_visible_controls("a\u{2066}b\u{2069}\u{200f}"),
        "a[U+2066]b[U+2069][U+200F]"
    );
    assert_eq!(
        with_visible_controls("Zoë \u{5e9}\u{5dc}\u{5d5}\u{5dd}"),
        "Zoë \u{5e9}\u{5dc}\u{5d5}\u{5dd}"
    );
}
