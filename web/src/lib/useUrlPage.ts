import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * A cursor-paged list's page in the URL: its number and the cursor it starts after, so reload,
 * Back and a shared link show the same page. Next pushes a history entry; Previous goes back to
 * it when the user came from there, else to the first page (a cursor only leads forwards).
 */
export function useUrlPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  // An empty `after=` in a hand-edited link is no cursor (the API refuses an empty one).
  const after = page > 1 ? params.get('after') || null : null;
  const goToPage = (next: number, cursor: string | null) =>
    setParams(
      (prev) => {
        const changed = new URLSearchParams(prev);
        if (next > 1 && cursor) {
          changed.set('page', String(next));
          changed.set('after', cursor);
        } else {
          changed.delete('page');
          changed.delete('after');
        }
        return changed;
      },
      { state: { fromPage: page } },
    );
  const next = (endCursor: string | null | undefined) => goToPage(page + 1, endCursor ?? null);
  const previous = () =>
    (location.state as { fromPage?: number } | null)?.fromPage === page - 1
      ? void navigate(-1)
      : goToPage(1, null);
  return { page, after, next, previous };
}
