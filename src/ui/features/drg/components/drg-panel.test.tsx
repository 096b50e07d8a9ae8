import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EncounterDocument } from '@/domain/claim';
import { sampleById } from '@/data/samples';
import { ToasterProvider } from '@/ui/components/toaster';
import { DrgPanel } from './drg-panel';

function renderPanel(doc: EncounterDocument, onApply = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const tree = (d: EncounterDocument) => (
    <QueryClientProvider client={client}>
      <ToasterProvider>
        <DrgPanel document={d} onApply={onApply} />
      </ToasterProvider>
    </QueryClientProvider>
  );
  const { rerender } = render(tree(doc));
  return Object.assign(onApply, { update: (d: EncounterDocument) => rerender(tree(d)) });
}

const mentalHealth = sampleById('inpatient-mental-health-adolescent')!.document;

describe('DrgPanel', () => {
  it('prices the mental-health sample from the encounter and shows its steps', async () => {
    renderPanel(mentalHealth);
    const steps = await screen.findByRole('list', { name: 'Calculation steps' });
    const outlier = within(steps).getByText('Mental-health LOS outlier (service code 99-02)').closest('li')!;
    expect(outlier).toHaveTextContent('4.08 × (1.6353 / 12.40) × 8500');
    expect(outlier).toHaveTextContent('4573.56');
    expect(screen.getByRole('table', { name: 'Result' })).toHaveTextContent('Total payment27710.34');
    expect(screen.getByLabelText('IR-DRG code')).toHaveValue('194111');
    expect(screen.getByLabelText('Length of stay (days)')).toHaveValue('32.08');
  });

  it('marks an overridden input, updates the dependent steps, and resets to the encounter', async () => {
    const user = userEvent.setup();
    renderPanel(mentalHealth);
    const los = await screen.findByLabelText('Length of stay (days)');
    await user.clear(los);
    await user.type(los, '30');
    expect(los).toHaveAccessibleDescription(/Overridden \(encounter: 32\.08\)/);
    const steps = screen.getByRole('list', { name: 'Calculation steps' });
    const days = within(steps).getByText('Days above the high trim').closest('li')!;
    expect(days).toHaveTextContent('30.00 − 28');
    expect(days).toHaveTextContent('updated');
    await user.click(screen.getByRole('button', { name: "Reset Length of stay (days) to the encounter's value" }));
    expect(los).toHaveValue('32.08');
    expect(within(steps).getByText('Days above the high trim').closest('li')).toHaveTextContent('32.08 − 28');
  });

  it('writes the result into the claim through onApply, with the 99-02 and 99-03 lines', async () => {
    const user = userEvent.setup();
    const onApply = renderPanel(mentalHealth);
    await user.click(await screen.findByRole('button', { name: 'Apply to claim' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    const [next, label] = onApply.mock.calls[0] as [EncounterDocument, string];
    expect(label).toBe('IR-DRG result written to the claim (194111, Net 27710.34)');
    expect(next.claim.activities.map((a) => [a.type, a.code, a.net])).toEqual([
      ['3', '90792', '0.00'],
      ['3', '90837', '0.00'],
      ['3', '99233', '0.00'],
      ['9', '194111', '13900.00'],
      ['8', '99-02', '4573.56'],
      ['8', '99-03', '9236.78'],
    ]);
    expect(screen.getByText('Changes made to the claim:').closest('[role="status"]')).toHaveTextContent('Service code 99-03 (CAHMS adjustor) added with Net 9236.78.');
  });

  it('writes into the document as it is now, keeping what was typed since the panel last rendered', async () => {
    const user = userEvent.setup();
    const onApply = renderPanel(mentalHealth);
    const button = await screen.findByRole('button', { name: 'Apply to claim' });
    onApply.update({ ...mentalHealth, claim: { ...mentalHealth.claim, memberId: '1011-9902-0000' }, note: 'typed just now' });
    await user.click(button);
    const [next] = onApply.mock.calls[0] as [EncounterDocument, string];
    expect([next.claim.memberId, next.note, next.claim.net]).toEqual(['1011-9902-0000', 'typed just now', '27710.34']);
  });

  it('says why it is not shown on an outpatient encounter', () => {
    renderPanel(sampleById('outpatient-chest-pain')!.document);
    expect(screen.getByRole('region', { name: 'IR-DRG payment' })).toHaveTextContent(
      'Not shown: encounter type 1 is not inpatient (3 or 4) and the claim has no IR-DRG line (type 9).',
    );
  });
});
