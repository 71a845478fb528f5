import type { PrismaClient } from '../../db/generated/client';
import { completeRescoreRun, RESCORE_ALL, rescoreLeads } from './rescoreLeads';
import { retrainLeadModel } from './retrainLeadModel';

export type BootstrapSummary = {
  tenantId: string;
  modelVersion: number;
  kind: string;
  reason: string;
  scored: number;
}[];

/**
 * First start of a tenant without a scoring model: a trained model if its outcomes suffice and it
 * beats the prior on the holdout, else the prior; then every open lead is scored. A tenant whose
 * first start was cut before its leads were scored (the prior is stored before training, so it has
 * a model but never a finished or resumable all-leads run) is bootstrapped again: it had no scores
 * and nothing would have given it any until the weekly retrain (ADR 090).
 */
export async function bootstrapScoring(
  prisma: PrismaClient,
  { now }: { now?: Date } = {},
): Promise<BootstrapSummary> {
  const tenants = await prisma.tenant.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const tenantsOf = (rows: { tenantId: string }[]) => new Set(rows.map((row) => row.tenantId));
  const scored = tenantsOf(
    await prisma.scoringRun.findMany({
      // Finished, or left running: `resumeInterruptedRuns` finishes it after start-up.
      where: { kind: RESCORE_ALL, status: { in: ['SUCCEEDED', 'RUNNING'] } },
      distinct: ['tenantId'],
      select: { tenantId: true },
    }),
  );
  const withModels = tenantsOf(
    await prisma.scoringModel.findMany({ distinct: ['tenantId'], select: { tenantId: true } }),
  );
  const summary: BootstrapSummary = [];
  for (const { id: tenantId } of tenants.filter(
    (t) => !withModels.has(t.id) || !scored.has(t.id),
  )) {
    const { model, activated, reason } = await retrainLeadModel(
      prisma,
      tenantId,
      now ? { now } : {},
    );
    const active = activated
      ? model
      : await prisma.scoringModel.findFirstOrThrow({ where: { tenantId, active: true } });
    const run = await rescoreLeads(prisma, tenantId, {}, now ? { now } : {});
    summary.push({
      tenantId,
      modelVersion: active.version,
      kind: active.kind,
      reason,
      scored: run.processed,
    });
  }
  return summary;
}

/**
 * Runs left RUNNING by a stopped process: all-leads runs continue from their cursor; runs over
 * a list of ids (which is not stored) are marked failed, their leads are rescored by the cron.
 */
export async function resumeInterruptedRuns(prisma: PrismaClient): Promise<number> {
  const runs = await prisma.scoringRun.findMany({
    where: { status: 'RUNNING' },
    orderBy: { startedAt: 'asc' },
  });
  for (const run of runs) {
    if (run.kind === RESCORE_ALL) await completeRescoreRun(prisma, run.id);
    else {
      await prisma.scoringRun.update({
        where: { id: run.id },
        data: { status: 'FAILED', error: 'interrupted by a restart', finishedAt: new Date() },
      });
    }
  }
  return runs.length;
}
