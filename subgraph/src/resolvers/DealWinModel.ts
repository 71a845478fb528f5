import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import {
  listDealWinModels,
  retrainDealWinModelNow,
} from '../services/dealWinProbability/dealWinModels';

export const dealWinQueryResolvers: QueryResolvers = {
  dealWinModels: (_parent, _args, context) => listDealWinModels(context),
};

export const dealWinMutationResolvers: MutationResolvers = {
  retrainDealWinModel: (_parent, _args, context) => retrainDealWinModelNow(context),
};
