/**
 * Board order keys (ADR 023): strings that sort byte-wise (the column is `COLLATE "C"`), so a
 * deal moves between two neighbours by taking a key between theirs and no other row changes.
 *
 * A key is an integer part and an optional fraction, both in base-62 digits (0-9, A-Z, a-z, in
 * byte order). The integer part starts with a head letter that fixes its length: `a` is followed
 * by 1 digit, `b` by 2 … `z` by 26; below them `Z` by 1 digit, `Y` by 2 … `A` by 26 (every `Z…`
 * integer is smaller than every `a…` one, every `Y…` smaller than every `Z…`). So appending or
 * prepending steps the integer and keys stay short however often it happens, and inserting
 * between two neighbours adds fraction digits (about one per six inserts at the same spot) until
 * the column is rebalanced to consecutive integers. Fractions never end in `0`, so every point
 * has one spelling and string order is numeric order.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const ZERO = DIGITS[0]!;
const TOP = DIGITS[BASE - 1]!;

/** The key of the first deal of an empty column. */
export const FIRST_KEY = 'a0';

const digit = (char: string): number => {
  const value = DIGITS.indexOf(char);
  if (value < 0 || char.length !== 1) throw new Error(`Invalid position key digit ${char}`);
  return value;
};

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 1;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 1;
  throw new Error(`Invalid position key head ${head}`);
}

/** Splits a key into its integer part (head and digits) and its fraction; throws on a bad key. */
function split(key: string): { integer: string; fraction: string } {
  const head = key[0];
  if (!head) throw new Error('Empty position key');
  const end = 1 + integerLength(head);
  if (key.length < end) throw new Error(`Position key ${key} is shorter than its head says`);
  const integer = key.slice(0, end);
  const fraction = key.slice(end);
  for (const char of key.slice(1)) digit(char);
  if (fraction.endsWith(ZERO)) throw new Error(`Position key ${key} ends in a zero fraction digit`);
  return { integer, fraction };
}

export function isPositionKey(key: string): boolean {
  try {
    split(key);
    return true;
  } catch {
    return false;
  }
}

/** The next integer part: `a0` → `a1`, `az` → `b00`, `Zz` → `a0`, `Y00` → `Yz`…`Zz`. */
function increment(integer: string): string {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== TOP) {
      digits[i] = DIGITS[digit(digits[i]!) + 1]!;
      return head + digits.join('');
    }
    digits[i] = ZERO;
  }
  // All digits were the top digit: the smallest integer of the next head.
  if (head === 'Z') return 'a' + ZERO;
  if (head === 'z') throw new Error('Position key space exhausted at the top');
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  return next + ZERO.repeat(integerLength(next));
}

/** The previous integer part: `a1` → `a0`, `a0` → `Zz`, `Z0` → `Yzz`, `b00` → `az`. */
function decrement(integer: string): string {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== ZERO) {
      digits[i] = DIGITS[digit(digits[i]!) - 1]!;
      return head + digits.join('');
    }
    digits[i] = TOP;
  }
  if (head === 'a') return 'Z' + TOP;
  if (head === 'A') throw new Error('Position key space exhausted at the bottom');
  const previous = String.fromCharCode(head.charCodeAt(0) - 1);
  return previous + TOP.repeat(integerLength(previous));
}

/**
 * A fraction strictly between `low` and `high` (`null` = 1), both without trailing zeros and
 * `low` < `high`; the shortest such string that starts like the midpoint.
 */
function fractionBetween(low: string, high: string | null): string {
  if (high !== null) {
    let common = 0;
    while (common < high.length && (low[common] ?? ZERO) === high[common]) common++;
    if (common > 0)
      return high.slice(0, common) + fractionBetween(low.slice(common), high.slice(common));
  }
  const lowDigit = low ? digit(low[0]!) : 0;
  const highDigit = high === null ? BASE : digit(high[0]!);
  if (highDigit - lowDigit > 1) return DIGITS[Math.floor((lowDigit + highDigit) / 2)]!;
  // Adjacent first digits: `high`'s first digit alone fits when `high` goes on after it…
  if (high !== null && high.length > 1) return high[0]!;
  // …otherwise keep `low`'s first digit and go one digit deeper, towards 1.
  return DIGITS[lowDigit]! + fractionBetween(low.slice(1), null);
}

/**
 * A key strictly between `before` and `after` (null: no neighbour on that side). Keys after the
 * last or before the first stay short (the integer part steps); keys between two neighbours that
 * share an integer part grow by a fraction digit.
 */
export function keyBetween(before: string | null, after: string | null): string {
  if (before === null && after === null) return FIRST_KEY;
  if (before === null) return decrement(split(after!).integer);
  if (after === null) return increment(split(before).integer);
  if (before >= after) throw new Error(`Position keys out of order: ${before} ≥ ${after}`);
  const low = split(before);
  const high = split(after);
  if (low.integer === high.integer)
    return low.integer + fractionBetween(low.fraction, high.fraction);
  const next = increment(low.integer);
  // The next integer sorts below `after` unless it is `after` itself (a key without a fraction).
  if (next < after) return next;
  return low.integer + fractionBetween(low.fraction, null);
}

/**
 * The key at `index` of the consecutive keys from `FIRST_KEY` up (`a0` … `az`, `b00` … `bzz`,
 * `c000` …): how bulk inserts (seed, benches) and a rebalance key a column's deals in order.
 */
export function ordinalKey(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new Error(`Invalid key index ${index}`);
  let rest = index;
  for (let length = 1; length <= 26; length++) {
    const count = BASE ** length;
    if (rest < count) {
      let digits = '';
      for (let i = 0; i < length; i++) {
        digits = DIGITS[rest % BASE]! + digits;
        rest = Math.floor(rest / BASE);
      }
      return String.fromCharCode('a'.charCodeAt(0) + length - 1) + digits;
    }
    rest -= count;
  }
  throw new Error(`Key index ${index} out of range`);
}

/** `count` consecutive keys from `FIRST_KEY` up: the keys of a freshly rebalanced column. */
export function evenKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => ordinalKey(i));
}

const TAIL = 4;

/**
 * A key strictly between `before` and `after` with a random tail of `TAIL` digits: writers that
 * place deals at the same spot at the same moment, without waiting for each other, get different
 * keys (a clash needs the same neighbours and the same tail, one in 62³ × 61).
 */
export function jitteredKeyBetween(
  before: string | null,
  after: string | null,
  random: () => number = Math.random,
): string {
  const tail = Array.from({ length: TAIL }, (_, i) =>
    i === TAIL - 1
      ? DIGITS[1 + Math.floor(random() * (BASE - 1))]!
      : DIGITS[Math.floor(random() * BASE)]!,
  ).join('');
  let base = keyBetween(before, after);
  // `base` followed by more digits can pass `after` when `after` starts with `base`: go deeper.
  while (after !== null && !(base + tail < after)) base = keyBetween(base, after);
  return base + tail;
}

/** `count` consecutive keys after `last` (or from `FIRST_KEY` in an empty column). */
export function keysAfter(last: string | null, count: number): string[] {
  const keys: string[] = [];
  let key = last;
  for (let i = 0; i < count; i++) {
    key = keyBetween(key, null);
    keys.push(key);
  }
  return keys;
}
