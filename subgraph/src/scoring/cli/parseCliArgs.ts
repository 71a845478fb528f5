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
  '                  add a probability and the top factors to every row',
  '  scoring eval    --csv FILE --target COLUMN --positive VALUE [--folds 5 | --fold-column COLUMN | --folds-file FOLDS.txt] [--ignore a,b] [--seed N]',
  '                  cross-validate and print ROC AUC, PR AUC, log loss, calibration error (ECE) and top-10 % lift as JSON, per fold and mean',
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
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new CliError(`flag --${name} needs a value`);
    flags[name] = value;
  }
  const missing = spec.required.filter((f) => flags[f] === undefined);
  if (missing.length)
    throw new CliError(
      `missing required flag ${missing.map((f) => `--${f}`).join(', ')} for ${command}`,
    );
  return { command: command as CliCommand, flags };
}

/** An integer flag with a floor, or the fallback when absent. */

export function intFlag(
  flags: Record<string, string>,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new CliError(`--${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}
