import { describe, expect, it } from 'vitest';
import { scanNote } from '@/domain/cdi';
import { CDI_CUES_STARTER } from '@/data/cdi-packs';
import { noteSegments } from './note-segments';

describe('noteSegments', () => {
  it.each<[string, string[]]>([
    ['No chest pain.', ['No ', '[chest pain]', '.']],
    // "Type 2 diabetes" is both a cue and a condition; "with CKD" (cue) holds "CKD" (condition): one phrase each.
    ['Type 2 diabetes with CKD', ['[Type 2 diabetes]', ' ', '[with CKD]']],
    ['Seen today', ['Seen today']],
    ['', []],
  ])('%j', (note, expected) => {
    const parts = noteSegments(note, scanNote(note, CDI_CUES_STARTER).mentions).map((s) => (s.kind === 'phrase' ? `[${s.text}]` : s.text));
    expect(parts).toEqual(expected);
    expect(parts.join('').replace(/[[\]]/g, '')).toBe(note);
  });
});
