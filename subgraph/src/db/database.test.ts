import { describe, expect, it } from 'vitest';
import { openDatabase, redactUrl } from './database';

describe('openDatabase', () => {
  it('names the unreachable database without its password', async () => {
    const error = await openDatabase({ url: 'postgresql://sales:s3cret@127.0.0.1:1/sales' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain(
      'Cannot reach the database at postgresql://sales:***@127.0.0.1:1/sales',
    );
    expect(message).not.toContain('s3cret');
  });

  it('redacts passwords in URLs', () => {
    expect(redactUrl('postgres://u:p@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://u@h/d')).toBe('postgres://u@h/d');
  });
});
