fn main() {
    console_error_panic_hook::set_once();
    // The start page built into index.html gives way to the app's, in the same task.
    let early = referral_assistant::ui::prerendered::take_over();
    leptos::mount::mount_to_body(referral_assistant::App);
    if let Some(early) = early {
        early.replay();
    }
    referral_assistant::ui::prerendered::mark_started();
    referral_assistant::ui::after_first_paint(referral_assistant::offline::register_service_worker);
}
