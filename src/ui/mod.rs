//! The shell every page sits in, and small components shared by pages.

pub mod contrast;
pub mod layout;
pub mod quick_exit;

pub use contrast::{Contrast, ContrastToggle};
pub use layout::Layout;
pub use quick_exit::{install_shift_shortcut, ExitThisPage};
