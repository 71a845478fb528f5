import { describe, expect, it } from 'vitest';
import { parseStageForm } from './parseStageForm';

describe('parseStageForm', () => {
  it('turns percent into a probability and blanks into null', () => {
    expect(parseStageForm({ name: ' Demo ', probability: '35', rottingDays: '' })).toEqual({
      errors: {},
      parsed: { name: 'Demo', probability: 0.35, rottingDays: null },
    });
  });
  it('rejects out-of-range values', () => {
    const { errors } = parseStageForm({ name: '', probability: '120', rottingDays: '2.5' });
    expect(Object.keys(errors).sort()).toEqual(['name', 'probability', 'rottingDays']);
  });
});
