import { useState, type FormEvent } from 'react';
import { useMergeCandidatesQuery } from '../../../__generated__/lazy';
import { errorMessage } from '../../../lib/graphqlErrors';
import { useToast } from '../../../ui/useToast';
import { useMergeLeads } from '../hooks/useMergeLeads';
import '../merge.css';

const OPEN_STATUSES = ['NEW', 'WORKING', 'QUALIFIED'] as const;

/**
 * Open leads matching a search (the lead's email, else its name, to start), each with "Merge
 * into this lead": the lead keeps its values, takes the other's where it has none, and takes over
 * its timeline, planned activities and engagement; the other goes to the trash (30 days).
 */
export function MergeCandidates({
  lead,
  onDone,
}: {
  lead: { id: string; name: string; email?: string | null };
  onDone: () => void;
}) {
  const [typed, setTyped] = useState(lead.email ?? lead.name);
  const [search, setSearch] = useState(typed);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading, error } = useMergeCandidatesQuery({
    variables: { filter: { search, status: [...OPEN_STATUSES] } },
    skip: search.trim() === '',
  });
  const { merge, loading: merging } = useMergeLeads();
  const toast = useToast();
  const candidates = (data?.leads.edges ?? []).map((e) => e.node).filter((l) => l.id !== lead.id);

  const find = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  const mergeOne = async (source: { id: string; name: string }) => {
    setFailure(null);
    try {
      await merge(lead.id, [source.id]);
    } catch (e) {
      return setFailure(errorMessage(e));
    }
    onDone();
    toast.show(
      `“${source.name}” merged into “${lead.name}” (kept in the trash for 30 days).`,
      'success',
    );
  };

  return (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        This lead keeps its values and takes the other’s where it has none, with its timeline,
        planned activities and engagement. The other lead goes to the trash for 30 days.
      </p>
      <form onSubmit={find} className="filters" role="search" aria-label="Find a duplicate">
        <label className="filters__item">
          <span>Name, company or email</span>
          <input value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="button button--small">
          Find
        </button>
      </form>
      {error && <div className="form-error">{errorMessage(error)}</div>}
      {failure && (
        <div className="form-error" role="alert">
          {failure}
        </div>
      )}
      {loading && !data ? (
        <p className="muted">Looking…</p>
      ) : candidates.length === 0 ? (
        <p className="muted">No other open lead matches “{search}”.</p>
      ) : (
        <ul className="stage-list" aria-label="Possible duplicates">
          {candidates.map((c) => (
            <li key={c.id} className="merge-candidate">
              <span>
                <strong>{c.name}</strong>
                <span className="muted">
                  {' '}
                  {[c.email, c.company, c.owner?.name].filter(Boolean).join(' · ')}
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                disabled={merging}
                onClick={() => void mergeOne(c)}
              >
                Merge into this lead
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
