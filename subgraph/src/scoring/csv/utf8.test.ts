import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte, lineOfByte } from './utf8';

const fatal = new TextDecoder('utf-8', { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8Byte', () => {
  it('finds no bad byte exactly when a fatal decoder accepts the bytes, and the prefix before it decodes', () => {
    // Random bytes are almost never UTF-8; text encoded with a byte changed often is not either.
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .tuple(
          fc.string({ unit: 'binary', maxLength: 20 }),
          fc.nat(),
          fc.integer({ min: 0, max: 255 }),
        )
        .map(([text, at, byte]) => {
          const encoded = new TextEncoder().encode(text);
          if (encoded.length) encoded[at % encoded.length] = byte;
          return encoded;
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8Byte(b);
        expect(bad === -1).toBe(decodes(b));
        if (bad >= 0) expect(decodes(b.subarray(0, bad))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses overlong forms, surrogates and code points past U+10FFFF, and says which line', () => {
    for (const bad of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xff],
    ])
      expect(firstInvalidUtf8Byte(Uint8Array.from([0x61, 0x0a, ...bad]))).toBe(2);
    expect(firstInvalidUtf8Byte(new TextEncoder().encode('café, 日本, 😀'))).toBe(-1);
    expect(lineOfByte(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xe9]), 4)).toBe(3);
  });
});
