import { useEffect, useMemo, useState } from 'react';
import { cdiReviewSchema, type CdiDecision, type CdiQuery, type CdiReview as Review, type EncounterDocument } from '@/domain/claim';
import {
  buildCdiReport,
  cdiReportText,
  checkDocumentation,
  decisionFor,
  renderCdiReportHtml,
  UNCERTAIN_RULES,
  type CodeLookup,
  type CodeSupport,
  type DocumentationPrompt,
} from '@/domain/cdi';
import type { Fix } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import { copyText, downloadText, newId, nowIsoSeconds, safeFileName } from '@/ui/lib/browser';
import { useCdiPacks } from '../hooks/use-cdi-packs';
import { codesByMention, mentionKey, suggestionsByMention, type CodeRef } from '../lib/note-segments';
import { AnnotatedNote } from './annotated-note';
import { CodeSupportList, type EngineNote } from './code-support-list';
import { CuePackPanel } from './cue-pack-panel';
import { QueryBuilder, type QueryTarget } from './query-builder';
import { ReviewReport } from './review-report';

type Props = {
  document: EncounterDocument;
  /** Titles from the loaded code set, or null while it loads. */
  lookup: CodeLookup | null;
  /** What the workbench's claim edits say about each code (`dx:0`, `act:1`): the same engine coders use. */
  findings: ReadonlyMap<string, readonly EngineNote[]>;
  /** Applies a fix through the undoable document history. */
  onApplyFix: (fix: Fix) => void;
  /** Stores the review in the draft (autosaved with it). */
  onReviewChange: (review: Review) => void;
};

const EMPTY_REVIEW: Review = cdiReviewSchema.parse({});

function targetForCode(c: CodeSupport, pack: ReturnType<typeof useCdiPacks>['cues'], sentencesOf: (c: CodeSupport) => number[]): QueryTarget {
  const family = pack.families.find((f) => f.id === c.familyId);
  const title = c.title || family?.label || c.code;
  // Reads inside a sentence: "lists gastro-esophageal reflux disease…" (acronyms such as "COPD" stay as they are).
  const name = /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
  const uncertain = c.evidence.some((m) => m.assertion === 'uncertain');
  if (c.status === 'not-found') return { about: c.code, condition: name, use: 'not-found', sentences: sentencesOf(c), options: [title] };
  if (uncertain) return { about: c.code, condition: family?.label.toLowerCase() ?? name, use: 'uncertain', sentences: sentencesOf(c), options: [] };
  const forms = family?.specific.map((f) => f.label) ?? [];
  return { about: c.code, condition: family?.label.toLowerCase() ?? name, use: 'specificity', sentences: sentencesOf(c), options: forms.length > 0 ? forms : [title] };
}

function targetForPrompt(p: DocumentationPrompt): QueryTarget {
  return { about: p.label, condition: p.label.toLowerCase(), use: p.kind === 'missing' ? 'missing' : 'uncertain', sentences: [...new Set(p.evidence.map((m) => m.sentence))], options: [p.label] };
}

/**
 * The CDI review of one encounter: the note with its phrases marked beside the codes
 * and their documentation status, specificity suggestions, prompts for undocumented
 * codes, the query builder and the review report.
 */
