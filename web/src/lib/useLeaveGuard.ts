import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { holdHistorySteps } from './historyHold';

export type LeaveGuard = {
  /** Whether the page is asking (a held link or history step waits for the answer). */
  pending: boolean;
  stay: () => void;
  leave: () => void;
};

/** A held way out: a link's in-app path, or a step through the browser's history (Back: -1). */
type Held = { path: string } | { delta: number };

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

/** The history entry's place, which React Router's BrowserRouter keeps in its state (`idx`). */
function historyIndex(): number | null {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
}

/**
 * Holds a way off the page while `dirty` (a form with changes not saved), for the page to ask
 * whether to leave: a click on a link to another page, and the browser's Back and Forward
 * buttons; a reload or a closed tab gets the browser's own question. Changing only the query
 * string (a filter) is not leaving. Back cannot be cancelled, only undone: the step's `popstate`
 * is kept from the router (historyHold's listener runs before the router's own), the browser is
 * sent back to this entry (whose `popstate` is kept from the router too), and Leave
 * takes the step again, for the router this time (ADR 093). Programmatic navigations (a search
 * result, a deletion's return) are not held.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const location = useLocation();
  const [held, setHeld] = useState<Held | null>(null);
  // Set by Leave for a history step: its `popstate` is the router's.
  const leaving = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    // Capturing on the document runs before React's listeners on its root: the link's own
    // handler (React Router's Link) never sees the click.
    const hold = (event: MouseEvent) => {
      const path = heldPath(event);
      if (path === null) return;
      event.preventDefault();
      event.stopPropagation();
      setHeld({ path });
    };
    const here = historyIndex();
    let undoing = false;
    const holdStep = (event: PopStateEvent) => {
      if (leaving.current) {
        leaving.current = false;
        return;
      }
      const to = historyIndex();
      // Not a step the router made (another script's entry): nothing to undo it by.
      if (here === null || to === null) return;
      event.stopImmediatePropagation();
      if (undoing) {
        // The browser is back on this page's entry: the router never saw it leave.
        undoing = false;
        return;
      }
      if (to === here) return;
      undoing = true;
      window.history.go(here - to);
      setHeld({ delta: to - here });
    };
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    document.addEventListener('click', hold, true);
    const release = holdHistorySteps(holdStep);
    window.addEventListener('beforeunload', warn);
    return () => {
      document.removeEventListener('click', hold, true);
      release();
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty, location]);
  const stay = useCallback(() => setHeld(null), []);
  const leave = useCallback(() => {
    setHeld(null);
    if (held === null) return;
    if ('path' in held) {
      void navigate(held.path);
      return;
    }
    leaving.current = true;
    window.history.go(held.delta);
  }, [navigate, held]);
  return { pending: held !== null, stay, leave };
}
