//! The referral's pages, as plain data (navigation keeps them in history state by name).

use super::model::MAX_CHILDREN;
use super::validate::Section;

/// A page of the referral.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferralStep {
    /// A page of the form.
    Section(Section),
    /// Check your answers.
    Check,
    /// The referral: print, exports, and the way to send it.
    Ready,
    /// Exactly what will be sent, and the button that sends it.
    Confirm,
    /// The confirmation: sent, with the reference.
    Sent,
    /// Open a draft file.
    OpenDraft,
}

impl ReferralStep {
    /// Where "Prepare a referral" leads: the form's first page, or check your answers once a
    /// referral is in progress.
    pub fn entry(started: bool) -> ReferralStep {
        if started {
            ReferralStep::Check
        } else {
            ReferralStep::Section(Section::Referrer)
        }
    }

    pub fn slug(self) -> String {
        match self {
            ReferralStep::Section(section) => match section {
                Section::Referrer => "referrer".into(),
                Section::Child(index) => format!("child-{}", index + 1),
                Section::Incident => "incident".into(),
                Section::Agencies => "agencies".into(),
                Section::OtherChildrenAndFamily => "family".into(),
                Section::Reasons => "reasons".into(),
            },
            ReferralStep::Check => "check".into(),
            ReferralStep::Ready => "ready".into(),
            ReferralStep::Confirm => "confirm".into(),
            ReferralStep::Sent => "sent".into(),
            ReferralStep::OpenDraft => "open-draft".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<ReferralStep> {
        if let Some(number) = slug.strip_prefix("child-") {
            let index = number.parse::<usize>().ok()?.checked_sub(1)?;
            return (index < MAX_CHILDREN).then_some(ReferralStep::Section(Section::Child(index)));
        }
        [
            ReferralStep::Section(Section::Referrer),
            ReferralStep::Section(Section::Incident),
            ReferralStep::Section(Section::Agencies),
            ReferralStep::Section(Section::OtherChildrenAndFamily),
            ReferralStep::Section(Section::Reasons),
            ReferralStep::Check,
            ReferralStep::Ready,
            ReferralStep::Confirm,
            ReferralStep::Sent,
            ReferralStep::OpenDraft,
        ]
        .into_iter()
        .find(|step| step.slug() == slug)
    }

    /// Every step except opening a draft needs a finished assessment.
    pub fn needs_outcome(self) -> bool {
        self != ReferralStep::OpenDraft
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_survives_the_trip_through_its_name() {
        let steps = Section::all(MAX_CHILDREN)
            .into_iter()
            .map(ReferralStep::Section)
            .chain([
                ReferralStep::Check,
                ReferralStep::Ready,
                ReferralStep::Confirm,
                ReferralStep::Sent,
                ReferralStep::OpenDraft,
            ]);
        for step in steps {
            assert_eq!(ReferralStep::from_slug(&step.slug()), Some(step));
        }
        assert_eq!(ReferralStep::from_slug("child-5"), None);
        assert_eq!(ReferralStep::from_slug("child-0"), None);
        assert_eq!(ReferralStep::from_slug("nonsense"), None);
    }
}
