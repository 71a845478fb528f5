import type { PipelineResolvers } from '../__generated__/resolvers-types';

export const Pipeline: PipelineResolvers = {
  stages: (pipeline, _args, { loaders }) => loaders.stagesOfPipeline.load(pipeline.id),
};
