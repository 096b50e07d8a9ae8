export { CodeCombobox } from './components/code-combobox';
export { CodeLookupButton } from './components/code-lookup-button';
export { CodeSetNotice } from './components/code-set-notice';
