/** `hurried`: start every further run of this one at once (set by `settled`). */
type Run = { done: Promise<void>; again: boolean; hurried: boolean; wake: () => void };

/**
 * Background work that runs after the change asking for it has committed, coalesced per key: while
 * a run for a key is going, any number of further requests cause exactly one more run (which sees
 * every commit made before it starts). Runs are kept per database client, so tests and shutdown can
 * wait for one client's. A run never throws: a failure goes to `onError` (by default a JSON line on
 * stderr naming `what` failed) and the next request tries again.
 *
 * With `minIntervalMs`, no run of a key starts sooner than that long after the start of the one
 * before, whether the request came while that one was going or after it had finished: a stream
 * of requests costs at most one run per interval per key (ADR 050, 056), however they are spaced.
 * A request with no run started within the interval runs at once. `settled` starts a waiting run
 * at once (tests, shutdown). With `jitter`, a run that has to wait waits up to that fraction of the
 * interval longer, at random: keys asked for together (every pipeline's closes at a stream's
 * start) drift apart instead of running together at each interval's end (ADR 056).
 */
export function coalescedRuns(
  what: string,
  { minIntervalMs = 0, jitter = 0 }: { minIntervalMs?: number; jitter?: number } = {},
) {
  /** Per client: the runs going or waiting, and when each key's last run started (kept after). */
  const clients = new WeakMap<
    object,
    { runs: Map<string, Run>; lastStarts: Map<string, number> }
  >();

  function schedule(
    client: object,
    key: string,
    work: () => Promise<void>,
    onError: (error: unknown) => void = (error) => reportError(what, error),
  ): Promise<void> {
    let state = clients.get(client);
    if (!state) clients.set(client, (state = { runs: new Map(), lastStarts: new Map() }));
    const { runs: pending, lastStarts } = state;
    const current = pending.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const run: Run = { done: Promise.resolve(), again: true, hurried: false, wake: () => {} };
    run.done = (async () => {
      try {
        while (run.again) {
          const wait =
            (lastStarts.get(key) ?? -Infinity) +
            minIntervalMs * (1 + jitter * Math.random()) -
            performance.now();
          if (wait > 0 && !run.hurried) {
            await new Promise<void>((resolve) => {
              // Timers count whole milliseconds of the event loop's clock and may fire up to one
              // early by performance.now(): one more keeps the interval (a test saw 998.96 ms).
              const timer = setTimeout(resolve, Math.ceil(wait) + 1);
              run.wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            run.wake = () => {};
          }
          run.again = false;
          lastStarts.set(key, performance.now());
          try {
            await work();
          } catch (error) {
            onError(error);
          }
        }
      } finally {
        pending.delete(key);
      }
    })();
    pending.set(key, run);
    return run.done;
  }

  /** Resolves when every run scheduled on this client has finished; a waiting one starts now. */
  async function settled(client: object): Promise<void> {
    const pending = clients.get(client)?.runs;
    while (pending && pending.size > 0) {
      const going = [...pending.values()];
      for (const run of going) {
        run.hurried = true;
        run.wake();
      }
      await Promise.all(going.map((r) => r.done));
    }
  }

  return { schedule, settled };
}

function reportError(what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${JSON.stringify({ level: 'error', msg: `${what} failed`, error: message })}\n`,
  );
}
