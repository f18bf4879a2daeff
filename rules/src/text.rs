//! Text that is usually a static sentence from the rule set (shared by the rule table, the
//! sources table and the assessment, so that none of them imports another for it).

use std::borrow::Cow;

/// Text that is usually a static sentence from the rule set.
pub type Text = Cow<'static, str>;
