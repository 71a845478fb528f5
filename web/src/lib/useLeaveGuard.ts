import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

export type LeaveGuard = {
  /** Where a held link was going, while the page asks; null otherwise. */
  pending: string | null;
  stay: () => void;
  leave: () => void;
};

/** The in-app path a plain left click on `target` would follow, or null for any other click. */
function heldPath(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname === window.location.pathname)
    return null;
  return url.pathname + url.search + url.hash;
}

/**
 * Holds a click on a link to another page while `dirty` (a form with changes not saved), for the
 * page to ask whether to leave; a reload or a closed tab gets the browser's own question. Changing
 * only the query string (a filter) is not leaving. The browser's Back button is not held: the
 * router the SPA uses (BrowserRouter) cannot hold a history step, and the data router that can
 * added 16 KiB gzip to the first load (ADR 092).
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) return;
    // Capturing on the document runs before React's listeners on its root: the link's own
    // handler (React Router's Link) never sees the click.
    const hold = (event: MouseEvent) => {
      const path = heldPath(event);
      if (path === null) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(path);
    };
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    document.addEventListener('click', hold, true);
    window.addEventListener('beforeunload', warn);
    return () => {
      document.removeEventListener('click', hold, true);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
  const stay = useCallback(() => setPending(null), []);
  const leave = useCallback(() => {
    setPending(null);
    if (pending !== null) void navigate(pending);
  }, [navigate, pending]);
  return { pending, stay, leave };
}
