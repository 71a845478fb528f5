import { useTrashQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useRestoreFromTrash } from '../hooks/useRestoreFromTrash';
import { describeDeletion } from '../utils/describeDeletion';
import '../trash.css';

const PAGE = 50;

/** The tenant's deleted deals and leads that can still be restored, most recent first. */
export function TrashList() {
  const { data, error, loading, refetch, fetchMore } = useTrashQuery({
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const { restore, pending } = useRestoreFromTrash();
  if (error && !data)
    return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState label="Loading the trash…" />;
  const { items, pageInfo } = data.trash;
  if (items.length === 0)
    return (
      <EmptyState title="The trash is empty">
        Deals and leads deleted in the last 30 days show up here.
      </EmptyState>
    );
  return (
    <>
      <ul className="trash-list" aria-label="Deleted deals and leads">
        {items.map((item) => (
          <li key={item.id} className="trash-item">
            <div className="trash-item__text">
              <span className="badge">{item.kind === 'DEAL' ? 'Deal' : 'Lead'}</span>{' '}
              <strong>{item.title}</strong>
              <div className="muted">{describeDeletion(item)}</div>
            </div>
            {item.canRestore ? (
              <button
                type="button"
                className="button button--small"
                disabled={pending === item.id}
                aria-label={`Restore ${item.kind === 'DEAL' ? 'deal' : 'lead'} ${item.title}`}
                onClick={() => void restore(item)}
              >
                {pending === item.id ? 'Restoring…' : 'Restore'}
              </button>
            ) : (
              <span className="muted trash-item__note">
                Its owner, a manager or an admin can restore it
              </span>
            )}
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                trash: {
                  ...fetchMoreResult.trash,
                  items: [...(previous.trash?.items ?? []), ...fetchMoreResult.trash.items],
                },
              }),
            })
          }
        >
          Show more
        </button>
      )}
    </>
  );
}
