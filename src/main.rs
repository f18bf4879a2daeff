fn main() {
    console_error_panic_hook::set_once();
    referral_assistant::offline::register_service_worker();
    leptos::mount::mount_to_body(referral_assistant::App);
}
