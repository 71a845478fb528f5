import type { Context } from '../../types/context';
import type { Deal, PipelineStage } from '../../db/generated/client';
import { internalError } from '../common/errors';

/** A deal's stage; its foreign key promises one, so a missing one is our fault. */
export async function stageOfDeal({ loaders }: Context, deal: Deal): Promise<PipelineStage> {
  const stage = await loaders.stage.load(deal.stageId);
  if (!stage) throw internalError(`Stage ${deal.stageId} of deal ${deal.id} is missing`);
  return stage;
}
