import type { Context } from '../../types/context';
import type { Deal, PipelineStage } from '../../db/generated/client';
import { internalError } from '../common/errors';

/**
 * A deal's stage; its foreign key promises one, so a missing one is our fault. Answered at once
 * when this request has already read the stage (a board reads its pipeline's stages before their
 * cards), so a card's stage, rotting and win-probability fields need no promise (ADR 045).
 */
export function stageOfDeal(context: Context, deal: Deal): PipelineStage | Promise<PipelineStage> {
  return context.loaders.stageRead(deal.stageId) ?? loadStageOf(context, deal);
}

async function loadStageOf({ loaders }: Context, deal: Deal): Promise<PipelineStage> {
  const stage = await loaders.stage.load(deal.stageId);
  if (!stage) throw internalError(`Stage ${deal.stageId} of deal ${deal.id} is missing`);
  return stage;
}
