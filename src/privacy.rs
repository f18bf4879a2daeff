//! What the app keeps, and how quick exit forgets it.
//!
//! The app keeps answers in memory only. Nothing is written to storage unless a later feature
//! asks the user first; every such key starts with [`STORAGE_PREFIX`], so quick exit can remove
//! exactly the app's own entries without touching a host page's storage.

use leptos::prelude::*;

/// Prefix of every storage key the app may ever write.
pub const STORAGE_PREFIX: &str = "referral-assistant:";

/// Removes every storage entry the app owns, from session and local storage.
pub fn wipe_storage() {
    let window = window();
    for storage in [window.session_storage(), window.local_storage()]
        .into_iter()
        .filter_map(|storage| storage.ok().flatten())
    {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(STORAGE_PREFIX))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
