//! The criteria as a picture: a model of the decision path, generated from the rules core's
//! decision structure (`ConditionKind::ALL`, `ConditionKind::rules`, `DECISION_RULE`) and, for a
//! case, the states `rules::assess` gives each condition. Never a separate drawing: add a
//! condition to the rules and it appears here. The page only draws this model as SVG.
//!
//! The layout is computed here, with every label measured: box sizes, gaps and wrapping come
//! from the width of the words they hold, so no label can run out of its box or the picture.
//! Widths come from a table of the widest bold glyphs of the fonts the app may fall back to
//! (see [`text_width`]); the end-to-end test measures the rendered labels in the browser.

use rules::{Assessment, ConditionKind, ConditionState, PanelStatus, RuleId, DECISION_RULE};

use crate::content::training as text;

/// How a box or arrow is drawn for the current case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// No case, or the path did not reach it.
    Plain,
    /// Met / on the path.
    Met,
    /// Not met: the path leaves here.
    NotMet,
    /// Needs judgement.
    Judgement,
    /// Not answered yet.
    NotAnswered,
}

impl Mark {
    /// The state in words (colour is never the only sign); none for a plain box.
    pub fn words(self) -> Option<&'static str> {
        match self {
            Mark::Plain => None,
            Mark::Met => Some(text::DIAGRAM_MET),
            Mark::NotMet => Some(text::DIAGRAM_NOT_MET),
            Mark::Judgement => Some(text::DIAGRAM_JUDGEMENT),
            Mark::NotAnswered => Some(text::DIAGRAM_NOT_ANSWERED),
        }
    }
}

/// What a box stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Condition(ConditionKind),
    /// All four met: notify the Panel (R08).
    Notify,
    /// None not met, at least one needs judgement: the local authority decides (R08).
    Decide,
    /// A condition not met: no Panel notification (R08); local learning (R18).
    NotRequired,
}

impl NodeKind {
    /// The plain words in the box (the rule codes are in the legend).
    pub fn label(self) -> &'static str {
        match self {
            NodeKind::Condition(ConditionKind::Place) => text::DIAGRAM_PLACE,
            NodeKind::Condition(ConditionKind::Child) => text::DIAGRAM_CHILD,
            NodeKind::Condition(ConditionKind::AbuseOrNeglect) => text::DIAGRAM_ABUSE_OR_NEGLECT,
            NodeKind::Condition(ConditionKind::DeathOrSeriousHarm) => {
                text::DIAGRAM_DEATH_OR_SERIOUS_HARM
            }
            NodeKind::Notify => text::DIAGRAM_NOTIFY,
            NodeKind::Decide => text::DIAGRAM_DECIDE,
            NodeKind::NotRequired => text::DIAGRAM_NOT_REQUIRED,
        }
    }
}

/// What an arrow stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// Met, or needs judgement: on to the next condition.
    Next,
    /// Not met.
    NotMet,
    /// Every condition met.
    AllMet,
    /// None not met, at least one needs judgement.
    AnyJudgement,
}

/// A rectangle in the picture's coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.right() <= self.right()
            && other.bottom() <= self.bottom()
    }
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// How a label's lines are aligned to its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
}

/// Lines of text, placed: `x` is the left edge (start) or centre (middle), `y` the top of the
/// first line's slot. Each line takes `line_height`; its baseline is `baseline(i)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    pub x: f32,
    pub y: f32,
    pub anchor: Anchor,
    pub font: f32,
}

