import { describe, expect, it } from 'vitest';
import { leadExportHref } from './leadExportHref';
import { leadQueryFromParams } from './leadQueryFromParams';

const hrefOf = (search: string) => {
  const { filter, orderBy } = leadQueryFromParams(new URLSearchParams(search));
  return new URL(leadExportHref(filter, orderBy), 'http://x');
};

describe('leadExportHref', () => {
  it('sends the table default: open leads, score highest first', () => {
    const url = hrefOf('');
    expect(url.pathname).toBe('/export/leads.csv');
    expect(url.searchParams.getAll('status')).toEqual(['NEW', 'WORKING', 'QUALIFIED']);
    expect(url.searchParams.get('sort')).toBe('SCORE');
    expect(url.searchParams.get('dir')).toBe('DESC');
  });

  it("carries every filter of the table's URL, encoded", () => {
    const url = hrefOf(
      'status=NEW&source=web&owner=none&minScore=10&maxScore=90&q=a%26b+c&sort=NAME',
    );
    expect([...url.searchParams]).toEqual([
      ['status', 'NEW'],
      ['source', 'web'],
      ['unassigned', 'true'],
      ['minScore', '10'],
      ['maxScore', '90'],
      ['search', 'a&b c'],
      ['sort', 'NAME'],
      ['dir', 'ASC'],
    ]);
    expect(hrefOf('owner=user-1').searchParams.get('ownerId')).toBe('user-1');
  });
});
