import { describe, expect, it } from 'vitest';
import { coalescedRuns } from './coalescedRuns';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('coalescedRuns', () => {
  it('runs once more for any number of requests made while a run is going', async () => {
    const runs = coalescedRuns('test');
    const client = {};
    let count = 0;
    const work = async () => {
      count++;
      await sleep(30);
    };
    const first = runs.schedule(client, 'k', work);
    for (let i = 0; i < 5; i++) void runs.schedule(client, 'k', work);
    await first;
    expect(count).toBe(2);
    await runs.settled(client);
  });

  it('with minIntervalMs, starts a repeated run no sooner than the interval after the one before, and a lone request at once', async () => {
    const runs = coalescedRuns('test', { minIntervalMs: 2_000 });
    const client = {};
    const starts: number[] = [];
    const work = async () => {
      starts.push(performance.now());
      await sleep(20);
    };
    const asked = performance.now();
    const first = runs.schedule(client, 'k', work);
    void runs.schedule(client, 'k', work);
    // Another key is not held back by this one.
    void runs.schedule(client, 'other', work);
    await first;
    expect(starts).toHaveLength(3);
    const [firstStart, other, second] = starts as [number, number, number];
    expect(firstStart - asked).toBeLessThan(1_000);
    expect(other - asked).toBeLessThan(1_000);
    expect(second - firstStart).toBeGreaterThanOrEqual(1_999);
    // A key with no run started within the interval runs at once.
    await sleep(2_000 - (performance.now() - second) + 10);
    const lone = performance.now();
    await runs.schedule(client, 'k', work);
    expect(starts.at(-1)! - lone).toBeLessThan(1_000);
  });

  it('spaces requests that each come after the last run has finished (a sparse stream)', async () => {
    const runs = coalescedRuns('test', { minIntervalMs: 1_000 });
    const client = {};
    const starts: number[] = [];
    const work = async () => {
      starts.push(performance.now());
      await sleep(10);
    };
    // One request every 100 ms for 2.5 s, each after the run before it has finished.
    const began = performance.now();
    while (performance.now() - began < 2_500) {
      void runs.schedule(client, 'k', work);
      await sleep(100);
    }
    await runs.settled(client);
    // 25 requests: a run at once, then one a second, and the last request is not lost.
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(starts.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < starts.length - 1; i++)
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(999);
  });

  it('settled starts a waiting run at once, and every run it waits for', async () => {
    const runs = coalescedRuns('test', { minIntervalMs: 60_000 });
    const client = {};
    let count = 0;
    const work = async () => {
      count++;
      await sleep(20);
    };
    await runs.schedule(client, 'k', work);
    // Within the interval: the run waits for it, until settled is asked.
    void runs.schedule(client, 'k', work);
    await sleep(50);
    expect(count).toBe(1);
    const asked = performance.now();
    await runs.settled(client);
    expect(count).toBe(2);
    expect(performance.now() - asked).toBeLessThan(1_000);
  });

  it('with jitter, spreads keys asked for together over up to that fraction of the interval more', async () => {
    // An interval of 1 s, so that a timer firing late on a loaded machine (138 ms once, in a CI
    // run beside the browser lane) stays well inside the slack of the upper bound.
    const runs = coalescedRuns('test', { minIntervalMs: 1_000, jitter: 1 });
    const client = {};
    const starts = new Map<string, number[]>();
    const work = (key: string) => async () => {
      starts.set(key, [...(starts.get(key) ?? []), performance.now()]);
      await sleep(5);
    };
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    for (const key of keys) void runs.schedule(client, key, work(key));
    for (const key of keys) void runs.schedule(client, key, work(key));
    await Promise.all(keys.map((key) => runs.schedule(client, key, work(key))));
    const gaps = keys.map((key) => {
      const [first, second] = starts.get(key)!;
      return second! - first!;
    });
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(999);
      expect(gap).toBeLessThan(2_000 + 500);
    }
    // Twenty draws from [1,000, 2,000) ms: not all within 20 ms of each other.
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(20);
  });

  it('reports a failed run and keeps going', async () => {
    const runs = coalescedRuns('test');
    const errors: unknown[] = [];
    await runs.schedule(
      {},
      'k',
      () => Promise.reject(new Error('boom')),
      (e) => errors.push(e),
    );
    expect(errors).toHaveLength(1);
  });
});
