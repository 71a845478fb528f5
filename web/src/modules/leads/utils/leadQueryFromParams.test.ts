import { describe, expect, it } from 'vitest';
import { leadQueryFromParams, withLeadSort } from './leadQueryFromParams';

describe('leadQueryFromParams', () => {
  it('sorts by score, highest first, and lists open leads by default', () => {
    expect(leadQueryFromParams(new URLSearchParams())).toEqual({
      filter: { status: ['NEW', 'WORKING', 'QUALIFIED'] },
      orderBy: { field: 'SCORE', direction: 'DESC' },
      hidesClosed: true,
    });
  });

  it('includes converted and disqualified leads when asked (also by a saved link), or when a status is picked', () => {
    for (const asked of ['closed=show', 'converted=show'])
      expect(leadQueryFromParams(new URLSearchParams(asked))).toMatchObject({
        filter: {},
        hidesClosed: false,
      });
    expect(leadQueryFromParams(new URLSearchParams('status=DISQUALIFIED'))).toMatchObject({
      filter: { status: ['DISQUALIFIED'] },
      hidesClosed: false,
    });
    // Anything but "show" keeps the default.
    expect(leadQueryFromParams(new URLSearchParams('closed=1')).hidesClosed).toBe(true);
  });

  it('reads filters and ignores invalid values', () => {
    const { filter, orderBy } = leadQueryFromParams(
      new URLSearchParams(
        'sort=CREATED_AT&dir=ASC&status=NEW&source=referral&minScore=40&maxScore=abc&owner=none',
      ),
    );
    expect(orderBy).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
    expect(filter).toEqual({
      status: ['NEW'],
      source: ['referral'],
      minScore: 40,
      unassigned: true,
    });
  });

  it('rejects unknown sort fields and statuses', () => {
    const { filter, orderBy } = leadQueryFromParams(new URLSearchParams('sort=DROP&status=LOL'));
    expect(orderBy.field).toBe('SCORE');
    expect(filter.status).toEqual(['NEW', 'WORKING', 'QUALIFIED']);
  });
});

describe('withLeadSort', () => {
  it('sets the sort and direction, drops the page and keeps the filters', () => {
    const next = withLeadSort(
      new URLSearchParams('status=NEW&sort=SCORE&dir=DESC&page=3&after=abc'),
      'NAME',
      'ASC',
    );
    expect(next.toString()).toBe('status=NEW&sort=NAME&dir=ASC');
    expect(leadQueryFromParams(next).orderBy).toEqual({ field: 'NAME', direction: 'ASC' });
  });
});
