//! Training mode's components: thin over the pure modules (`scenario`, `quiz`, `export`,
//! `whatif`, `diagram`, `pack`). What each answer is comes from `rules::assess`.

mod diagram;
mod facilitator;
mod files;
mod home;
mod quiz;

pub use diagram::CriteriaDiagram;
pub use facilitator::FacilitatorPage;
pub use home::TrainingPage;
pub use quiz::QuizPage;

use super::library::library;
use super::pack::{Pack, PackProblem, PackSource};
use super::quiz::RoundResult;
use super::scenario::Scenario;
use crate::content::training as text;
use crate::navigation::{Navigator, Page};
use leptos::prelude::*;

/// Training mode's state, in memory only for the session: the pack in use, the scenario
/// showing, the scores, and the problems with the last pack file opened.
#[derive(Clone, Copy)]
pub struct TrainingState {
    pub pack: RwSignal<Pack>,
    pub current: RwSignal<usize>,
    pub results: RwSignal<Vec<RoundResult>>,
    pub problems: RwSignal<Vec<PackProblem>>,
    pub opened: RwSignal<Option<String>>,
}

impl TrainingState {
    /// Empty until training mode is first opened (the library is parsed then, not when the
    /// app starts).
    pub fn new() -> TrainingState {
        TrainingState {
            pack: RwSignal::new(Pack {
                title: None,
                source: PackSource::BuiltIn,
                scenarios: Vec::new(),
            }),
            current: RwSignal::new(0),
            results: RwSignal::new(Vec::new()),
            problems: RwSignal::new(Vec::new()),
            opened: RwSignal::new(None),
        }
    }

    /// Loads the built-in library the first time training mode is opened.
    pub fn ensure_loaded(&self) {
        let empty = self
            .pack
            .with_untracked(|pack| pack.source == PackSource::BuiltIn && pack.scenarios.is_empty());
        if empty {
            self.pack.set(library());
        }
    }

    /// The scenario showing (the first if the index is out of range).
    pub fn scenario(&self) -> Option<Scenario> {
        let index = self.current.get_untracked();
        self.pack.with_untracked(|pack| {
            pack.scenarios
                .get(index)
                .or(pack.scenarios.first())
                .cloned()
        })
    }
}

impl Default for TrainingState {
    fn default() -> Self {
        TrainingState::new()
    }
}

/// The training state, created the first time training mode is used.
pub fn training_state() -> TrainingState {
    let state = use_context::<TrainingState>().unwrap_or_else(|| {
        let state = TrainingState::new();
        provide_context(state);
        state
    });
    state.ensure_loaded();
    state
}

/// A link back to the list of scenarios.
#[component]
pub fn BackToScenarios() -> impl IntoView {
    let navigator = expect_context::<Navigator>();
    view! {
        <a
            href="#training"
            class="govuk-back-link"
            on:click=navigator.link_to(Page::Training)
        >
            {text::BACK_TO_SCENARIOS}
        </a>
    }
}

/// The scenario's vignette, learning points and discussion questions.
#[component]
pub fn LearningAndDiscussion(scenario: Scenario) -> impl IntoView {
    view! {
        <h2 class="govuk-heading-m">{text::LEARNING}</h2>
        <ul class="govuk-list govuk-list--bullet" data-testid="learning-points">
            {scenario
                .learning_points
                .into_iter()
                .map(|point| view! { <li>{point.text}</li> })
                .collect_view()}
        </ul>
        <h2 class="govuk-heading-m">{text::DISCUSSION}</h2>
        <ul class="govuk-list govuk-list--bullet" data-testid="discussion">
            {scenario
                .discussion
                .into_iter()
                .map(|question| view! { <li>{question}</li> })
                .collect_view()}
        </ul>
    }
}
