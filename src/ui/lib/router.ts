import { useSyncExternalStore } from 'react';

/**
 * Hash routes: the app is served as static files, so `#/…` keeps every screen
 * reachable by URL (and reload) without a server. Each screen has one route.
 */
export type Route =
  | { readonly name: 'workbench'; readonly draftId: string | null }
  | { readonly name: 'drafts' }
  | { readonly name: 'code-sets' }
  | { readonly name: 'rules' }
  | { readonly name: 'cdi'; readonly draftId: string | null }
  | { readonly name: 'training'; readonly scenarioId: string | null }
  | { readonly name: 'settings' }
  | { readonly name: 'help' }
  | { readonly name: 'not-found'; readonly path: string };

/** Reads a location hash into a route. @example parseHash('#/draft/abc') //=> { name: 'workbench', draftId: 'abc' } */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, arg] = parts;
  switch (head) {
    case undefined:
      return { name: 'workbench', draftId: null };
    case 'draft':
      return { name: 'workbench', draftId: arg ?? null };
    case 'drafts':
      return { name: 'drafts' };
    case 'code-sets':
      return { name: 'code-sets' };
    case 'rules':
      return { name: 'rules' };
    case 'cdi':
      return { name: 'cdi', draftId: arg ?? null };
    case 'training':
      return { name: 'training', scenarioId: arg ?? null };
    case 'settings':
      return { name: 'settings' };
    case 'help':
      return { name: 'help' };
    default:
      return { name: 'not-found', path };
  }
}

/** The hash for a route. @example hrefFor({ name: 'workbench', draftId: 'abc' }) //=> '#/draft/abc' */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'workbench':
      return route.draftId ? `#/draft/${encodeURIComponent(route.draftId)}` : '#/';
    case 'cdi':
      return route.draftId ? `#/cdi/${encodeURIComponent(route.draftId)}` : '#/cdi';
    case 'training':
      return route.scenarioId ? `#/training/${encodeURIComponent(route.scenarioId)}` : '#/training';
    case 'not-found':
      return `#${route.path}`;
    case 'drafts':
    case 'code-sets':
    case 'rules':
    case 'settings':
    case 'help':
      return `#/${route.name}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseHash(hash);
}

/** Goes to a route. `replace` keeps the back button from returning to a transient URL. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (options.replace) {
    window.history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.slice(1);
  }
}
