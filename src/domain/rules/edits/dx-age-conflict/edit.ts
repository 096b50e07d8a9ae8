import { ageInYears } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dateOfService, hasDateOfBirth } from '../../support/doc';
import { diagnosisLines, titleIn, withTitle } from '../../support/icd';
import { missingTable, optionalIcdView } from '../../support/tables';
import { MCE_AGE_LISTS, MCE_LIST_INFO, mceFromTables, mceListsOf, type MceList } from '../../tables/mce';
import type { Hit } from '../../types';

type P = { line: number; code: string; list: string; ages: string; age: number; dos: string; pack: string };

const AGE_LISTS: ReadonlySet<MceList> = new Set(MCE_AGE_LISTS);
const isAgeList = (l: MceList) => AGE_LISTS.has(l);

function agesText(list: MceList): string {
  const a = MCE_LIST_INFO[list].ages!;
  return a.min === a.max ? `age ${a.min}` : `ages ${a.min}–${a.max}`;
}

/** A diagnosis on an MCE age list (newborn, pediatric, maternity, adult) for a patient outside its ages. */
export const dxAgeConflict = defineEdit<P>({
  id: 'DX-AGE-CONFLICT',
  title: 'Diagnosis inconsistent with the patient’s age',
  severity: 'reject',
  category: 'diagnosis',
  denialCode: DENIALS['CODE-014'],
  source: SOURCES.mce('Age conflict edit (4): newborn 0, pediatric 0–17, maternity 9–64, adult 15–124 years'),
  explain: (p) => `Diagnosis ${p.line}: ${p.code} is on the MCE ${p.list} list (${p.ages}), but the patient is ${p.age} on ${p.dos}.`,
  rule: () =>
    'The Medicare Code Editor lists diagnoses that fit only some ages: newborn (age 0), pediatric (0–17), maternity (9–64) and adult (15–124), in completed years on the date of service. A diagnosis outside its ages means the code or the date of birth is wrong; DOH and DHA reject it as inconsistent with the patient’s age (CODE-014).',
  check: (doc, ctx) => {
    const lines = diagnosisLines(doc).filter((d) => d.key !== null);
    if (lines.length === 0) return [];
    const dos = dateOfService(doc);
    const mce = mceFromTables(ctx.tables);
    if (!mce) return { notChecked: missingTable('MCE lists', dos) };
    const listed = lines.flatMap((d) => mceListsOf(mce, d.key!).filter(isAgeList).map((list) => ({ d, list })));
    if (listed.length === 0) return [];
    const which = () => listed.map(({ d, list }) => `${d.display} (${MCE_LIST_INFO[list].label}, ${agesText(list)})`).join(', ');
    if (dos === '') return { notChecked: `the encounter start does not read as a date, so the patient's age for ${which()} is unknown.` };
    if (!hasDateOfBirth(doc)) return { notChecked: `the patient's date of birth is not given, so the age limits of ${which()} were not checked.` };
    const age = ageInYears(doc.patient.dateOfBirth, dos);
    if (age < 0) return []; // DOB-AFTER-DOS reports a birth date after the date of service
    const view = optionalIcdView(doc, ctx);
    const hits: Hit<P>[] = [];
    for (const { d, list } of listed) {
      const { min, max } = MCE_LIST_INFO[list].ages!;
      if (age >= min && age <= max) continue;
      hits.push({
        path: ['claim', 'diagnoses', d.index, 'code'],
        params: { line: d.index + 1, code: withTitle(d.display, titleIn(view, d.key) || (mce.titles.get(d.key!) ?? '')), list: MCE_LIST_INFO[list].label, ages: agesText(list), age, dos, pack: `${mce.pack.name} ${mce.pack.version}` },
        discriminator: list,
      });
    }
    return hits;
  },
});
