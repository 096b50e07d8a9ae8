import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { CODE_SYSTEMS, CODE_SYSTEM_LABELS, isCodeSystem, type CodeEntry, type CodeSystem, type SearchHit } from '@/domain/codes';
import { Dialog } from '@/ui/components/dialog';
import { inputClass } from '@/ui/components/field';
import { formatDate } from '@/domain/shared/dates';
import { isStarterOnly } from '@/ui/lib/code-set-services';
import { useCodeSearch } from '../hooks/use-code-search';
import { codeFieldName, type CodeFieldHandle } from '../model/code-fields';
import { CodeDetail, type DetailCode } from './code-detail';
import { HitContent } from './hit-content';

const RESULTS = 40;
const ALL: readonly CodeSystem[] = CODE_SYSTEMS;
const ONE: Record<CodeSystem, readonly CodeSystem[]> = { icd10cm: ['icd10cm'], cpt: ['cpt'], hcpcs: ['hcpcs'], local: ['local'] };

type CodeLookupDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The field a chosen code goes into (the one being edited), if any. */
  target: CodeFieldHandle | null;
  /** The encounter's date of service, used when the target field has none. */
  dateOfService: string | undefined;
  /** Called after a code went into the target field. */
  onInserted: (code: string, target: CodeFieldHandle) => void;
};

/**
 * The code lookup: one box for codes (with or without the dot; a prefix lists the
 * family), words in any order, partial words and abbreviations, searched in the worker
 * over the releases in force; a detail view of the highlighted code. Arrows move,
 * Enter inserts the code into the field being edited.
 */
export default function CodeLookupDialog(props: CodeLookupDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Code lookup" size="xl">
      <LookupBody {...props} />
    </Dialog>
  );
}

