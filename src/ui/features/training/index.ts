export { KeySummary } from './components/key-summary';
export { PackImport } from './components/pack-import';
export { PracticeBrief } from './components/practice-brief';
export { PresentationView, presentationSteps } from './components/presentation-view';
export { readQuestions, readTeachingPoints, ScenarioMetaForm, toScenarioMeta, type ScenarioMeta } from './components/scenario-meta-form';
export { ScoreReport } from './components/score-report';
export { TeachingPoints } from './components/teaching-points';
export { TrainingHome, type PackEntry } from './components/training-home';
