import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar, DateTime } from './scalars';

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
