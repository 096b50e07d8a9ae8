import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@/domain/shared/dates';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { lookupDate } from '@/ui/lib/code-set-services';

/**
 * One line above the workspace when the claim's ICD-10-CM codes are checked against
 * the starter set: nothing imported yet, or no imported release covers the date of
 * service. Links to the Code sets page.
 */
export function CodeSetNotice({ dateOfService }: { dateOfService?: string | undefined }) {
  const catalog = useQuery(codeCatalogQuery).data?.catalog;
  if (!catalog) return null;
  const { date, fromService } = lookupDate(dateOfService);
  const inForce = catalog.releaseFor('icd10cm', date);
  if (inForce && inForce.origin === 'imported') return null;
  const imported = catalog.releases.filter((r) => r.system === 'icd10cm' && r.origin === 'imported');
  const when = fromService ? `the date of service ${formatDate(date)}` : `today (${formatDate(date)})`;
  return (
    <p className="no-print mb-3 rounded border border-amber-700 bg-amber-50 px-3 py-1.5 text-sm text-amber-950">
      <span aria-hidden="true">▲ </span>
      {imported.length === 0
        ? 'Only the ICD-10-CM starter set (about 400 common codes) is loaded: other diagnosis codes cannot be checked or suggested. '
        : `No imported ICD-10-CM release covers ${when} (loaded: ${imported.map((r) => r.label).join(', ')}), so this claim is checked against the starter set. `}
      <a href="#/code-sets" className="font-medium underline">
        Import the official ICD-10-CM release on the Code sets page
      </a>
      .
    </p>
  );
}
