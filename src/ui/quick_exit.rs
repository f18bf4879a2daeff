//! Quick exit (GOV.UK "Exit this page"): a button on every page, and the Shift key pressed three
//! times within five seconds. Both wipe everything the app holds, then leave with
//! `location.replace` so Back cannot return to the answers.

use crate::app::Shell;
use crate::embed::PartnershipConfig;
use leptos::prelude::*;

/// Shift presses that trigger quick exit, and the window they must fall within.
const SHIFT_PRESSES: usize = 3;
const SHIFT_WINDOW_MS: f64 = 5_000.0;

/// Clears the session (answers, referral), the app's storage, and leaves for the configured neutral page: the top
/// window leaves, so embedded in a host page (or its iframe) the host page goes too.
pub fn quick_exit(shell: Shell, destination: &str) {
    crate::navigation::stop_recording_history();
    shell.clear();
    crate::privacy::wipe_storage();
    crate::embed::leave_for(destination);
}

/// The "Exit this page" button. Without the app's script it is still a plain link out.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let shell = expect_context::<Shell>();
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    let destination = config.with_value(|config| config.quick_exit_url.clone());
    let href = destination.clone();
    view! {
        <div class="govuk-exit-this-page">
            <a
                href=href
                role="button"
                draggable="false"
                class="govuk-button govuk-button--warning govuk-exit-this-page__button"
                rel="nofollow noreferrer"
                on:click=move |event| {
                    event.prevent_default();
                    quick_exit(shell, &destination);
                }
            >
                <span class="govuk-visually-hidden">"Emergency"</span>
                " Exit this page"
            </a>
        </div>
    }
}

/// Listens for Shift pressed on its own [`SHIFT_PRESSES`] times within [`SHIFT_WINDOW_MS`].
/// A Shift held to type a capital letter does not count, and any other key starts the count again,
/// so typing never triggers an exit.
pub fn install_shift_shortcut(shell: Shell, config: StoredValue<PartnershipConfig>) {
    let presses = StoredValue::new(Vec::<f64>::new());
    let other_key_while_shift = StoredValue::new(false);
    let keydown = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Shift" {
            other_key_while_shift.set_value(false);
        } else {
            other_key_while_shift.set_value(true);
            presses.update_value(Vec::clear);
        }
    });
    let keyup = window_event_listener(leptos::ev::keyup, move |event| {
        if event.key() != "Shift" || other_key_while_shift.get_value() {
            return;
        }
        let now = event.time_stamp();
        let trigger = presses
            .try_update_value(|times| shift_pressed(times, now))
            .unwrap_or(false);
        if trigger {
            let destination = config.with_value(|config| config.quick_exit_url.clone());
            quick_exit(shell, &destination);
        }
    });
    on_cleanup(move || {
        keydown.remove();
        keyup.remove();
    });
}

/// Records a Shift press at `now` (ms) and says whether it completes the shortcut.
fn shift_pressed(times: &mut Vec<f64>, now: f64) -> bool {
    times.retain(|time| now - time < SHIFT_WINDOW_MS);
    times.push(now);
    times.len() >= SHIFT_PRESSES
}

#[cfg(test)]
mod tests {
    use super::shift_pressed;

    #[test]
    fn three_presses_within_five_seconds_trigger() {
        let mut times = Vec::new();
        assert!(!shift_pressed(&mut times, 0.0));
        assert!(!shift_pressed(&mut times, 2_000.0));
        assert!(shift_pressed(&mut times, 4_999.0));
    }

    #[test]
    fn presses_spread_over_more_than_five_seconds_do_not() {
        let mut times = Vec::new();
        assert!(!shift_pressed(&mut times, 0.0));
        assert!(!shift_pressed(&mut times, 3_000.0));
        assert!(!shift_pressed(&mut times, 5_000.0));
        assert!(shift_pressed(&mut times, 6_000.0));
    }
}
