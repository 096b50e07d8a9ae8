export { DraftsPage } from './components/drafts-page';
