import { describe, expect, it } from 'vitest';
import { fieldLimits } from '../../../__generated__/fieldLimits';
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
  it('takes a name as long as the schema allows, and no longer', () => {
    const max = fieldLimits.CreateStageInput.name;
    const form = { probability: '', rottingDays: '' };
    expect(parseStageForm({ ...form, name: 'n'.repeat(max) }).errors).toEqual({});
    expect(parseStageForm({ ...form, name: 'n'.repeat(max + 1) }).errors.name).toMatch(
      `${max} characters`,
    );
  });
});
