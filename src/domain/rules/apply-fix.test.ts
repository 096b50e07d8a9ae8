import { describe, expect, it } from 'vitest';
import { aDoc } from '@/testing/builders';
import { applyFix } from './apply-fix';

describe('applyFix', () => {
  it('sets values without changing the input document', () => {
    const doc = aDoc().build();
    const next = applyFix(doc, { label: 'x', patches: [{ op: 'set', path: ['claim', 'diagnoses', 0, 'code'], value: 'R07.1' }] });
    expect(next.claim.diagnoses[0]!.code).toBe('R07.1');
    expect(doc.claim.diagnoses[0]!.code).toBe('R07.2');
    expect(next.claim.activities).toBe(doc.claim.activities);
  });

  it('runs sets first and removals last, highest index first', () => {
    const doc = aDoc().activities({ code: 'A' }, { code: 'B' }, { code: 'C' }, { code: 'D' }).build();
    const next = applyFix(doc, {
      label: 'merge',
      patches: [
        { op: 'remove', path: ['claim', 'activities', 1] },
        { op: 'remove', path: ['claim', 'activities', 3] },
        { op: 'set', path: ['claim', 'activities', 0, 'modifiers'], value: ['50'] },
      ],
    });
    expect(next.claim.activities.map((a) => `${a.code}${a.modifiers.join('')}`)).toEqual(['A50', 'C']);
  });

  it('appends to a list and ignores paths that no longer exist', () => {
    const doc = aDoc().build();
    const next = applyFix(doc, {
      label: 'add',
      patches: [
        { op: 'append', path: ['claim', 'activities', 0, 'modifiers'], value: '25' },
        { op: 'set', path: ['claim', 'activities', 9, 'code'], value: 'X' },
      ],
    });
    expect(next.claim.activities[0]!.modifiers).toEqual(['25']);
    expect(next.claim.activities).toHaveLength(1);
  });
});
