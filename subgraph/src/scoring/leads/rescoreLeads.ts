import type { Prisma, PrismaClient, ScoringRun } from '../../db/generated/client';
import { binColumns } from '../binColumns';
import { scoreBinned } from '../scoreBinned';
import type { Model } from '../types';
import { ensureActiveModel } from './ensureActiveModel';
import { leadFeatureExtractor } from './leadFeatures';
import { leadScoringSelect } from './loadTrainingData';
import { loadFeatureInputs } from './loadFeatureInputs';
import { modelFromRow } from './modelFromRow';
import { OPEN_LEAD_STATUSES } from './openLeadStatuses';
import { topFactors } from './topFactors';
import { writeScorePage, type ScoreWrite } from './writeScorePage';

/** A SCORE_CHANGED activity is written when a score moves by at least this many points. */
export const NOTABLE_SCORE_CHANGE = 10;
export const DEFAULT_PAGE_SIZE = 2000;

/** All open leads (resumable from the run's cursor), or the open ones among `ids`. */
export type RescoreScope = { ids?: readonly string[] | null };

export const RESCORE_ALL = 'rescore';
export const RESCORE_SOME = 'rescore-leads';

const leadWhere = (tenantId: string, scope: RescoreScope): Prisma.LeadWhereInput => ({
  tenantId,
  status: { in: OPEN_LEAD_STATUSES },
  ...(scope.ids ? { id: { in: [...scope.ids] } } : {}),
});

export async function startRescoreRun(prisma: PrismaClient, tenantId: string, scope: RescoreScope = {}): Promise<ScoringRun> {
  const total = await prisma.lead.count({ where: leadWhere(tenantId, scope) });
  return prisma.scoringRun.create({ data: { tenantId, kind: scope.ids ? RESCORE_SOME : RESCORE_ALL, total } });
}

export type ActiveScorer = { model: Model; version: string };

export async function loadActiveScorer(prisma: PrismaClient, tenantId: string): Promise<ActiveScorer> {
  const row = await ensureActiveModel(prisma, tenantId);
  return { model: modelFromRow(row), version: String(row.version) };
}

export type PageOptions = { now?: Date; pageSize?: number; scorer?: ActiveScorer };

/**
 * Scores the next page of a run (after its cursor) in memory and writes it back in one
 * statement. Three reads: the page of leads, their customers, the customers' closed deals.
 */
export async function rescorePage(
  prisma: PrismaClient,
  runId: string,
  scope: RescoreScope = {},
  { now = new Date(), pageSize = DEFAULT_PAGE_SIZE, scorer }: PageOptions = {},
): Promise<{ processed: number; done: boolean }> {
  const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
  if (run.status !== 'RUNNING') return { processed: 0, done: true };
  const { model, version } = scorer ?? (await loadActiveScorer(prisma, run.tenantId));
  const leads = await prisma.lead.findMany({
    where: { ...leadWhere(run.tenantId, scope), ...(run.cursor ? { id: { gt: run.cursor, ...(scope.ids ? { in: [...scope.ids] } : {}) } } : {}) },
    select: { ...leadScoringSelect, score: true, scoreModelVersion: true },
    orderBy: { id: 'asc' },
    take: pageSize,
  });
  if (leads.length === 0) {
    await prisma.scoringRun.update({ where: { id: runId }, data: { status: 'SUCCEEDED', finishedAt: new Date() } });
    return { processed: 0, done: true };
  }
  const inputs = await loadFeatureInputs(prisma, run.tenantId, leads, () => now);
  const binned = binColumns(
    model.terms.map((t) => t.binning),
    inputs.map(leadFeatureExtractor.extract),
  );
  const probabilities = scoreBinned(model, binned);
  const writes: ScoreWrite[] = leads.map((lead, i) => {
    const probability = probabilities[i]!;
    const score = Math.round(100 * probability);
    const changed = lead.score !== score || lead.scoreModelVersion !== version;
    const notable = lead.score !== null && Math.abs(score - lead.score) >= NOTABLE_SCORE_CHANGE;
    return {
      id: lead.id,
      score,
      probability,
      factors: changed ? topFactors(model, binned, i) : null,
      notableFrom: notable ? lead.score : null,
    };
  });
  const done = leads.length < pageSize;
  await writeScorePage(prisma, {
    tenantId: run.tenantId,
    runId,
    modelVersion: version,
    scoredAt: now,
    cursor: leads.at(-1)!.id,
    writes,
  });
  if (done) await prisma.scoringRun.update({ where: { id: runId }, data: { status: 'SUCCEEDED', finishedAt: new Date() } });
  return { processed: leads.length, done };
}

/** Runs (or resumes) a rescoring run to the end; a failure is recorded on the run and rethrown. */
export async function completeRescoreRun(
  prisma: PrismaClient,
  runId: string,
  scope: RescoreScope = {},
  options: PageOptions = {},
): Promise<ScoringRun> {
  try {
    const run = await prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
    const scorer = options.scorer ?? (await loadActiveScorer(prisma, run.tenantId));
    for (;;) {
      const page = await rescorePage(prisma, runId, scope, { ...options, scorer });
      if (page.done) break;
    }
  } catch (error) {
    await prisma.scoringRun.update({
      where: { id: runId },
      data: { status: 'FAILED', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() },
    });
    throw error;
  }
  return prisma.scoringRun.findUniqueOrThrow({ where: { id: runId } });
}

/** Starts and completes a run: what the mutation, the scheduler and the Inngest functions call. */
export async function rescoreLeads(
  prisma: PrismaClient,
  tenantId: string,
  scope: RescoreScope = {},
  options: PageOptions = {},
): Promise<ScoringRun> {
  const run = await startRescoreRun(prisma, tenantId, scope);
  return completeRescoreRun(prisma, run.id, scope, options);
}
