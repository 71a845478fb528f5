import { describe, expect, it } from 'vitest';
import { boardFilterFromParams } from './boardFilterFromParams';

describe('boardFilterFromParams', () => {
  it('is empty without parameters, so the board counts as unfiltered', () => {
    expect(boardFilterFromParams(new URLSearchParams())).toEqual({});
  });
  it('reads every filter and drops invalid amounts', () => {
    expect(
      boardFilterFromParams(
        new URLSearchParams('owner=u1&customer=c1&min=100&max=abc&rotting=1&q=%20pilot%20'),
      ),
    ).toEqual({
      ownerId: 'u1',
      customerId: 'c1',
      minValue: '100',
      rottingOnly: true,
      search: 'pilot',
    });
  });
});