export function CdiReview({ document: doc, lookup, findings, onApplyFix, onReviewChange }: Props) {
  const packs = useCdiPacks();
  const { show } = useToast();
  const analysis = useMemo(() => checkDocumentation(doc, packs.cues, lookup), [doc, packs.cues, lookup]);
  const review = doc.cdiReview ?? EMPTY_REVIEW;
  const [selectedCode, setSelectedCode] = useState<CodeRef | null>(null);
  const [selectedPhrase, setSelectedPhrase] = useState<string | null>(null);
  const [target, setTarget] = useState<QueryTarget | null>(null);
  const [printing, setPrinting] = useState<{ what: 'report' } | { what: 'query'; text: string } | null>(null);

  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(null);
  }, [printing]);

  const supports = useMemo(() => codesByMention(analysis), [analysis]);
  const suggests = useMemo(() => suggestionsByMention(analysis), [analysis]);
  const codeLabel = (ref: CodeRef) => {
    const [kind, i] = ref.split(':');
    return analysis.codes.find((c) => c.kind === kind && String(c.index) === i)?.code ?? ref;
  };
  const highlighted = useMemo(() => {
    const c = analysis.codes.find((x) => `${x.kind}:${x.index}` === selectedCode);
    return new Set([...(c?.evidence ?? []), ...(c?.gap?.evidence ?? [])].map(mentionKey));
  }, [analysis, selectedCode]);
  const packLabels = [`${packs.cues.name} ${packs.cues.version} (${packs.cues.source.document})`, `${packs.queries.name} ${packs.queries.version} (${packs.queries.source.document})`];
  const report = buildCdiReport(doc, analysis, review, nowIsoSeconds(), packLabels);
  const fileBase = `cdi-review-${safeFileName(doc.claim.id || 'claim')}`;

  const update = (change: Partial<Review>) => onReviewChange({ ...review, ...change });
  const decide = (c: CodeSupport, change: Partial<Pick<CdiDecision, 'verdict' | 'comment'>>) => {
    const current = decisionFor(review, c.kind, c.code) ?? { kind: c.kind, code: c.code, verdict: '' as const, comment: '' };
    update({ decisions: [...review.decisions.filter((d) => !(d.kind === c.kind && d.code === c.code)), { ...current, ...change }] });
  };
  const sentencesOf = (c: CodeSupport) => {
    const family = analysis.scan.mentions.filter((m) => m.kind === 'condition' && m.value === c.familyId);
    return [...new Set([...c.evidence, ...(c.gap?.evidence ?? []), ...family].map((m) => m.sentence))];
  };
  const openQuery = (t: QueryTarget) => {
    setTarget(t);
    // Move focus to the builder so keyboard users land on it.
    window.setTimeout(() => document.getElementById('cdi-query-h')?.focus(), 0);
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800">
        <span className="font-semibold">{analysis.setting === 'inpatient' ? 'Inpatient rules' : 'Outpatient rules'}:</span> {analysis.setting === 'inpatient' ? UNCERTAIN_RULES.inpatient : UNCERTAIN_RULES.outpatient}
      </p>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <section aria-labelledby="cdi-note-h" className="min-w-0">
          <h2 id="cdi-note-h" className="mb-1 text-base font-semibold">
            Clinical note
          </h2>
          <AnnotatedNote
            note={doc.note}
            mentions={analysis.scan.mentions}
            supports={supports}
            suggests={suggests}
            codeLabel={codeLabel}
            highlighted={highlighted}
            selectedPhrase={selectedPhrase}
            onSelectPhrase={setSelectedPhrase}
          />
        </section>
        <section aria-labelledby="cdi-codes-h" className="min-w-0">
          <h2 id="cdi-codes-h" className="mb-1 text-base font-semibold">
            Codes and their documentation
          </h2>
          {!lookup && <p className="mb-1 text-xs text-slate-700">Loading the code set: titles and suggested codes follow.</p>}
          <CodeSupportList
            codes={analysis.codes}
            findings={findings}
            decision={(c) => decisionFor(review, c.kind, c.code)}
            selected={selectedCode}
            onSelect={setSelectedCode}
            onDecide={decide}
            onApplyFix={onApplyFix}
            onDraftQuery={(c) => openQuery(targetForCode(c, packs.cues, sentencesOf))}
          />
          <h2 className="mb-1 mt-3 text-base font-semibold">Documented but not coded</h2>
          {analysis.prompts.length === 0 ? (
            <p className="text-sm">Nothing the cue pack recognises is left uncoded.</p>
          ) : (
            <ul className="space-y-2">
              {analysis.prompts.map((p) => (
                <li key={p.familyId} className="rounded border border-amber-700 bg-amber-50 p-2 text-sm">
                  <p>
                    <span className="font-semibold">{p.kind === 'missing' ? 'Possibly missing: ' : 'Uncertain: '}</span>
                    {p.message}
                  </p>
                  <Button size="sm" className="mt-1" onClick={() => openQuery(targetForPrompt(p))}>
                    Draft query about {p.label}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {target && (
        <QueryBuilder
          key={`${target.about}-${target.use}`}
          target={target}
          pack={packs.queries}
          sentences={analysis.scan.sentences}
          reviewer={review.reviewer}
          onClose={() => setTarget(null)}
          onCopy={(text) => void copyText(text).then((ok) => show(ok ? 'Query copied.' : 'The browser did not allow copying.', { tone: ok ? 'success' : 'error' }))}
          onPrint={(text) => setPrinting({ what: 'query', text })}
          onSave={(q) => {
            const saved: CdiQuery = { id: newId(), templateId: q.templateId, title: q.title, about: q.about, text: q.text, status: 'open', createdAt: nowIsoSeconds() };
            update({ queries: [...review.queries, saved] });
            setTarget(null);
            show(`Query about ${q.about} saved with the draft.`, { tone: 'success' });
            window.setTimeout(() => document.getElementById('cdi-report-h')?.focus(), 0);
          }}
        />
      )}
      <ReviewReport
        report={report}
        queries={review.queries}
        printing={printing?.what === 'report'}
        onReviewer={(reviewer) => update({ reviewer })}
        onSummary={(summary) => update({ summary })}
        onQueryStatus={(id, status) => update({ queries: review.queries.map((q) => (q.id === id ? { ...q, status } : q)) })}
        onQueryRemove={(id) => update({ queries: review.queries.filter((q) => q.id !== id) })}
        onPrint={() => setPrinting({ what: 'report' })}
        onCopy={() => void copyText(cdiReportText(report)).then((ok) => show(ok ? 'Report copied as text.' : 'The browser did not allow copying.', { tone: ok ? 'success' : 'error' }))}
        onDownloadHtml={() => downloadText(`${fileBase}.html`, renderCdiReportHtml(report), 'text/html')}
        onDownloadJson={() => downloadText(`${fileBase}.json`, JSON.stringify(report, null, 2), 'application/json')}
      />
      {printing?.what === 'query' && (
        <pre data-print-root className="hidden whitespace-pre-wrap font-sans text-sm print:block">
          {printing.text}
        </pre>
      )}
      <CuePackPanel pack={packs.cues} isStarter={packs.isStarter} onReplace={packs.replaceCues} onReset={packs.resetCues} />
    </div>
  );
}
