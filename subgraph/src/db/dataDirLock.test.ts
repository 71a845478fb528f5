import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './dataDirLock';
import { openDatabase } from './database';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'data-dir-lock-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A process that runs until killed, and the lock it would have written. */
async function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
  const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return { child, lock: JSON.stringify({ pid: child.pid, startTime }) };
}

describe('an embedded database is opened by one process at a time', () => {
  it(
    'refuses a second open of an open data directory, and opens it again once closed',
    { timeout: 180_000 },
    async () => {
      const dataDir = path.join(dir, 'twice');
      const db = await openDatabase({ dataDir });
      try {
        await expect(openDatabase({ dataDir })).rejects.toThrow(
          /in use by this process .*set PGLITE_DATA_DIR to another folder/,
        );
        // The open one still works.
        expect(await db.prisma.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await db.close();
      }
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
      const again = await openDatabase({ dataDir });
      await again.close();
    },
  );

  it.skipIf(!existsSync('/proc/self/stat'))(
    'refuses a directory another running process holds, and takes it over once that one is gone',
    async () => {
      const dataDir = path.join(dir, 'other');
      const { child, lock } = await otherProcess();
      try {
        await writeFile(`${dataDir}.lock`, lock);
        await expect(lockDataDir(dataDir)).rejects.toThrow(
          new RegExp(`in use by process ${child.pid}: .*delete .*other\\.lock`),
        );
      } finally {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      const release = await lockDataDir(dataDir);
      expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({
        pid: process.pid,
      });
      await release();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);
    },
  );

  it('takes over a lock whose pid now names another process (a restart reused it)', async () => {
    const dataDir = path.join(dir, 'reused');
    // This process's own pid with another start time: the lock of an earlier process that had it.
    await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: process.pid, startTime: '1' }));
    const release = await lockDataDir(dataDir);
    await release();
    const { child } = await otherProcess();
    try {
      await writeFile(`${dataDir}.lock`, JSON.stringify({ pid: child.pid, startTime: '1' }));
      const releaseAgain = await lockDataDir(dataDir);
      await releaseAgain();
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over an unreadable lock file', async () => {
    const dataDir = path.join(dir, 'garbage');
    await writeFile(`${dataDir}.lock`, 'not json');
    const release = await lockDataDir(dataDir);
    await release();
  });
});