function LookupBody({ onClose, target, dateOfService, onInserted }: CodeLookupDialogProps) {
  const searchId = useId();
  const listId = useId();
  const [text, setText] = useState(() => target?.value() ?? '');
  const [scope, setScope] = useState<CodeSystem | 'all'>(() => (target?.systems.length === 1 ? target.systems[0]! : 'all'));
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<DetailCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const systems = scope === 'all' ? ALL : ONE[scope];
  const date = target?.dateOfService || dateOfService;
  const search = useCodeSearch({ text, systems, dateOfService: date, limit: RESULTS, enabled: true, debounceMs: 80 });
  const hits = search.hits;
  const activeHit: SearchHit | undefined = hits[Math.min(active, hits.length - 1)];
  const targetName = target ? codeFieldName(target.id) : undefined;

  // The dialog opens (showModal) after this body mounts: focus the box once it has.
  useEffect(() => {
    const timer = window.setTimeout(() => inputRef.current?.select(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  // The first result is highlighted as results arrive (automatic selection: the detail
  // view always shows something, and Enter takes what is highlighted).
  useEffect(() => {
    setActive(0);
    setShown(null);
  }, [hits]);
  useEffect(() => {
    if (activeHit) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeHit, active, listId]);

  const detail: DetailCode | null = shown ?? (activeHit ? { system: activeHit.system, code: activeHit.code } : null);

  const insert = (entry: Pick<CodeEntry, 'display' | 'billable' | 'kind'>, system: CodeSystem) => {
    if (!target) {
      setProblem(`No code field to put ${entry.display} in: click into a diagnosis or activity code first, then open the lookup again.`);
      return;
    }
    if (!target.systems.includes(system)) {
      setProblem(`${targetName ?? 'This field'} takes ${target.systems.map((s) => CODE_SYSTEM_LABELS[s]).join(' or ')} codes, not ${CODE_SYSTEM_LABELS[system]}.`);
      return;
    }
    if (entry.kind === 'modifier') {
      setProblem(`${entry.display} is a modifier: type it in the activity's modifiers.`);
      return;
    }
    target.insert(entry.display);
    onInserted(entry.display, target);
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = hits.length;
    if (e.key === 'ArrowDown' && n > 0) {
      e.preventDefault();
      setShown(null);
      setActive((a) => (a + 1) % n);
    } else if (e.key === 'ArrowUp' && n > 0) {
      e.preventDefault();
      setShown(null);
      setActive((a) => (a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && activeHit) {
      e.preventDefault();
      insert(activeHit, activeHit.system);
    }
  };

  const catalog = search.catalog;
  const starterOnly = catalog ? systems.filter((s) => isStarterOnly(catalog, s)) : [];
  const inForce = search.releases.map((r) => r.label).join(', ');

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-[16rem] flex-1">
          <label htmlFor={searchId} className="block text-xs font-semibold text-slate-700">
            Code, words or abbreviation
          </label>
          <input
            ref={inputRef}
            id={searchId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeHit ? `${listId}-${Math.min(active, hits.length - 1)}` : undefined}
            aria-describedby={`${searchId}-hint`}
            className={inputClass}
            value={text}
            placeholder="r07, precordial, chest pain breath, dm2…"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              setProblem(null);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <div>
          <label htmlFor={`${searchId}-scope`} className="block text-xs font-semibold text-slate-700">
            Code set
          </label>
          <select id={`${searchId}-scope`} className={inputClass} value={scope} onChange={(e) => setScope(isCodeSystem(e.target.value) ? e.target.value : 'all')}>
            <option value="all">All code sets</option>
            {CODE_SYSTEMS.map((s) => (
              <option key={s} value={s}>
                {CODE_SYSTEM_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={`${searchId}-hint`} className="text-xs text-slate-700">
        {inForce ? `Searching ${inForce}, in force on ${formatDate(search.date)}${search.dateFromService ? ' (date of service)' : ' (today: no date of service yet)'}. ` : 'Loading the code sets… '}
        ↑↓ move · Enter inserts {targetName ? `into ${targetName}` : 'into the code field being edited'} · Esc closes.
      </p>
      {starterOnly.length > 0 && (
        <p className="rounded border border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-950">
          <span aria-hidden="true">▲ </span>
          Only the starter set of {starterOnly.map((s) => CODE_SYSTEM_LABELS[s]).join(', ')} is loaded, so many codes are missing here.{' '}
          <a className="font-medium underline" href="#/code-sets" onClick={onClose}>
            Import the full release on the Code sets page
          </a>
          .
        </p>
      )}
      {problem && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-2 py-1 text-sm text-red-900">
          {problem}
        </p>
      )}
      <div className="grid min-h-[22rem] grid-cols-1 gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <p className="mb-1 text-xs font-semibold text-slate-700" aria-live="polite">
            {text.trim() === '' ? 'Type to search.' : search.current ? `${hits.length === RESULTS ? `First ${RESULTS}` : hits.length} result${hits.length === 1 ? '' : 's'}` : 'Searching…'}
          </p>
          <ul id={listId} role="listbox" aria-label="Search results" className="max-h-[26rem] overflow-auto rounded border border-slate-300">
            {hits.map((hit, i) => (
              <li
                key={`${hit.system}|${hit.code}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={hit === activeHit}
                className={`flex cursor-pointer items-center gap-2 px-2 py-1 ${hit === activeHit ? 'bg-brand-100 outline outline-2 -outline-offset-2 outline-brand-700' : 'hover:bg-slate-100'}`}
                onClick={() => {
                  setActive(i);
                  setShown(null);
                  inputRef.current?.focus();
                }}
                onDoubleClick={() => insert(hit, hit.system)}
              >
                <HitContent hit={hit} />
                {scope === 'all' && <span className="sr-only">, {CODE_SYSTEM_LABELS[hit.system]}</span>}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded border border-slate-300 p-2" role="region" aria-label="Code details">
          {catalog && detail ? (
            <CodeDetail catalog={catalog} shown={detail} date={search.date} onShow={setShown} onUse={target ? insert : undefined} targetName={targetName} />
          ) : (
            <p className="text-sm text-slate-700">The highlighted code’s family and specificity show here.</p>
          )}
        </div>
      </div>
    </div>
  );
}

