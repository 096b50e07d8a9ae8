import type { CodeSetContext } from '../../domain/codes';
import { ICD10CM_CLASSIFICATION } from './icd10cm-chapters';
import { SPECIFICITY_HINTS } from './specificity-hints';

import { CODING_ABBREVIATIONS, MAIN_TERM_DEFAULTS } from './abbreviations';

export { CODING_ABBREVIATIONS, MAIN_TERM_DEFAULTS } from './abbreviations';
export { ICD10CM_BLOCKS, ICD10CM_CHAPTERS, ICD10CM_CLASSIFICATION } from './icd10cm-chapters';
export { SPECIFICITY_HINTS } from './specificity-hints';
export { STARTER_CODE_SETS, STARTER_SET_VERSION } from './starter-code-sets';

/** The tables every code-set view needs: ICD-10-CM chapters and blocks, and the specificity hints. */
export const CODE_SET_CONTEXT: CodeSetContext = { icd: ICD10CM_CLASSIFICATION, specificityHints: SPECIFICITY_HINTS };

/** Everything the code search knows about what coders type: abbreviations, then main terms and lay words. */
export const SEARCH_TERMS = [...CODING_ABBREVIATIONS, ...MAIN_TERM_DEFAULTS];
