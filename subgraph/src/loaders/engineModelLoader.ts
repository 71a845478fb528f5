import DataLoader from 'dataloader';
import type { PrismaClient } from '../db/generated/client';
import { parseModel } from '../scoring/model/parseModel';
import type { Model } from '../scoring/model/types';

/**
 * Parsed engine models by row id, shared by every request of the process. A stored model's
 * `params` never change once written (a retrain writes a new row; only the prior's metrics are
 * updated), so a row id always means the same model. Bounded: the least recently used go first.
 */
const MAX_CACHED_MODELS = 64;
const parsedModels = new Map<string, Model>();

function remember(id: string, model: Model): Model {
  parsedModels.delete(id);
  parsedModels.set(id, model);
  if (parsedModels.size > MAX_CACHED_MODELS)
    parsedModels.delete(parsedModels.keys().next().value as string);
  return model;
}

/**
 * A tenant's lead (`scoringModel`) or deal (`dealWinModel`) models by version, parsed: the rows'
 * ids from `rowsOf` (a loader of the rows without `params`), and the large `params` JSON only of
 * models this process has not parsed yet (ADR 044). Explaining scores on a board or a customer
 * page then reads a model's id, not the model, once the process has seen it.
 */
export function createEngineModelLoader(
  prisma: PrismaClient,
  table: 'scoringModel' | 'dealWinModel',
  rowsOf: (versions: readonly number[]) => Promise<({ id: string } | null | Error)[]>,
) {
  return new DataLoader<number, Model | null>(async (versions) => {
    const ids = (await rowsOf(versions)).map((row) => {
      if (row instanceof Error) throw row;
      return row?.id ?? null;
    });
    const missing = ids.filter((id): id is string => id !== null && !parsedModels.has(id));
    if (missing.length) {
      // The two delegates have the same shape for these columns; their union is not callable.
      const delegate = prisma[table] as unknown as PrismaClient['scoringModel'];
      const rows = await delegate.findMany({
        where: { id: { in: missing } },
        select: { id: true, params: true },
      });
      for (const row of rows) remember(row.id, parseModel(JSON.stringify(row.params)));
    }
    return ids.map((id) => {
      const model = id === null ? undefined : parsedModels.get(id);
      return id !== null && model ? remember(id, model) : null;
    });
  });
}
