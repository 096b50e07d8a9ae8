import { useHeldSwitches } from '@/ui/lib/use-held-switches';
import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PAYER_PROFILES, type PayerProfileId } from '@/domain/claim';
import { EDITS, PROFILE_IDS, editsForProfile, type ProfileSettings, type Severity } from '@/domain/rules';
import { Button } from '@/ui/components/button';
import { inputClass } from '@/ui/components/field';
import { useToast } from '@/ui/components/toaster';
import { rulesStateQuery, saveProfileSettings } from '@/ui/lib/rules-store';

const SEVERITIES: Severity[] = ['reject', 'warn', 'info'];

/** Per payer profile: which edits run and how severe each is. Saved on this computer. */
export function ProfileSettingsEditor({ settings }: { settings: ProfileSettings }) {
  const [profile, setProfile] = useState<PayerProfileId>('DOH');
  const [filter, setFilter] = useState('');
  const queryClient = useQueryClient();
  const { show } = useToast();
  const save = useMutation({
    mutationFn: saveProfileSettings,
    // Show the change at once; the store catches up (and a failure rolls it back).
    onMutate: (next) => {
      queryClient.setQueryData(rulesStateQuery.queryKey, (old) => (old ? { ...old, profileSettings: next } : old));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: rulesStateQuery.queryKey }),
    onError: (e) => show(`Settings not saved: ${e.message}`, { tone: 'error' }),
  });
  const current = settings[profile] ?? { disabledEdits: [], severityOverrides: {} };
  const edits = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return editsForProfile(EDITS, profile).filter((e) => !q || `${e.id} ${e.title} ${e.category}`.toLowerCase().includes(q));
  }, [profile, filter]);

  const update = (next: Partial<typeof current>) => save.mutate({ ...settings, [profile]: { ...current, ...next } });
  // The box holds the clicked value in local state (set in the click itself) until the store
  // has it: the query-cache update lands a tick later, after React has put the old value back.
  const switches = useHeldSwitches();
  const toggle = (id: string, on: boolean) => {
    const key = `${profile}:${id}`;
    switches.hold(key, on);
    save.mutate(
      { ...settings, [profile]: { ...current, disabledEdits: on ? current.disabledEdits.filter((x) => x !== id) : [...current.disabledEdits, id] } },
      { onSettled: () => switches.release(key) },
    );
  };
  const setSeverity = (id: string, def: Severity, sev: Severity) => {
    const rest = Object.fromEntries(Object.entries(current.severityOverrides).filter(([k]) => k !== id));
    update({ severityOverrides: sev === def ? rest : { ...rest, [id]: sev } });
  };

  return (
    <section aria-labelledby="profiles-title" className="rounded-lg border border-slate-300 bg-white p-3">
      <h2 id="profiles-title" className="font-semibold">
        Payer profiles
      </h2>
      <p className="text-sm text-slate-700">Each payer profile runs its own set of edits. Switch an edit off or change its severity for a profile; the change applies to every claim under that profile.</p>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-wrap gap-1">
          <legend className="mb-0.5 text-xs font-semibold text-slate-700">Profile</legend>
          {PROFILE_IDS.map((id) => (
            <label key={id} className={`cursor-pointer rounded border px-2 py-1 text-sm ${profile === id ? 'border-brand-700 bg-brand-100 font-semibold' : 'border-slate-400'}`}>
              <input type="radio" name="rules-profile" className="sr-only" checked={profile === id} onChange={() => setProfile(id)} />
              {PAYER_PROFILES[id]}
            </label>
          ))}
        </fieldset>
        <div className="w-64">
          <label htmlFor="rules-filter" className="block text-xs font-semibold text-slate-700">
            Filter edits
          </label>
          <input id="rules-filter" className={inputClass} value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="ID, title or category" />
        </div>
        <Button size="sm" onClick={() => update({ disabledEdits: [], severityOverrides: {} })} disabled={current.disabledEdits.length === 0 && Object.keys(current.severityOverrides).length === 0}>
          Reset {profile} to defaults
        </Button>
      </div>
      <div className="mt-2 max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Edits of the {PAYER_PROFILES[profile]} profile</caption>
          <thead className="sticky top-0 bg-white">
            <tr className="border-b border-slate-300 text-xs uppercase text-slate-700">
              <th scope="col" className="px-2 py-1">
                On
              </th>
              <th scope="col" className="px-2 py-1">
                Edit
              </th>
              <th scope="col" className="px-2 py-1">
                Category
              </th>
              <th scope="col" className="px-2 py-1">
                Severity
              </th>
            </tr>
          </thead>
          <tbody>
            {edits.map((e) => {
              const on = switches.valueOf(`${profile}:${e.id}`, !current.disabledEdits.includes(e.id));
              const sev = current.severityOverrides[e.id] ?? e.severity;
              return (
                <tr key={e.id} className="border-b border-slate-100">
                  <td className="px-2 py-1">
                    <input type="checkbox" checked={on} onChange={(ev) => toggle(e.id, ev.target.checked)} aria-label={`Run ${e.id} (${e.title}) for ${profile}`} />
                  </td>
                  <td className="px-2 py-1">
                    <span className="font-mono text-xs">{e.id}</span>
                    <br />
                    {e.title}
                  </td>
                  <td className="px-2 py-1">{e.category}</td>
                  <td className="px-2 py-1">
                    <select
                      className={`${inputClass} w-28`}
                      value={sev}
                      onChange={(ev) => setSeverity(e.id, e.severity, ev.target.value as Severity)}
                      aria-label={`Severity of ${e.id} for ${profile}`}
                    >
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                          {s === e.severity ? ' (default)' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
