type Run = { done: Promise<void>; again: boolean };

/**
 * Background work that runs after the change asking for it has committed, coalesced per key: while
 * a run for a key is going, any number of further requests cause exactly one more run (which sees
 * every commit made before it starts). Runs are kept per database client, so tests and shutdown can
 * wait for one client's. A run never throws: a failure goes to `onError` (by default a JSON line on
 * stderr naming `what` failed) and the next request tries again. With `minIntervalMs`, a run asked
 * for while one was going starts no sooner than that long after the start of the one before, so a
 * stream of requests costs at most one run per interval per key (ADR 050); a lone request still
 * runs at once.
 */
export function coalescedRuns(
  what: string,
  { minIntervalMs = 0 }: { minIntervalMs?: number } = {},
) {
  const runs = new WeakMap<object, Map<string, Run>>();

  function schedule(
    client: object,
    key: string,
    work: () => Promise<void>,
    onError: (error: unknown) => void = (error) => reportError(what, error),
  ): Promise<void> {
    let pending = runs.get(client);
    if (!pending) runs.set(client, (pending = new Map<string, Run>()));
    const current = pending.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const run: Run = { done: Promise.resolve(), again: true };
    const map = pending;
    run.done = (async () => {
      try {
        let started = -Infinity;
        while (run.again) {
          const wait = started + minIntervalMs - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          run.again = false;
          started = performance.now();
          try {
            await work();
          } catch (error) {
            onError(error);
          }
        }
      } finally {
        map.delete(key);
      }
    })();
    map.set(key, run);
    return run.done;
  }

  /** Resolves when every run scheduled on this client has finished. */
  async function settled(client: object): Promise<void> {
    const pending = runs.get(client);
    while (pending && pending.size > 0) await Promise.all([...pending.values()].map((r) => r.done));
  }

  return { schedule, settled };
}

function reportError(what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'error', msg: `${what} failed`, error: message })}\n`,
  );
}
