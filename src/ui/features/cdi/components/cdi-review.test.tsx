import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleById } from '@/data/samples';
import { lookupFromCatalog } from '@/domain/cdi';
import { applyFix, type Fix } from '@/domain/rules';
import type { CdiReview as Review, EncounterDocument } from '@/domain/claim';
import { ToasterProvider } from '@/ui/components/toaster';
import { starterCatalog } from '@/testing/code-tables';
import { CdiReview } from './cdi-review';

const base = sampleById('outpatient-cdi-follow-up')!.document;
const lookup = lookupFromCatalog(starterCatalog(), base.claim.encounter.start);

function Harness({ initial, fixes }: { initial: EncounterDocument; fixes: Fix[] }) {
  const [doc, setDoc] = useState(initial);
  return (
    <ToasterProvider>
      <CdiReview
        document={doc}
        lookup={lookup}
        findings={new Map([['dx:3', [{ editId: 'DX-EXAMPLE', message: 'An example claim edit message.' }]]])}
        onApplyFix={(fix) => {
          fixes.push(fix);
          setDoc((d) => applyFix(d, fix));
        }}
        onReviewChange={(review: Review) => setDoc((d) => ({ ...d, cdiReview: review }))}
      />
    </ToasterProvider>
  );
}

function codeItem(code: string): HTMLElement {
  return screen.getByRole('heading', { name: code }).closest('li')!;
}

describe('CdiReview', () => {
  it('shows each code with its status in words, the engine findings and the prompts', () => {
    render(<Harness initial={base} fixes={[]} />);
    expect(within(codeItem('K21.9')).getByText('Not found in note')).toBeTruthy();
    expect(within(codeItem('K21.9')).getByText(/An example claim edit message\./)).toBeTruthy();
    expect(within(codeItem('E11.65')).getByText('Supported')).toBeTruthy();
    expect(within(codeItem('99214')).getByText('Not checked')).toBeTruthy();
    expect(screen.getByText('Possibly missing:').closest('li')?.textContent).toContain('The note documents hypertension ("hypertension") but no code on the claim covers it.');
  });

  it('a phrase shows the codes it supports; a code shows its phrases', async () => {
    const user = userEvent.setup();
    render(<Harness initial={base} fixes={[]} />);
    await user.click(screen.getAllByRole('button', { name: /^shortness of breath/ })[0]!);
    expect(screen.getByText(/^Supports:/).textContent).toBe('Supports: R06.02');
    const show = screen.getByRole('button', { name: 'Show phrases for E11.65' });
    await user.click(show);
    expect(show.getAttribute('aria-pressed')).toBe('true');
  });

  it('replaces an unspecified code with the documented specific one through the fix path', async () => {
    const user = userEvent.setup();
    const fixes: Fix[] = [];
    const unspecified = applyFix(base, { label: 'test', patches: [{ op: 'set', path: ['claim', 'diagnoses', 0, 'code'], value: 'E11.9' }] });
    render(<Harness initial={unspecified} fixes={fixes} />);
    await user.click(screen.getByRole('button', { name: 'Replace E11.9 with E11.65' }));
    expect(fixes.map((f) => f.label)).toEqual(['Replace E11.9 with E11.65 (Type 2 diabetes mellitus with hyperglycemia)']);
    expect(screen.getByRole('heading', { name: 'E11.65' })).toBeTruthy();
  });

  it('drafts a multiple-choice query, saves it with the review and lists it in the report', async () => {
    const user = userEvent.setup();
    render(<Harness initial={base} fixes={[]} />);
    await user.click(within(codeItem('K21.9')).getByRole('radio', { name: 'Disagree' }));
    await user.click(screen.getByRole('button', { name: 'Draft query about K21.9' }));
    const builder = screen.getByRole('region', { name: 'Query about K21.9' });
    await user.selectOptions(within(builder).getByLabelText('Template'), 'clarify-choice');
    const text = within(builder).getByLabelText<HTMLTextAreaElement>('Query text');
    expect(text.value).toContain('[ ] Gastro-esophageal reflux disease without esophagitis\n[ ] Other (please specify)\n[ ] Clinically undetermined');
    await user.click(within(builder).getByRole('button', { name: 'Save query' }));
    const report = screen.getByRole('region', { name: 'Review report' });
    expect(within(report).getByText('Documentation clarification (multiple choice) — K21.9')).toBeTruthy();
    expect(within(report).getByRole('row', { name: /K21\.9.*Disagree/ })).toBeTruthy();
  });
});
