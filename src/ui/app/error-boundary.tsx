import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

/**
 * Keeps the app up when a screen fails to render: the screen shows what went
 * wrong, the rest of the app (and every saved draft) stays usable.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="m-6 max-w-2xl rounded border border-red-700 bg-red-50 p-4 text-red-900">
        <h1 className="font-semibold">This screen ran into a problem</h1>
        <p className="mt-1 text-sm">{this.state.error.message}</p>
        <p className="mt-2 text-sm">Your saved drafts are safe. Reload the page or go back to the drafts list.</p>
        <p className="mt-3 flex gap-3">
          <button type="button" className="underline" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="underline" href="#/drafts">
            Drafts
          </a>
        </p>
      </div>
    );
  }
}
