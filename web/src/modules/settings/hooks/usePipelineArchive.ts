import { useCallback } from 'react';
import {
  useArchivePipelineMutation,
  useRestorePipelineMutation,
} from '../../../__generated__/lazy';

// Every list of pipelines is fetched again: an archived one leaves the board's switcher and the
// settings list and joins the archived list; a restored one goes back.
const LISTS = ['Pipelines', 'PipelineSettings', 'ArchivedPipelines'];

/** Archives and restores pipelines (admins); the lists that show them follow once it is done. */
export function usePipelineArchive() {
  const [archiveMutation, archiving] = useArchivePipelineMutation();
  const [restoreMutation, restoring] = useRestorePipelineMutation();
  const archive = useCallback(
    (id: string) =>
      archiveMutation({ variables: { id }, refetchQueries: LISTS, awaitRefetchQueries: true }),
    [archiveMutation],
  );
  const restore = useCallback(
    (id: string) =>
      restoreMutation({ variables: { id }, refetchQueries: LISTS, awaitRefetchQueries: true }),
    [restoreMutation],
  );
  return { archive, restore, loading: archiving.loading || restoring.loading };
}
