import { parseCode } from '../../../codes';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import { diagnosisLines } from '../../support/icd';
import type { Hit } from '../../types';

type P = { line: number; typed: string; problem: string };

/** A diagnosis code must have the shape of an ICD-10-CM code (needs no code set). */
export const dxCodeFormat = defineEdit<P>({
  id: 'DX-CODE-FORMAT',
  title: 'Diagnosis code is not an ICD-10-CM code',
  severity: 'reject',
  category: 'diagnosis',
  source: SOURCES.icdGuidelines('Section I.A.2 (format and structure: a letter, a digit, then up to five characters, a dot after the third)'),
  explain: (p) => `Diagnosis ${p.line}: "${p.typed}" cannot be an ICD-10-CM code. ${p.problem}`,
  rule: () =>
    'An ICD-10-CM code is 3 to 7 characters: a letter, a digit, then letters or digits, written with a dot after the third character (R07.9, S62.024A). Text of any other shape is not a code and the payer cannot read the claim.',
  check: (doc) => {
    const hits: Hit<P>[] = [];
    for (const d of diagnosisLines(doc)) {
      if (d.key !== null) continue;
      const parsed = parseCode('icd10cm', d.typed);
      const problem = parsed.ok ? '' : parsed.errors[0]!.message;
      hits.push({ path: ['claim', 'diagnoses', d.index, 'code'], params: { line: d.index + 1, typed: d.typed, problem } });
    }
    return hits;
  },
});
