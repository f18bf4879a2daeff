//! One component per page. Pages read content and domain types and render; they decide nothing.

mod accessibility;
mod check_answers;
mod outcome;
mod place;
mod privacy;
mod question;
mod record;
mod referral;
mod start;

pub use accessibility::AccessibilityPage;
pub use check_answers::CheckAnswersPage;
pub use outcome::OutcomePage;
pub use privacy::PrivacyPage;
pub use question::QuestionPage;
pub use record::{save_assessment, AssessmentRecord, OpenAssessmentPage};
pub use referral::{ReferralPage, ReferralSession};
pub use start::StartPage;
