import { useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { EncounterDocument } from '@/domain/claim';
import { applyFix } from '@/domain/rules';
import { CodeInputContext } from '@/ui/components/code-input';
import { useToast } from '@/ui/components/toaster';
import { CodeCombobox, CodeSetNotice } from '@/ui/features/code-lookup';
import { EncounterEditor } from '@/ui/features/encounter';
import { AuditReportDialog, FindingsPanel } from '@/ui/features/findings';
import { DrgPanel } from '@/ui/features/drg';
import { nowIsoSeconds } from '@/ui/lib/browser';
import { useCommand } from '@/ui/lib/commands';
import { FieldMarksContext } from '@/ui/lib/field-marks';
import { focusFieldAt } from '@/ui/lib/field-ids';
import { setUserName } from '@/ui/lib/user-name';
import type { EncounterChecks } from './use-encounter-checks';

type Props = {
  form: UseFormReturn<EncounterDocument>;
  live: EncounterDocument;
  checks: EncounterChecks;
  /** Applies a whole-document change undoably (fixes, DRG lines). */
  apply: (next: EncounterDocument, label: string) => void;
  /** Title row above the two columns. */
  header: ReactNode;
  /** Panels above the findings (e.g. a training brief). */
  asideTop?: ReactNode;
  /** Panels and dialogs after the DRG panel. */
  asideBottom?: ReactNode;
  /** False hides the live findings (exam-style practice). */
  findingsVisible?: boolean;
  /** False leaves out the DRG panel. */
  showDrg?: boolean;
};

/**
 * The coding workspace shared by the workbench, practice mode and scenario authoring:
 * the encounter editor on the left; the findings (with fixes, acknowledgements and the
 * audit report) and the IR-DRG panel on the right.
 */
export function EncounterWorkspace({ form, live, checks, apply, header, asideTop, asideBottom, findingsVisible = true, showDrg = true }: Props) {
  const { show } = useToast();
  const [reportOpen, setReportOpen] = useState(false);
  useCommand('focus-findings', () => document.getElementById('findings')?.focus());
  return (
    <div className="mx-auto max-w-[1800px] px-3 pb-10 pt-3">
      <div className="no-print mb-3 flex flex-wrap items-center justify-between gap-2">{header}</div>
      <CodeSetNotice dateOfService={live.claim.encounter.start} />
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,7fr)_minmax(22rem,5fr)]">
        <div className="min-w-0">
          <FieldMarksContext.Provider value={checks.marksStore}>
            <CodeInputContext.Provider value={CodeCombobox}>
              <EncounterEditor form={form} />
            </CodeInputContext.Provider>
          </FieldMarksContext.Provider>
        </div>
        <aside aria-label="Checks and payment" className="min-w-0 space-y-3 lg:sticky lg:top-3 lg:max-h-[calc(100vh-1.5rem)] lg:self-start lg:overflow-auto">
          {asideTop}
          <FindingsPanel
            findings={checks.findings}
            acknowledgements={live.acknowledgements}
            editsRun={checks.editsRun}
            profileLabel={checks.profileLabel}
            visible={findingsVisible}
            onFocusFinding={(f) => {
              if (!focusFieldAt(f.path)) show('That field is not on screen.');
            }}
            onApplyFix={(f, fix) => apply(applyFix(form.getValues(), fix), `${fix.label} (${f.editId})`)}
            onAcknowledge={(f, reason, by) => {
              if (by) setUserName(by);
              const rest = form.getValues('acknowledgements').filter((a) => a.findingKey !== f.key);
              form.setValue('acknowledgements', [...rest, { findingKey: f.key, editId: f.editId, reason, by, at: nowIsoSeconds() }], { shouldDirty: true });
            }}
            onWithdraw={(f) =>
              form.setValue(
                'acknowledgements',
                form.getValues('acknowledgements').filter((a) => a.findingKey !== f.key),
                { shouldDirty: true },
              )
            }
            onOpenReport={() => setReportOpen(true)}
          />
          <AuditReportDialog open={reportOpen} onClose={() => setReportOpen(false)} document={live} findings={checks.findings} />
          {showDrg && <DrgPanel document={live} onApply={apply} />}
          {asideBottom}
        </aside>
      </div>
    </div>
  );
}
