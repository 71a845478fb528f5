import { CliError } from './CliError';

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
