import { EMIRATES_ID_PLACEHOLDERS } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';

/** A placeholder Emirates ID is allowed, but says something about the patient the coder should confirm. */
export const clmEmiratesIdPlaceholder = defineEdit<{ value: string; meaning: string }>({
  id: 'CLM-EMIRATES-ID-PLACEHOLDER',
  title: 'Emirates ID placeholder in use',
  severity: 'info',
  category: 'completeness',
  profiles: ['DOH', 'DHA'],
  source: SOURCES.eclaimEmiratesId,
  explain: (p) => `Emirates ID ${p.value} is the placeholder for "${p.meaning}"; confirm that this describes the patient.`,
  rule: () => 'Placeholders are for patients without a card. Payers audit their use: a resident with a card should be billed with the real ID.',
  check: (doc) => {
    const value = doc.claim.emiratesIdNumber.trim();
    const meaning = EMIRATES_ID_PLACEHOLDERS[value as keyof typeof EMIRATES_ID_PLACEHOLDERS];
    return meaning ? [{ path: ['claim', 'emiratesIdNumber'], params: { value, meaning } }] : [];
  },
});
