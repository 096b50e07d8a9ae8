import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { CodeSystem, SearchHit } from '@/domain/codes';
import { inputClass } from '@/ui/components/field';
import { PlainCodeInput, type CodeInputProps } from '@/ui/components/code-input';
import { useCodeSearch } from '../hooks/use-code-search';
import { markCodeFieldFocused, registerCodeField, searchSystemsFor } from '../model/code-fields';
import { HitContent } from './hit-content';

const SUGGESTIONS = 8;

/**
 * The code field with suggestions: the ARIA 1.2 editable combobox with list
 * autocomplete and manual selection (WAI-ARIA APG). What the coder types goes
 * straight into the field; suggestions from the code set in force on the field's
 * date of service arrive from the search worker once typing pauses. See
 * docs/adr/0027-code-field-combobox.md for the key rules.
 *
 * Fields whose system has no code set (DRG, other) stay plain inputs.
 */
export function CodeCombobox(props: CodeInputProps) {
  const systems = searchSystemsFor(props.system);
  if (systems.length === 0) return <PlainCodeInput {...props} />;
  return <SuggestingCodeInput {...props} systems={systems} />;
}

const POPUP_WIDTH = 544; // 34rem

/**
 * Where the popup goes: fixed under the input (or above it when there is more room
 * there), following scrolls. The popup is rendered in <body>, so editor sections
 * (which contain their own layout) cannot clip or cover it.
 */
function usePopupPlace(anchor: RefObject<HTMLElement | null>, shown: boolean): CSSProperties {
  const [place, setPlace] = useState<CSSProperties>({ position: 'fixed', top: 0, left: 0 });
  useLayoutEffect(() => {
    if (!shown) return;
    const update = () => {
      const el = anchor.current;
      if (!el) return;
      const r = el.getBoundingClientRect();
      const width = Math.min(POPUP_WIDTH, window.innerWidth - 16);
      const below = window.innerHeight - r.bottom - 8;
      const above = r.top - 8;
      const up = below < 200 && above > below;
      setPlace({
        position: 'fixed',
        left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)),
        width,
        maxHeight: Math.max(120, Math.min(up ? above : below, 360)),
        ...(up ? { bottom: window.innerHeight - r.top + 4 } : { top: r.bottom + 4 }),
      });
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor, shown]);
  return place;
}

function optionDomId(inputId: string, index: number): string {
  return `${inputId}-option-${index}`;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

function SuggestingCodeInput({
  id,
  value,
  onChange,
  onBlur,
  onFocus,
  dateOfService,
  placeholder,
  ref,
  systems,
  ...aria
}: CodeInputProps & { systems: readonly CodeSystem[] }) {
  const [open, setOpen] = useState(false);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const latest = useRef({ value, onChange, dateOfService });
  useEffect(() => {
    latest.current = { value, onChange, dateOfService };
  });

  // Searching while the field has focus (not only while the list shows) means the
  // suggestions are ready when the coder presses Down on a code already there.
  const search = useCodeSearch({ text: value, systems, dateOfService, limit: SUGGESTIONS, enabled: focused, codesOnly: true });
  const hits = search.hits;
  const expanded = open && hits.length > 0;
  const listboxId = `${id}-listbox`;
  const activeHit = expanded && active >= 0 ? hits[active] : undefined;

  // New results move visual focus back to the textbox.
  useEffect(() => setActive(-1), [hits]);
  useEffect(() => {
    if (activeHit) document.getElementById(optionDomId(id, active))?.scrollIntoView({ block: 'nearest' });
  }, [activeHit, active, id]);

  useEffect(
    () =>
      registerCodeField({
        id,
        systems,
        get dateOfService() {
          return latest.current.dateOfService;
        },
        value: () => latest.current.value,
        insert: (code) => latest.current.onChange(code),
      }),
    [id, systems],
  );

  const setRefs = useCallback(
    (el: HTMLInputElement | null) => {
      inputRef.current = el;
      assignRef(ref, el);
    },
    [ref],
  );

  const accept = (hit: SearchHit) => {
    onChange(hit.display);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || (e.altKey && e.shiftKey)) return; // app shortcuts pass through
    const n = hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) setOpen(value.trim() !== '');
        else if (expanded) setActive((a) => (a + 1) % n);
        else if (value.trim() !== '') {
          setOpen(true);
          setActive(n > 0 ? 0 : -1);
        }
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (e.altKey) {
          if (activeHit) accept(activeHit);
          else setOpen(false);
        } else if (expanded) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        else if (value.trim() !== '') {
          setOpen(true);
          setActive(n > 0 ? n - 1 : -1);
        }
        return;
      case 'Enter':
        if (activeHit) {
          e.preventDefault();
          accept(activeHit);
        } else if (open) {
          e.preventDefault();
          setOpen(false);
        }
        return;
      case 'Escape':
        e.preventDefault();
        if (open) {
          setOpen(false);
          setActive(-1);
        } else if (value !== '') onChange('');
        return;
      case 'Tab':
        // An option the coder moved to is taken; otherwise what was typed stays.
        if (activeHit) accept(activeHit);
        setOpen(false);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        setActive(-1);
        return;
      default:
        return;
    }
  };

  const release = search.releases[0];
  const noMatch = open && search.current && hits.length === 0;
  const place = usePopupPlace(inputRef, expanded || noMatch);
  return (
    <>
      <input
        ref={setRefs}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeHit ? optionDomId(id, active) : undefined}
        className={`${inputClass} font-mono uppercase`}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(e.target.value.trim() !== '');
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          markCodeFieldFocused(id);
          onFocus?.();
        }}
        onBlur={() => {
          setFocused(false);
          setOpen(false);
          setActive(-1);
          onBlur();
        }}
        {...aria}
      />
      {createPortal(
        <div
          style={place}
          className={`z-40 flex flex-col rounded-md border border-slate-400 bg-white shadow-lg ${expanded ? '' : 'hidden'}`}
          // Clicks in the popup must not take focus from the input.
          onMouseDown={(e) => e.preventDefault()}
        >
          <ul id={listboxId} role="listbox" aria-label="Code suggestions" hidden={!expanded} className="min-h-0 flex-1 overflow-auto py-1">
            {hits.map((hit, i) => (
              <li
                key={`${hit.system}|${hit.code}`}
                id={optionDomId(id, i)}
                role="option"
                aria-selected={i === active}
                className={`flex cursor-pointer items-center gap-2 px-2 py-1 ${i === active ? 'bg-brand-100 outline outline-2 -outline-offset-2 outline-brand-700' : 'hover:bg-slate-100'}`}
                onClick={() => accept(hit)}
              >
                <HitContent hit={hit} />
              </li>
            ))}
          </ul>
          {release && (
            <p className="border-t border-slate-200 px-2 py-1 text-xs text-slate-700">
              {release.label}
              {release.origin === 'starter' ? ' (starter set only)' : ''} · ↑↓ choose · Enter insert · Esc close
            </p>
          )}
        </div>,
        document.body,
      )}
      {noMatch &&
        createPortal(
          <p role="status" style={place} className="z-40 h-fit rounded-md border border-slate-400 bg-white px-2 py-1 text-xs text-slate-800 shadow">
            No {release?.label ?? 'loaded'} code matches “{value.trim()}”.
          </p>,
          document.body,
        )}
    </>
  );
}
