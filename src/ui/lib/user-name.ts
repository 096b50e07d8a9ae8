import { useSyncExternalStore } from 'react';

/**
 * The local user name that signs acknowledgements and reviews. Kept in this
 * browser only (localStorage); there are no accounts.
 */
const KEY = 'workbench.userName';
const listeners = new Set<() => void>();

export function getUserName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function setUserName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage refused (private mode): the name is simply not remembered.
  }
  listeners.forEach((l) => l());
}

/** The user name, re-rendering when it changes. */
export function useUserName(): string {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getUserName,
    () => '',
  );
}
