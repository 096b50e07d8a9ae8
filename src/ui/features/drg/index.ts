/**
 * The IR-DRG feature: the payment panel (with its tables and settings dialog) and the DRG data
 * the rules engine reads. The panel's code loads on first use; the data hook is light.
 */
export { LazyDrgPanel as DrgPanel } from './components/lazy-drg-panel';
export type { DrgPanelProps } from './components/drg-panel';
export { drgDataQuery, useDrgEditData } from './api/drg-data';
