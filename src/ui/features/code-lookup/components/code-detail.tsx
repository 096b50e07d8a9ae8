import { useMemo } from 'react';
import type { CodeCatalog, CodeEntry, CodeSystem } from '@/domain/codes';
import { CODE_SYSTEM_LABELS } from '@/domain/codes';
import { Button } from '@/ui/components/button';
import { KindBadge } from './hit-content';

/** The code a detail view shows. */
export type DetailCode = { readonly system: CodeSystem; readonly code: string };

type CodeDetailProps = {
  catalog: CodeCatalog;
  shown: DetailCode;
  /** The date the release in force was picked for. */
  date: string;
  /** Shows another code of the family. */
  onShow: (code: DetailCode) => void;
  /** Inserts a code into the target field; absent when there is none for this system. */
  onUse?: ((entry: CodeEntry, system: CodeSystem) => void) | undefined;
  /** "into Diagnosis 1 code" */
  targetName?: string | undefined;
};

const UNSPECIFIED_BASIS = {
  'title-unspecified': 'its title says “unspecified”',
  'title-nos': 'its title says “NOS” (not otherwise specified)',
  'title-not-specified': 'its title says “not specified”',
  'without-default': 'the code reached when nothing more is documented (a sibling says “with …”)',
} as const;

/**
 * A code and its family: chapter and block, parent, siblings and children; an
 * unspecified code is flagged with its more specific siblings, each one click away.
 */
export function CodeDetail({ catalog, shown, date, onShow, onUse, targetName }: CodeDetailProps) {
  const info = useMemo(() => {
    const view = catalog.viewFor(shown.system, date);
    const details = view?.describe(shown.code);
    if (!view || !details) return null;
    const family = view.family(shown.code);
    const specificity = details.entry.billable && details.entry.kind === 'code' ? view.specificity(shown.code) : undefined;
    return { details, family, specificity };
  }, [catalog, shown, date]);

  if (!info) {
    return <p className="text-sm text-slate-700">No details for {shown.code}: it is not in the release in force.</p>;
  }
  const { details, family, specificity } = info;
  const entry = details.entry;
  const insertEntry = onUse ? (e: CodeEntry) => onUse(e, shown.system) : undefined;
  const item = (e: CodeEntry, current = false) => (
    <li key={e.code} className="flex items-start gap-2 py-0.5">
      {current ? (
        <span className="w-20 shrink-0 font-mono text-sm font-semibold" aria-current="true">
          {e.display}
        </span>
      ) : (
        <button type="button" className="w-20 shrink-0 text-left font-mono text-sm font-semibold text-brand-800 underline" onClick={() => onShow({ system: shown.system, code: e.code })} aria-label={`Show ${e.display} ${e.longTitle}`}>
          {e.display}
        </button>
      )}
      <span className={`min-w-0 flex-1 text-sm ${e.derived ? 'italic' : ''}`}>
        {e.longTitle}
        {current && <span className="text-slate-600"> (this code)</span>}
      </span>
      <KindBadge hit={e} />
    </li>
  );

  return (
    <section aria-labelledby="code-detail-title" className="space-y-3">
      <div>
        <h3 id="code-detail-title" className="text-base font-semibold">
          <span className="mr-1 font-mono">{entry.display}</span> {entry.longTitle}
        </h3>
        <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
          <KindBadge hit={entry} />
          <span>
            {CODE_SYSTEM_LABELS[shown.system]} · {details.release.label}
            {entry.derived ? ' · derived header: the codes file has no official title for it' : ''}
          </span>
        </p>
        {details.chapter && (
          <p className="mt-1 text-sm">
            Chapter {details.chapter.number}: {details.chapter.title} ({details.chapter.first}–{details.chapter.last})
            {details.block && (
              <>
                <br />
                Block {details.block.first}–{details.block.last}: {details.block.title}
              </>
            )}
          </p>
        )}
      </div>

      {insertEntry && entry.billable && entry.kind === 'code' && (
        <Button variant="primary" onClick={() => insertEntry(entry)}>
          Insert {entry.display}
          {targetName ? ` into ${targetName}` : ''}
        </Button>
      )}
      {!entry.billable && entry.kind === 'code' && <p className="text-sm">A header is not billable: choose one of the codes under it.</p>}

      {specificity && specificity.level !== 'specific' && (
        <div role="note" aria-label="Specificity" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
          <p className="font-semibold">
            <span aria-hidden="true">▲ </span>
            {specificity.level === 'unspecified' ? 'Unspecified code' : 'Default code'}
            {specificity.basis ? `: ${UNSPECIFIED_BASIS[specificity.basis]}.` : '.'}
          </p>
          {specificity.moreSpecific.length > 0 ? (
            <>
              <p>If the record supports it, use a more specific code:</p>
              <ul className="mt-1 max-h-48 overflow-auto">
                {specificity.moreSpecific.map((e) => (
                  <li key={e.code} className="flex items-start gap-2 py-0.5">
                    {insertEntry ? (
                      <Button size="sm" onClick={() => insertEntry(e)} aria-label={`Use ${e.display} ${e.longTitle}`}>
                        Use {e.display}
                      </Button>
                    ) : (
                      <span className="font-mono font-semibold">{e.display}</span>
                    )}
                    <span className="min-w-0 flex-1">{e.longTitle}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No more specific code in this family.</p>
          )}
        </div>
      )}

      {family && (family.parent || family.siblings.length > 0 || family.children.length > 0) && (
        <div className="space-y-2">
          {family.parent && (
            <div>
              <h4 className="text-xs font-bold uppercase tracking-wide text-slate-700">Parent</h4>
              <ul>{item(family.parent)}</ul>
            </div>
          )}
          {family.siblings.length > 0 && (
            <div>
              <h4 className="text-xs font-bold uppercase tracking-wide text-slate-700">Same parent ({family.siblings.length + 1})</h4>
              <ul className="max-h-56 overflow-auto">{[...family.siblings, entry].sort((a, b) => (a.code < b.code ? -1 : 1)).map((e) => item(e, e.code === entry.code))}</ul>
            </div>
          )}
          {family.children.length > 0 && (
            <div>
              <h4 className="text-xs font-bold uppercase tracking-wide text-slate-700">Under it ({family.children.length})</h4>
              <ul className="max-h-56 overflow-auto">{family.children.map((e) => item(e))}</ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
