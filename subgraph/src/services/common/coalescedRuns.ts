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
  const runs = new WeakMap<object, Map<string, Run>>();
  /** When each key's last run started, kept after it ends (one number per key and client). */
  const lastStarts = new WeakMap<object, Map<string, number>>();

  function schedule(
    client: object,
    key: string,
    work: () => Promise<void>,
    onError: (error: unknown) => void = (error) => reportError(what, error),
  ): Promise<void> {
    let pending = runs.get(client);
    if (!pending) runs.set(client, (pending = new Map<string, Run>()));
    let starts = lastStarts.get(client);
    if (!starts) lastStarts.set(client, (starts = new Map<string, number>()));
    const current = pending.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const run: Run = { done: Promise.resolve(), again: true, hurried: false, wake: () => {} };
    const map = pending;
    const startedAt = starts;
    run.done = (async () => {
      try {
        while (run.again) {
          const wait =
            (startedAt.get(key) ?? -Infinity) +
            minIntervalMs * (1 + jitter * Math.random()) -
            performance.now();
          if (wait > 0 && !run.hurried) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, wait);
              run.wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            run.wake = () => {};
          }
          run.again = false;
          startedAt.set(key, performance.now());
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

  /** Resolves when every run scheduled on this client has finished; a waiting one starts now. */
  async function settled(client: object): Promise<void> {
    const pending = runs.get(client);
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
