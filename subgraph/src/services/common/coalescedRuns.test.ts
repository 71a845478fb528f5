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
    void runs.schedule(client, 'k', work);
    void runs.schedule(client, 'k', work);
    // Another key is not held back by this one.
    void runs.schedule(client, 'other', work);
    await runs.settled(client);
    expect(starts).toHaveLength(3);
    const [first, other, second] = starts as [number, number, number];
    expect(first - asked).toBeLessThan(1_000);
    expect(other - asked).toBeLessThan(1_000);
    expect(second - first).toBeGreaterThanOrEqual(1_999);
    // Once settled, a new request runs at once.
    const again = performance.now();
    await runs.schedule(client, 'k', work);
    expect(starts.at(-1)! - again).toBeLessThan(1_000);
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
