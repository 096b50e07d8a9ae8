import { describe, expect, it } from 'vitest';
import type { EncounterDocument } from '@/domain/claim';
import { isNotChecked } from '@/domain/rules/define-edit';
import type { Edit, EditContext, Fix, Hit, Params } from '@/domain/rules/types';

type FailCase<P extends Params> = {
  name: string;
  doc: EncounterDocument;
  ctx?: Partial<EditContext>;
  /** The exact hits the check must return, in order. */
  hits: Array<Hit<P> & { fixes?: readonly Fix[] }>;
  /** Optional: the exact message of each hit, to review the wording. */
  messages?: string[];
};
type PassCase = { name: string; doc: EncounterDocument; ctx?: Partial<EditContext> };
type NotCheckedCase = { name: string; doc: EncounterDocument; ctx?: Partial<EditContext>; why: string };

export type EditCases<P extends Params> = {
  ctx?: Partial<EditContext>;
  pass: PassCase[];
  fail: FailCase<P>[];
  notChecked?: NotCheckedCase[];
};

const BASE_CTX: EditContext = { profile: 'DOH', tables: {} };

/**
 * Runs an edit's pass, fail and not-checked cases, RuleTester-style: each case is a
 * small document with its exact expected hits. Every fail case's explanation and
 * rule must render without "undefined" or "NaN".
 */
export function describeEdit<P extends Params>(edit: Edit<P>, cases: EditCases<P>): void {
  const ctxFor = (c: { ctx?: Partial<EditContext> }): EditContext => ({ ...BASE_CTX, ...cases.ctx, ...c.ctx, tables: { ...BASE_CTX.tables, ...cases.ctx?.tables, ...c.ctx?.tables } });
  describe(`${edit.id}: ${edit.title}`, () => {
    it('has at least one pass and one fail case', () => {
      expect(cases.pass.length).toBeGreaterThan(0);
      expect(cases.fail.length).toBeGreaterThan(0);
    });
    it.each(cases.pass.map((c) => [c.name, c] as const))('passes: %s', (_name, c) => {
      expect(edit.check(c.doc, ctxFor(c))).toEqual([]);
    });
    it.each(cases.fail.map((c) => [c.name, c] as const))('fails: %s', (_name, c) => {
      const result = edit.check(c.doc, ctxFor(c));
      expect(isNotChecked(result)).toBe(false);
      expect(result).toEqual(c.hits);
      const hits = result as readonly Hit<P>[];
      const messages = hits.map((h) => edit.explain(h.params));
      for (const h of hits) {
        const text = `${edit.explain(h.params)} ${edit.rule(h.params)}`;
        expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
        expect(edit.explain(h.params).length).toBeGreaterThan(10);
      }
      if (c.messages) expect(messages).toEqual(c.messages);
    });
    for (const c of cases.notChecked ?? []) {
      it(`does not check: ${c.name}`, () => {
        expect(edit.check(c.doc, ctxFor(c))).toEqual({ notChecked: c.why });
      });
    }
  });
}
