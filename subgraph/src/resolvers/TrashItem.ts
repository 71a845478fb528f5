import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listTrash } from '../services/trash/listTrash';

export const trashQueryResolvers: Pick<QueryResolvers, 'trash'> = {
  trash: (_parent, args, context) => listTrash(context, args),
};
