import { useCallback, useState } from 'react';
import { CDI_CUES_STARTER, CDI_QUERIES_STARTER } from '@/data/cdi-packs';
import { parseCuePack, type CuePack, type QueryPack } from '@/domain/cdi';

const STORAGE_KEY = 'workbench.cdi.cue-pack';

function loadStored(): CuePack | null {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const r = parseCuePack(JSON.parse(text));
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
}

export type CdiPacks = {
  readonly cues: CuePack;
  readonly queries: QueryPack;
  readonly isStarter: boolean;
  /** Replaces the cue pack (already validated) and keeps it on this computer. */
  replaceCues: (pack: CuePack) => void;
  resetCues: () => void;
};

/** The cue pack in use (the team's starter, or one the reviewer imported) and the query templates. */
export function useCdiPacks(): CdiPacks {
  const [cues, setCues] = useState<CuePack>(() => loadStored() ?? CDI_CUES_STARTER);
  const replaceCues = useCallback((pack: CuePack) => {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(pack));
    setCues(pack);
  }, []);
  const resetCues = useCallback(() => {
    window.localStorage.removeItem(STORAGE_KEY);
    setCues(CDI_CUES_STARTER);
  }, []);
  return { cues, queries: CDI_QUERIES_STARTER, isStarter: cues === CDI_CUES_STARTER, replaceCues, resetCues };
}
