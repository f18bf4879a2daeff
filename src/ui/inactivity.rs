//! On a shared device: after a period without input, warn (GOV.UK timeout warning, a modal
//! dialog), and if nobody answers, clear everything as quick exit does and say so.
//!
//! Activity only records a time stamp (nothing heavier runs per keystroke); a check every
//! few seconds compares it with the limits. It runs in the on-demand part, which holds the
//! answers (there is nothing to lose before it has loaded): `crate::extension` mounts it in the
//! slot the layout keeps for it.

use crate::content::pages::inactivity as text;
use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use std::time::Duration;

/// How long before clearing the warning shows.
const WARNING_MINUTES: u32 = 2;
const CHECK_EVERY: Duration = Duration::from_secs(5);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Active,
    Warning,
}

/// What the inactivity check should do, given the minutes since the last input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    Nothing,
    Warn,
    Clear,
}

/// Pure decision, unit tested: warn `WARNING_MINUTES` before the limit, clear at the limit.
pub fn due(idle_ms: f64, limit_minutes: u32) -> Due {
    let minute = 60_000.0;
    let limit = f64::from(limit_minutes) * minute;
    let warn_at = f64::from(limit_minutes.saturating_sub(WARNING_MINUTES)) * minute;
    if idle_ms >= limit {
        Due::Clear
    } else if idle_ms >= warn_at {
        Due::Warn
    } else {
        Due::Nothing
    }
}

fn now() -> f64 {
    web_sys::js_sys::Date::now()
}

/// The timeout warning dialog and the check behind it; the dialog itself is rendered only while
/// it warns.
#[component]
pub fn InactivityWarning(
    /// Whether there is anything to lose (the count runs only then).
    #[prop(into)]
    has_answers: Signal<bool>,
    /// Clears everything: `true` when for inactivity (the start page then says why), `false`
    /// for the dialog's "Clear my answers now".
    clear: UnsyncCallback<bool>,
    /// The partnership's `inactivity_minutes`.
    limit: u32,
) -> impl IntoView {
    let last_input = StoredValue::new(now());
    let phase = RwSignal::new(Phase::Active);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    let keep_going = move || {
        last_input.set_value(now());
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        phase.set(Phase::Active);
    };

    for event in ["keydown", "pointerdown", "input"] {
        let handle = window_event_listener_untyped(event, move |_| {
            if phase.get_untracked() == Phase::Active {
                last_input.set_value(now());
            }
        });
        on_cleanup(move || handle.remove());
    }
    let check = move || {
        if !has_answers.get_untracked() {
            last_input.set_value(now());
            return;
        }
        match due(now() - last_input.get_value(), limit) {
            Due::Nothing => {}
            Due::Warn if phase.get_untracked() == Phase::Active => phase.set(Phase::Warning),
            Due::Warn => {}
            Due::Clear => {
                keep_going();
                clear.run(true);
            }
        }
    };
    if let Ok(interval) = set_interval_with_handle(check, CHECK_EVERY) {
        on_cleanup(move || interval.clear());
    }
    // The dialog exists only while it warns, and opens as a modal as soon as it is there.
    Effect::new(move || {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });

    view! {
        <Show when=move || phase.get() == Phase::Warning>
            <dialog
                class="app-timeout-dialog"
                node_ref=dialog
                aria-labelledby="timeout-heading"
                aria-describedby="timeout-body"
                on:cancel=move |event: leptos::ev::Event| {
                    event.prevent_default();
                    keep_going();
                }
            >
                <h2 class="govuk-heading-m" id="timeout-heading">{text::WARNING_HEADING}</h2>
                <p class="govuk-body" id="timeout-body">
                    {text::warning_body(limit, WARNING_MINUTES)}
                </p>
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button" on:click=move |_| keep_going()>
                        {text::CONTINUE}
                    </button>
                    <button
                        type="button"
                        class="govuk-button govuk-button--secondary"
                        on:click=move |_| {
                            keep_going();
                            clear.run(false);
                        }
                    >
                        {text::CLEAR_NOW}
                    </button>
                </div>
            </dialog>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_two_minutes_before_and_clears_at_the_limit() {
        let minute = 60_000.0;
        assert_eq!(due(17.9 * minute, 20), Due::Nothing);
        assert_eq!(due(18.0 * minute, 20), Due::Warn);
        assert_eq!(due(19.99 * minute, 20), Due::Warn);
        assert_eq!(due(20.0 * minute, 20), Due::Clear);
        assert_eq!(
            due(0.5 * minute, 1),
            Due::Warn,
            "a limit under 2 minutes warns at once"
        );
    }
}
