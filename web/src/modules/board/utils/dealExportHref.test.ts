import { describe, expect, it } from 'vitest';
import { boardFilterFromParams } from './boardFilterFromParams';
import { dealExportHref } from './dealExportHref';

describe('dealExportHref', () => {
  it('names the pipeline and carries the board filters from its URL', () => {
    const filter = boardFilterFromParams(
      new URLSearchParams('owner=u1&customer=c1&min=100&max=2000.50&rotting=1&q=Acme+%26+co'),
    );
    const url = new URL(dealExportHref('pl-1', filter), 'http://x');
    expect(url.pathname).toBe('/export/deals.csv');
    expect([...url.searchParams]).toEqual([
      ['pipelineId', 'pl-1'],
      ['ownerId', 'u1'],
      ['customerId', 'c1'],
      ['minValue', '100'],
      ['maxValue', '2000.50'],
      ['rottingOnly', 'true'],
      ['search', 'Acme & co'],
    ]);
  });

  it("carries the Won and Lost zones' days when given", () => {
    const href = dealExportHref('pl-1', { closedWithinDays: 90 });
    expect(href).toBe('/export/deals.csv?pipelineId=pl-1&closedWithinDays=90');
  });

  it('sends only the pipeline on an unfiltered board', () => {
    expect(dealExportHref('pl-1', boardFilterFromParams(new URLSearchParams()))).toBe(
      '/export/deals.csv?pipelineId=pl-1',
    );
  });
});
