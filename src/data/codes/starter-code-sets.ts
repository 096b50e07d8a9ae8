import { countEntries, icdDisplay, type CodeEntry, type CodeRelease, type CodeSet, type CodeSystem } from '../../domain/codes';
import { STARTER_CPT_MODIFIERS, STARTER_CPT_ROWS } from './starter-cpt';
import { STARTER_HCPCS_ROWS } from './starter-hcpcs';
import { STARTER_HCPCS_MODIFIERS } from './starter-hcpcs-modifiers';
import { STARTER_ICD10CM_ROWS } from './starter-icd10cm';
import { STARTER_LOCAL_ROWS } from './starter-local';

/** Version of the starter set; bump when its content changes. */
export const STARTER_SET_VERSION = '2025.2';

function starterRelease(system: CodeSystem, label: string, entries: readonly CodeEntry[], notes: readonly string[]): CodeRelease {
  return {
    id: `starter:${system}`,
    system,
    label,
    origin: 'starter',
    format: 'starter',
    effectiveFrom: null,
    effectiveTo: null,
    sourceFileName: '',
    importedAt: '',
    derivedHeaders: false,
    counts: countEntries(entries),
    notes,
  };
}

const code = (c: string, title: string, billable = true): CodeEntry => ({ code: c, display: c, shortTitle: title, longTitle: title, billable, kind: 'code' });
const modifier = (c: string, title: string): CodeEntry => ({ code: c, display: c, shortTitle: title, longTitle: title, billable: false, kind: 'modifier' });

const icdEntries: CodeEntry[] = STARTER_ICD10CM_ROWS.map(([c, title, billable]) => ({
  code: c,
  display: icdDisplay(c),
  shortTitle: title,
  longTitle: title,
  billable: billable === 1,
  kind: 'code',
}));
const cptEntries: CodeEntry[] = [...STARTER_CPT_ROWS.map(([c, d]) => code(c, d)), ...STARTER_CPT_MODIFIERS.map(([c, d]) => modifier(c, d))];
const hcpcsEntries: CodeEntry[] = [
  ...STARTER_HCPCS_ROWS.map(([c, short, long]): CodeEntry => ({ code: c, display: c, shortTitle: short, longTitle: long, billable: true, kind: 'code' })),
  ...STARTER_HCPCS_MODIFIERS.map(([c, d]) => modifier(c, d)),
];
const localEntries: CodeEntry[] = STARTER_LOCAL_ROWS.map(([c, d, from]) => (from === '' ? code(c, d) : { ...code(c, d), effectiveFrom: from }));

/**
 * The starter set: one release per system, `origin: 'starter'`, open-ended, so
 * the workbench works before anything is imported. An imported release covering
 * a date of service wins over it (see `pickRelease`).
 */
export const STARTER_CODE_SETS: readonly CodeSet[] = [
  {
    release: starterRelease('icd10cm', 'ICD-10-CM starter set', icdEntries, [
      'About 400 ICD-10-CM codes with their headers (FY2022 titles) chosen by the team; import the CMS files for the full code set.',
    ]),
    entries: icdEntries,
  },
  {
    release: starterRelease('cpt', 'CPT starter set', cptEntries, [
      'Common CPT codes and modifiers with short descriptions written by the team (not the AMA descriptors); import your licensed CPT file for the full set.',
    ]),
    entries: cptEntries,
  },
  {
    release: starterRelease('hcpcs', 'HCPCS Level II starter set', hcpcsEntries, ['Common HCPCS Level II codes (CMS titles) and modifiers; import the CMS HCPCS file for the full set.']),
    entries: hcpcsEntries,
  },
  {
    release: starterRelease('local', 'DOH service codes (starter set)', localEntries, ['DOH Activity type 8 service codes for IR-DRG claims (Addendum 05).']),
    entries: localEntries,
  },
];
