import { useDeleteStageMutation } from '../../../__generated__/graphql';

/** Deletes a stage after the server moves its deals into the target stage; the refreshed pipeline replaces the list. */
export function useDeleteStage() {
  const [mutate, { loading }] = useDeleteStageMutation({ refetchQueries: ['DealBoard'] });
  return { deleteStage: mutate, loading };
}
