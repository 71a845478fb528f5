import { describe, expect, it } from 'vitest';
import { fieldLimits } from '../../../__generated__/fieldLimits';
import { parseStageForm, stageUpdateInput } from './parseStageForm';

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
  it('names the rotting limit it refuses (99999 is whole days, 1 or more, and still too many)', () => {
    const form = { name: 'Demo', probability: '' };
    expect(parseStageForm({ ...form, rottingDays: '99999' }).errors.rottingDays).toBe(
      'Whole days, from 1 to 3,650.',
    );
    expect(parseStageForm({ ...form, rottingDays: '3650' }).errors).toEqual({});
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

describe('stageUpdateInput', () => {
  const initial = { name: 'Discovery', probability: '', rottingDays: '' };
  const input = (values: typeof initial) =>
    stageUpdateInput(values, initial, parseStageForm(values).parsed);

  it('sends only the boxes that were changed, besides the name', () => {
    // A probability set: the empty rotting box (the learned threshold in force) is not sent.
    expect(input({ ...initial, probability: '30' })).toEqual({
      name: 'Discovery',
      probability: 0.3,
    });
    expect(input({ ...initial, rottingDays: '21' })).toEqual({
      name: 'Discovery',
      rottingDays: 21,
    });
  });

  it('clears a box emptied by the user', () => {
    const set = { name: 'Discovery', probability: '40', rottingDays: '14' };
    const cleared = { ...set, probability: '', rottingDays: '' };
    expect(stageUpdateInput(cleared, set, parseStageForm(cleared).parsed)).toEqual({
      name: 'Discovery',
      clearProbability: true,
      clearRottingDays: true,
    });
  });
});
