import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Dataset, Model } from '../model/types';
import { autoSettings } from './autoSettings';
import { runBagJob, type BagJob, type BagResult } from './bagJobs';
import { trainingSteps, type TrainOptions } from './trainModel';

/**
 * Below this much work (training rows × features × bags) the bags run on the calling thread:
 * starting worker threads (each loads the engine) costs more than it saves. 1,000,000 before
 * ADR 042; with 64 pairs and 16 bags on small data a unit of work costs more. Medians of 3,
 * workers started afresh each time, 2 shared cores at load 3.4-4.2: 300 × 16 (77,000 units)
 * inline 0.77 s, threads 1.85 s; 2,000 × 16 (512,000) 3.32 s / 3.85 s. Sonar 208 × 60 (200,000),
 * one model on all rows, seed 1, quiet machine, one run each: 19.6 s inline, 8.8 s on 2 threads
 * (same model; an earlier 132 s / 10 s was taken while other runs competed for the cores).
 */
export const THREADED_WORK = 150_000;

const pools = new Map<number, Piscina>();

/** A pool of `threads` workers that exit after a second idle (nothing kept alive between runs). */
function trainingPool(threads: number): Piscina {
  let pool = pools.get(threads);
  if (!pool) {
    // Workers load TypeScript: under tsx they inherit its loader, elsewhere (vitest) they get it.
    const execArgv = process.execArgv.some((arg) => arg.includes('tsx'))
      ? process.execArgv
      : [...process.execArgv, '--import', 'tsx'];
    pool = new Piscina({
      filename: new URL('./bagWorker.ts', import.meta.url).href,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 1_000,
      execArgv,
    });
    pools.set(threads, pool);
  }
  return pool;
}

export type ThreadOptions = {
  /** Worker threads for the bags; default: the machine's cores. 0 runs them on this thread. */
  threads?: number;
  /** Use the workers whatever the size of the data (tests); default: only from THREADED_WORK. */
  always?: boolean;
};

/**
 * `trainModel` with the bags of each step on worker threads, so every core trains and the calling
 * thread (the server's event loop) stays free. The model is the same as `trainModel`'s, bit for
 * bit, whatever the number of threads: each bag's result depends only on its job.
 */
export async function trainModelInThreads(
  dataset: Dataset,
  options: TrainOptions = {},
  { threads = availableParallelism(), always = false }: ThreadOptions = {},
): Promise<Model> {
  const bags = options.bags ?? autoSettings(dataset.rows.length).bags;
  const work = dataset.rows.length * Math.max(dataset.features.length, 1) * bags;
  const threaded = threads > 0 && (always || work >= THREADED_WORK);
  const steps = trainingSteps(dataset, options);
  let step = steps.next();
  while (!step.done) {
    const jobs = step.value;
    const results: BagResult[] = threaded
      ? await Promise.all(
          jobs.map((job: BagJob) => trainingPool(threads).run(job) as Promise<BagResult>),
        )
      : jobs.map(runBagJob);
    step = steps.next(results);
  }
  return step.value;
}

/** Stops the training workers (shutdown, end of tests). */
export async function closeTrainingThreads(): Promise<void> {
  const open = [...pools.values()];
  pools.clear();
  await Promise.all(open.map((pool) => pool.destroy()));
}
