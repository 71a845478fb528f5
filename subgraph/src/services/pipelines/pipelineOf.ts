import type { Context } from '../../types/context';
import type { Pipeline } from '../../db/generated/client';
import { internalError } from '../common/errors';

/** The pipeline of a stage or deal; its foreign key promises one, so a missing one is our fault. */
export async function pipelineOf(
  { loaders }: Context,
  row: { id: string; pipelineId: string },
): Promise<Pipeline> {
  const pipeline = await loaders.pipeline.load(row.pipelineId);
  if (!pipeline) throw internalError(`Pipeline ${row.pipelineId} of ${row.id} is missing`);
  return pipeline;
}
