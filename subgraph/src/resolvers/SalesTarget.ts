import type {
  OwnerForecastResolvers,
  SalesTargetResolvers,
} from '../__generated__/resolvers-types';

export const SalesTarget: SalesTargetResolvers = {
  pipeline: (target, _args, { loaders }) =>
    target.pipelineId === '' ? null : loaders.pipeline.load(target.pipelineId),
  owner: (target, _args, { loaders }) =>
    target.ownerId === '' ? null : loaders.user.load(target.ownerId),
};

export const OwnerForecast: OwnerForecastResolvers = {
  owner: (row, _args, { loaders }) => (row.ownerId ? loaders.user.load(row.ownerId) : null),
};
