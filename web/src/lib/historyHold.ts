type Hold = (event: PopStateEvent) => void;

let current: Hold | null = null;

/**
 * Listens to the browser's history steps (Back, Forward) ahead of the router: called before the
 * app renders, so this listener on `window` is registered before React Router's and runs first
 * (listeners on one target run in the order they were added, capturing or not, in Chromium), and
 * a page that must ask before it is left (useLeaveGuard) can keep a step from the router.
 */
export function listenToHistoryBeforeTheRouter(): void {
  window.addEventListener('popstate', (event) => current?.(event));
}

/** Makes `hold` see every history step first, until the returned function is called. */
export function holdHistorySteps(hold: Hold): () => void {
  current = hold;
  return () => {
    if (current === hold) current = null;
  };
}
