import { buildProcedureTables, type FeeIndicatorsEntry, type LinkageEntry, type MueEntry, type PtpEntry, type RulePack } from '@/domain/rules';
import { STARTER_PACKS } from '@/data/rule-packs';

/**
 * Small, hand-written procedure tables for the edits' tests (not the starter packs,
 * which may change): a few linkage rules, PTP pairs, MUE values and fee-schedule
 * indicators, with the values the tests rely on.
 */

const header = { version: '1', effectiveFrom: '2025-01-01', effectiveTo: '', description: '' };

export const TEST_LINKAGE_PACK: RulePack<LinkageEntry> = {
  ...header,
  id: 'test-linkage',
  name: 'Test linkage',
  kind: 'procedure-linkage',
  source: { document: 'Test notes' },
  entries: [
    {
      title: 'Transthoracic echocardiography',
      procedures: ['93306-93308'],
      supports: ['I50', 'R01', 'R07'],
      notSupporting: ['Z00.0', 'Z09'],
      denial: 'MNEC-004',
      source: 'Test AUC for echocardiography',
      note: 'Link the documented symptom.',
    },
    { title: 'Knee arthroscopy', procedures: ['29881'], supports: ['M23.2', 'S83.2'], notSupporting: ['M17'], denial: 'MNEC-003', source: 'Test NCD 150.9' },
    { title: 'Blood count', procedures: ['85025-85027'], supports: [], notSupporting: ['Z00.00'], denial: 'MNEC-004', source: 'Test NCD 190.15' },
  ],
};

const ptp = (column1: string, column2: string, modifierIndicator: PtpEntry['modifierIndicator'], extra: Partial<PtpEntry> = {}): PtpEntry => ({
  column1,
  column2,
  effectiveFrom: '2020-01-01',
  deletedOn: '',
  modifierIndicator,
  rationale: 'Test rationale',
  ...extra,
});

export const TEST_PTP_PACK: RulePack<PtpEntry> = {
  ...header,
  effectiveFrom: '2020-01-01',
  id: 'test-ptp',
  name: 'Test PTP',
  kind: 'ncci-ptp',
  source: { document: 'Test notes' },
  entries: [
    ptp('80053', '80048', '0', { rationale: 'Panel' }),
    ptp('45380', '45378', '1'),
    ptp('20610', '99213', '1', { rationale: 'E/M included in the procedure' }),
    ptp('29880', '29881', '1'),
    ptp('93000', '93010', '9'),
    ptp('71046', '71045', '1', { deletedOn: '2025-01-01' }),
  ],
};

export const TEST_MUE_PACK: RulePack<MueEntry> = {
  ...header,
  id: 'test-mue',
  name: 'Test MUE',
  kind: 'mue',
  source: { document: 'Test notes' },
  entries: [
    { code: '93306', units: '1', mai: '3', rationale: 'Clinical' },
    { code: '20610', units: '2', mai: '1', rationale: 'Anatomic' },
    { code: '29881', units: '1', mai: '2', rationale: 'Policy' },
  ],
};

const fee = (code: string, pctc: string, globalDays: FeeIndicatorsEntry['globalDays'], bilateral: FeeIndicatorsEntry['bilateral']): FeeIndicatorsEntry => ({ code, status: 'A', pctc, globalDays, multipleProcedure: '0', bilateral });

export const TEST_FEE_PACK: RulePack<FeeIndicatorsEntry> = {
  ...header,
  id: 'test-fee',
  name: 'Test indicators',
  kind: 'fee-schedule-indicators',
  source: { document: 'Test notes' },
  entries: [
    fee('20610', '0', '000', '1'),
    fee('29881', '0', '090', '1'),
    fee('69210', '0', '000', '2'),
    fee('11720', '0', '000', '0'),
    fee('80061', '9', 'XXX', '9'),
    fee('73562', '1', 'XXX', '3'),
    fee('93306', '1', 'XXX', '0'),
    fee('93000', '4', 'XXX', '0'),
    fee('93010', '2', 'XXX', '0'),
    fee('93005', '3', 'XXX', '0'),
    fee('99213', '0', 'XXX', '0'),
    fee('99214', '0', 'XXX', '0'),
    fee('45380', '0', '000', '0'),
  ],
};

/** The `EditContext.tables` of the procedure edits, from the test packs (or the given ones). */
export function procedureTables(packs: readonly RulePack[] = [TEST_LINKAGE_PACK, TEST_PTP_PACK, TEST_MUE_PACK, TEST_FEE_PACK]): Record<string, unknown> {
  return buildProcedureTables({ packs });
}

/** The procedure tables the workbench has before any import: the starter packs. */
export function starterProcedureTables(): Record<string, unknown> {
  return buildProcedureTables({ packs: STARTER_PACKS });
}
