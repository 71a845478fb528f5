import { describe, expect, it } from 'vitest';
import type { NewDealValues } from './newDealValues';
import { validateNewDeal } from './validateNewDeal';

const ok: NewDealValues = {
  title: 'Fleet renewal',
  value: '4200',
  currency: 'usd',
  pipelineId: 'p',
  stageId: 's',
  ownerId: 'u',
  expectedCloseDate: '2026-12-31',
};

describe('validateNewDeal', () => {
  it('accepts a complete deal', () => {
    expect(validateNewDeal(ok, { titleRequired: true })).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(
      validateNewDeal(
        {
          ...ok,
          title: ' ',
          value: '12.345',
          currency: 'dollars',
          stageId: '',
          expectedCloseDate: '31/12/2026',
        },
        { titleRequired: true },
      ),
    ).toEqual({
      title: 'A deal needs a title.',
      value: expect.stringContaining('at most 2 decimals'),
      currency: 'Use a three-letter currency code such as USD.',
      stageId: 'Pick a pipeline with an open stage.',
      expectedCloseDate: 'Use a date like 2026-12-31.',
    });
  });

  it('lets a converted lead’s deal go without a title, but not with one too long', () => {
    expect(validateNewDeal({ ...ok, title: '' }, { titleRequired: false })).toEqual({});
    expect(
      validateNewDeal({ ...ok, title: 'x'.repeat(201) }, { titleRequired: false }).title,
    ).toMatch(/200 characters or fewer/);
  });
});
