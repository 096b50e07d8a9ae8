import type { CodeCatalog } from '../codes';
import type { CodeLookup } from './check-support';

/**
 * Titles and billable flags from the loaded code sets in force on the date of
 * service: ICD-10-CM for diagnoses; CPT, then HCPCS, for activities.
 * @example lookupFromCatalog(catalog, '2025-10-05T09:00')('dx', 'R07.2') //=> { title: 'Precordial pain', billable: true }
 */
export function lookupFromCatalog(catalog: CodeCatalog, dateOfService: string): CodeLookup {
  return (kind, code) => {
    const systems = kind === 'dx' ? (['icd10cm'] as const) : (['cpt', 'hcpcs'] as const);
    for (const system of systems) {
      const e = catalog.lookup(system, code, dateOfService);
      if (e) return { title: e.longTitle, billable: catalog.isBillable(system, code, dateOfService) };
    }
    return undefined;
  };
}
