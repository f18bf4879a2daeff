use super::fields::{DateField, RadioField, TextField};
use super::ReferralSession;
use super::{go, SendState};
use crate::content::referral::{self as words, problem_message, section_title};
use crate::referral::{
    choice_name, first_incomplete, prefilled_form, validate_section, ChildForm, FamilyTold,
    FieldError, LegalStatus, ParallelProcess, ReferralStep, Section, Sex, MAX_CHILDREN,
};
use crate::session::Session;
use crate::ui::form::{BackLink, ErrorSummary};
use crate::ui::{set_title, today};
use leptos::prelude::*;

/// Ids whose error summary link goes to the day box.
fn summary_target(field: &str) -> String {
    if field.ends_with("-dob")
        || field.starts_with("incident-from")
        || field.starts_with("incident-to")
        || field.starts_with("incident-aware")
    {
        format!("{field}-day")
    } else {
        field.to_owned()
    }
}

/// One page of the referral form.
#[component]
pub fn ReferralSectionPage(section: Section) -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let facts = session.facts.get_untracked();
    let mut initial = drafting
        .form
        .get_untracked()
        .unwrap_or_else(|| prefilled_form(&facts));
    if let Section::Child(index) = section {
        while initial.children.len() <= index && initial.children.len() < MAX_CHILDREN {
            initial.children.push(ChildForm::default());
        }
    }
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let title = section_title(section);
    {
        let title = title.clone();
        Effect::new(move |_| set_title(&title, errors.with(|errors| !errors.is_empty())));
    }
    let summary = Signal::derive(move || {
        errors
            .get()
            .into_iter()
            .map(|e| {
                (
                    summary_target(&e.field),
                    problem_message(&e.field, &e.problem),
                )
            })
            .collect::<Vec<_>>()
    });
    let error = move |id: &str| -> Signal<Option<String>> {
        let id = id.to_owned();
        Signal::derive(move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find(|e| e.field == id)
                    .map(|e| problem_message(&e.field, &e.problem))
            })
        })
    };

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = form.get_untracked();
        let facts = session.facts.get_untracked();
        let found = validate_section(section, &typed, &facts, today());
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        drafting.form.set(Some(typed.clone()));
        drafting.meta.set(None);
        drafting.send.set(SendState::NotSent);
        let next = match first_incomplete(&typed, &facts, today()) {
            None => ReferralStep::Check,
            Some((incomplete, _)) => {
                let sections = Section::all(typed.children.len());
                let here = sections.iter().position(|s| *s == section).unwrap_or(0);
                ReferralStep::Section(sections.get(here + 1).copied().unwrap_or(incomplete))
            }
        };
        go(session, next);
    };

    let save_draft = move |_| {
        let draft = crate::referral::Draft {
            case_facts: session.facts.get_untracked(),
            form: form.get_untracked(),
        };
        crate::ui::files::download(
            "referral-draft.json",
            "application/json",
            &crate::referral::draft_to_json(&draft),
        );
    };

    let fields = match section {
        Section::Referrer => {
            let lead_consulted = Memo::new(move |_| form.with(|f| f.referrer.lead_consulted.clone()));
            view! {
                <TextField form=form id="referrer-name".into() error=error("referrer-name") autocomplete="name" spellcheck=false />
                <TextField form=form id="referrer-role".into() error=error("referrer-role") autocomplete="organization-title" />
                <TextField form=form id="referrer-agency".into() error=error("referrer-agency") autocomplete="organization" />
                <TextField form=form id="referrer-phone".into() error=error("referrer-phone") input_type="tel" autocomplete="tel" width="govuk-input--width-20" />
                <TextField form=form id="referrer-email".into() error=error("referrer-email") input_type="email" autocomplete="email" spellcheck=false />
                <RadioField
                    form=form
                    id="referrer-lead-consulted".into()
                    error=error("referrer-lead-consulted")
                    options=vec![("yes".into(), "Yes"), ("no".into(), "No")]
                    inline=true
                />
                {move || (lead_consulted.get() == "yes").then(|| view! {
                    <TextField form=form id="referrer-lead-name".into() error=error("referrer-lead-name") />
                })}
            }
            .into_any()
        }
        Section::Child(index) => {
            let id = move |name: &str| crate::referral::child_field(index, name);
            view! {
                <TextField form=form id=id("name") error=error(&id("name")) />
                <DateField form=form id=id("dob") error=error(&id("dob")) />
                <TextField form=form id=id("age") error=error(&id("age")) width="govuk-input--width-3" />
                <RadioField
                    form=form
                    id=id("sex")
                    error=error(&id("sex"))
                    options=Sex::ALL.into_iter().map(|s| (choice_name(&s), words::sex_name(s))).collect()
                    inline=true
                />
                <TextField form=form id=id("ethnicity") error=error(&id("ethnicity")) />
                <TextField form=form id=id("disability") error=error(&id("disability")) long=true />
                <RadioField
                    form=form
                    id=id("legal-status")
                    error=error(&id("legal-status"))
                    options=LegalStatus::ALL.into_iter().map(|s| (choice_name(&s), words::legal_status_name(s))).collect()
                />
                <TextField form=form id=id("agencies") error=error(&id("agencies")) long=true />
            }
            .into_any()
        }
        Section::Incident => view! {
            <DateField form=form id="incident-from".into() error=error("incident-from") />
            <DateField form=form id="incident-to".into() error=error("incident-to") />
            <DateField form=form id="incident-aware".into() error=error("incident-aware") />
            <TextField form=form id="incident-place".into() error=error("incident-place") />
            <TextField form=form id="incident-setting".into() error=error("incident-setting") />
            <TextField form=form id="incident-what-happened".into() error=error("incident-what-happened") long=true />
            <TextField form=form id="incident-suspected".into() error=error("incident-suspected") long=true />
        }
        .into_any(),
        Section::Agencies => {
            let boxes = ParallelProcess::ALL
                .into_iter()
                .enumerate()
                .map(|(index, process)| {
                    let box_id = if index == 0 { "parallel-processes".to_owned() } else { format!("parallel-processes-{index}") };
                    let checked = form.with_untracked(|f| f.parallel_processes.contains(&process));
                    view! {
                        <div class="govuk-checkboxes__item">
                            <input
                                class="govuk-checkboxes__input"
                                id=box_id.clone()
                                name="parallel-processes"
                                type="checkbox"
                                value=choice_name(&process)
                                prop:checked=checked
                                on:change=move |event| {
                                    let on = event_target_checked(&event);
                                    form.update(|f| {
                                        f.parallel_processes.retain(|p| *p != process);
                                        if on {
                                            f.parallel_processes.push(process);
                                        }
                                    });
                                }
                            />
                            <label class="govuk-label govuk-checkboxes__label" for=box_id>
                                {words::parallel_process_name(process)}
                            </label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <TextField form=form id="agencies-involved".into() error=error("agencies-involved") long=true />
                <div class="govuk-form-group">
                    <fieldset class="govuk-fieldset" aria-describedby="parallel-processes-hint">
                        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{words::label("parallel-processes")}</legend>
                        <div class="govuk-hint" id="parallel-processes-hint">"Select all that apply"</div>
                        <div class="govuk-checkboxes" data-module="govuk-checkboxes">{boxes}</div>
                    </fieldset>
                </div>
                <TextField form=form id="parallel-details".into() error=error("parallel-details") long=true />
            }
            .into_any()
        }
        Section::OtherChildrenAndFamily => view! {
            <TextField form=form id="immediate-actions".into() error=error("immediate-actions") long=true />
            <TextField form=form id="further-children".into() error=error("further-children") long=true />
            <RadioField
                form=form
                id="family-told".into()
                error=error("family-told")
                options=FamilyTold::ALL.into_iter().map(|t| (choice_name(&t), words::family_told_name(t))).collect()
            />
            <TextField form=form id="family-told-details".into() error=error("family-told-details") long=true />
        }
        .into_any(),
        Section::Reasons => view! {
            <TextField form=form id="why-criteria-met".into() error=error("why-criteria-met") long=true />
        }
        .into_any(),
    };

    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors=summary />
                <form novalidate on:submit=on_submit>
                    <span class="govuk-caption-l">{words::PREPARE}</span>
                    <h1 class="govuk-heading-l" tabindex="-1">{title}</h1>
                    {fields}
                    <div class="govuk-button-group">
                        <button type="submit" class="govuk-button">{words::CONTINUE}</button>
                        <button type="button" class="govuk-button govuk-button--secondary" on:click=save_draft>
                            {words::SAVE_DRAFT}
                        </button>
                    </div>
                </form>
            </div>
        </div>
    }
}
