import type { DealFormOptionsQuery } from '../../../__generated__/lazy';

export type FormPipeline = DealFormOptionsQuery['pipelines'][number];

/** What the new-deal and convert-lead forms hold, as typed. */
export type NewDealValues = {
  title: string;
  value: string;
  currency: string;
  pipelineId: string;
  stageId: string;
  ownerId: string;
  expectedCloseDate: string;
};

/**
 * The form's values after choosing a pipeline (and optionally a stage in it, else its first open
 * stage): the currency follows the pipeline's unless the user had typed another one.
 */
export function withPipeline(
  values: NewDealValues,
  pipelines: readonly FormPipeline[],
  pipelineId: string,
  stageId?: string,
): NewDealValues {
  const before = pipelines.find((p) => p.id === values.pipelineId);
  const pipeline = pipelines.find((p) => p.id === pipelineId);
  if (!pipeline) return { ...values, pipelineId, stageId: '' };
  const open = pipeline.stages.filter((s) => s.kind === 'OPEN');
  const stage = open.find((s) => s.id === stageId) ?? open[0];
  const untouched = !values.currency.trim() || values.currency === before?.currency;
  return {
    ...values,
    pipelineId,
    stageId: stage?.id ?? '',
    currency: untouched ? pipeline.currency : values.currency,
  };
}

/** The field errors still standing after an edit: a field's message goes once it is changed. */
export function errorsAfterEdit(
  errors: Record<string, string>,
  before: NewDealValues,
  after: NewDealValues,
): Record<string, string> {
  const left = { ...errors };
  for (const key of Object.keys(after) as (keyof NewDealValues)[])
    if (before[key] !== after[key]) delete left[key];
  return left;
}
