import type { Context } from '../../types/context';
import { notFound } from '../common/errors';

/**
 * NOT_FOUND unless `pipelineId` is one of the tenant's pipelines: a scope naming another tenant's
 * (or no) pipeline is not an empty answer. Through the request's loader, so the dashboard's
 * forecast and its undated deals read the pipeline once.
 */
export async function assertPipelineOfTenant(
  { loaders }: Context,
  pipelineId: string,
): Promise<void> {
  if (!(await loaders.pipeline.load(pipelineId))) throw notFound('Pipeline', pipelineId);
}
