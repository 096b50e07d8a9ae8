import { describe, expect, it } from 'vitest';
import { aDoc } from '@/testing/builders';
import { dayBefore, daysFromCivil, daysToIso, isoToDays, procedureLines, withModifiers } from './procedure';

describe('calendar day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2025-10-05', 20366],
    ['2149-06-06', 65535],
  ])('%s ↔ %i', (iso, days) => {
    expect(isoToDays(iso)).toBe(days);
    expect(daysToIso(days)).toBe(iso);
  });
  it('steps back over month and year ends', () => {
    expect([dayBefore('2025-03-01'), dayBefore('2024-03-01'), dayBefore('2025-01-01'), dayBefore('x')]).toEqual(['2025-02-28', '2024-02-29', '2024-12-31', '']);
    expect(daysFromCivil(1996, 1, 1)).toBe(9496);
  });
});

describe('procedure lines', () => {
  it('normalises codes and modifiers, reads quantities and dates, skips other activity types', () => {
    const doc = aDoc()
      .activities({ code: ' 20610 ', modifiers: [' rt', ''], quantity: '2.00' }, { type: '8', code: '99-02' }, { code: '99213', quantity: 'x', start: '2025-10-06T08:00' })
      .build();
    expect(procedureLines(doc).map((l) => [l.index, l.code, l.date, l.modifiers, l.quantity?.toString() ?? null, l.isEm])).toEqual([
      [0, '20610', '2025-10-05', ['RT'], '2', false],
      [2, '99213', '2025-10-06', [], null, true],
    ]);
  });
  it('are worked out once per activities array, and again when an activity or the encounter date changes', () => {
    // No start on the lines: they take the encounter's date.
    const doc = aDoc().activities({ code: '20610', start: '' }, { code: '99213', start: '' }).build();
    const lines = procedureLines(doc);
    expect(procedureLines(structuredClone(doc))).not.toBe(lines);
    expect(procedureLines({ ...doc })).toBe(lines);
    const activities = [...doc.claim.activities];
    activities[1] = { ...activities[1]!, code: '99214' };
    const edited = { ...doc, claim: { ...doc.claim, activities } };
    expect(procedureLines(edited).map((l) => l.code)).toEqual(['20610', '99214']);
    const moved = { ...doc, claim: { ...doc.claim, encounter: { ...doc.claim.encounter, start: '2025-11-01T09:00' } } };
    expect(procedureLines(moved).map((l) => l.date)).toEqual(['2025-11-01', '2025-11-01']);
    expect(procedureLines(doc).map((l) => l.date)).toEqual(['2025-10-05', '2025-10-05']);
  });
  it('changes modifier lists without duplicates, at most four', () => {
    expect(withModifiers(['RT', '59'], { remove: ['59'], add: ['XS'] })).toEqual(['RT', 'XS']);
    expect(withModifiers(['25'], { add: ['25'] })).toEqual(['25']);
    expect(withModifiers(['a', 'b', 'c', 'd'], { add: ['50'] })).toEqual(['a', 'b', 'c', 'd']);
  });
});
