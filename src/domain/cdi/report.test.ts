import { describe, expect, it } from 'vitest';
import { CDI_CUES_STARTER } from '@/testing/cdi-packs';
import { cdiReviewSchema } from '@/domain/claim';
import { aDoc } from '@/testing/builders';
import { checkDocumentation } from './check-support';
import { buildCdiReport, renderCdiReportHtml } from './report';

const doc = aDoc().diagnoses('R07.9', 'K21.9').activities({ code: '99213' }).note('Precordial <b>chest pain</b>. Known hypertension.').build();
const analysis = checkDocumentation(doc, CDI_CUES_STARTER, null);
const review = cdiReviewSchema.parse({
  reviewer: 'R. Haddad',
  decisions: [{ kind: 'dx', code: 'K21.9', verdict: 'disagree', comment: 'Not in the note' }],
  queries: [
    { id: 'q1', templateId: 'clarify-open', title: 'Documentation clarification', about: 'K21.9', text: 'Dr. ___, please clarify.', status: 'open' },
    { id: 'q2', templateId: 'clarify-open', title: 'Old', about: 'R07.9', text: 'x', status: 'withdrawn' },
  ],
});

describe('buildCdiReport', () => {
  it('lists each code with its status, the decision, the prompts and only the open queries', () => {
    const r = buildCdiReport(doc, analysis, review, '2025-11-18T10:20:00', ['CDI documentation cues (starter) 2025.1']);
    expect(r.rows.map((x) => [x.code, x.statusLabel, x.phrases, x.suggested, x.verdict, x.comment])).toEqual([
      ['R07.9', 'Supported', ['chest pain'], 'R07.2 Precordial pain', '', ''],
      ['K21.9', 'Not found in note', [], '', 'disagree', 'Not in the note'],
      ['99213', 'Not checked', [], '', '', ''],
    ]);
    expect(r.prompts).toEqual(['The note documents hypertension ("hypertension") but no code on the claim covers it. Review; code it only if the documentation supports it.']);
    expect(r.openQueries.map((q) => q.id)).toEqual(['q1']);
  });

  it('works for a draft saved before CDI review existed (no review)', () => {
    const r = buildCdiReport(doc, analysis, undefined, '2025-11-18T10:20:00', []);
    expect([r.reviewer, r.openQueries.length, r.rows[1]?.verdict]).toEqual(['', 0, '']);
  });
});

describe('renderCdiReportHtml', () => {
  it('is a self-contained page that escapes the note and loads nothing', () => {
    const html = renderCdiReportHtml(buildCdiReport(doc, analysis, review, '2025-11-18T10:20:00', ['Cues 2025.1']));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<b>chest/);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain('<td>K21.9</td>');
    expect(html).toContain('<pre>Dr. ___, please clarify.</pre>');
  });
});
