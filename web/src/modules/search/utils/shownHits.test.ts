import { describe, expect, it } from 'vitest';
import { shownHits } from './shownHits';

describe('shownHits', () => {
  const earlier = ['Sofia Garcia'];
  it("keeps the last query's results while the next is on its way", () => {
    expect(
      shownHits({ tooShort: false, failed: false, current: undefined, previous: earlier }),
    ).toEqual(earlier);
    expect(shownHits({ tooShort: false, failed: false, current: [], previous: earlier })).toEqual(
      [],
    );
  });
  it('lists nothing under an error, whatever an earlier query found', () => {
    expect(
      shownHits({ tooShort: false, failed: true, current: undefined, previous: earlier }),
    ).toEqual([]);
  });
  it('lists nothing for text too short to search', () => {
    expect(
      shownHits({ tooShort: true, failed: false, current: earlier, previous: earlier }),
    ).toEqual([]);
  });
});
