import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateScalar, DateTime, isoDateTime, isoDay } from './scalars';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      at: {
        type: GraphQLString,
        args: { when: { type: DateTime }, day: { type: DateScalar } },
        resolve: (_, args: { when?: Date; day?: Date }) =>
          (args.when ?? args.day)?.toISOString() ?? null,
      },
    },
  }),
});

const run = (source: string, variableValues?: Record<string, unknown>) =>
  graphql({ schema, source, variableValues });

describe('DateTime and Date', () => {
  it('refuse a year out of range in a user’s words, with the variable and BAD_USER_INPUT', async () => {
    const { errors } = await run('query ($w: DateTime) { at(when: $w) }', {
      w: '9999-12-31T23:59:00.000Z',
    });
    expect(errors?.[0]?.message).toBe(
      'Variable "$w" got invalid value "9999-12-31T23:59:00.000Z"; must be a date between 1900 and 2200',
    );
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(errors?.[0]?.message).not.toMatch(/ISO|expected, got/);
  });

  it('say the same of a day that is not on the calendar, written in the query or as a variable', async () => {
    const literal = await run('{ at(day: "2026-02-31") }');
    expect(literal.errors?.[0]?.message).toMatch(
      /must be a date between 1900 and 2200, written YYYY-MM-DD$/,
    );
    const variable = await run('query ($d: Date) { at(day: $d) }', { d: '2026-13-01' });
    expect(variable.errors?.[0]?.message).toMatch(/; must be a date between 1900 and 2200/);
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('read a date-time in range', async () => {
    const { data, errors } = await run('query ($w: DateTime) { at(when: $w) }', {
      w: '2200-12-31T23:59:00Z',
    });
    expect(errors).toBeUndefined();
    expect(data?.at).toBe('2200-12-31T23:59:00.000Z');
  });
});

describe('isoDateTime and isoDay', () => {
  it('write exactly what toISOString writes, for any instant (invalid dates throw alike)', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        expect(isoDateTime(date)).toBe(date.toISOString());
        expect(isoDay(date)).toBe(date.toISOString().slice(0, 10));
      }),
      { numRuns: 5_000 },
    );
    for (const edge of [
      '1000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '0999-12-31T23:59:59.999Z',
      '2026-03-09T07:05:04.007Z',
      '2026-12-01T19:40:00.090Z',
    ]) {
      const date = new Date(edge);
      expect(isoDateTime(date)).toBe(edge);
      expect(isoDay(date)).toBe(edge.slice(0, 10));
    }
    expect(() => isoDateTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
