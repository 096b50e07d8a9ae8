export { EncounterEditor } from './components/encounter-editor';
