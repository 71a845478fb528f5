import type { ReactNode } from 'react';
import { permissions } from '../../../lib/permissions';
import { useCurrentUser } from '../../../lib/useCurrentUser';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadingState } from '../../../ui/LoadingState';

/**
 * Routing and automations are the admins' (the server refuses even to list them to anyone else):
 * others are told who manages them, instead of a view that fails to load.
 */
export function AdminsOnly({
  title,
  explanation,
  children,
}: {
  title: string;
  explanation: string;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  if (user === undefined) return <LoadingState />;
  // Not known (the request failed): the view itself says what the server answers.
  if (user === null || permissions.administer(user)) return children;
  return (
    <div data-testid="admins-only">
      <EmptyState title={title}>{explanation} Ask an admin if something should change.</EmptyState>
    </div>
  );
}
