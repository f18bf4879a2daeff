use super::ReferralSession;
use super::{attach_meta, go};
use crate::content::referral::{self as words, problem_message, section_title};
use crate::referral::{
    export::check_rows, first_incomplete, prefilled_form, ChildForm, ReferralStep, Section,
    MAX_CHILDREN,
};
use crate::session::Session;
use crate::ui::form::BackLink;
use crate::ui::{set_title, today};
use leptos::prelude::*;

/// Check your referral: every answer with a Change link, then confirm.
#[component]
pub fn ReferralCheckPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let drafting = expect_context::<ReferralSession>();
    let facts = session.facts.get_untracked();
    let form = drafting
        .form
        .get_untracked()
        .unwrap_or_else(|| prefilled_form(&facts));
    let problems = RwSignal::new(None::<(Section, Vec<(String, String)>)>);
    Effect::new(move |_| set_title(words::CHECK_TITLE, problems.with(Option::is_some)));
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if problems.with(Option::is_some) {
            crate::ui::form::focus_next_frame(summary);
        }
    });

    let children = form.children.len();
    let sections = Section::all(children)
        .into_iter()
        .map(|section| {
            let title = section_title(section);
            let rows = check_rows(&form, section)
                .into_iter()
                .map(|(key, value)| {
                    let hidden = format!(" {}", key.to_ascii_lowercase());
                    view! {
                        <div class="govuk-summary-list__row">
                            <dt class="govuk-summary-list__key">{key}</dt>
                            <dd class="govuk-summary-list__value app-preserve-lines"><bdi>{crate::referral::export::with_visible_controls(&value)}</bdi></dd>
                            <dd class="govuk-summary-list__actions">
                                <a
                                    class="govuk-link"
                                    href="#change"
                                    on:click=move |event| {
                                        event.prevent_default();
                                        go(session, ReferralStep::Section(section));
                                    }
                                >
                                    "Change"
                                    <span class="govuk-visually-hidden">{hidden}</span>
                                </a>
                            </dd>
                        </div>
                    }
                })
                .collect_view();
            let remove = match section {
                Section::Child(index) if index > 0 => Some(view! {
                    <p class="govuk-body">
                        <a
                            class="govuk-link"
                            href="#remove-child"
                            on:click=move |event| {
                                event.prevent_default();
                                drafting.form.update(|form| {
                                    if let Some(form) = form {
                                        if index < form.children.len() && form.children.len() > 1 {
                                            form.children.remove(index);
                                        }
                                    }
                                });
                                drafting.meta.set(None);
                                go(session, ReferralStep::Check);
                            }
                        >
                            {format!("{} {}", words::REMOVE_CHILD, index + 1)}
                        </a>
                    </p>
                }),
                _ => None,
            };
            view! {
                <h2 class="govuk-heading-m">{title}</h2>
                <dl class="govuk-summary-list govuk-!-margin-bottom-6">{rows}</dl>
                {remove}
            }
        })
        .collect_view();

    let add_child = move |_| {
        let facts = session.facts.get_untracked();
        let mut form = drafting
            .form
            .get_untracked()
            .unwrap_or_else(|| prefilled_form(&facts));
        if form.children.len() < MAX_CHILDREN {
            form.children.push(ChildForm::default());
            let index = form.children.len() - 1;
            drafting.form.set(Some(form));
            drafting.meta.set(None);
            go(session, ReferralStep::Section(Section::Child(index)));
        }
    };

    let confirm = move |_| {
        let facts = session.facts.get_untracked();
        let form = drafting
            .form
            .get_untracked()
            .unwrap_or_else(|| prefilled_form(&facts));
        match first_incomplete(&form, &facts, today()) {
            Some((section, errors)) => problems.set(Some((
                section,
                errors
                    .into_iter()
                    .map(|e| (e.field.clone(), problem_message(&e.field, &e.problem)))
                    .collect(),
            ))),
            None => {
                if drafting.meta.with_untracked(Option::is_none) {
                    attach_meta(drafting);
                }
                go(session, ReferralStep::Ready);
            }
        }
    };

    view! {
        <BackLink />
        <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
                {move || problems.get().map(|(section, messages)| view! {
                    <div class="govuk-error-summary" tabindex="-1" node_ref=summary>
                        <div role="alert">
                            <h2 class="govuk-error-summary__title">"There is a problem"</h2>
                            <div class="govuk-error-summary__body">
                                <ul class="govuk-list govuk-error-summary__list">
                                    {messages.into_iter().map(|(_, message)| view! {
                                        <li>
                                            <a
                                                href="#section"
                                                on:click=move |event| {
                                                    event.prevent_default();
                                                    go(session, ReferralStep::Section(section));
                                                }
                                            >
                                                {format!("{}: {message}", section_title(section))}
                                            </a>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </div>
                        </div>
                    </div>
                })}
                <span class="govuk-caption-l">{words::PREPARE}</span>
                <h1 class="govuk-heading-l" tabindex="-1">{words::CHECK_TITLE}</h1>
                {sections}
                {(children < MAX_CHILDREN).then(|| view! {
                    <button type="button" class="govuk-button govuk-button--secondary" on:click=add_child>
                        {words::ADD_CHILD}
                    </button>
                })}
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button" data-testid="confirm-details" on:click=confirm>
                        {words::CHECK_CONTINUE}
                    </button>
                </div>
            </div>
        </div>
    }
}
