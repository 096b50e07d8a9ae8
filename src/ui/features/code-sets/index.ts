export { CodeSetsPage } from './components/code-sets-page';
