import { EMIRATES_ID_PATTERN } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';

/** Emirates ID: present and in the 784-YYYY-NNNNNNN-C pattern (or one of the four placeholders). */
export const clmEmiratesIdFormat = defineEdit<{ value: string }>({
  id: 'CLM-EMIRATES-ID-FORMAT',
  title: 'Emirates ID missing or not in the required pattern',
  severity: 'reject',
  category: 'completeness',
  profiles: ['DOH', 'DHA'],
  source: SOURCES.eclaimEmiratesId,
  explain: (p) => (p.value ? `Emirates ID "${p.value}" does not match 999-9999-9999999-9.` : 'Emirates ID is empty; UAE claims must carry it (or a placeholder).'),
  rule: () =>
    'UAE e-claims carry the Emirates ID as three digits, four, seven and one, separated by hyphens (real IDs start with 784). When the patient has no card, use a placeholder: 000-0000-0000000-0 national without a card, 111-1111-1111111-1 resident expatriate without a card, 222-2222-2222222-2 non-national non-resident, 999-9999-9999999-9 unknown.',
  check: (doc) => {
    const value = doc.claim.emiratesIdNumber.trim();
    if (EMIRATES_ID_PATTERN.test(value)) return [];
    const digits = value.replace(/\D/g, '');
    const fixes =
      digits.length === 15 && value !== ''
        ? [
            {
              label: `Format as ${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7, 14)}-${digits.slice(14)}`,
              patches: [{ op: 'set' as const, path: ['claim', 'emiratesIdNumber'], value: `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7, 14)}-${digits.slice(14)}` }],
            },
          ]
        : [];
    return [{ path: ['claim', 'emiratesIdNumber'], params: { value }, ...(fixes.length ? { fixes } : {}) }];
  },
});
