import { describe, expect, it } from 'vitest';
import {
  errorsAfterEdit,
  withPipeline,
  type FormPipeline,
  type NewDealValues,
} from './newDealValues';

const pipelines: FormPipeline[] = [
  {
    id: 'p-usd',
    name: 'New business',
    currency: 'USD',
    stages: [
      { id: 'u-won', name: 'Won', kind: 'WON' },
      { id: 'u-0', name: 'Qualification', kind: 'OPEN' },
      { id: 'u-1', name: 'Proposal', kind: 'OPEN' },
    ],
  },
  {
    id: 'p-eur',
    name: 'Europe',
    currency: 'EUR',
    stages: [{ id: 'e-0', name: 'Lead in', kind: 'OPEN' }],
  },
  { id: 'p-empty', name: 'Empty', currency: 'GBP', stages: [] },
];

const values: NewDealValues = {
  title: 'Fleet',
  value: '100',
  currency: 'USD',
  pipelineId: 'p-usd',
  stageId: 'u-1',
  ownerId: 'me',
  expectedCloseDate: '',
};

describe('withPipeline', () => {
  it('takes the first open stage and the pipeline’s currency when the currency was its default', () => {
    expect(withPipeline(values, pipelines, 'p-eur')).toEqual({
      ...values,
      pipelineId: 'p-eur',
      stageId: 'e-0',
      currency: 'EUR',
    });
  });

  it('keeps a currency the user typed', () => {
    const typed = { ...values, currency: 'CHF' };
    expect(withPipeline(typed, pipelines, 'p-eur').currency).toBe('CHF');
  });

  it('takes the stage asked for when it is an open stage of the pipeline', () => {
    expect(withPipeline(values, pipelines, 'p-usd', 'u-1').stageId).toBe('u-1');
    expect(withPipeline(values, pipelines, 'p-usd', 'u-won').stageId).toBe('u-0');
  });

  it('leaves the stage empty for a pipeline without open stages, or an unknown one', () => {
    expect(withPipeline(values, pipelines, 'p-empty').stageId).toBe('');
    expect(withPipeline(values, pipelines, 'p-gone')).toMatchObject({
      stageId: '',
      currency: 'USD',
    });
  });
});

describe('errorsAfterEdit', () => {
  it('drops the message of each changed field and keeps the others', () => {
    const errors = { value: 'bad amount', currency: 'bad code', customerId: 'pick one' };
    expect(errorsAfterEdit(errors, values, { ...values, value: '200' })).toEqual({
      currency: 'bad code',
      customerId: 'pick one',
    });
    expect(errorsAfterEdit(errors, values, values)).toEqual(errors);
  });
});
