import { readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Lock files this process holds (resolved paths). */
const held = new Set<string>();

/**
 * When a process started, as Linux counts it (clock ticks since boot, /proc/<pid>/stat field 22):
 * with the pid it names one process, even after the pid is reused. Null where there is no /proc.
 */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count after its ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(pid: number, startTime: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return startTime === null || startTimeOf(pid) === startTime;
}

type LockHolder = { pid: number; startTime: string | null };

function parseHolder(text: string): LockHolder | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, startTime: parsed.startTime ?? null }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of an embedded database's data directory (`<dataDir>.lock`, beside it), or
 * refuses: PGlite is one process's database, and a second `npm start` on the same folder started
 * normally, each process saw only its own writes, and those of the one stopped first were lost (an
 * operator session: 13 acknowledged writes). A lock left by a process that no longer runs (killed,
 * or its pid reused after a restart: the lock names the process by pid and start time) is taken
 * over. Returns the release, which removes the file.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  const refuse = (by: string) =>
    new Error(
      `The embedded database at ${dataDir} is in use by ${by}: one process at a time can open it. ` +
        `Stop that one first, or set PGLITE_DATA_DIR to another folder. ` +
        `If no such process runs, delete ${lockPath}.`,
    );
  if (held.has(lockPath)) throw refuse('this process (it is already open)');
  const own: LockHolder = { pid: process.pid, startTime: startTimeOf(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(lockPath, 'wx');
      await file.writeFile(JSON.stringify(own));
      await file.close();
      held.add(lockPath);
      return async () => {
        held.delete(lockPath);
        const current = parseHolder(await readFile(lockPath, 'utf8').catch(() => ''));
        if (current?.pid === own.pid && current.startTime === own.startTime)
          await unlink(lockPath).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = parseHolder(await readFile(lockPath, 'utf8').catch(() => ''));
    if (holder && holder.pid !== process.pid && isRunning(holder.pid, holder.startTime))
      throw refuse(`process ${holder.pid}`);
    // Left by a process that is gone (or unreadable): taken over.
    await unlink(lockPath).catch(() => {});
  }
  throw refuse('another process (its lock reappeared while starting)');
}
