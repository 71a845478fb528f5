import { Prisma, type PrismaClient } from '../../db/generated/client';
import { binRow } from '../../scoring/model/binRow';
import { predictLogit } from '../../scoring/model/predictLogit';
import { sigmoid } from '../../scoring/model/sigmoid';
import { modelFromRow } from '../leadScoring/modelFromRow';
import { dealFeatureExtractor } from './dealFeatures';
import { dealFeaturesAsOf } from './dealFeaturesAsOf';

const PAGE = 1000;

export type DealRescoreResult = { scored: number; cleared: number; modelVersion: number | null };

/**
 * Scores the tenant's open deals (all, or `ids`) with the active deal model as of `now` and stores
 * each probability with the model's version and the feature bins it came from (its exact
 * explanation, as ADR 031 does for leads), in pages. With no active model the stored values are
 * cleared, so the deals show their stage rate. Stored values do not touch `updatedAt` or
 * `version`: a rescoring is not an edit.
 */
export async function rescoreDeals(
  prisma: PrismaClient,
  tenantId: string,
  { ids, now = new Date() }: { ids?: readonly string[]; now?: Date } = {},
): Promise<DealRescoreResult> {
  const active = await prisma.dealWinModel.findFirst({ where: { tenantId, active: true } });
  const only = ids ? Prisma.sql`AND d.id = ANY(${[...ids]}::text[])` : Prisma.empty;
  if (!active) {
    const cleared = await prisma.$executeRaw`
      UPDATE "Deal" d SET "winProbability" = NULL, "winModelVersion" = NULL, "winBins" = NULL,
        "winScoredAt" = NULL
      WHERE d."tenantId" = ${tenantId} AND d."winModelVersion" IS NOT NULL ${only}`;
    return { scored: 0, cleared, modelVersion: null };
  }
  const model = modelFromRow(active);
  const open = await prisma.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Deal" d JOIN "PipelineStage" s ON s.id = d."stageId"
    WHERE d."tenantId" = ${tenantId} AND s.kind = 'OPEN' ${only}
    ORDER BY d.id`;
  let scored = 0;
  for (let start = 0; start < open.length; start += PAGE) {
    const page = open.slice(start, start + PAGE);
    const rows = await dealFeaturesAsOf(
      prisma,
      tenantId,
      page.map(({ id }) => ({ dealId: id, at: now })),
    );
    const values = rows.map((row) => {
      const raw = dealFeatureExtractor.extract(row.input);
      return {
        id: row.dealId,
        probability: sigmoid(predictLogit(model, raw)),
        bins: Buffer.from(binRow(model, raw)).toString('hex'),
      };
    });
    await prisma.$executeRaw`
      UPDATE "Deal" d SET "winProbability" = u.p, "winModelVersion" = ${active.version},
        "winBins" = decode(u.bins, 'hex'), "winScoredAt" = ${now}
      FROM unnest(${values.map((v) => v.id)}::text[], ${values.map((v) => v.probability)}::float8[],
                  ${values.map((v) => v.bins)}::text[]) AS u(id, p, bins)
      WHERE d.id = u.id AND d."tenantId" = ${tenantId}`;
    scored += values.length;
  }
  return { scored, cleared: 0, modelVersion: active.version };
}
