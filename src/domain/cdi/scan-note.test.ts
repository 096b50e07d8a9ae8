import { describe, expect, it } from 'vitest';
import { CDI_CUES_STARTER } from '@/testing/cdi-packs';
import { scanNote } from './scan-note';

type Row = [kind: string, value: string, text: string, assertion: string, trigger: string];

function rows(note: string): Row[] {
  return scanNote(note, CDI_CUES_STARTER).mentions.map((m) => [m.kind, m.value, m.text, m.assertion, m.trigger ?? '']);
}

describe('scanNote', () => {
  it.each<[string, string, Row[]]>([
    [
      'negation stops at "but"',
      'Denies chest pain but reports shortness of breath.',
      [
        ['condition', 'chest-pain', 'chest pain', 'negated', 'Denies'],
        ['condition', 'dyspnea', 'shortness of breath', 'affirmed', ''],
      ],
    ],
    [
      'negation reaches across a list within the window',
      'No fever, cough or chest pain.',
      [
        ['condition', 'cough', 'cough', 'negated', 'No'],
        ['condition', 'chest-pain', 'chest pain', 'negated', 'No'],
      ],
    ],
    [
      'negation does not reach past the window of five words',
      'No history of recent travel or contact with anyone with cough.',
      [['condition', 'cough', 'cough', 'affirmed', '']],
    ],
    [
      'negation ends at the sentence',
      'No fever. Chest pain since morning.',
      [['condition', 'chest-pain', 'Chest pain', 'affirmed', '']],
    ],
    [
      'after-trigger: "was ruled out"',
      'Pneumonia was ruled out on the chest X-ray.',
      [
        ['condition', 'pneumonia', 'Pneumonia', 'negated', 'was ruled out'],
        ['condition', 'imaging-xray', 'X-ray', 'affirmed', ''],
      ],
    ],
    [
      'before-trigger: "ruled out" and "negative for"',
      'Ruled out atrial fibrillation; negative for pneumonia.',
      [
        ['condition', 'atrial-fibrillation', 'atrial fibrillation', 'negated', 'Ruled out'],
        ['condition', 'pneumonia', 'pneumonia', 'negated', 'negative for'],
      ],
    ],
    [
      'uncertainty: probable, suspected, rule out',
      'Probable pneumonia. ECG: suspected atrial fibrillation. Rule out GERD.',
      [
        ['condition', 'pneumonia', 'pneumonia', 'uncertain', 'Probable'],
        ['condition', 'ecg', 'ECG', 'affirmed', ''],
        ['condition', 'atrial-fibrillation', 'atrial fibrillation', 'uncertain', 'suspected'],
        ['condition', 'gerd', 'GERD', 'uncertain', 'Rule out'],
      ],
    ],
    [
      'uncertainty after the mention',
      'Atrial fibrillation is suspected.',
      [['condition', 'atrial-fibrillation', 'Atrial fibrillation', 'uncertain', 'is suspected']],
    ],
    [
      '"likely" reaches forward only',
      'Precordial chest pain, likely musculoskeletal.',
      [
        ['site', 'precordial', 'Precordial', 'affirmed', ''],
        ['condition', 'chest-pain', 'chest pain', 'affirmed', ''],
      ],
    ],
    [
      'acute on chronic wins over acute and chronic',
      'Acute on chronic COPD; chronic kidney disease.',
      [
        ['acuity', 'acute on chronic', 'Acute on chronic', 'affirmed', ''],
        ['condition', 'copd', 'COPD', 'affirmed', ''],
        ['acuity', 'chronic', 'chronic', 'affirmed', ''],
        ['condition', 'ckd', 'chronic kidney disease', 'affirmed', ''],
      ],
    ],
    [
      'laterality, including "-sided" and bilateral',
      'Right-sided pleuritic chest pain. Bilateral knee pain, worse on the left.',
      [
        ['laterality', 'right', 'Right-sided', 'affirmed', ''],
        ['character', 'pleuritic', 'pleuritic', 'affirmed', ''],
        ['condition', 'chest-pain', 'chest pain', 'affirmed', ''],
        ['laterality', 'bilateral', 'Bilateral', 'affirmed', ''],
        ['condition', 'knee-pain', 'knee pain', 'affirmed', ''],
        ['laterality', 'left', 'left', 'affirmed', ''],
      ],
    ],
    [
      'episode of care',
      'Fracture of the right scaphoid, initial encounter. Cast change at the subsequent encounter; sequela of an old burn.',
      [
        ['condition', 'wrist-hand-fracture', 'Fracture', 'affirmed', ''],
        ['laterality', 'right', 'right', 'affirmed', ''],
        ['episode', 'initial', 'initial encounter', 'affirmed', ''],
        ['condition', 'splint', 'Cast', 'affirmed', ''],
        ['episode', 'subsequent', 'Cast change', 'affirmed', ''],
        ['episode', 'subsequent', 'subsequent encounter', 'affirmed', ''],
        ['episode', 'sequela', 'sequela', 'affirmed', ''],
      ],
    ],
    [
      'trimester',
      'G2P1 at 26 weeks, second trimester, gestational diabetes, diet controlled. 3rd trimester scan booked.',
      [
        ['trimester', 'second', 'second trimester', 'affirmed', ''],
        ['condition', 'gestational-diabetes', 'gestational diabetes', 'affirmed', ''],
        ['trimester', 'third', '3rd trimester', 'affirmed', ''],
      ],
    ],
    [
      'diabetes type and complications',
      'Type 2 diabetes with hyperglycemia and with CKD stage 3a.',
      [
        ['diabetes', 'type 2', 'Type 2 diabetes', 'affirmed', ''],
        ['condition', 'diabetes-type-2', 'Type 2 diabetes', 'affirmed', ''],
        ['diabetes', 'with hyperglycemia', 'with hyperglycemia', 'affirmed', ''],
        ['diabetes', 'with CKD', 'with CKD', 'affirmed', ''],
        ['condition', 'ckd', 'CKD', 'affirmed', ''],
      ],
    ],
    [
      'site and character words',
      'Retrosternal pressure-like pain on exertion; sharp pain on deep breathing.',
      [
        ['site', 'precordial', 'Retrosternal', 'affirmed', ''],
        ['character', 'pressure-like', 'pressure-like', 'affirmed', ''],
        ['character', 'exertional', 'on exertion', 'affirmed', ''],
        ['character', 'on breathing', 'on deep breathing', 'affirmed', ''],
      ],
    ],
    ['decimal points do not end a sentence', 'Metformin 1.5 g; no R07.2 pain.', []],
    ['an empty note has no mentions', '', []],
  ])('%s', (_name, note, expected) => {
    expect(rows(note)).toEqual(expected);
  });

  it('gives character offsets into the note and sentence numbers', () => {
    const note = 'Seen today.\nKnown hypertension.';
    const scan = scanNote(note, CDI_CUES_STARTER);
    expect(scan.sentences).toEqual([
      { index: 0, start: 0, end: 10, text: 'Seen today' },
      { index: 1, start: 12, end: 30, text: 'Known hypertension' },
    ]);
    expect(scan.mentions).toEqual([{ kind: 'condition', value: 'hypertension', start: 18, end: 30, text: 'hypertension', sentence: 1, assertion: 'affirmed' }]);
  });
});
