import type { MueEntry, RulePack } from '@/domain/rules';

/**
 * Starter units-per-day values, written by the team for services that by their own
 * definition are reported once (a complete study, a panel, a visit, one knee). They
 * are NOT the CMS MUE values (CMS publishes those quarterly; import the practitioner
 * or outpatient-hospital MUE table on the Rules page, and it is consulted first).
 * The adjudication indicators follow the CMS meaning: 1 per line, 2 per date (policy),
 * 3 per date (clinical, appealable).
 */
const row = (code: string, units: string, mai: MueEntry['mai'], rationale: string): MueEntry => ({ code, units, mai, rationale });
const ONCE = 'Team: reported once per day by definition';

const ENTRIES: readonly MueEntry[] = [
  ...['99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215'].map((c) => row(c, '1', '2', 'Team: one office or outpatient visit of one provider per patient per day')),
  row('93306', '1', '3', 'Team: one complete transthoracic echocardiogram per session; a repeat needs documentation'),
  row('93307', '1', '3', 'Team: one complete transthoracic echocardiogram per session; a repeat needs documentation'),
  row('93308', '1', '3', 'Team: one limited transthoracic echocardiogram per session; a repeat needs documentation'),
  row('80061', '1', '2', ONCE),
  row('80053', '1', '3', 'Team: one panel per day; a repeat at another time needs modifier 91 and documentation'),
  row('83036', '1', '2', ONCE),
  row('82306', '1', '2', ONCE),
  row('84443', '1', '2', ONCE),
  row('29880', '1', '2', 'Team: one knee per line; both knees are one line with 50 (one unit)'),
  row('29881', '1', '2', 'Team: one knee per line; both knees are one line with 50 (one unit)'),
  row('20610', '2', '1', 'Team: at most two large joints per line'),
  row('77067', '1', '2', ONCE),
];

export const MUE_STARTER_PACK: RulePack<MueEntry> = {
  id: 'mue-starter',
  name: 'Units per day (starter, team values)',
  kind: 'mue',
  version: '2025.1',
  effectiveFrom: '2024-01-01',
  effectiveTo: '',
  source: { document: 'Written by the team from the code definitions, following the CMS MUE adjudication indicator definitions', section: 'not the CMS MUE values: import the CMS MUE table for those' },
  description: 'Once-a-day values for visits, complete echocardiograms, single-test panels and one-knee arthroscopy, so the units edit works out of the box.',
  entries: ENTRIES,
};
