import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { plugin } = require('./fieldLimitsPlugin.cjs') as {
  plugin: (schema: GraphQLSchema) => string;
};

const root = path.resolve(import.meta.dirname, '../..');
const schemaOf = (sdl: string) => buildASTSchema(parse(sdl), { assumeValidSDL: true });

describe('fieldLimitsPlugin', () => {
  it('emits the @limit directives of schema.graphql, as both generated files hold them', () => {
    const emitted = plugin(schemaOf(readFileSync(path.join(root, 'schema.graphql'), 'utf8')));

    expect(emitted).toContain('CreateStageInput: {\n    name: 120\n  }');
    for (const file of ['subgraph/src/__generated__', 'web/src/__generated__'])
      expect(readFileSync(path.join(root, file, 'fieldLimits.ts'), 'utf8')).toBe(emitted);
  });

  it('keys input fields by type and arguments by type and field', () => {
    const emitted = plugin(
      schemaOf(`
        directive @limit(max: Int!) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
        input B { z: String @limit(max: 5) b: ID! @limit(max: 9) free: String }
        type Mutation { act(note: String @limit(max: 3), other: Int): Int }
      `),
    );

    expect(emitted).toContain(
      'export const fieldLimits = {\n  B: {\n    b: 9,\n    z: 5\n  },\n  Mutation: {\n    act: {\n      note: 3\n    }\n  }\n} as const;',
    );
  });

  it('emits ranges of Int and Float as fieldRanges', () => {
    const emitted = plugin(
      schemaOf(`
        directive @limit(max: Int!, min: Int) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
        type Query { list(first: Int @limit(min: 1, max: 500), name: String @limit(max: 9)): Int }
      `),
    );

    expect(emitted).toContain(
      'export const fieldLimits = {\n  Query: {\n    list: {\n      name: 9',
    );
    expect(emitted).toContain(
      'export const fieldRanges = {\n  Query: {\n    list: {\n      first: {\n        min: 1,\n        max: 500\n      }',
    );
  });

  it('refuses a limit on a field that has neither a length nor a range', () => {
    const schema = schemaOf(`
      directive @limit(max: Int!, min: Int) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
      input A { flag: Boolean @limit(max: 5) }
    `);

    expect(() => plugin(schema)).toThrow('@limit on A.flag: only String, ID, Int and Float');
  });

  it('refuses a number without min, and text with one', () => {
    const number = schemaOf(`
      directive @limit(max: Int!, min: Int) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
      input A { count: Int @limit(max: 5) }
    `);
    const text = schemaOf(`
      directive @limit(max: Int!, min: Int) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
      input A { name: String @limit(min: 1, max: 5) }
    `);

    expect(() => plugin(number)).toThrow('@limit on A.count: numbers need min and max');
    expect(() => plugin(text)).toThrow('@limit on A.name: text has only a max length');
  });
});
