import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STARTER_CODE_SETS } from '@/data/codes';
import { CodeSetTestProviders, inProcessCodeSetClient } from '@/testing/code-set-client';
import { openCodeSetStore } from '@/ui/lib/code-set-store';
import { CodeSetsPage } from './code-sets-page';

const number = new Intl.NumberFormat('en-GB');
const ICD_FY2023 = 'R0781   Pleurodynia\nR0782   Intercostal pain\nR079    Chest pain, unspecified\n';

function setup() {
  const user = userEvent.setup();
  render(
    <CodeSetTestProviders client={inProcessCodeSetClient()}>
      <CodeSetsPage />
    </CodeSetTestProviders>,
  );
  const table = async () => screen.findByRole('table', { name: 'Loaded code sets' });
  const rows = async () => within(await table()).getAllByRole('row').slice(1);
  return { user, table, rows };
}

async function importIcd(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.upload(await screen.findByLabelText('ICD-10-CM file'), new File([text], name, { type: 'text/plain' }));
}

describe('CodeSetsPage', () => {
  it('lists the starter sets with their counts and says which systems are starter-only and how to import them', async () => {
    const { rows } = setup();
    const list = await rows();
    expect(list.map((r) => within(r).getAllByRole('cell').slice(0, 2).map((c) => c.textContent))).toEqual(
      STARTER_CODE_SETS.map((s) => [{ icd10cm: 'ICD-10-CM', cpt: 'CPT', hcpcs: 'HCPCS Level II', local: 'Local service codes' }[s.release.system], s.release.label]),
    );
    const icd = STARTER_CODE_SETS[0]!.release;
    expect(list[0]).toHaveTextContent(`Starter (ships with the app)`);
    expect(within(list[0]!).getAllByRole('cell')[5]).toHaveTextContent(number.format(icd.counts.billable));
    expect(within(list[0]!).getAllByRole('cell')[6]).toHaveTextContent(number.format(icd.counts.headers));
    const notice = screen.getByRole('region', { name: 'Only the starter set is loaded for ICD-10-CM, CPT, HCPCS Level II' });
    expect(notice).toHaveTextContent('Code Descriptions in Tabular Order');
    expect(notice).toHaveTextContent('The app never ships CPT descriptors.');
  });

  it('checks a file completely, shows what it found, lets the label and dates be edited, and saves only on Save', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    expect(await screen.findByText(/Every line was read/)).toHaveTextContent('Every line was read: 3 billable ICD-10-CM codes, 2 headers. Nothing is saved until you press Save.');
    expect(screen.getByText('Category headers were derived.')).toBeInTheDocument();
    expect(screen.getByLabelText('Release label')).toHaveValue('ICD-10-CM FY2023');
    expect(screen.getByLabelText('Effective from')).toHaveValue('2022-10-01');
    expect(screen.getByLabelText('Effective to (empty: open-ended)')).toHaveValue('2023-09-30');
    expect(await rows()).toHaveLength(4);

    await user.clear(screen.getByLabelText('Release label'));
    await user.type(screen.getByLabelText('Release label'), 'ICD-10-CM FY2023 (clinic copy)');
    await user.clear(screen.getByLabelText('Effective to (empty: open-ended)'));
    await user.click(screen.getByRole('button', { name: 'Save code set' }));

    await waitFor(async () => expect(await rows()).toHaveLength(5));
    const saved = (await rows())[0]!;
    expect(saved).toHaveTextContent('ICD-10-CM FY2023 (clinic copy)');
    expect(saved).toHaveTextContent('from 01/10/2022');
    expect(saved).toHaveTextContent('Imported');
    expect(saved).toHaveTextContent('icd10cm_codes_2023.txt');
    expect(saved).toHaveTextContent('Headers derived from the codes file (titles not official)');
    expect(screen.getByRole('region', { name: 'Only the starter set is loaded for CPT, HCPCS Level II' })).toBeInTheDocument();

    const store = await openCodeSetStore();
    const [release] = await store.listReleases();
    store.close();
    expect(release).toMatchObject({ label: 'ICD-10-CM FY2023 (clinic copy)', effectiveFrom: '2022-10-01', effectiveTo: null, counts: { billable: 3, headers: 2 } });
  });

  it('refuses dates in the wrong order before saving anything', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    await screen.findByText(/Every line was read/);
    await user.clear(screen.getByLabelText('Effective to (empty: open-ended)'));
    await user.type(screen.getByLabelText('Effective to (empty: open-ended)'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Save code set' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The effective end date 2020-01-01 is before the start date 2022-10-01.');
    expect(await rows()).toHaveLength(4);
  });

  it('says what was expected, what was found and where, and changes nothing', async () => {
    const { user, rows } = setup();
    await rows();
    await user.click(screen.getByRole('radio', { name: /HCPCS Level II \(CMS annual file\)/ }));
    await user.upload(screen.getByLabelText('HCPCS Level II file'), new File([ICD_FY2023], 'icd10cm_codes_2023.txt'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('icd10cm_codes_2023.txt was not imported. The code sets in use are unchanged.');
    expect(alert).toHaveTextContent("Line 1: expected a HCPCS record (a code such as A0021 in columns 1–5, a sequence number in 6–10 and record id 3, 4, 7 or 8 in column 11), found 'R0781 Pleurodynia'. This looks like the CMS ICD-10-CM codes file; import it as ICD-10-CM."); // whitespace as shown
    expect(await rows()).toHaveLength(4);
  });

  it('removes an imported release and brings it back with Undo', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    await user.click(await screen.findByRole('button', { name: 'Save code set' }));
    await user.click(await screen.findByRole('button', { name: 'Remove ICD-10-CM FY2023' }));
    await waitFor(async () => expect(await rows()).toHaveLength(4));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await rows())[0]).toHaveTextContent('ICD-10-CM FY2023'));
  });

  it('edits the label and dates of a stored release without re-importing it', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    await user.click(await screen.findByRole('button', { name: 'Save code set' }));
    await user.click(await screen.findByRole('button', { name: 'Edit ICD-10-CM FY2023' }));
    const row = (await rows())[0]!;
    await user.clear(within(row).getByLabelText('Release label'));
    await user.type(within(row).getByLabelText('Release label'), 'FY2023 corrected');
    await user.clear(within(row).getByLabelText('Effective from'));
    await user.type(within(row).getByLabelText('Effective from'), '2022-11-01');
    await user.click(within(row).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await rows())[0]).toHaveTextContent('FY2023 corrected'));
    expect((await rows())[0]).toHaveTextContent('01/11/2022 – 30/09/2023');
    expect((await rows())[0]).toHaveTextContent('3'); // the entries are untouched
  });

  it('offers to replace an import with the same label', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    await user.click(await screen.findByRole('button', { name: 'Save code set' }));
    await waitFor(async () => expect(await rows()).toHaveLength(5));
    await importIcd(user, 'icd10cm_codes_2023.txt', `${ICD_FY2023}R072    Precordial pain\n`);
    expect(await screen.findByRole('checkbox', { name: /Replace the ICD-10-CM FY2023 already loaded/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save code set' }));
    await waitFor(async () => expect((await rows())[0]).toHaveTextContent('4'));
    expect(await rows()).toHaveLength(5);
  });

  it('shows which release applies on a date of service', async () => {
    const { user, rows } = setup();
    await rows();
    await importIcd(user, 'icd10cm_codes_2023.txt', ICD_FY2023);
    await user.click(await screen.findByRole('button', { name: 'Save code set' }));
    const date = screen.getByLabelText('Which release applies on a date of service');
    await user.clear(date);
    await user.type(date, '2023-03-15');
    expect(await screen.findByText('ICD-10-CM: ICD-10-CM FY2023')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2024-03-15');
    expect(await screen.findByText('ICD-10-CM: ICD-10-CM starter set')).toBeInTheDocument();
  });
});
