import { describe, expect, it } from 'vitest';
import { lengthError } from './lengthError';

describe('lengthError', () => {
  it('accepts text up to the limit', () => {
    expect(lengthError('', 3)).toBeUndefined();
    expect(lengthError('abc', 3)).toBeUndefined();
  });

  it('says the limit and the length past it', () => {
    expect(lengthError('x'.repeat(10001), 10000)).toBe(
      'Keep it to 10,000 characters or fewer (10,001 now).',
    );
  });
});
