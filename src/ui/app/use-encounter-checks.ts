import { useLayoutEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { PAYER_PROFILES, type EncounterDocument } from '@/domain/claim';
import { CODE_CATALOG_TABLE } from '@/domain/codes';
import { DEFAULT_SETTINGS, DRG_TABLES_KEY, EDITS, editsForProfile, runEdits, toFieldPath, type EditContext, type Finding } from '@/domain/rules';
import { useDrgEditData } from '@/ui/features/drg';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { createFieldMarksStore, type FieldMark, type FieldMarksStore } from '@/ui/lib/field-marks';
import { rulesStateQuery } from '@/ui/lib/rules-store';
import { ruleTablesFor } from '@/ui/lib/rule-tables';
import { useProcedureTables } from '@/ui/lib/procedure-tables';

export type EncounterChecks = {
  readonly findings: readonly Finding[];
  /** How many edits ran for the document's payer profile (after the profile's settings). */
  readonly editsRun: number;
  readonly profileLabel: string;
  readonly ctx: EditContext;
  /** Field marks for the editor (publish with FieldMarksContext). */
  readonly marksStore: FieldMarksStore;
};

/**
 * The one way every screen checks an encounter: the same edits, code sets, rule
 * packs, DRG tables and payer-profile settings — so what a trainer teaches and a CDI
 * reviewer sees is what a coder gets.
 */
export function useEncounterChecks(live: EncounterDocument): EncounterChecks {
  const codes = useQuery(codeCatalogQuery);
  const catalog = codes.data?.catalog;
  // DRG tables and settings for the DRG claim edits (absent while they load: those edits say "not checked").
  const drg = useDrgEditData();
  const rules = useQuery(rulesStateQuery);
  // Rule tables (Excludes1, MCE lists, first-listed-only Z codes, symptom relations): the
  // enabled starter and imported packs in force on the date of service, built once per date.
  const serviceDate = live.claim.encounter.start.slice(0, 10);
  const ruleTables = useMemo(() => ruleTablesFor(rules.data, serviceDate), [rules.data, serviceDate]);
  // Linkage packs, NCCI PTP, MUE and fee-schedule indicators for the procedure edits (starter
  // and imported packs, and the CMS tables imported on the Rules page).
  const procedureTables = useProcedureTables();
  const ctx = useMemo<EditContext>(
    () => ({
      profile: live.payerProfile,
      tables: { ...ruleTables, ...procedureTables, ...(catalog ? { [CODE_CATALOG_TABLE]: catalog } : {}), ...(drg ? { [DRG_TABLES_KEY]: drg } : {}) },
    }),
    [live.payerProfile, catalog, drg, ruleTables, procedureTables],
  );
  const settings = rules.data?.profileSettings[live.payerProfile] ?? DEFAULT_SETTINGS;
  const findings = useMemo(() => runEdits(live, ctx, EDITS, settings), [live, ctx, settings]);
  const editsRun = useMemo(() => editsForProfile(EDITS, live.payerProfile).filter((e) => !settings.disabledEdits.includes(e.id)).length, [live.payerProfile, settings]);
  const marks = useMemo(() => {
    const acked = new Set(live.acknowledgements.map((a) => a.findingKey));
    const map = new Map<string, FieldMark[]>();
    for (const f of findings) {
      if (f.status !== 'fail' || acked.has(f.key) || f.path.length === 0) continue;
      const path = toFieldPath(f.path);
      map.set(path, [...(map.get(path) ?? []), { key: f.key, severity: f.severity, message: f.message }]);
    }
    return map;
  }, [findings, live.acknowledgements]);
  const [marksStore] = useState(createFieldMarksStore);
  useLayoutEffect(() => marksStore.set(marks), [marksStore, marks]);
  return { findings, editsRun, profileLabel: PAYER_PROFILES[live.payerProfile], ctx, marksStore };
}
