import { useCreatePipelineMutation } from '../../../__generated__/graphql';

export function useCreatePipeline() {
  const [mutate, { loading }] = useCreatePipelineMutation({
    refetchQueries: ['PipelineSettings', 'Pipelines'],
  });
  return { createPipeline: mutate, loading };
}
