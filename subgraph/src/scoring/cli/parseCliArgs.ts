import { CliError } from './CliError';

const COMMANDS = {
  train: { required: ['csv', 'target', 'positive', 'out'], optional: ['ignore', 'seed'] },
  predict: { required: ['model', 'csv', 'out'], optional: [] },
  eval: {
    required: ['csv', 'target', 'positive'],
    optional: ['folds', 'fold-column', 'folds-file', 'ignore', 'seed'],
  },
} as const;

export type CliCommand = keyof typeof COMMANDS;

export const usage =
  'usage: scoring train --csv FILE --target COLUMN --positive VALUE [--ignore a,b] [--seed N] --out MODEL.json | ' +
  'predict --model MODEL.json --csv FILE --out OUT.csv | ' +
  'eval --csv FILE --target COLUMN --positive VALUE [--folds 5 | --fold-column COLUMN | --folds-file FOLDS.txt] [--ignore a,b] [--seed N]';

/** What `scoring --help` prints: one command per line, with what it does. */
export const helpText = [
  'scoring: train, apply and evaluate a lead scoring model on a CSV file',
  '',
  '  scoring train   --csv FILE --target COLUMN --positive VALUE --out MODEL.json [--ignore a,b] [--seed N]',
  '                  fit a model on every row and write it as JSON',
  '  scoring predict --model MODEL.json --csv FILE --out OUT.csv',
  '                  add a probability and its top three factors to every row: "feature=value (+0.81)", each in log-odds',
  '                  (the intercept plus every factor of the model is the logit of the probability)',
  '  scoring eval    --csv FILE --target COLUMN --positive VALUE [--folds 5 | --fold-column COLUMN | --folds-file FOLDS.txt] [--ignore a,b] [--seed N]',
  '                  cross-validate and print ROC AUC, PR AUC, log loss, calibration error (ECE, 10 equal-width bins) and top-10 % lift',
  '                  (a ratio to the base rate) as JSON: the unweighted mean of the test folds, each fold, and `pooled` (every row',
  "                  once, by its out-of-fold probability); the top-level figures are the folds' mean",
  '',
  'Numeric columns may hold a few cells that are not numbers (at most 5 %); they are read as missing, with a warning.',
  '',
  'Exit codes: 0 done, 2 bad input (the message says what to fix), 1 unexpected failure.',
  '',
].join('\n');

/** `command --flag value ...` (or `--flag=value`), checked against the command's flags. */
export function parseCliArgs(argv: readonly string[]): {
  command: CliCommand;
  flags: Record<string, string>;
} {
  const [command, ...rest] = argv;
  if (!command || !(command in COMMANDS)) {
    throw new CliError(command ? `unknown command "${command}"; ${usage}` : usage);
  }
  const spec = COMMANDS[command as CliCommand];
  const allowed: readonly string[] = [...spec.required, ...spec.optional];
  const flags: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument "${arg}"; ${usage}`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!allowed.includes(name)) {
      throw new CliError(
        `unknown flag --${name} for ${command} (flags: ${allowed.map((f) => `--${f}`).join(', ')})`,
      );
    }
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--')))
      throw new CliError(`flag --${name} needs a value`);
    // Which of two values would count is a guess: the second is refused, not silently kept.
    if (flags[name] !== undefined) throw new CliError(`flag --${name} is given twice`);
    flags[name] = value;
  }
  const missing = spec.required.filter((f) => flags[f] === undefined);
  if (missing.length)
    throw new CliError(
      `missing required flag ${missing.map((f) => `--${f}`).join(', ')} for ${command}`,
    );
  return { command: command as CliCommand, flags };
}

/** An integer flag from `min` to `max`, or the fallback when absent. */
export function intFlag(
  flags: Record<string, string>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || value < min || value > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}
