import { useCallback, useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { emptyDocument, type EncounterDocument } from '@/domain/claim';
import { countFindings, type Finding } from '@/domain/rules';
import {
  keyDocument,
  keyFromDocument,
  parseScenario,
  scoreAttempt,
  startFromDocument,
  toTrainingPackJson,
  TRAINING_PACK_FORMAT,
  TRAINING_PACK_SCHEMA_VERSION,
  type AttemptScore,
  type Scenario,
  type ScenarioKey,
  type TrainingPack,
} from '@/domain/training';
import { starterTrainingPack } from '@/data/scenarios';
import { Button } from '@/ui/components/button';
import { useToast } from '@/ui/components/toaster';
import {
  KeySummary,
  PracticeBrief,
  PresentationView,
  readQuestions,
  readTeachingPoints,
  ScenarioMetaForm,
  ScoreReport,
  toScenarioMeta,
  TrainingHome,
  type PackEntry,
  type ScenarioMeta,
} from '@/ui/features/training';
import { clearPracticeInProgress, keepPracticeInProgress, readPracticeInProgress } from '@/ui/lib/practice-in-progress';
import { navigate } from '@/ui/lib/router';
import { downloadText, newId, nowIsoSeconds, safeFileName } from '@/ui/lib/browser';
import { codeCatalogQuery } from '@/ui/lib/code-catalog-query';
import { attemptsQuery, deleteTrainingPack, saveAttempt, saveTrainingPack, toProgressJson, trainingPacksQuery } from '@/ui/lib/training-store';
import { setUserName, useUserName } from '@/ui/lib/user-name';
import { EncounterWorkspace } from './encounter-workspace';
import { useDocumentHistory } from './use-document-history';
import { useEncounterChecks } from './use-encounter-checks';
import { useLiveDocument } from './use-live-document';

/** The pack that scenarios written on this computer go into. */
const AUTHORED_PACK_ID = 'local.my-scenarios';

type View =
  | { readonly kind: 'home' }
  | { readonly kind: 'practice' | 'present'; readonly packId: string; readonly scenarioId: string }
  | { readonly kind: 'author'; readonly scenarioId: string | null; readonly copyFrom?: { readonly packId: string; readonly scenarioId: string } };

/** Code titles for explanations, from the code sets in force on the case's date. */
function useTitleOf(dateOfService: string): (code: string) => string | undefined {
  const codes = useQuery(codeCatalogQuery);
  const catalog = codes.data?.catalog;
  return useCallback(
    (code: string) => {
      if (!catalog) return undefined;
      const e = catalog.lookup('icd10cm', code, dateOfService) ?? catalog.lookup('cpt', code, dateOfService) ?? catalog.lookup('hcpcs', code, dateOfService);
      return e?.longTitle || e?.shortTitle || undefined;
    },
    [catalog, dateOfService],
  );
}

/**
 * Training: scenario packs, practice on the shared encounter workspace with the key hidden,
 * instructor authoring (the key is built in the encounter editor) and the presentation view.
 */
/** The view as the last part of the URL (`#/training/practice~pack~scenario`), so the nav link, reload and Back work. */
function viewToArg(view: View): string | null {
  switch (view.kind) {
    case 'home':
      return null;
    case 'practice':
    case 'present':
      return [view.kind, view.packId, view.scenarioId].join('~');
    case 'author':
      return ['author', view.scenarioId ?? '', view.copyFrom?.packId ?? '', view.copyFrom?.scenarioId ?? ''].join('~');
  }
}

function viewFromArg(arg: string | null): View {
  const [kind, a = '', b = '', c = ''] = (arg ?? '').split('~');
  if ((kind === 'practice' || kind === 'present') && a && b) return { kind, packId: a, scenarioId: b };
  if (kind === 'author') return b && c ? { kind, scenarioId: a || null, copyFrom: { packId: b, scenarioId: c } } : { kind, scenarioId: a || null };
  return { kind: 'home' };
}

export function TrainingPage({ view: viewArg }: { view: string | null }) {
  const queryClient = useQueryClient();
  const { show } = useToast();
  const learner = useUserName();
  const stored = useQuery(trainingPacksQuery);
  const attempts = useQuery(attemptsQuery(learner || 'anonymous'));
  const view = viewFromArg(viewArg);
  const setView = (next: View) => navigate({ name: 'training', scenarioId: viewToArg(next) });

  const packs = useMemo<PackEntry[]>(() => {
    const list = stored.data?.packs ?? [];
    const replaced = new Set(list.map((p) => p.pack.id));
    const starter = starterTrainingPack();
    return [...(replaced.has(starter.id) ? [] : [{ pack: starter, origin: 'starter' as const }]), ...list.map((p) => ({ pack: p.pack, origin: p.origin }))];
  }, [stored.data]);
  const find = (packId: string, scenarioId: string) => packs.find((p) => p.pack.id === packId)?.pack.scenarios.find((s) => s.id === scenarioId) ?? null;
  const refreshPacks = () => queryClient.invalidateQueries({ queryKey: trainingPacksQuery.queryKey });
  const authoredPack = (): TrainingPack =>
    packs.find((p) => p.pack.id === AUTHORED_PACK_ID)?.pack ?? {
      format: TRAINING_PACK_FORMAT,
      schemaVersion: TRAINING_PACK_SCHEMA_VERSION,
      id: AUTHORED_PACK_ID,
      name: 'My scenarios',
      version: '1',
      source: `Written on this computer by ${learner || 'the instructor'}`,
      scenarios: [],
    };

  if (stored.isPending) return <p className="p-6 text-sm">Opening the training packs…</p>;

  if (view.kind === 'practice' || view.kind === 'present') {
    const scenario = find(view.packId, view.scenarioId);
    if (!scenario) return <Missing onBack={() => setView({ kind: 'home' })} />;
    if (view.kind === 'present') return <Presentation scenario={scenario} onClose={() => setView({ kind: 'home' })} />;
    return (
      <PracticeSession
        key={`${view.packId}/${scenario.id}`}
        packId={view.packId}
        scenario={scenario}
        learner={learner}
        onBack={() => setView({ kind: 'home' })}
        onSaved={() => void queryClient.invalidateQueries({ queryKey: ['training-attempts'] })}
      />
    );
  }

  if (view.kind === 'author') {
    const pack = authoredPack();
    const existing = view.scenarioId ? (pack.scenarios.find((s) => s.id === view.scenarioId) ?? null) : null;
    const source = view.copyFrom ? find(view.copyFrom.packId, view.copyFrom.scenarioId) : null;
    // A copy starts from another pack's scenario under a new id, so both keep their progress.
    const copy = source ? { ...source, id: freeId(`${source.id}-copy`, pack.scenarios.map((s) => s.id)), title: `${source.title} (copy)` } : null;
    return (
      <ScenarioAuthoring
        key={view.scenarioId ?? (copy ? `copy-${copy.id}` : 'new')}
        initial={existing ?? copy}
        isCopy={copy !== null && existing === null}
        takenIds={pack.scenarios.map((s) => s.id).filter((id) => id !== existing?.id)}
        onCancel={() => setView({ kind: 'home' })}
        onSave={async (scenario) => {
          const scenarios = existing ? pack.scenarios.map((s) => (s.id === existing.id ? scenario : s)) : [...pack.scenarios, scenario];
          await saveTrainingPack({ pack: { ...pack, scenarios }, savedAt: nowIsoSeconds(), origin: 'authored', fileName: '' });
          await refreshPacks();
          show(`Saved “${scenario.title}” in My scenarios.`, { tone: 'success' });
          setView({ kind: 'home' });
        }}
      />
    );
  }

  return (
    <TrainingHome
      packs={packs}
      learner={learner}
      onLearnerChange={(name) => setUserName(name)}
      attempts={attempts.data ?? []}
      problems={stored.data?.unreadable ?? []}
      onPractise={(packId, scenarioId) => setView({ kind: 'practice', packId, scenarioId })}
      onPresent={(packId, scenarioId) => setView({ kind: 'present', packId, scenarioId })}
      onEdit={(packId, scenarioId) => setView(packId === AUTHORED_PACK_ID ? { kind: 'author', scenarioId } : { kind: 'author', scenarioId: null, copyFrom: { packId, scenarioId } })}
      onNewScenario={() => setView({ kind: 'author', scenarioId: null })}
      onImport={async (pack, fileName) => {
        const before = packs.find((p) => p.pack.id === pack.id);
        await saveTrainingPack({ pack, savedAt: nowIsoSeconds(), origin: pack.id === AUTHORED_PACK_ID ? 'authored' : 'imported', fileName });
        await refreshPacks();
        const replaced = before ? ` It replaces the earlier “${before.pack.name}” (version ${before.pack.version}).` : '';
        return `Imported “${pack.name}” (version ${pack.version}, ${pack.scenarios.length} scenarios) from ${fileName}.${replaced}`;
      }}
      onExportPack={(pack) => downloadText(`${safeFileName(pack.id)}-${safeFileName(pack.version)}.json`, toTrainingPackJson(pack), 'application/json')}
      onDeletePack={(packId) =>
        void deleteTrainingPack(packId).then(async () => {
          await refreshPacks();
          show('Pack deleted from this computer.');
        })
      }
      onExportProgress={() => downloadText(`training-progress-${safeFileName(learner || 'anonymous')}.json`, toProgressJson(learner || 'anonymous', nowIsoSeconds(), attempts.data ?? []), 'application/json')}
    />
  );
}

function Missing({ onBack }: { onBack: () => void }) {
  return (
    <div className="p-6">
      <h1 className="text-lg font-semibold">Scenario not found</h1>
      <p className="text-sm">It may have been deleted with its pack.</p>
      <Button className="mt-2" onClick={onBack}>
        Back to training
      </Button>
    </div>
  );
}

function Presentation({ scenario, onClose }: { scenario: Scenario; onClose: () => void }) {
  const titleOf = useTitleOf(scenario.start.claim.encounter.start);
  return <PresentationView scenario={scenario} onClose={onClose} titleOf={titleOf} />;
}

/** A learner codes the case in the shared workspace, submits, sees the score, retries. */
function PracticeSession({ packId, scenario, learner, onBack, onSaved }: { packId: string; scenario: Scenario; learner: string; onBack: () => void; onSaved: () => void }) {
  const [initial] = useState(() => readPracticeInProgress(learner, packId, scenario.id) ?? structuredClone(scenario.start));
  const form = useForm<EncounterDocument>({ defaultValues: initial, mode: 'onChange' });
  const history = useDocumentHistory(form);
  const live = useLiveDocument(form, initial);
  useEffect(() => keepPracticeInProgress(learner, packId, scenario.id, live), [learner, packId, scenario.id, live]);
  const checks = useEncounterChecks(live);
  const titleOf = useTitleOf(scenario.start.claim.encounter.start);
  const [findingsVisible, setFindingsVisible] = useState(true);
  const [payment, setPayment] = useState('');
  const [result, setResult] = useState<{ score: AttemptScore; findings: readonly Finding[] } | null>(null);
  const { show } = useToast();

  const submit = () => {
    const document = structuredClone(form.getValues());
    const score = scoreAttempt(scenario.key, { document, payment }, { titleOf });
    setResult({ score, findings: checks.findings });
    void saveAttempt({
      id: newId(),
      learner: learner || 'anonymous',
      packId,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      at: nowIsoSeconds(),
      earned: score.earned,
      max: score.max,
      percent: score.percent,
      examMode: !findingsVisible,
      parts: score.parts.map((p) => ({ id: p.id, label: p.label, earned: p.earned, max: p.max })),
    })
      .then(onSaved)
      .catch((e: unknown) => show(`The score could not be kept on this computer: ${e instanceof Error ? e.message : String(e)}`, { tone: 'error' }));
  };
  const retry = () => {
    clearPracticeInProgress(learner, packId, scenario.id);
    form.reset(structuredClone(scenario.start));
    setPayment('');
    setResult(null);
  };

  return (
    <EncounterWorkspace
      form={form}
      live={live}
      checks={checks}
      apply={history.apply}
      findingsVisible={findingsVisible}
      showDrg={scenario.key.drg !== null}
      header={
        <>
          <div>
            <h1 className="text-lg font-semibold text-slate-900">Practice: {scenario.title}</h1>
            <p className="text-xs text-slate-700">The key is hidden until you submit. Your work is kept on this computer until you start over; nothing here changes your drafts.</p>
          </div>
          <Button onClick={onBack}>Back to training</Button>
        </>
      }
      asideTop={
        <>
          {result && <ScoreReport scenario={scenario} score={result.score} findings={result.findings} titleOf={titleOf} onRetry={retry} />}
          <PracticeBrief
            scenario={scenario}
            learner={learner}
            findingsVisible={findingsVisible}
            onFindingsVisibleChange={setFindingsVisible}
            payment={payment}
            onPaymentChange={setPayment}
            onSubmit={submit}
            onRetry={retry}
            submitted={result !== null}
          />
        </>
      }
    />
  );
}

function freeId(wanted: string, taken: readonly string[]): string {
  let id = wanted;
  for (let n = 2; taken.includes(id); n++) id = `${wanted}-${n}`;
  return id;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** An instructor writes a scenario: the case and its key in the encounter editor, the texts beside it. */
function ScenarioAuthoring({
  initial,
  isCopy = false,
  takenIds,
  onCancel,
  onSave,
}: {
  initial: Scenario | null;
  isCopy?: boolean;
  takenIds: readonly string[];
  onCancel: () => void;
  onSave: (s: Scenario) => Promise<void>;
}) {
  const startDoc = initial ? keyDocument(initial) : { ...emptyDocument('DOH'), note: '' };
  const form = useForm<EncounterDocument>({ defaultValues: startDoc, mode: 'onChange' });
  const history = useDocumentHistory(form);
  const live = useLiveDocument(form, startDoc);
  const checks = useEncounterChecks(live);
  const titleOf = useTitleOf(live.claim.encounter.start);
  const [meta, setMeta] = useState<ScenarioMeta>(() => toScenarioMeta(initial));
  const [keyed, setKeyed] = useState<{ start: EncounterDocument; key: ScenarioKey; rejects: number } | null>(initial ? { start: initial.start, key: initial.key, rejects: 0 } : null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const { show } = useToast();

  const useAsKey = () => {
    const doc = structuredClone(form.getValues());
    const rejects = countFindings(checks.findings.filter((f) => !doc.acknowledgements.some((a) => a.findingKey === f.key))).reject;
    setKeyed({ start: startFromDocument(doc), key: keyFromDocument(doc), rejects });
    setProblems([]);
    show(rejects > 0 ? `Key taken from the encounter. The engine finds ${rejects} reject finding(s) on it: fix them unless the scenario is about them.` : 'Key taken from the encounter.', { tone: rejects > 0 ? 'error' : 'success' });
  };
  const save = () => {
    if (!keyed) {
      setProblems(['Code the case in the editor, then choose “Use current encounter as key”.']);
      return;
    }
    const id = meta.id.trim() || slug(meta.title);
    if (takenIds.includes(id)) {
      setProblems([`Scenario id “${id}” is already used in My scenarios: choose another.`]);
      return;
    }
    const r = parseScenario({
      id,
      title: meta.title,
      summary: meta.summary,
      level: meta.level,
      topics: meta.topics,
      start: keyed.start,
      questions: readQuestions(meta.questions),
      key: keyed.key,
      teachingPoints: readTeachingPoints(meta.teachingPoints),
      expectedFindings: initial?.expectedFindings ?? [],
    });
    if (!r.ok) {
      setProblems(r.errors.map((e) => `${e.where ?? ''}: ${e.message}`));
      return;
    }
    setProblems([]);
    void onSave(r.value);
  };

  return (
    <EncounterWorkspace
      form={form}
      live={live}
      checks={checks}
      apply={history.apply}
      header={
        <>
          <div>
            <h1 className="text-lg font-semibold text-slate-900">{initial && !isCopy ? `Edit scenario: ${initial.title}` : isCopy ? 'New scenario from a copy' : 'New scenario'}</h1>
            <p className="text-xs text-slate-700">Write the note and code the case as the key, on the same edits coders get. Synthetic patients only.</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button onClick={useAsKey}>Use current encounter as key</Button>
            <Button variant="primary" onClick={save}>
              Save scenario
            </Button>
            <Button variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </>
      }
      asideTop={
        <section aria-label="Scenario details" className="space-y-3 rounded border border-brand-700 bg-brand-50 p-3">
          {problems.length > 0 && (
            <div role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900">
              <p className="font-semibold">The scenario was not saved:</p>
              <ul className="ml-4 list-disc">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
          <ScenarioMetaForm value={meta} onChange={setMeta} idLocked={initial !== null && !isCopy} />
          <div>
            <h2 className="text-sm font-semibold">Answer key</h2>
            {keyed ? (
              <>
                <KeySummary scenarioKey={keyed.key} titleOf={titleOf} />
                {keyed.rejects > 0 && <p className="mt-1 text-sm text-red-800">The engine found {keyed.rejects} reject finding(s) on this key.</p>}
              </>
            ) : (
              <p className="text-sm">No key yet: code the case, then choose “Use current encounter as key”.</p>
            )}
          </div>
        </section>
      }
    />
  );
}
