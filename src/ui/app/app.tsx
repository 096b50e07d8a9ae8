import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { ToasterProvider } from '@/ui/components/toaster';
import { useRoute, hrefFor, type Route } from '@/ui/lib/router';
import { ErrorBoundary } from './error-boundary';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useGlobalShortcuts } from './shortcuts';
import { WorkbenchPage } from './workbench-page';

const DraftsPage = lazy(() => import('@/ui/features/drafts').then((m) => ({ default: m.DraftsPage })));
const RulesPage = lazy(() => import('@/ui/features/rules').then((m) => ({ default: m.RulesPage })));
const CodeSetsPage = lazy(() => import('@/ui/features/code-sets').then((m) => ({ default: m.CodeSetsPage })));
const CdiPage = lazy(() => import('./cdi-page').then((m) => ({ default: m.CdiPage })));
const TrainingPage = lazy(() => import('./training-page').then((m) => ({ default: m.TrainingPage })));
const HelpPage = lazy(() => import('./help-page').then((m) => ({ default: m.HelpPage })));

const NAV: ReadonlyArray<{ label: string; route: Route; match: Route['name'][] }> = [
  { label: 'Workbench', route: { name: 'workbench', draftId: null }, match: ['workbench'] },
  { label: 'Drafts', route: { name: 'drafts' }, match: ['drafts'] },
  { label: 'CDI review', route: { name: 'cdi', draftId: null }, match: ['cdi'] },
  { label: 'Rules', route: { name: 'rules' }, match: ['rules'] },
  { label: 'Code sets', route: { name: 'code-sets' }, match: ['code-sets'] },
  { label: 'Training', route: { name: 'training', scenarioId: null }, match: ['training'] },
  { label: 'Help', route: { name: 'help' }, match: ['help'] },
];

/** The whole app: providers, top bar, the current screen. */
export function App() {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <ToasterProvider>
        <Shell />
      </ToasterProvider>
    </QueryClientProvider>
  );
}

function Shell() {
  const route = useRoute();
  useGlobalShortcuts();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to main content
      </a>
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-1 px-3 py-2">
          <p className="text-base font-bold tracking-tight">
            <span aria-hidden="true">✚ </span>Coding Workbench
          </p>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-1">
              {NAV.map((item) => {
                const current = item.match.includes(route.name);
                return (
                  <li key={item.label}>
                    <a
                      href={hrefFor(item.route)}
                      aria-current={current ? 'page' : undefined}
                      className={`rounded px-2.5 py-1 text-sm font-medium ${current ? 'bg-white text-brand-800' : 'text-white hover:bg-brand-800'}`}
                    >
                      {item.label}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
          <p className="ml-auto text-xs text-brand-100">Offline · nothing leaves this computer · press ? for shortcuts</p>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <ErrorBoundary key={route.name}>
          <Suspense fallback={<p className="p-6 text-sm">Loading…</p>}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <ShortcutsDialog />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'workbench':
      return <WorkbenchPage draftId={route.draftId} />;
    case 'drafts':
      return <DraftsPage />;
    case 'help':
      return <HelpPage />;
    case 'rules':
      return <RulesPage />;
    case 'code-sets':
      return <CodeSetsPage />;
    case 'cdi':
      return <CdiPage draftId={route.draftId} />;
    case 'training':
      return <TrainingPage view={route.scenarioId} />;
    case 'settings':
    case 'not-found':
      return (
        <div className="p-6">
          <h1 className="text-lg font-semibold">Page not found</h1>
          <p className="text-sm">
            There is no screen at this address. <a href="#/" className="underline">Back to the workbench</a>.
          </p>
        </div>
      );
  }
}
