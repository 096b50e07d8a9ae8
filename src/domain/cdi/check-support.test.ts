import { describe, expect, it } from 'vitest';
import { CDI_CUES_STARTER } from '@/testing/cdi-packs';
import { applyFix } from '@/domain/rules';
import { aDoc } from '@/testing/builders';
import { starterCatalog } from '@/testing/code-tables';
import { checkDocumentation, UNCERTAIN_RULES } from './check-support';
import { lookupFromCatalog } from './code-lookup';

const lookup = lookupFromCatalog(starterCatalog(), '2025-10-05T09:00');

/** An outpatient (type 1) or inpatient (type 3) encounter with these diagnoses and note, one E/M line. */
function doc(codes: readonly string[], note: string, type = '1') {
  return aDoc()
    .encounter({ type })
    .diagnoses(...codes)
    .activities({ code: '99213', diagnosisLinks: [...codes] })
    .note(note)
    .build();
}

type Expected = { code: string; status: string; evidence: string[]; suggested?: string; reasons: string[] };

function summary(codes: readonly string[], note: string, type = '1'): Expected[] {
  return checkDocumentation(doc(codes, note, type), CDI_CUES_STARTER, lookup)
    .codes.filter((c) => c.kind === 'dx')
    .map((c) => ({ code: c.code, status: c.status, evidence: c.evidence.map((m) => m.text), ...(c.gap ? { suggested: c.gap.suggested } : {}), reasons: [...c.reasons] }));
}

describe('checkDocumentation: support per code', () => {
  it.each<[string, readonly string[], string, string, Expected[]]>([
    ['a documented code is supported, with its phrases', ['R07.2'], 'Two days of precordial chest pain.', '1', [{ code: 'R07.2', status: 'supported', evidence: ['precordial', 'chest pain'], reasons: [] }]],
    [
      'a code the note never mentions is not found',
      ['K21.9'],
      'Left knee pain for three weeks.',
      '1',
      [{ code: 'K21.9', status: 'not-found', evidence: [], reasons: ['The note does not mention gastro-esophageal reflux disease.'] }],
    ],
    [
      'a negated mention does not support',
      ['R07.9'],
      'Denies chest pain but reports shortness of breath.',
      '1',
      [{ code: 'R07.9', status: 'not-found', evidence: [], reasons: ['The note mentions chest pain only as absent ("Denies chest pain").'] }],
    ],
    [
      'outpatient: an uncertain diagnosis is only partly supported (IV.H)',
      ['I48.91'],
      'ECG: suspected atrial fibrillation.',
      '1',
      [{ code: 'I48.91', status: 'partly', evidence: ['atrial fibrillation'], reasons: [`Atrial fibrillation or flutter is documented only as uncertain ("suspected atrial fibrillation"). ${UNCERTAIN_RULES.outpatient}`] }],
    ],
    [
      'inpatient: an uncertain diagnosis at discharge counts as established (II.H, III.C)',
      ['J18.9'],
      'Discharge diagnosis: probable pneumonia.',
      '3',
      [{ code: 'J18.9', status: 'supported', evidence: ['pneumonia'], reasons: [`Documented as uncertain; counted as established. ${UNCERTAIN_RULES.inpatient}`] }],
    ],
    [
      'specificity gap: R07.9 with "precordial" suggests R07.2',
      ['R07.9'],
      'Precordial chest pain since this morning.',
      '1',
      [{ code: 'R07.9', status: 'supported', evidence: ['chest pain'], suggested: 'R07.2', reasons: ['The note documents the specific form ("Precordial"): R07.2 Precordial pain.'] }],
    ],
    [
      'specificity gap: E11.9 with "with hyperglycemia" suggests E11.65',
      ['E11.9'],
      'Type 2 diabetes with hyperglycemia, HbA1c 9.1%.',
      '1',
      [{ code: 'E11.9', status: 'supported', evidence: ['Type 2 diabetes'], suggested: 'E11.65', reasons: ['The note documents the specific form ("with hyperglycemia"): E11.65 Type 2 diabetes mellitus with hyperglycemia.'] }],
    ],
    [
      'laterality gap: unspecified knee with "left" suggests the left-knee code',
      ['M17.10'],
      'Osteoarthritis of the left knee.',
      '1',
      [{ code: 'M17.10', status: 'supported', evidence: ['Osteoarthritis'], suggested: 'M17.12', reasons: ['The note documents the specific form ("left"): M17.12 Unilateral primary osteoarthritis, left knee.'] }],
    ],
    [
      'laterality mismatch: the code says right, the note says left',
      ['M25.561'],
      'Left knee pain, worse on stairs.',
      '1',
      [{ code: 'M25.561', status: 'partly', evidence: ['knee pain'], suggested: 'M25.562', reasons: ['The code is pain in right knee; the note documents "Left" instead.', 'The note documents the specific form ("Left"): M25.562 Pain in left knee.'] }],
    ],
    [
      'a specific code whose detail the note lacks is partly supported',
      ['E11.65'],
      'Type 2 diabetes on metformin.',
      '1',
      [{ code: 'E11.65', status: 'partly', evidence: ['Type 2 diabetes'], reasons: ['The code is type 2 diabetes mellitus with hyperglycemia; the note does not document with hyperglycemia.'] }],
    ],
    [
      'a laterality in the code title must be in the note (codes without a specific form in the pack)',
      ['M23.221'],
      'Meniscal tear, posterior horn.',
      '1',
      [{ code: 'M23.221', status: 'partly', evidence: ['Meniscal tear'], reasons: ['The code says laterality right; the note does not document the laterality where it mentions the condition.'] }],
    ],
    [
      'the episode in the code title may be documented anywhere in the note',
      ['S62.024A', 'W01.0XXA'],
      'Nondisplaced fracture of the middle third of the right scaphoid, initial encounter. Fall from slipping on the same level.',
      '2',
      [
        { code: 'S62.024A', status: 'supported', evidence: ['fracture', 'right', 'initial encounter'], reasons: [] },
        { code: 'W01.0XXA', status: 'supported', evidence: ['initial encounter', 'Fall'], reasons: [] },
      ],
    ],
    [
      'a missing episode is partly supported',
      ['S62.024A'],
      'Nondisplaced fracture of the middle third of the right scaphoid.',
      '2',
      [{ code: 'S62.024A', status: 'partly', evidence: ['fracture', 'right'], reasons: ['The code says episode initial; the note does not document the episode.'] }],
    ],
    [
      'codes outside the pack are matched by their title words',
      ['R51.9'],
      'Headache since yesterday.',
      '1',
      [{ code: 'R51.9', status: 'supported', evidence: ['Headache'], reasons: ['Every word of the title is in one sentence of the note.'] }],
    ],
  ])('%s', (_name, codes, note, type, expected) => {
    expect(summary(codes, note, type)).toEqual(expected);
  });

  it('procedures: a CPT code with terms in the pack is checked; one without is not', () => {
    const d = aDoc().diagnoses('R07.2').activities({ code: '93000' }, { code: '99213' }).note('Precordial pain. ECG: sinus rhythm.').build();
    const acts = checkDocumentation(d, CDI_CUES_STARTER, lookup).codes.filter((c) => c.kind === 'act');
    expect(acts.map((c) => [c.code, c.status, c.evidence.map((m) => m.text)])).toEqual([
      ['93000', 'supported', ['ECG']],
      ['99213', 'not-checked', []],
    ]);
  });

  it('the gap fix replaces the code and the activity links through applyFix', () => {
    const d = doc(['R07.9'], 'Precordial chest pain.');
    const gap = checkDocumentation(d, CDI_CUES_STARTER, lookup).codes[0]?.gap;
    expect(gap?.fix.label).toBe('Replace R07.9 with R07.2 (Precordial pain)');
    const next = applyFix(d, gap!.fix);
    expect(next.claim.diagnoses.map((x) => x.code)).toEqual(['R07.2']);
    expect(next.claim.activities[0]?.diagnosisLinks).toEqual(['R07.2']);
  });

  it('suggests only codes the loaded code set holds as billable', () => {
    // M25.569 is not in the starter set's list, but the suggestion M25.563 is not either: no gap offered.
    const noBilateral = checkDocumentation(doc(['M25.562'], 'Bilateral knee pain.'), CDI_CUES_STARTER, lookup).codes[0];
    expect(noBilateral?.gap).toBeUndefined();
    expect(noBilateral?.status).toBe('partly');
  });
});

