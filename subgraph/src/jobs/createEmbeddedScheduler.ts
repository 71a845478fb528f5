import type { JobLog } from './jobLog';
import type { Config } from '../config';
import { tryWithScoringLock } from '../services/leadScoring/withScoringLock';
import { claimScheduledSlot } from './claimScheduledSlot';
import { parseCron } from './cronMatches';
import { FORECAST_SNAPSHOT_CRON, snapshotForecasts } from './forecastSnapshotJob';
import type { ScoringEvent, SendScoringEvent } from './scoringEvents';
import {
  rescoreAllTenants,
  rescoreChangedLeads,
  retrainTenants,
  type JobContext,
  type JobDeps,
} from './scoringJobBodies';

export type EmbeddedScheduler = {
  send: SendScoringEvent;
  /** Runs the cron jobs due at `date` (called every minute by the timer; tests call it directly). */
  tick: (date: Date) => Promise<void>;
  /** Resolves when queued work is done. */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
};

export type SchedulerOptions = {
  deps: JobDeps;
  config: Pick<Config, 'rescoreCron' | 'retrainCron'>;
  /** Events are collected this long and handled as one batch, as Inngest's batchEvents does. */
  batchMs?: number;
  /** false: no timer (tests drive `tick`). */
  timer?: boolean;
  /** Progress at info; a failed job at warn (an operator's to see). */
  log?: JobLog;
};

// In-process, steps simply run: there is nothing to memoise or retry between invocations.
const localStep = { run: <T>(_id: string, fn: () => Promise<T>) => fn() };

/**
 * Runs the Inngest functions' bodies in-process when no Inngest server is configured: cron jobs
 * from a minute timer, events in short batches, one job at a time. Timers are unref'd and
 * `stop()` clears them, so neither tests nor shutdown wait on it.
 */
export function createEmbeddedScheduler({
  deps,
  config,
  batchMs = 2000,
  timer = true,
  log = () => {},
}: SchedulerOptions): EmbeddedScheduler {
  const rescoreCron = parseCron(config.rescoreCron);
  const retrainCron = parseCron(config.retrainCron);
  const snapshotCron = parseCron(FORECAST_SNAPSHOT_CRON);
  let queue: Promise<void> = Promise.resolve();
  let pending: ScoringEvent[] = [];
  let batchTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastMinute = -1;

  const enqueue = (
    name: string,
    job: (ctx: JobContext) => Promise<unknown>,
    events: ScoringEvent[] = [],
  ) => {
    if (stopped) return queue;
    queue = queue.then(async () => {
      const started = Date.now();
      try {
        await job({ events, step: localStep });
        log(`${name} finished in ${Date.now() - started} ms`);
      } catch (error) {
        // Rescoring runs record their own failure; this says which scheduled job it was.
        log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`, 'warn');
      }
    });
    return queue;
  };

  const flush = () => {
    batchTimer = undefined;
    const events = pending;
    pending = [];
    const retrain = events.filter((e) => e.name === 'scoring/retrain.requested');
    const rescore = events.filter((e) => e.name !== 'scoring/retrain.requested');
    if (rescore.length)
      void enqueue('rescore-changed-leads', (ctx) => rescoreChangedLeads(deps, ctx), rescore);
    if (retrain.length)
      void enqueue('retrain-scoring-model', (ctx) => retrainTenants(deps, ctx), retrain);
  };

  // Every replica runs this scheduler: a cron slot runs in the one process that claims it, and
  // not while the same job (a previous slot) still runs anywhere (ADR 021).
  const once =
    (name: string, slot: Date, job: (ctx: JobContext) => Promise<unknown>) =>
    async (ctx: JobContext) => {
      if (!(await claimScheduledSlot(deps.prisma, name, slot)))
        return log(`${name} skipped: another process claimed ${slot.toISOString()}`);
      const locked = await tryWithScoringLock(deps.prisma, `job:${name}`, () => job(ctx));
      if (!locked.acquired) log(`${name} skipped: it is still running in another process`);
    };

  const tick = (date: Date) => {
    const minute = Math.floor(date.getTime() / 60_000);
    if (minute === lastMinute) return queue;
    lastMinute = minute;
    const slot = new Date(minute * 60_000);
    if (rescoreCron.matches(date))
      void enqueue(
        'rescore-leads-cron',
        once('rescore-leads-cron', slot, (ctx) => rescoreAllTenants(deps, ctx)),
      );
    if (retrainCron.matches(date))
      void enqueue(
        'retrain-scoring-model',
        once('retrain-scoring-model', slot, (ctx) => retrainTenants(deps, ctx)),
      );
    if (snapshotCron.matches(date))
      void enqueue(
        'forecast-snapshot',
        once('forecast-snapshot', slot, (ctx) => snapshotForecasts(deps, ctx)),
      );
    return queue;
  };

  const interval = timer ? setInterval(() => void tick(new Date()), 20_000) : undefined;
  interval?.unref();

  return {
    send: async (event) => {
      if (stopped) return;
      pending.push(...(Array.isArray(event) ? event : [event]));
      if (!batchTimer) {
        batchTimer = setTimeout(flush, batchMs);
        batchTimer.unref();
      }
    },
    tick,
    idle: async () => {
      if (batchTimer) {
        clearTimeout(batchTimer);
        flush();
      }
      await queue;
    },
    stop: async () => {
      stopped = true;
      if (interval) clearInterval(interval);
      if (batchTimer) clearTimeout(batchTimer);
      pending = [];
      await queue;
    },
  };
}
