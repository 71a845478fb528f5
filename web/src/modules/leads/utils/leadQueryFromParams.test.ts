import { describe, expect, it } from 'vitest';
import { leadQueryFromParams, withLeadSort } from './leadQueryFromParams';

describe('leadQueryFromParams', () => {
  it('sorts by score, highest first, and leaves converted leads out by default', () => {
    expect(leadQueryFromParams(new URLSearchParams())).toEqual({
      filter: { status: ['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED'] },
      orderBy: { field: 'SCORE', direction: 'DESC' },
      hidesConverted: true,
    });
  });

  it('includes converted leads when asked, or when a status is picked', () => {
    expect(leadQueryFromParams(new URLSearchParams('converted=show'))).toMatchObject({
      filter: {},
      hidesConverted: false,
    });
    expect(leadQueryFromParams(new URLSearchParams('status=CONVERTED'))).toMatchObject({
      filter: { status: ['CONVERTED'] },
      hidesConverted: false,
    });
    // Anything but "show" keeps the default.
    expect(leadQueryFromParams(new URLSearchParams('converted=1')).hidesConverted).toBe(true);
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
    expect(filter.status).toEqual(['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED']);
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