describe('checkDocumentation: possibly missing diagnoses', () => {
  it.each<[string, readonly string[], string, string, [string, string, string[]][]]>([
    ['a documented condition with no code is a prompt', ['E11.65'], 'Type 2 diabetes with hyperglycemia. Known hypertension on amlodipine.', '1', [['missing', 'hypertension', ['hypertension']]]],
    ['a negated condition is no prompt', ['E11.65'], 'Type 2 diabetes with hyperglycemia. No hypertension.', '1', []],
    ['a symptom integral to a coded diagnosis is no prompt', ['J18.9'], 'Pneumonia with right-sided pleuritic chest pain.', '3', []],
    ['outpatient: an uncertain condition is an "uncertain" prompt', ['R00.0'], 'Suspected atrial fibrillation.', '1', [['uncertain', 'atrial-fibrillation', ['atrial fibrillation']]]],
    ['inpatient: an uncertain condition is a "missing" prompt', ['J18.9'], 'Pneumonia. Suspected atrial fibrillation.', '3', [['missing', 'atrial-fibrillation', ['atrial fibrillation']]]],
    ['families marked prompt: false never prompt', ['R07.2'], 'Precordial pain after a fall.', '1', []],
  ])('%s', (_name, codes, note, type, expected) => {
    const prompts = checkDocumentation(doc(codes, note, type), CDI_CUES_STARTER, lookup).prompts;
    expect(prompts.map((p) => [p.kind, p.familyId, p.evidence.map((m) => m.text)])).toEqual(expected);
  });

  it('the prompt never adds a code', () => {
    const d = doc(['E11.65'], 'Type 2 diabetes with hyperglycemia. Known hypertension.');
    const a = checkDocumentation(d, CDI_CUES_STARTER, lookup);
    expect(a.prompts[0]?.message).toBe('The note documents hypertension ("hypertension") but no code on the claim covers it. Review; code it only if the documentation supports it.');
    expect(d.claim.diagnoses.map((x) => x.code)).toEqual(['E11.65']);
  });
});
