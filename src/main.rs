fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(referral_assistant::App);
    referral_assistant::ui::after_first_paint(referral_assistant::offline::register_service_worker);
}
