import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseCalendarDate, YEAR_RANGE } from '../services/common/calendar';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

export const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: (value) => {
    // Prisma's Decimal and plain strings both serialise through toString().
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (value && typeof (value as { toFixed?: unknown }).toFixed === 'function')
      return (value as { toFixed(n: number): string }).toFixed(2);
    throw new GraphQLError(`Cannot serialise ${typeof value} as Decimal`);
  },
  parseValue: (value) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
      throw badInput(
        `Decimal must be a number of at most 12 digits before the point and 2 after, e.g. "1250.00"; got ${JSON.stringify(value)}`,
      );
    }
    return text.trim();
  },
  parseLiteral: (ast) => {
    if (
      (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) &&
      DECIMAL.test(ast.value)
    ) {
      return ast.value;
    }
    throw badInput(
      'Decimal must be a number of at most 12 digits before the point and 2 after, e.g. "1250.00"',
    );
  },
});

/**
 * A user's words, as forms show them beside the field: graphql-js puts the variable, the value
 * and its path ("input.dueAt") in front, and the code stays BAD_USER_INPUT.
 */
const DATE_RANGE = `must be a date between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`;

function toDate(value: unknown, withTime: boolean): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && value.length <= 40) {
    const date = parseCalendarDate(value, { withTime });
    if (date) return date;
  }
  throw badInput(withTime ? DATE_RANGE : `${DATE_RANGE}, written YYYY-MM-DD`);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `date.toISOString()` (to the millisecond) and its first ten characters, written field by field:
 * about six times faster than `toISOString` here, and a board writes two hundred of them (issue
 * 11). Years outside 1000-9999 (which toISOString writes with a sign or fewer digits) go through it.
 */
export function isoDateTime(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${isoDay(date)}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => isoDateTime(toDate(value, true)),
  parseValue: (value) => toDate(value, true),
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : null, true),
});

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize: (value) => isoDay(toDate(value, false)),
  parseValue: (value) => toDate(value, false),
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : null, false),
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  // Bounded by guardArguments (jsonBounds), which names the argument in its error.
  parseValue: (value) => value,
  parseLiteral: () => {
    throw badInput('JSON values must be passed as variables');
  },
});
