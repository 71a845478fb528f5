import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = '/usr/bin/python3';
export const peerInstallHint =
  'install with: apt-get install -y --no-install-recommends python3-sklearn python3-xgboost python3-pandas';

/** Why the Python peers can't run here, or null when they can. */
export function peersUnavailable(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn, xgboost, pandas'], { encoding: 'utf8' });
  return probe.status === 0
    ? null
    : `python packages missing (${probe.stderr.trim().split('\n').pop()})`;
}

/** Runs a peer script and parses the JSON object it prints. */
export function runPython(script: string, args: string[]): Record<string, unknown> {
  const run = spawnSync(PYTHON, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr.trim().split('\n').pop()}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}
