import { useCreateStageMutation } from '../../../__generated__/graphql';

/** Creates a stage; the server's answer carries the whole pipeline, so the list updates from the cache. */
export function useCreateStage() {
  const [mutate, { loading }] = useCreateStageMutation();
  return { createStage: mutate, loading };
}
