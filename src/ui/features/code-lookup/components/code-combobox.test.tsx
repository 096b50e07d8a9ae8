import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CodeFieldSystem } from '@/ui/components/code-input';
import { CodeSetTestProviders, inProcessCodeSetClient } from '@/testing/code-set-client';
import { CodeCombobox } from './code-combobox';

beforeAll(() => {
  // jsdom does not lay out, so it has no scrollIntoView.
  Element.prototype.scrollIntoView = vi.fn();
});

function Harness({ system = 'ICD-10-CM', initial = '', changes }: { system?: CodeFieldSystem; initial?: string; changes: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="dx">Diagnosis 1 code</label>
      <CodeCombobox
        id="dx"
        system={system}
        value={value}
        dateOfService="2025-10-07T10:00"
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
        onBlur={() => undefined}
      />
      <label htmlFor="next">Next field</label>
      <input id="next" />
    </>
  );
}

function setup(props: { system?: CodeFieldSystem; initial?: string } = {}) {
  const client = inProcessCodeSetClient();
  const changes: string[] = [];
  const user = userEvent.setup();
  render(
    <CodeSetTestProviders client={client}>
      <Harness {...props} changes={changes} />
    </CodeSetTestProviders>,
  );
  return { user, changes, client, input: () => screen.getByRole('combobox', { name: 'Diagnosis 1 code' }) };
}

async function typeAndWait(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string, firstOption: string) {
  await user.click(input);
  await user.type(input, text);
  await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(firstOption));
}

describe('CodeCombobox (APG editable combobox, list autocomplete, manual selection)', () => {
  it('is a collapsed combobox that controls its listbox', () => {
    const { input } = setup();
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveAttribute('aria-autocomplete', 'list');
    expect(input()).toHaveAttribute('aria-controls', 'dx-listbox');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect(document.getElementById('dx-listbox')).toHaveAttribute('role', 'listbox');
  });

  it('puts every key straight into the field and searches once typing pauses', async () => {
    const { user, input, changes, client } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    expect(changes).toEqual(['p', 'pr', 'pre', 'prec', 'preco', 'precor', 'precord', 'precordi', 'precordia', 'precordial']);
    expect(input()).toHaveValue('precordial');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    // The warm-up on focus, then far fewer searches than keys.
    expect(client.searches[0]).toBe('');
    expect(client.searches.length).toBeLessThan(5);
  });

  it('lists billable codes with a text badge, headers marked as such', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'r07', 'R07 Pain in throat and chest Header');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'R07 Pain in throat and chest Header',
      'R07.0 Pain in throat Billable',
      'R07.1 Chest pain on breathing Billable',
      'R07.2 Precordial pain Billable',
      'R07.8 Other chest pain Header',
      'R07.81 Pleurodynia Billable',
      'R07.82 Intercostal pain Billable',
      'R07.89 Other chest pain Billable',
    ]);
  });

  it.each([
    ['Down moves to the first option', ['{ArrowDown}'], 'R07.0 Pain in throat Billable'],
    ['Down past the last option wraps to the first', ['{ArrowDown}', '{ArrowDown}', '{ArrowDown}'], 'R07.0 Pain in throat Billable'],
    ['Up moves to the last option', ['{ArrowUp}'], 'R07 Pain in throat and chest Header'],
    ['Up past the first option wraps to the last', ['{ArrowDown}', '{ArrowUp}'], 'R07 Pain in throat and chest Header'],
  ])('%s', async (_name, keys, active) => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'throat', 'R07.0 Pain in throat Billable');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    for (const key of keys) await user.keyboard(key);
    const id = input().getAttribute('aria-activedescendant');
    expect(document.getElementById(id ?? '')).toHaveAccessibleName(active);
    expect(screen.getByRole('option', { name: active })).toHaveAttribute('aria-selected', 'true');
  });

  it('Enter on the highlighted option puts its code in the field and closes the list', async () => {
    const { user, input, changes } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input()).toHaveValue('R07.2');
    expect(changes.at(-1)).toBe('R07.2');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveFocus();
  });

  it('Enter with nothing highlighted only closes the list; what was typed stays', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    await user.keyboard('{Enter}');
    expect(input()).toHaveValue('precordial');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('Escape closes the list, and a second Escape clears the field', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect(input()).toHaveValue('precordial');
    await user.keyboard('{Escape}');
    expect(input()).toHaveValue('');
  });

  it('Tab takes the option the coder moved to, then moves on', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(input()).toHaveValue('R07.2');
    expect(screen.getByLabelText('Next field')).toHaveFocus();
  });

  it('Tab with nothing highlighted keeps what was typed (a code typed in full stays as typed)', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'R07.9', 'R07.9 Chest pain, unspecified Billable');
    await user.tab();
    expect(input()).toHaveValue('R07.9');
    expect(screen.getByLabelText('Next field')).toHaveFocus();
  });

  it('Down on a closed field with a code reopens the list on the first option; Alt+Down opens it without moving', async () => {
    const { user, input } = setup({ initial: 'R07.9' });
    await user.click(input());
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(1));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).toHaveAttribute('aria-activedescendant', 'dx-option-0');
  });

  it('a mouse click on an option picks it', async () => {
    const { user, input } = setup();
    await typeAndWait(user, input(), 'precordial', 'R07.2 Precordial pain Billable');
    await user.click(screen.getByRole('option', { name: 'R07.2 Precordial pain Billable' }));
    expect(input()).toHaveValue('R07.2');
  });

  it('suggests codes of the field’s system only (HCPCS codes for a HCPCS activity)', async () => {
    const { user, input } = setup({ system: 'HCPCS' });
    await typeAndWait(user, input(), 'j1', 'J1030 Injection, methylprednisolone acetate, 40 mg Billable');
    for (const option of screen.getAllByRole('option')) expect(option.textContent).toMatch(/^J1\d{3} .* Billable$/);
  });

  it('offers no modifiers in a code field, and says when nothing matches', async () => {
    const { user, input } = setup({ system: 'HCPCS' });
    await user.click(input());
    await user.type(input(), 'lt');
    expect(await screen.findByText('No HCPCS Level II starter set code matches “lt”.')).toHaveAttribute('role', 'status');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves DRG fields as plain inputs', () => {
    setup({ system: 'DRG' });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByLabelText('Diagnosis 1 code').tagName).toBe('INPUT');
  });
});
