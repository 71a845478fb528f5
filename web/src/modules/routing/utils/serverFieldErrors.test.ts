import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { errorsForRule } from './errorsForRule';
import { serverFieldErrors } from './serverFieldErrors';

const refused = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'rules.1.conditions.0.min: must not be greater than max (9 > 3)',
      extensions: { code: 'BAD_USER_INPUT', field: 'rules.1.conditions.0.min' },
    },
    {
      message: 'rules.0.name: must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'rules.0.name' },
    },
  ],
});

describe('server field errors', () => {
  it('keeps the whole path the server names, in plain words', () => {
    expect(serverFieldErrors(refused)).toEqual({
      'rules.1.conditions.0.min': 'Must not be greater than max (9 > 3).',
      'rules.0.name': 'This can’t be empty.',
    });
    expect(serverFieldErrors(new Error('offline'))).toEqual({});
  });

  it('shows a dry run’s errors on the rule being edited only, keyed as a save’s', () => {
    expect(errorsForRule(serverFieldErrors(refused), 1)).toEqual({
      'conditions.0.min': 'Must not be greater than max (9 > 3).',
    });
  });
});
