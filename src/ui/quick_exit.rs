//! Quick exit (GOV.UK "Exit this page"): a button on every page, kept on screen at every scroll
//! position (sticky, a child of the page's root: see `Layout`), and the Shift key pressed three
//! times within five seconds, each press shown on the button and announced to screen readers as
//! GOV.UK's component does. Both wipe everything the app holds, then leave with
//! `location.replace` so Back cannot return to the answers.

use crate::content::quick_exit as text;
use crate::embed::PartnershipConfig;
use crate::session::Visit;
use leptos::prelude::*;

/// How many Shift presses of the shortcut have been counted (0 when none, or they expired), and
/// what was last announced about them.
#[derive(Clone, Copy)]
pub struct ShiftProgress {
    pub presses: RwSignal<usize>,
    pub announcement: RwSignal<&'static str>,
}

/// Shift presses that trigger quick exit, and the window they must fall within.
const SHIFT_PRESSES: usize = 3;
const SHIFT_WINDOW_MS: f64 = 5_000.0;

/// Clears the session (answers, referral), the app's storage, and leaves for the configured neutral page: the top
/// window leaves, so embedded in a host page (or its iframe) the host page goes too.
pub fn quick_exit(visit: Visit, destination: &str) {
    crate::navigation::stop_recording_history();
    visit.clear();
    crate::privacy::wipe_storage();
    crate::embed::leave_for(destination);
}

/// The "Exit this page" button. Without the app's script it is still a plain link out.
#[component]
pub fn ExitThisPage() -> impl IntoView {
    let visit = expect_context::<Visit>();
    let config = expect_context::<StoredValue<PartnershipConfig>>();
    let destination = config.with_value(|config| config.quick_exit_url.clone());
    let href = destination.clone();
    let progress = use_context::<ShiftProgress>();
    let presses = move || progress.map(|p| p.presses.get()).unwrap_or(0);
    let announcement = move || progress.map(|p| p.announcement.get()).unwrap_or("");
    let light = move |n: usize| {
        move || {
            if presses() >= n {
                "govuk-exit-this-page__indicator-light govuk-exit-this-page__indicator-light--on"
            } else {
                "govuk-exit-this-page__indicator-light"
            }
        }
    };
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
                    quick_exit(visit, &destination);
                }
            >
                <span class="govuk-visually-hidden">"Emergency"</span>
                " Exit this page"
                <span
                    class=move || {
                        if presses() > 0 {
                            "govuk-exit-this-page__indicator govuk-exit-this-page__indicator--visible"
                        } else {
                            "govuk-exit-this-page__indicator"
                        }
                    }
                    aria-hidden="true"
                >
                    <span class=light(1)></span>
                    <span class=light(2)></span>
                    <span class=light(3)></span>
                </span>
            </a>
            <span class="govuk-visually-hidden" role="status" data-testid="exit-announcement">
                {announcement}
            </span>
        </div>
    }
}

/// Listens for Shift pressed on its own [`SHIFT_PRESSES`] times within [`SHIFT_WINDOW_MS`].
/// A Shift held to type a capital letter does not count, and any other key starts the count again,
/// so typing never triggers an exit.
/// Each counted press is shown on the button and announced ("Shift, press 2 more times to
/// exit."); when the presses expire or another key breaks the count, that is announced too.
pub fn install_shift_shortcut(visit: Visit, config: StoredValue<PartnershipConfig>) {
    let presses = StoredValue::new(Vec::<f64>::new());
    let other_key_while_shift = StoredValue::new(false);
    let progress = ShiftProgress {
        presses: RwSignal::new(0),
        announcement: RwSignal::new(""),
    };
    provide_context(progress);
    let reset = move || {
        if progress.presses.get_untracked() > 0 {
            progress.presses.set(0);
            progress.announcement.set(text::EXPIRED);
        }
    };
    let keydown = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Shift" {
            other_key_while_shift.set_value(false);
        } else {
            other_key_while_shift.set_value(true);
            presses.update_value(Vec::clear);
            reset();
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
        let counted = presses.try_with_value(Vec::len).unwrap_or(0);
        progress.presses.set(counted);
        progress.announcement.set(text::announcement(counted));
        if !trigger {
            // The count expires 5 seconds after this press unless another one follows.
            set_timeout(
                move || {
                    if presses
                        .try_with_value(|times| times.last() == Some(&now))
                        .unwrap_or(false)
                    {
                        presses.update_value(Vec::clear);
                        reset();
                    }
                },
                std::time::Duration::from_millis(SHIFT_WINDOW_MS as u64),
            );
        }
        if trigger {
            let destination = config.with_value(|config| config.quick_exit_url.clone());
            quick_exit(visit, &destination);
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
