import { describe, expect, it } from 'vitest';
import { appendPage } from './appendPage';

const cards = (...ids: string[]) => ids.map((id) => ({ id }));

describe('appendPage', () => {
  it('appends the page to the list it was requested for', () => {
    expect(appendPage(cards('a', 'b'), cards('c', 'd'), { length: 2, lastId: 'b' })).toEqual(
      cards('a', 'b', 'c', 'd'),
    );
  });

  it('skips cards that are already listed', () => {
    expect(appendPage(cards('a', 'b'), cards('b', 'c'), { length: 2, lastId: 'b' })).toEqual(
      cards('a', 'b', 'c'),
    );
  });

  it('refuses a page when the list changed meanwhile', () => {
    expect(appendPage(cards('a', 'b', 'x'), cards('c'), { length: 2, lastId: 'b' })).toBeNull();
    expect(appendPage(cards('a', 'x'), cards('c'), { length: 2, lastId: 'b' })).toBeNull();
  });

  it('fills an empty list', () => {
    expect(appendPage([], cards('a'), { length: 0, lastId: undefined })).toEqual(cards('a'));
  });
});
