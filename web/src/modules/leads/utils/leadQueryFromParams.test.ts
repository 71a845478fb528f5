import { describe, expect, it } from 'vitest';
import { leadQueryFromParams } from './leadQueryFromParams';

describe('leadQueryFromParams', () => {
  it('sorts by score, highest first, by default', () => {
    expect(leadQueryFromParams(new URLSearchParams())).toEqual({
      filter: {},
      orderBy: { field: 'SCORE', direction: 'DESC' },
    });
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
    expect(filter.status).toBeUndefined();
  });
});
