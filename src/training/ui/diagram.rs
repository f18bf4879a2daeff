//! Draws the criteria diagram model (`training::diagram`) as inline SVG, with a text list that
//! says the same for screen readers and print. Colours come from classes (the CSP allows no
//! inline styles); every state is also written in words, never shown by colour alone.

use crate::content::outcome::condition_state;
use crate::content::training as text;
use crate::training::diagram::{diagram, EdgeKind, Mark, NodeKind};
use leptos::prelude::*;
use rules::{Assessment, RuleId};

fn mark_class(mark: Mark) -> &'static str {
    match mark {
        Mark::Plain => "plain",
        Mark::Met => "met",
        Mark::NotMet => "not-met",
        Mark::Judgement => "judgement",
        Mark::NotAnswered => "not-answered",
    }
}

fn rule_ids(rules: &[RuleId]) -> String {
    rules
        .iter()
        .map(|r| format!("{r:?}"))
        .collect::<Vec<_>>()
        .join(" \u{00b7} ")
}

/// The criteria as a picture, with the path of `assessment` marked when one is given.
#[component]
pub fn CriteriaDiagram(
    assessment: Option<Assessment>,
    /// A prefix for element ids, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let model = diagram(assessment.as_ref());
    let marked = assessment.is_some();
    let arrow = format!("{id}-arrow");
    let arrow_url = format!("url(#{arrow})");
    let caption_id = format!("{id}-caption");
    let edges = model
        .edges
        .iter()
        .map(|edge| {
            let class = format!(
                "app-diagram__edge app-diagram__edge--{}",
                mark_class(edge.mark)
            );
            let (label, lx, ly) = match edge.kind {
                EdgeKind::Yes => (
                    text::DIAGRAM_YES,
                    edge.from.0 + 10,
                    (edge.from.1 + edge.to.1) / 2 + 6,
                ),
                EdgeKind::No => (
                    text::DIAGRAM_NO,
                    (edge.from.0 + edge.to.0) / 2 - 12,
                    edge.from.1 - 8,
                ),
            };
            view! {
                <line
                    class=class
                    x1=edge.from.0
                    y1=edge.from.1
                    x2=edge.to.0
                    y2=edge.to.1
                    marker-end=arrow_url.clone()
                ></line>
                <text class="app-diagram__edge-label" x=lx y=ly>{label}</text>
            }
        })
        .collect_view();
    let nodes = model
        .nodes
        .iter()
        .map(|node| {
            let class = format!("app-diagram__node app-diagram__node--{}", mark_class(node.mark));
            let cx = node.x + node.w / 2;
            let cy = node.y + node.h / 2;
            let name = text::diagram_label(node.kind);
            let state = marked.then(|| text::diagram_mark(node.mark)).flatten();
            view! {
                <g class=class>
                    <rect x=node.x y=node.y width=node.w height=node.h rx="6"></rect>
                    <text class="app-diagram__name" x=cx y=cy - 12 text-anchor="middle">{name}</text>
                    <text class="app-diagram__rules" x=cx y=cy + 10 text-anchor="middle">
                        {rule_ids(&node.rules)}
                    </text>
                    {state.map(|state| view! {
                        <text class="app-diagram__state" x=cx y=cy + 30 text-anchor="middle">{state}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let steps = model
        .nodes
        .iter()
        .filter_map(|node| match node.kind {
            NodeKind::Condition(kind) => Some((node, kind)),
            _ => None,
        })
        .map(|(node, kind)| {
            let state = assessment.as_ref().and_then(|a| {
                a.panel_notification
                    .conditions
                    .iter()
                    .find(|c| c.condition == kind)
                    .map(|c| condition_state(c.state))
            });
            let titles = node
                .rules
                .iter()
                .map(|r| format!("{r:?} {}", r.info().title))
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li data-mark=mark_class(node.mark)>
                    <strong>{text::diagram_label(NodeKind::Condition(kind))}</strong>
                    {state.map(|s| format!(": {s}"))}
                    <br />
                    <span class="app-citation">{titles}</span>
                </li>
            }
        })
        .collect_view();
    let decision = RuleId::R08.info().title;
    view! {
        <figure class="app-diagram" data-testid=format!("{id}-diagram")>
            <svg
                class="app-diagram__svg"
                viewBox=format!("0 0 {} {}", model.width, model.height)
                role="img"
                aria-labelledby=caption_id.clone()
                focusable="false"
            >
                <defs>
                    <marker
                        id=arrow.clone()
                        viewBox="0 0 10 10"
                        refX="9"
                        refY="5"
                        markerWidth="7"
                        markerHeight="7"
                        orient="auto"
                    >
                        <path class="app-diagram__arrow" d="M0,0 L10,5 L0,10 z"></path>
                    </marker>
                </defs>
                <rect class="app-diagram__background" x="0" y="0" width=model.width height=model.height></rect>
                {edges}
                {nodes}
            </svg>
            <figcaption id=caption_id>
                <p class="govuk-body">{text::PICTURE_INTRO}</p>
                <ol class="govuk-list govuk-list--number app-diagram__steps">
                    {steps}
                    <li>
                        <strong>{decision}</strong>
                        " (R08)"
                    </li>
                </ol>
            </figcaption>
        </figure>
    }
}
