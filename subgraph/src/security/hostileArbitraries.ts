import fc from 'fast-check';
import type { GraphQLEnumType, GraphQLInputObjectType, GraphQLType } from 'graphql';
import { isList, isNonNull, kindOf, namedType, unwrap } from './schemaOperations';

/**
 * Ids a fuzzed call may name: the caller's own that fit the argument or field (`own(name)`, e.g.
 * stages for `stageId`), another tenant's, and hostile ones.
 */
export type KnownIds = { own: (name: string) => string[]; foreign: string[] };

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const HUGE = 'x'.repeat(100_000);

/** Text that has broken servers: NUL, lone surrogates, huge, empty, SQL and LIKE syntax. */
export const HOSTILE_TEXT = [
  '',
  '   ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udc00y',
  'end\ud83d',
  HUGE,
  '🙂'.repeat(300),
  `'; DROP TABLE "Deal"; --`,
  '%_\\',
  '<script>alert(1)</script>',
];

const HOSTILE_NUMBERS = [0, -1, 2147483647, -2147483648, 2 ** 31, 2 ** 53, -(2 ** 53), 1.5, 1e308];
const HOSTILE_DECIMALS = ['0', '-1', '1e9', '999999999999.99', '9999999999999', '0.001', 'abc', ''];
const HOSTILE_DATES = [
  '0000-01-01',
  '-271821-04-20',
  '+275760-09-13',
  '2024-02-30',
  '2026-02-31',
  '1899-12-31',
  '2201-01-01',
  '2026-13-01',
  '2026-1-1',
  '',
];
const HOSTILE_DATE_TIMES = [
  '0000-01-01T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '2026-02-31T10:00:00Z',
  '2026-05-01T24:00:00Z',
  '2026-05-01T10:00:00+25:00',
  '2026-05-01T10:00:00.123456789123Z',
  '',
];
const HOSTILE_JSON = [
  nested(10_000),
  nested(9),
  Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
  { note: 'x'.repeat(900_000) },
  { a: 'nul\u0000' },
  { '\ud800': 1 },
  { list: Array.from({ length: 1000 }, (_, i) => i) },
  [],
  'text',
  42,
];

// Mostly sound values with a hostile one among them: a call whose every argument is hostile is
// refused by the first, and the others never reach a resolver.
const mostlySound = (sound: fc.Arbitrary<unknown>, hostile: readonly unknown[]) =>
  fc.oneof({ weight: 3, arbitrary: sound }, { weight: 1, arbitrary: fc.constantFrom(...hostile) });

function scalar(type: string, name: string, ids: KnownIds): fc.Arbitrary<unknown> {
  switch (type) {
    case 'ID': {
      const own = ids.own(name);
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(own.length ? own : ids.foreign)) },
        { weight: 1, arbitrary: fc.constantFrom(...ids.foreign) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
      );
    }
    case 'String':
      return mostlySound(
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Acme', 'web', 'USD', 'EUR', 'usd')),
        HOSTILE_TEXT,
      );
    case 'Int':
      return mostlySound(fc.integer({ min: 0, max: 100 }), HOSTILE_NUMBERS);
    case 'Float':
      return mostlySound(fc.double({ min: 0, max: 1, noNaN: true }), HOSTILE_NUMBERS);
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return mostlySound(fc.constantFrom('10.00', '2500', '0.50'), HOSTILE_DECIMALS);
    case 'Date':
      return mostlySound(fc.constantFrom('2026-12-31', '2027-02-28'), HOSTILE_DATES);
    case 'DateTime':
      return mostlySound(fc.constant('2026-05-01T10:00:00Z'), HOSTILE_DATE_TIMES);
    case 'JSON':
      return mostlySound(fc.constant({ industry: 'Software', employees: 120 }), HOSTILE_JSON);
    default:
      throw new Error(`No arbitrary for the scalar ${type}: add one here`);
  }
}

/**
 * Values of a GraphQL input type named `name`: sound ones with hostile ones among them (every
 * scalar has its broken values, enums a value that is not one), input objects with or without
 * their optional fields, lists of one to three items.
 */
export function valuesOf(type: GraphQLType, ids: KnownIds, name: string): fc.Arbitrary<unknown> {
  if (isNonNull(type)) return valuesOf(unwrap(type), ids, name).filter((v) => v !== null);
  const orNull = (arbitrary: fc.Arbitrary<unknown>) => fc.option(arbitrary, { nil: null, freq: 8 });
  if (isList(type))
    return orNull(fc.array(valuesOf(unwrap(type), ids, name), { minLength: 1, maxLength: 3 }));
  const named = namedType(type);
  switch (kindOf(named)) {
    case 'GraphQLEnumType': {
      const values = (named as GraphQLEnumType).getValues().map((v) => v.name);
      return orNull(mostlySound(fc.constantFrom(...values), ['NOT_A_VALUE']));
    }
    case 'GraphQLInputObjectType': {
      const fields = Object.values((named as GraphQLInputObjectType).getFields());
      const model = Object.fromEntries(fields.map((f) => [f.name, valuesOf(f.type, ids, f.name)]));
      const requiredKeys = fields.filter((f) => isNonNull(f.type)).map((f) => f.name);
      return orNull(fc.record(model, { requiredKeys }));
    }
    default:
      return orNull(scalar(named.name, name, ids));
  }
}
