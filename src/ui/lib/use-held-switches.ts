import { useCallback, useState } from 'react';

/**
 * On/off boxes whose stored value arrives a tick after the click (IndexedDB, the query cache):
 * the box holds the clicked value from the click itself until `release` (when the store has
 * it), so React never puts the old value back in between and a quick second look sees the change.
 *
 * @example const switches = useHeldSwitches(); <input checked={switches.valueOf(id, stored)} onChange={(e) => { switches.hold(id, e.target.checked); void save().finally(() => switches.release(id)); }} />
 */
export function useHeldSwitches() {
  const [held, setHeld] = useState<Readonly<Record<string, boolean>>>({});
  const hold = useCallback((key: string, on: boolean) => setHeld((s) => ({ ...s, [key]: on })), []);
  const release = useCallback(
    (key: string) =>
      setHeld((s) => {
        const { [key]: _done, ...rest } = s;
        return rest;
      }),
    [],
  );
  const valueOf = (key: string, stored: boolean): boolean => held[key] ?? stored;
  return { hold, release, valueOf };
}
