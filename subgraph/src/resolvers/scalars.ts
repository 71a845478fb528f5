import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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
        `Decimal must be a number with at most 2 decimals, e.g. "1250.00"; got ${JSON.stringify(value)}`,
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
    throw badInput('Decimal must be a number with at most 2 decimals, e.g. "1250.00"');
  },
});

function toDate(value: unknown, what: string, pattern?: RegExp): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && (!pattern || pattern.test(value))) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw badInput(`${what} expected, got ${JSON.stringify(value)}`);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => toDate(value, 'DateTime').toISOString(),
  parseValue: (value) => toDate(value, 'An ISO-8601 DateTime'),
  parseLiteral: (ast) =>
    toDate(ast.kind === Kind.STRING ? ast.value : null, 'An ISO-8601 DateTime'),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  serialize: (value) => toDate(value, 'Date').toISOString().slice(0, 10),
  parseValue: (value) => toDate(value, 'A YYYY-MM-DD date', DATE),
  parseLiteral: (ast) =>
    toDate(ast.kind === Kind.STRING ? ast.value : null, 'A YYYY-MM-DD date', DATE),
});

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: () => {
    throw badInput('JSON values must be passed as variables');
  },
});
