export { CdiReview } from './components/cdi-review';
export type { EngineNote } from './components/code-support-list';
