import { useQuery } from '@tanstack/react-query';
import { rulesStateQuery } from '@/ui/lib/rules-store';
import { PacksSection } from './packs-section';
import { ProfileSettingsEditor } from './profile-settings';
import { ReferenceTablesSection } from './reference-tables-section';

/** Rules: payer profiles (edits on/off, severities) and rule packs (import, export, edit, switch off). */
export function RulesPage() {
  const state = useQuery(rulesStateQuery);
  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-4">
      <div>
        <h1 className="text-xl font-semibold">Rules</h1>
        <p className="text-sm text-slate-700">What the workbench checks, per payer, and the reference tables the checks read. Everything here is stored on this computer.</p>
      </div>
      {state.isPending ? (
        <p className="text-sm">Loading rules…</p>
      ) : state.isError ? (
        <p className="text-sm text-red-800">The rule settings could not be read: {state.error.message}</p>
      ) : (
        <>
          <ProfileSettingsEditor settings={state.data.profileSettings} />
          <PacksSection state={state.data} />
          <ReferenceTablesSection />
        </>
      )}
    </div>
  );
}
