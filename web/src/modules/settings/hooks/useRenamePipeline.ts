import { useCallback } from 'react';
import { useRenamePipelineMutation } from '../../../__generated__/graphql';

/** Renames a pipeline at once everywhere it is shown; Apollo drops the optimistic name if refused. */
export function useRenamePipeline() {
  const [mutate, { loading }] = useRenamePipelineMutation();
  const rename = useCallback(
    (id: string, name: string) =>
      mutate({
        variables: { id, name },
        optimisticResponse: { renamePipeline: { __typename: 'Pipeline', id, name } },
      }),
    [mutate],
  );
  return { rename, loading };
}
