//! After a notification: the rapid review (rule R14) and SI 2018/789, the Child Safeguarding
//! Practice Review and Relevant Agency (England) Regulations 2018 (rules R15–R18).
//!
//! > reg 11: "The criteria to be taken into account by the safeguarding partners for the
//! > purpose of section 16F(1) of the Act include whether the case in question— (a)
//! > highlights or may highlight improvements needed to safeguard and promote the welfare of
//! > children, including where those improvements have been previously identified; (b)
//! > highlights or may highlight recurrent themes in the safeguarding and promotion of the
//! > welfare of children; (c) highlights or may highlight concerns regarding two or more
//! > agencies working together effectively to safeguard and promote the welfare of children;
//! > (d) is one which the Child Safeguarding Practice Review Panel have considered and
//! > concluded a local review may be more appropriate."
//!
//! > reg 14: the partners "must monitor the time being taken to conduct a review and the
//! > quality of the review at regular intervals" (no time limit is set in it).
//!
//! The rapid review comes from guidance, not the regulations (Panel FAQ: a rapid review
//! follows a notification, led by the area where the incident happened).

use super::*;

pub(super) fn follows_notification(
    panel: PanelKind,
    when_required: Applicability,
) -> Applicability {
    match panel {
        PanelKind::Required => when_required,
        PanelKind::NotRequired => Applicability::NotApplicable,
        PanelKind::NeedsJudgement | PanelKind::CannotTellYet => Applicability::IfNotified,
    }
}

pub(super) fn rapid_review(
    facts: &CaseFacts,
    f: &Findings,
    duty: Option<&LocalAuthority>,
) -> RapidReview {
    let collaborate_with = if f.rr_collaborate {
        local_authority(facts, facts.residence.as_ref())
    } else {
        None
    };
    let mut reasons = Vec::new();
    match f.rapid_review {
        Applicability::Applies => reasons.push(r(R14, "A notification is required, so a rapid review follows: it is required once a notification is submitted, unless it is later found the criteria were not met. Send a copy to the Panel when complete.")),
        Applicability::IfNotified => reasons.push(r(R14, "A rapid review follows if the local authority notifies the Panel.")),
        _ => reasons.push(r(R14, "No rapid review: a rapid review follows a Panel notification, and none is required on these answers.")),
    }
    if let Some(other) = &collaborate_with {
        reasons.push(r(
            R14,
            format!("The partners of the area where the incident happened lead, collaborating with {}, where the child lives.", other.name),
        ));
    }
    RapidReview {
        applies: f.rapid_review,
        lead_area: if f.rapid_review == Applicability::NotApplicable {
            None
        } else {
            duty.cloned()
        },
        collaborate_with,
        reasons,
    }
}

pub(super) fn criterion(id: &'static str, text: &'static str, reason: Reason) -> ReviewCriterion {
    ReviewCriterion {
        id: id.into(),
        text: text.into(),
        reasons: vec![reason],
    }
}

pub(super) fn local_review(f: &Findings) -> LocalReview {
    if f.local_review == Applicability::NotApplicable {
        return LocalReview {
            applies: Applicability::NotApplicable,
            criteria: Vec::new(),
            additional_considerations: Vec::new(),
            national_review_possible: false,
            reasons: vec![r(R15, "A local child safeguarding practice review is considered for serious child safeguarding cases; the criteria are not met on these answers (local learning may still be chosen).")],
        };
    }
    let reg11 = || {
        r(
            R15,
            "SI 2018/789 reg 11: a criterion the safeguarding partners must take into account.",
        )
    };
    let criteria = vec![
        criterion("reg11_a", "Does the case highlight or may it highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified?", reg11()),
        criterion("reg11_b", "Does it highlight or may it highlight recurrent themes in safeguarding and promoting the welfare of children?", reg11()),
        criterion("reg11_c", "Does it highlight or may it highlight concerns about two or more organisations or agencies working together effectively to safeguard and promote the welfare of children?", reg11()),
        criterion("reg11_d", "Has the Child Safeguarding Practice Review Panel considered the case and concluded that a local review may be more appropriate?", reg11()),
    ];
    // Matters partners may weigh that were not seen in any copy of the guidance: prompts
    // only, with no timing.
    let unv = || {
        rp(
            R15,
            "considerations",
            "Not seen in any copy of the guidance: a matter the partners may weigh, not a criterion.",
        )
    };
    let mut extra = vec![
        criterion(
            "single_agency",
            "Is there cause for concern about the actions of a single agency?",
            unv(),
        ),
        criterion(
            "no_agency_involvement",
            "Has there been no agency involvement, and does that give cause for concern?",
            unv(),
        ),
    ];
    if f.lcspr_multi_area {
        extra.push(criterion("multiple_areas", "More than one local authority, police area or health area is involved (including families who have moved): consider how the partnerships coordinate.", unv()));
    }
    if f.lcspr_institutional {
        extra.push(criterion(
            "institutional_setting",
            "Does the case raise issues about safeguarding children in institutional settings?",
            unv(),
        ));
    }
    extra.push(criterion("pre_publication_copy", "If a local review is to be published: check your partnership's procedures for sending the report to the Panel and the Secretary of State before publication.", rp(R17, "pre_publication", "No timing for sending the report before publication was seen in any source.")));
    LocalReview {
        applies: f.local_review,
        criteria,
        additional_considerations: extra,
        national_review_possible: true,
        reasons: vec![
            r(R15, "The safeguarding partners decide whether to commission a local review, taking into account the regulation 11 criteria."),
            rp(R15, "decision", "Meeting the criteria does not make a review automatic; record the decision and rationale and communicate it, including to the family."),
            r(R16, "The Panel may decide the case is complex or of national importance and arrange a national review (s16B; reg 3 criteria)."),
            r(R17, "If a local review is commissioned, the partners must monitor its time and quality (regulation 14)."),
            rp(R17, "six_months", "Local procedures expect it to be completed and published within 6 months of the decision, and published unless inappropriate: guidance, not a statutory limit."),
        ],
    }
}

/// R18: local learning where the criteria are not met, or may not be.
pub(super) fn local_learning(f: &Findings) -> Option<LocalLearning> {
    f.local_learning.then(|| LocalLearning {
        options: vec![
            "Another local learning review (for example a partnership learning review or multi-agency audit)".into(),
            "A single-agency review or audit".into(),
            "A near-miss review, where a child was at significant risk of serious harm or death but it was averted".into(),
            "No further review, with the decision and rationale recorded".into(),
        ],
        reasons: vec![r(
            R18,
            "Where the criteria for a notification are not met, or may not be, the partners may still choose local learning. These options are discretionary, never statutory outcomes.",
        )],
    })
}