impl Label {
    pub fn line_height(&self) -> f32 {
        LINE * self.font
    }
    /// The baseline of line `i`, near the middle of its slot for common sans-serif fonts.
    pub fn baseline(&self, i: usize) -> f32 {
        self.y + i as f32 * self.line_height() + 0.97 * self.font
    }
    pub fn width(&self) -> f32 {
        self.lines
            .iter()
            .map(|l| text_width(l, self.font))
            .fold(0.0, f32::max)
    }
    /// The space the label takes (by the width table).
    pub fn rect(&self) -> Rect {
        let w = self.width();
        let x = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
        };
        Rect {
            x,
            y: self.y,
            w,
            h: self.lines.len() as f32 * self.line_height(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub rules: Vec<RuleId>,
    pub mark: Mark,
    pub rect: Rect,
    /// The box's name, and under it the case's state in words when a case is shown.
    pub label: Label,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    /// The line, corner by corner, ending where the arrowhead starts.
    pub points: Vec<Point>,
    /// The arrowhead's three corners.
    pub head: [Point; 3],
    pub label: Label,
    pub mark: Mark,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    pub width: f32,
    pub height: f32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// The two layouts: wide for a projector or desktop (at 1280 px wide its text is drawn at
/// 24 px or more), narrow for a phone. The page shows one or the other by the screen's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Wide,
    Narrow,
}

impl Size {
    pub const ALL: [Size; 2] = [Size::Wide, Size::Narrow];

    /// The width the layout aims at and its font size, in the picture's units.
    fn budget(self) -> (f32, f32) {
        match self {
            Size::Wide => (1180.0, 24.0),
            Size::Narrow => (500.0, 22.0),
        }
    }
}

/// Line height as a multiple of the font size.
const LINE: f32 = 1.25;
/// Margin around the picture.
const MARGIN: f32 = 8.0;

/// Advance widths of ASCII 32–126, in thousandths of the font size: for each character the
/// wider of DejaVu Sans Bold and Liberation Sans Bold (metric-compatible with Arial Bold), the
/// widest of the fonts the app's font stack falls back to. All diagram text is bold.
const WIDTHS: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 762, 734, 830, 683,
    683, 821, 837, 372, 556, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
    724, 725, 457, 365, 457, 838, 556, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
    343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/// The width of bold text at `font` size, with 5% to spare for fonts a little wider still.
/// Characters outside ASCII count as a full em (the widest, e.g. the tick and the ellipsis).
pub fn text_width(s: &str, font: f32) -> f32 {
    let thousandths: u32 = s
        .chars()
        .map(|c| match c as u32 {
            code @ 32..=126 => u32::from(WIDTHS[(code - 32) as usize]),
            _ => 1000,
        })
        .sum();
    thousandths as f32 * font / 1000.0 * 1.05
}

/// Splits `s` into lines no wider than `width` (a single longer word gets its own line; the
/// layout makes columns at least as wide as their longest word).
pub fn wrap(s: &str, font: f32, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn widest_word(s: &str, font: f32) -> f32 {
    s.split_whitespace()
        .map(|w| text_width(w, font))
        .fold(0.0, f32::max)
}

fn mark_of(state: ConditionState) -> Mark {
    match state {
        ConditionState::Met => Mark::Met,
        ConditionState::NotMet => Mark::NotMet,
        ConditionState::NeedsJudgement => Mark::Judgement,
        ConditionState::NotAnswered => Mark::NotAnswered,
    }
}

/// The marks of the conditions, the outcome boxes and the arrows for a case: the path runs
/// through the conditions in order and leaves at the first one not met.
struct Marks {
    conditions: Vec<Mark>,
    notify: Mark,
    decide: Mark,
    not_required: Mark,
}

fn marks(assessment: Option<&Assessment>) -> Marks {
    let mut reached = assessment.is_some();
    let mut left = false;
    let conditions = ConditionKind::ALL
        .into_iter()
        .map(|kind| {
            let state = assessment.and_then(|a| {
                a.panel_notification
                    .conditions
                    .iter()
                    .find(|c| c.condition == kind)
                    .map(|c| c.state)
            });
            let mark = match state {
                Some(state) if reached => mark_of(state),
                _ => Mark::Plain,
            };
            if mark == Mark::NotMet {
                left = true;
            }
            if mark == Mark::NotMet || mark == Mark::Plain {
                reached = false;
            }
            mark
        })
        .collect();
    let status = assessment.map(|a| &a.panel_notification.status);
    Marks {
        conditions,
        notify: match status {
            Some(PanelStatus::Required) if !left => Mark::Met,
            _ => Mark::Plain,
        },
        decide: match status {
            Some(PanelStatus::NeedsJudgement) if !left => Mark::Judgement,
            _ => Mark::Plain,
        },
        not_required: if left { Mark::NotMet } else { Mark::Plain },
    }
}

/// A box's label: its name wrapped to the box, then its state in words when a case is shown
/// (on the name's line if it fits there, to keep the picture short enough for a projector).
fn box_label(name: &str, mark: Mark, marked: bool, font: f32, inner: f32) -> Vec<String> {
    let mut lines = wrap(name, font, inner);
    if let Some(state) = mark.words().filter(|_| marked) {
        match lines.as_mut_slice() {
            [line] if text_width(&format!("{line}: {state}"), font) <= inner => {
                *line = format!("{line}: {state}");
            }
            _ => lines.extend(wrap(state, font, inner)),
        }
    }
    lines
}

/// A point in the picture's coordinates.
pub type Point = (f32, f32);

/// The line of an arrow, shortened to where its head starts, and the head's three corners.
fn arrow(points: Vec<Point>, font: f32) -> (Vec<Point>, [Point; 3]) {
    let mut points = points;
    let n = points.len();
    let (tx, ty) = points[n - 1];
    let (fx, fy) = points[n - 2];
    let len = ((tx - fx).powi(2) + (ty - fy).powi(2)).sqrt().max(1.0);
    let (dx, dy) = ((tx - fx) / len, (ty - fy) / len);
    let (long, half) = (0.6 * font, 0.3 * font);
    let (bx, by) = (tx - dx * long, ty - dy * long);
    points[n - 1] = (bx, by);
    let head = [
        (tx, ty),
        (bx - dy * half, by + dx * half),
        (bx + dy * half, by - dx * half),
    ];
    (points, head)
}

/// The diagram at `size`, with the path of `assessment` marked if one is given.
pub fn diagram(assessment: Option<&Assessment>, size: Size) -> Diagram {
    let (budget, f) = size.budget();
    let marked = assessment.is_some();
    let m = marks(assessment);
    let pad = 0.45 * f;
    let line = LINE * f;
    let label = |lines: Vec<String>, x: f32, y: f32, anchor: Anchor| Label {
        lines,
        x,
        y,
        anchor,
        font: f,
    };

    // Columns: the conditions (A), a gap for "Not met", the outcome when one is not met (B).
    // On a phone "Not met" may take two lines, leaving the boxes more of the width.
    let no_width = match size {
        Size::Wide => text_width(text::DIAGRAM_NO, f),
        Size::Narrow => widest_word(text::DIAGRAM_NO, f),
    };
    let gap_x = no_width + 2.0 * pad + f;
    let b_names = [NodeKind::NotRequired.label()];
    let b_min = b_names
        .iter()
        .map(|s| widest_word(s, f))
        .fold(0.0, f32::max)
        + 2.0 * pad;
    let a_names: Vec<&str> = ConditionKind::ALL
        .into_iter()
        .map(|k| NodeKind::Condition(k).label())
        .chain([
            NodeKind::Notify.label(),
            NodeKind::Decide.label(),
            text::DIAGRAM_NEXT,
            text::DIAGRAM_ALL_MET,
            text::DIAGRAM_ANY_JUDGEMENT,
        ])
        .chain(marked.then_some(Mark::NotAnswered.words()).flatten())
        .collect();
    let a_min = a_names
        .iter()
        .map(|s| widest_word(s, f))
        .fold(0.0, f32::max)
        + 2.0 * pad
        + 2.0 * f;
    let free = budget - 2.0 * MARGIN - gap_x;
    let wb = b_min.max(free * 0.3);
    let wa = a_min.max(free - wb);
    let xa = MARGIN;
    let xb = xa + wa + gap_x;
    let right = xb + wb;
    // The arrows down the conditions run near their left edge, labelled on their right.
    let x_down = xa + 1.5 * f;

    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    let mut y = MARGIN;
    let rows = ConditionKind::ALL.len();
    for (i, kind) in ConditionKind::ALL.into_iter().enumerate() {
        let mark = m.conditions[i];
        let lines = box_label(
            NodeKind::Condition(kind).label(),
            mark,
            marked,
            f,
            wa - 2.0 * pad,
        );
        let h = lines.len() as f32 * line + 2.0 * pad;
        let rect = Rect { x: xa, y, w: wa, h };
        nodes.push(Node {
            kind: NodeKind::Condition(kind),
            rules: kind.rules().to_vec(),
            mark,
            rect,
            label: label(lines, xa + wa / 2.0, y + pad, Anchor::Middle),
        });
        // "Not met": across to the outcome box, labelled above the arrow.
        let no = wrap(text::DIAGRAM_NO, f, gap_x - 2.0 * pad);
        let arrow_y = (y + h / 2.0 + 0.6 * f)
            .max(MARGIN + 0.3 * f + no.len() as f32 * line)
            .min(y + h - 0.3 * f);
        let (points, head) = arrow(vec![(xa + wa, arrow_y), (xb, arrow_y)], f);
        let label_top = arrow_y - 0.3 * f - no.len() as f32 * line;
        edges.push(Edge {
            kind: EdgeKind::NotMet,
            points,
            head,
            label: label(no, xa + wa + gap_x / 2.0, label_top, Anchor::Middle),
            mark: if mark == Mark::NotMet {
                Mark::NotMet
            } else {
                Mark::Plain
            },
        });
        y += h;
        if i + 1 < rows {
            // "Met, or needs judgement": down to the next condition.
            let lines = wrap(text::DIAGRAM_NEXT, f, xa + wa - (x_down + 0.5 * f));
            let gap = (lines.len() as f32 * line + pad).max(1.6 * f);
            let (points, head) = arrow(vec![(x_down, y), (x_down, y + gap)], f);
            let top = y + (gap - lines.len() as f32 * line) / 2.0;
            edges.push(Edge {
                kind: EdgeKind::Next,
                points,
                head,
                label: label(lines, x_down + 0.5 * f, top, Anchor::Start),
                mark: match mark {
                    Mark::Met | Mark::Judgement | Mark::NotAnswered => mark,
                    _ => Mark::Plain,
                },
            });
            y += gap;
        }
    }
    let conditions_bottom = y;
    nodes.push(Node {
        kind: NodeKind::NotRequired,
        rules: vec![DECISION_RULE, RuleId::R18],
        mark: m.not_required,
        rect: Rect {
            x: xb,
            y: MARGIN,
            w: wb,
            h: conditions_bottom - MARGIN,
        },
        label: {
            let lines = box_label(
                NodeKind::NotRequired.label(),
                m.not_required,
                marked,
                f,
                wb - 2.0 * pad,
            );
            let top = MARGIN + (conditions_bottom - MARGIN - lines.len() as f32 * line) / 2.0;
            label(lines, xb + wb / 2.0, top, Anchor::Middle)
        },
    });

    // The two outcomes when none is not met, side by side under the conditions: notify the
    // Panel (all met) and the local authority decides (at least one needs judgement).
    let notify_name = NodeKind::Notify.label();
    // Half the width each, as long as the judgement arrow can still leave the last condition.
    let wn =
        (widest_word(notify_name, f) + 2.0 * pad).max(((right - xa - f) / 2.0).min(wa - 3.5 * f));
    let xd = xa + wn + f;
    let x_judge = (xd + 1.5 * f).min(xa + wa - f);
    let all_met = wrap(
        text::DIAGRAM_ALL_MET,
        f,
        x_judge - 0.5 * f - (x_down + 0.5 * f),
    );
    let any = wrap(text::DIAGRAM_ANY_JUDGEMENT, f, right - (x_judge + 0.5 * f));
    let labels_h = all_met.len().max(any.len()) as f32 * line;
    let gap = (labels_h + pad).max(1.6 * f);
    let bottom_top = conditions_bottom + gap;
    let notify_lines = box_label(notify_name, m.notify, marked, f, wn - 2.0 * pad);
    let decide_lines = box_label(
        NodeKind::Decide.label(),
        m.decide,
        marked,
        f,
        right - xd - 2.0 * pad,
    );
    let h = notify_lines.len().max(decide_lines.len()) as f32 * line + 2.0 * pad;
    // The top of a label centred in a box from `top`, `h` high.
    let middle = |top: f32, h: f32, lines: &[String]| top + (h - lines.len() as f32 * line) / 2.0;
    nodes.push(Node {
        kind: NodeKind::Notify,
        rules: vec![DECISION_RULE],
        mark: m.notify,
        rect: Rect {
            x: xa,
            y: bottom_top,
            w: wn,
            h,
        },
        label: label(
            notify_lines.clone(),
            xa + wn / 2.0,
            middle(bottom_top, h, &notify_lines),
            Anchor::Middle,
        ),
    });
    nodes.push(Node {
        kind: NodeKind::Decide,
        rules: vec![DECISION_RULE],
        mark: m.decide,
        rect: Rect {
            x: xd,
            y: bottom_top,
            w: right - xd,
            h,
        },
        label: label(
            decide_lines.clone(),
            (xd + right) / 2.0,
            middle(bottom_top, h, &decide_lines),
            Anchor::Middle,
        ),
    });
    let last = m.conditions[rows - 1];
    let labels_top = conditions_bottom + (gap - labels_h) / 2.0;
    let (points, head) = arrow(vec![(x_down, conditions_bottom), (x_down, bottom_top)], f);
    edges.push(Edge {
        kind: EdgeKind::AllMet,
        points,
        head,
        label: label(all_met, x_down + 0.5 * f, labels_top, Anchor::Start),
        mark: if m.notify == Mark::Met && last == Mark::Met {
            Mark::Met
        } else {
            Mark::Plain
        },
    });
    let (points, head) = arrow(vec![(x_judge, conditions_bottom), (x_judge, bottom_top)], f);
    edges.push(Edge {
        kind: EdgeKind::AnyJudgement,
        points,
        head,
        label: label(any, x_judge + 0.5 * f, labels_top, Anchor::Start),
        mark: m.decide,
    });
    Diagram {
        width: right + MARGIN,
        height: bottom_top + h + MARGIN,
        nodes,
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::library::library;
    use rules::{answer_space, assess};

    fn find(d: &Diagram, kind: NodeKind) -> &Node {
        d.nodes.iter().find(|n| n.kind == kind).unwrap()
    }

    #[test]
    fn the_boxes_are_the_rules_cores_conditions_in_order() {
        for size in Size::ALL {
            let d = diagram(None, size);
            let kinds: Vec<NodeKind> = d.nodes.iter().map(|n| n.kind).collect();
            let mut expected: Vec<NodeKind> = ConditionKind::ALL
                .into_iter()
                .map(NodeKind::Condition)
                .collect();
            expected.extend([NodeKind::NotRequired, NodeKind::Notify, NodeKind::Decide]);
            assert_eq!(kinds, expected);
            for node in &d.nodes {
                if let NodeKind::Condition(kind) = node.kind {
                    assert_eq!(node.rules, kind.rules());
                }
                assert_eq!(node.mark, Mark::Plain);
            }
            let rules: Vec<RuleId> = d.nodes.iter().flat_map(|n| n.rules.clone()).collect();
            for rule in &RuleId::ALL[..8] {
                assert!(rules.contains(rule), "{rule:?} is drawn");
            }
        }
    }

    #[test]
    fn wrapping_keeps_every_line_within_its_width_unless_a_word_is_longer() {
        let s = "Abuse or neglect known or suspected";
        for width in [80.0, 150.0, 300.0, 1000.0] {
            let lines = wrap(s, 24.0, width);
            assert_eq!(lines.join(" "), s);
            for l in &lines {
                assert!(text_width(l, 24.0) <= width || !l.contains(' '), "{l:?}");
            }
        }
        assert_eq!(wrap(s, 24.0, 1000.0).len(), 1);
        assert!(text_width("WWW", 10.0) > text_width("iii", 10.0));
    }

    /// Every label inside its box (with room to spare) or, for an arrow's label, clear of every
    /// box; no two labels overlapping; everything inside the picture. Checked for every case
    /// the library and a sample of the answer space give, at both sizes.
    #[test]
    fn no_label_leaves_its_box_or_overlaps_another() {
        let cases = answer_space::all_cases().into_iter().step_by(997);
        let library = library().scenarios.into_iter().map(|s| s.facts);
        let assessments: Vec<Option<Assessment>> = std::iter::once(None)
            .chain(cases.chain(library).map(|f| Some(assess(&f))))
            .collect();
        for a in &assessments {
            for size in Size::ALL {
                let d = diagram(a.as_ref(), size);
                let picture = Rect {
                    x: 0.0,
                    y: 0.0,
                    w: d.width,
                    h: d.height,
                };
                let mut labels = Vec::new();
                for node in &d.nodes {
                    let label = node.label.rect();
                    let inner = Rect {
                        x: node.rect.x + 0.25 * node.label.font,
                        y: node.rect.y + 0.25 * node.label.font,
                        w: node.rect.w - 0.5 * node.label.font,
                        h: node.rect.h - 0.5 * node.label.font,
                    };
                    assert!(inner.contains(&label), "{:?} at {size:?}", node.kind);
                    assert!(picture.contains(&node.rect));
                    labels.push(label);
                }
                for edge in &d.edges {
                    let label = edge.label.rect();
                    assert!(picture.contains(&label), "{:?}", edge.kind);
                    for node in &d.nodes {
                        assert!(
                            !label.overlaps(&node.rect),
                            "{:?} on {:?}",
                            edge.kind,
                            node.kind
                        );
                    }
                    labels.push(label);
                }
                for (i, a) in labels.iter().enumerate() {
                    for b in &labels[i + 1..] {
                        assert!(!a.overlaps(b), "{a:?} overlaps {b:?} at {size:?}");
                    }
                }
                // Each arrow leaves its box and points at the box it leads to.
                for edge in &d.edges {
                    let (from, tip) = (edge.points[0], edge.head[0]);
                    let on = |r: &Rect, (x, y): Point| {
                        x >= r.x - 0.5
                            && x <= r.right() + 0.5
                            && y >= r.y - 0.5
                            && y <= r.bottom() + 0.5
                    };
                    assert!(
                        d.nodes.iter().any(|n| on(&n.rect, from)),
                        "{:?} leaves a box",
                        edge.kind
                    );
                    let target = match edge.kind {
                        EdgeKind::NotMet => NodeKind::NotRequired,
                        EdgeKind::AllMet => NodeKind::Notify,
                        EdgeKind::AnyJudgement => NodeKind::Decide,
                        EdgeKind::Next => continue,
                    };
                    assert!(
                        on(&find(&d, target).rect, tip),
                        "{:?} points at {target:?}",
                        edge.kind
                    );
                }
                for (i, a) in d.nodes.iter().enumerate() {
                    for b in &d.nodes[i + 1..] {
                        assert!(!a.rect.overlaps(&b.rect), "{:?} and {:?}", a.kind, b.kind);
                    }
                }
            }
        }
    }

    #[test]
    fn the_wide_picture_keeps_its_text_at_24_px_on_a_1280_px_projector() {
        let d = diagram(None, Size::Wide);
        // The facilitator view gives the picture the width of the screen less 30 px margins.
        let scale = (1280.0 - 60.0) / d.width;
        assert!(24.0 * scale >= 24.0, "{} units wide", d.width);
        let d = diagram(None, Size::Narrow);
        assert!(d.width <= 560.0, "narrow enough for a phone: {}", d.width);
    }

    #[test]
    fn the_marked_path_agrees_with_the_decision() {
        let cases = answer_space::all_cases().into_iter().step_by(101);
        let library = library().scenarios.into_iter().map(|s| s.facts);
        for facts in cases.chain(library) {
            let a = assess(&facts);
            for size in Size::ALL {
                let d = diagram(Some(&a), size);
                let notify = find(&d, NodeKind::Notify);
                let decide = find(&d, NodeKind::Decide);
                let not_required = find(&d, NodeKind::NotRequired);
                let not_met = d.nodes.iter().filter(|n| n.mark == Mark::NotMet).count();
                let edge = |kind| d.edges.iter().find(|e| e.kind == kind).unwrap();
                match a.panel_notification.status {
                    PanelStatus::Required => {
                        assert_eq!(notify.mark, Mark::Met);
                        assert_eq!(decide.mark, Mark::Plain);
                        assert!(d.nodes.iter().take(4).all(|n| n.mark == Mark::Met));
                        assert_eq!(edge(EdgeKind::AllMet).mark, Mark::Met);
                    }
                    PanelStatus::NotRequired => {
                        assert_eq!(not_required.mark, Mark::NotMet);
                        assert_eq!(notify.mark, Mark::Plain);
                        assert_eq!(decide.mark, Mark::Plain);
                        assert_eq!(not_met, 2, "one condition and the not-required box");
                        let arrows = d.edges.iter().filter(|e| e.mark == Mark::NotMet).count();
                        assert_eq!(arrows, 1, "one 'not met' arrow");
                    }
                    PanelStatus::NeedsJudgement => {
                        assert_eq!(decide.mark, Mark::Judgement);
                        assert_eq!(notify.mark, Mark::Plain);
                        assert_eq!(edge(EdgeKind::AnyJudgement).mark, Mark::Judgement);
                        assert!(d.nodes.iter().any(|n| n.mark == Mark::Judgement
                            && matches!(n.kind, NodeKind::Condition(_))));
                    }
                    PanelStatus::CannotTellYet { .. } => {
                        assert_eq!(not_required.mark, Mark::Plain);
                        assert_eq!(notify.mark, Mark::Plain);
                        assert_eq!(decide.mark, Mark::Plain);
                    }
                }
            }
        }
    }
}
