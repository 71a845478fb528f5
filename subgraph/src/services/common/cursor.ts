import { userError } from './errors';
import { isStorableText } from './validate';

/** A keyset cursor: the sort value and id of the last row of a page. */
export type Cursor = { v: string | number | null; id: string };

/** How a sorted list names its order inside its cursors: the field and direction, "SCORE DESC". */
const ORDER = /^[A-Z_]{1,40} (ASC|DESC)$/;

/**
 * A cursor as the client sees it: opaque base64url JSON. A sorted list's cursors carry the order
 * they were handed out in (`order`, "SCORE DESC"), so one used with another order is refused: its
 * value would be read as another column's and the page would start in the wrong place.
 */
export function encodeCursor(cursor: Cursor, order?: string): string {
  const fields = order === undefined ? [cursor.v, cursor.id] : [cursor.v, cursor.id, order];
  return Buffer.from(JSON.stringify(fields)).toString('base64url');
}

/**
 * The cursor `raw`, checked against the order of the request that sends it (none for a list with
 * one order). Cursors handed out before they carried their order (two fields) are taken as they
 * always were: a saved link to a page keeps working.
 */
export function decodeCursor(raw: string, order?: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch (error) {
    // Not base64url JSON: a made-up or damaged cursor, reported below.
    if (!(error instanceof SyntaxError)) throw error;
  }
  if (!Array.isArray(parsed) || typeof parsed[1] !== 'string') throw badCursor();
  if (parsed.length === 3) {
    const given: unknown = parsed[2];
    if (order === undefined || typeof given !== 'string' || !ORDER.test(given)) throw badCursor();
    if (given !== order)
      throw userError(
        `after is a cursor of the order ${given}, not of ${order}: ask for the first page in this order`,
        'after',
      );
  } else if (parsed.length !== 2) throw badCursor();
  const [v, id] = parsed as [unknown, string];
  // Text the database could not take (a NUL, an unpaired surrogate) was never in a cursor we
  // made: refused here, not by PostgreSQL as an internal error.
  if (!isStorableText(id)) throw badCursor();
  if (v === null || typeof v === 'number') return { v, id };
  if (typeof v === 'string' && isStorableText(v)) return { v, id };
  throw badCursor();
}

/**
 * A cursor's time (an ISO string we wrote from a stored timestamp): years 1 to 9999 only, since
 * a JavaScript date outside them is written as "+275760-…", which PostgreSQL does not read.
 */
export function cursorDate(v: Cursor['v']): Date {
  const at = typeof v === 'string' ? new Date(v) : null;
  const year = at?.getUTCFullYear() ?? NaN;
  if (!at || !(year >= 1 && year <= 9999)) throw badCursor();
  return at;
}

/** A cursor's whole number within PostgreSQL's integer (a score, a count). */
export function cursorInteger(v: string | number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2_147_483_647)
    throw badCursor();
  return v;
}

export function pageSize(first: number | null | undefined, max = 500): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw userError(`first must be between 1 and ${max}, got ${size}`, 'first');
  }
  return size;
}

/** The one answer to a cursor this API did not hand out (BAD_USER_INPUT on `after`). */
export function badCursor() {
  return userError('after is not a cursor returned by this API', 'after');
}

export type KeysetPage<Row> = {
  edges: { cursor: string; node: Row }[];
  /** Counted only when the query selects it (LeadConnection/DealConnection.totalCount). */
  totalCount: () => Promise<number>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
