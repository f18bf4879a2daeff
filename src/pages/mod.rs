//! One component per page. Pages read content and domain types and render; they decide nothing.

mod accessibility;
mod privacy;
mod start;

pub use accessibility::AccessibilityPage;
pub use privacy::PrivacyPage;
pub use start::StartPage;
