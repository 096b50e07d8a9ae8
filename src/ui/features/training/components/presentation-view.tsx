import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ENCOUNTER_TYPES, PAYER_PROFILES, SEXES } from '@/domain/claim';
import type { Scenario } from '@/domain/training';
import { Button } from '@/ui/components/button';
import { KeySummary } from './key-summary';
import { SourceText } from './teaching-points';

type Step = { readonly title: string; readonly body: ReactNode };

function facts(s: Scenario): string {
  const c = s.start.claim;
  const type = ENCOUNTER_TYPES[c.encounter.type as keyof typeof ENCOUNTER_TYPES] ?? c.encounter.type;
  const sex = SEXES[s.start.patient.sex as keyof typeof SEXES] ?? s.start.patient.sex;
  return [`${PAYER_PROFILES[s.start.payerProfile]} rules`, type && `encounter: ${type}`, sex && `sex: ${sex}`, s.start.patient.dateOfBirth && `born ${s.start.patient.dateOfBirth}`].filter(Boolean).join(' · ');
}

/** The steps of a case for a class: the case note, each question, the key, each teaching point. */
export function presentationSteps(s: Scenario, titleOf?: (code: string) => string | undefined): Step[] {
  return [
    {
      title: 'The case',
      body: (
        <>
          <p className="mb-4 text-xl text-slate-700">{facts(s)}</p>
          <div className="whitespace-pre-line font-serif text-3xl leading-relaxed">{s.start.note}</div>
        </>
      ),
    },
    ...s.questions.map((q, i) => ({ title: `Question ${i + 1} of ${s.questions.length}`, body: <p className="text-4xl leading-snug">{q}</p> })),
    { title: 'The key', body: <KeySummary scenarioKey={s.key} titleOf={titleOf} large /> },
    ...s.teachingPoints.map((t, i) => ({
      title: `Teaching point ${i + 1} of ${s.teachingPoints.length}`,
      body: (
        <>
          <p className="text-4xl leading-snug">{t.text}</p>
          <p className="mt-6 text-xl text-slate-700">
            Source: <SourceText source={t.source} />
          </p>
        </>
      ),
    })),
  ];
}

/**
 * A case walked through with a class: large type, one step at a time. Arrow keys (and Page Up/Down,
 * Home/End) step; Escape leaves.
 */
export function PresentationView({ scenario, onClose, titleOf }: { scenario: Scenario; onClose: () => void; titleOf?: ((code: string) => string | undefined) | undefined }) {
  const steps = presentationSteps(scenario, titleOf);
  const [index, setIndex] = useState(0);
  const last = steps.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const move: Record<string, (i: number) => number> = {
        ArrowRight: (i) => Math.min(last, i + 1),
        ArrowDown: (i) => Math.min(last, i + 1),
        PageDown: (i) => Math.min(last, i + 1),
        ArrowLeft: (i) => Math.max(0, i - 1),
        ArrowUp: (i) => Math.max(0, i - 1),
        PageUp: (i) => Math.max(0, i - 1),
        Home: () => 0,
        End: () => last,
      };
      const f = move[e.key];
      if (f) {
        e.preventDefault();
        setIndex(f);
      } else if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [last, onClose]);
  useEffect(() => heading.current?.focus(), []);
  const step = steps[index] ?? steps[0]!;
  return (
    <section aria-labelledby="presentation-title" className="mx-auto flex min-h-[calc(100vh-3.5rem)] max-w-6xl flex-col px-8 py-6 text-slate-900">
      <div className="flex items-baseline justify-between gap-4">
        <h1 id="presentation-title" ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
          {scenario.title}
        </h1>
        <p className="text-lg text-slate-700" aria-live="polite">
          Step {index + 1} of {steps.length}: {step.title}
        </p>
      </div>
      <h2 className="mt-6 text-3xl font-semibold text-brand-800">{step.title}</h2>
      <div className="mt-6 flex-1">{step.body}</div>
      <div className="mt-8 flex items-center justify-between gap-2">
        <Button onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          ← Previous
        </Button>
        <p className="text-sm text-slate-700">Use ← and → to step, Esc to leave.</p>
        <div className="flex gap-2">
          <Button onClick={onClose}>Leave presentation</Button>
          <Button variant="primary" onClick={() => setIndex((i) => Math.min(last, i + 1))} disabled={index === last}>
            Next →
          </Button>
        </div>
      </div>
    </section>
  );
}
