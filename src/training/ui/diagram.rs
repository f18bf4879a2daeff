//! Draws the criteria diagram model (`training::diagram`) as inline SVG, in a wide and a narrow
//! layout (the stylesheet shows the one that fits the screen), with a legend that gives each
//! box's rules and says the same for screen readers and print. Colours come from classes (the
//! CSP allows no inline styles); every state is also written in words, never shown by colour
//! alone.

use crate::content::outcome::condition_state;
use crate::content::training as text;
use crate::training::diagram::{diagram, Anchor, Label, Mark, NodeKind, Size};
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

fn size_class(size: Size) -> &'static str {
    match size {
        Size::Wide => "wide",
        Size::Narrow => "narrow",
    }
}

fn n(v: f32) -> String {
    format!("{v:.1}")
}

fn points(points: &[(f32, f32)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", n(*x), n(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A label's lines, one `<text>` each (SVG text does not wrap), with the given class.
fn label_view(label: &Label, class: &'static str) -> impl IntoView {
    let anchor = match label.anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
    };
    label
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            view! {
                <text class=class x=n(label.x) y=n(label.baseline(i)) text-anchor=anchor font-size=n(label.font)>
                    {line.clone()}
                </text>
            }
        })
        .collect_view()
}

fn picture(assessment: Option<&Assessment>, size: Size, caption_id: &str) -> impl IntoView {
    let model = diagram(assessment, size);
    let edges = model
        .edges
        .iter()
        .map(|edge| {
            let class = format!(
                "app-diagram__edge app-diagram__edge--{}",
                mark_class(edge.mark)
            );
            view! {
                <g class=class>
                    <polyline points=points(&edge.points)></polyline>
                    <polygon points=points(&edge.head)></polygon>
                    {label_view(&edge.label, "app-diagram__label")}
                </g>
            }
        })
        .collect_view();
    let nodes = model
        .nodes
        .iter()
        .map(|node| {
            let class = format!(
                "app-diagram__node app-diagram__node--{}",
                mark_class(node.mark)
            );
            let r = node.rect;
            view! {
                <g class=class data-node="">
                    <rect x=n(r.x) y=n(r.y) width=n(r.w) height=n(r.h) rx="6"></rect>
                    {label_view(&node.label, "app-diagram__label")}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class=format!("app-diagram__svg app-diagram__svg--{}", size_class(size))
            viewBox=format!("0 0 {} {}", n(model.width), n(model.height))
            role="img"
            aria-labelledby=caption_id.to_string()
            focusable="false"
        >
            <rect class="app-diagram__background" x="0" y="0" width=n(model.width) height=n(model.height)></rect>
            {edges}
            {nodes}
        </svg>
    }
}

/// The rules behind a box, one to a line: "R01: Harm in England: …".
fn rules_list(rules: &[RuleId]) -> impl IntoView {
    view! {
        <ul class="govuk-list app-diagram__rules">
            {rules
                .iter()
                .map(|r| view! { <li class="app-citation">{format!("{r:?}: {}", r.info().title)}</li> })
                .collect_view()}
        </ul>
    }
}

/// The criteria as a picture, with the path of `assessment` marked when one is given.
#[component]
pub fn CriteriaDiagram(
    assessment: Option<Assessment>,
    /// A prefix for element ids, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    // The legend follows the model's boxes, so it can never name a box the picture lacks.
    let model = diagram(assessment.as_ref(), Size::Narrow);
    let legend = model
        .nodes
        .iter()
        .map(|node| {
            let state = match node.kind {
                NodeKind::Condition(kind) => assessment.as_ref().and_then(|a| {
                    a.panel_notification
                        .conditions
                        .iter()
                        .find(|c| c.condition == kind)
                        .map(|c| condition_state(c.state).to_string())
                }),
                _ => node.mark.words().map(|m| m.to_string()),
            };
            view! {
                <li data-mark=mark_class(node.mark)>
                    <strong>{node.kind.label()}</strong>
                    {state.map(|s| format!(": {s}"))}
                    {rules_list(&node.rules)}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="app-diagram" data-testid=format!("{id}-diagram")>
            {Size::ALL.map(|size| picture(assessment.as_ref(), size, &caption_id))}
            <figcaption id=caption_id.clone()>
                <p class="govuk-body">{text::PICTURE_INTRO}</p>
                <ul class="govuk-list app-diagram__legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}
