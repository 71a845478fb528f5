import type { ReactNode } from 'react';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { Panel } from '../../../ui/Panel';

/** A dashboard tile with its loading, error, empty and success states. */
export function ChartPanel({
  title,
  loading,
  error,
  empty,
  emptyText,
  testId,
  children,
}: {
  title: string;
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Panel title={title}>
      <div
        data-testid={testId}
        data-state={error ? 'error' : loading ? 'loading' : empty ? 'empty' : 'ready'}
      >
        {error ? (
          <ErrorState title="Could not load" message={errorMessage(error)} />
        ) : loading ? (
          <LoadingState />
        ) : empty ? (
          <EmptyState title={emptyText ?? 'No data yet'} />
        ) : (
          children
        )}
      </div>
    </Panel>
  );
}
