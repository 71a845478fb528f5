import { fieldLimits } from '../../../__generated__/fieldLimits';
import type { UpdateStageInput } from '../../../__generated__/graphql';
import { lengthError } from '../../../lib/lengthError';

export type StageFormValues = { name: string; probability: string; rottingDays: string };
export type ParsedStageForm = {
  name: string;
  probability: number | null;
  rottingDays: number | null;
};

/** Checks a stage form; probability is entered in percent and sent as 0..1. */
export function parseStageForm(values: StageFormValues): {
  errors: Record<string, string>;
  parsed: ParsedStageForm;
} {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  const tooLong = lengthError(name, fieldLimits.CreateStageInput.name);
  if (!name) errors.name = 'A stage needs a name.';
  else if (tooLong) errors.name = tooLong;
  let probability: number | null = null;
  if (values.probability.trim() !== '') {
    const p = Number(values.probability);
    if (!Number.isFinite(p) || p < 0 || p > 100) errors.probability = 'Between 0 and 100.';
    else probability = Math.round(p * 10) / 1000;
  }
  let rottingDays: number | null = null;
  if (values.rottingDays.trim() !== '') {
    const d = Number(values.rottingDays);
    if (!Number.isInteger(d) || d < 1 || d > 3650)
      errors.rottingDays = 'Whole days, from 1 to 3,650.';
    else rottingDays = d;
  }
  return { errors, parsed: { name, probability, rottingDays } };
}

/**
 * What Save sends for an open stage: the name, and the probability and rotting days only when
 * their boxes were changed from what the server had (`initial`). Sending an untouched box made
 * its value a hand-entered one: the learned rotting threshold shown in it stopped following the
 * stage's history when only the probability was changed.
 */
export function stageUpdateInput(
  values: StageFormValues,
  initial: StageFormValues,
  parsed: ParsedStageForm,
): UpdateStageInput {
  return {
    name: parsed.name,
    ...(values.probability === initial.probability
      ? {}
      : parsed.probability == null
        ? { clearProbability: true }
        : { probability: parsed.probability }),
    ...(values.rottingDays === initial.rottingDays
      ? {}
      : parsed.rottingDays == null
        ? { clearRottingDays: true }
        : { rottingDays: parsed.rottingDays }),
  };
}
