import { createContext, useContext } from 'react';
import { CODE_SYSTEMS, serviceDate, type CodeCatalog, type CodeRelease, type CodeSystem } from '../../domain/codes';
import { todayIso } from './browser';
import { createCodeSetClient, type CodeSetClient } from './code-set-client';

/**
 * The app's one code-set client (imports, sniffs, searches) and what the code-set
 * screens ask of the loaded catalog. The search worker starts on the first search,
 * so nothing of it loads with the first screen.
 */

let shared: CodeSetClient | null = null;

/** The app-wide client; its search worker keeps the index between queries. */
export function sharedCodeSetClient(): CodeSetClient {
  shared ??= createCodeSetClient();
  return shared;
}

/** Lets tests hand the code-set screens a client over an in-process worker. */
export const CodeSetClientContext = createContext<() => CodeSetClient>(sharedCodeSetClient);

/** The code-set client to use (call it when needed: the shared one is made on first use). */
export function useCodeSetClient(): () => CodeSetClient {
  return useContext(CodeSetClientContext);
}

/**
 * The date the release in force is picked for: the date of service when it reads as one,
 * else today (a new encounter has no date yet).
 * @example lookupDate('2022-03-15T10:00') //=> { date: '2022-03-15', fromService: true }
 */
export function lookupDate(dateOfService: string | undefined): { date: string; fromService: boolean } {
  const date = dateOfService ? serviceDate(dateOfService) : null;
  return date ? { date, fromService: true } : { date: todayIso(), fromService: false };
}

/**
 * The release of each system in force on a date, in system order.
 * @example releasesInForce(catalog, '2022-03-15').map((r) => r.label) //=> ['ICD-10-CM FY2022', 'CPT starter set', …]
 */
export function releasesInForce(catalog: CodeCatalog, date: string, systems: readonly CodeSystem[] = CODE_SYSTEMS): CodeRelease[] {
  return systems.flatMap((system) => catalog.releaseFor(system, date) ?? []);
}

/** Whether only the starter set of a system is loaded at all (nothing imported, for any date). */
export function isStarterOnly(catalog: CodeCatalog, system: CodeSystem): boolean {
  return !catalog.releases.some((r) => r.system === system && r.origin === 'imported');
}

/** How to get the full official release of each system, in a coder's words (no links: the app makes no requests). */
export const IMPORT_GUIDANCE = {
  icd10cm:
    'Download the ICD-10-CM “Code Descriptions in Tabular Order” zip for the fiscal year from the CMS ICD-10 page, then import the zip (or the icd10cm_order or icd10cm_codes text file inside it) on the Code sets page.',
  cpt: 'Export your organisation’s licensed CPT file as CSV or tab-separated text and import it on the Code sets page; you choose which columns hold the code and the descriptions. The app never ships CPT descriptors.',
  hcpcs: 'Download the HCPCS Level II annual (or quarterly) file zip from the CMS HCPCS page and import the zip or the fixed-width text file inside it on the Code sets page.',
  local: 'Import your payer’s list of service codes as CSV (code, description, optional start and end dates) on the Code sets page.',
} as const satisfies Record<CodeSystem, string>;
