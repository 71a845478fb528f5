import { useState } from 'react';
import { type LeadStatus } from '../../../__generated__/graphql';
import { useLeadFilterOptionsQuery } from '../../../__generated__/lazy';
import { useAssignLeads } from '../hooks/useAssignLeads';
import { useRefreshLeadScores } from '../hooks/useRefreshLeadScores';
import { useSetLeadsStatus } from '../hooks/useSetLeadsStatus';
import { LEAD_STATUSES } from '../utils/leadQueryFromParams';
import { UserOptions } from '../../../ui/UserOptions';
import { useCurrentUser } from '../../../lib/useCurrentUser';

export function LeadBulkBar({ selected, onDone }: { selected: string[]; onDone: () => void }) {
  const { data } = useLeadFilterOptionsQuery();
  const [ownerId, setOwnerId] = useState('');
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const { assign, loading: assigning } = useAssignLeads();
  const { setStatus: applyStatus, loading: settingStatus } = useSetLeadsStatus();
  const { rescore, progress } = useRefreshLeadScores();
  const count = selected.length;
  const user = useCurrentUser();
  // A rep may only take unassigned leads for themselves; managers and admins assign to anyone.
  const rep = user?.role === 'REP';

  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <strong>{count ? `${count} selected` : 'Select leads for bulk actions'}</strong>
      {rep && user ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={!count || assigning}
            onClick={async () => {
              if (await assign(selected, { id: user.id, name: user.name })) onDone();
            }}
          >
            Take for myself
          </button>
          <span className="muted" data-testid="assign-note">
            Reps can take unassigned leads; a manager or an admin assigns leads to others.
          </span>
        </>
      ) : (
        <>
          <label className="filters__check">
            <span className="visually-hidden">Assign to</span>
            <select
              value={ownerId}
              onChange={(e) => setOwnerId(e.target.value)}
              aria-label="Assign to"
            >
              <option value="">Assign to…</option>
              <option value="none">Nobody (unassign)</option>
              <UserOptions users={data?.users} />
            </select>
          </label>
          <button
            type="button"
            className="button button--small"
            disabled={!count || !ownerId || assigning}
            onClick={async () => {
              const owner =
                ownerId === 'none' ? null : (data?.users.find((u) => u.id === ownerId) ?? null);
              if (await assign(selected, owner)) onDone();
            }}
          >
            Assign
          </button>
        </>
      )}
      <select
        value={status}
        onChange={(e) => setStatus(e.target.value as LeadStatus)}
        aria-label="Set status"
      >
        <option value="">Set status…</option>
        {/* A lead is converted into a deal (Convert to deal on its page), not by a status. */}
        {LEAD_STATUSES.filter((s) => s !== 'CONVERTED').map((s) => (
          <option key={s} value={s}>
            {s.charAt(0) + s.slice(1).toLowerCase()}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        disabled={!count || !status || settingStatus}
        onClick={async () => {
          if (status && (await applyStatus(selected, status))) onDone();
        }}
      >
        Apply
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!count || Boolean(progress)}
        onClick={() => void rescore(selected)}
      >
        Rescore
      </button>
      {progress && (
        <span className="filters__check" role="status">
          Rescoring {progress.processed}/{progress.total || '…'}
          <span className="progress" aria-hidden="true">
            <span
              className="progress__bar"
              style={{
                width: `${progress.total ? (100 * progress.processed) / progress.total : 10}%`,
              }}
            />
          </span>
        </span>
      )}
    </div>
  );
}
