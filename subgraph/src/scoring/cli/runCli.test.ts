import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parseCsv';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'scoring-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const run = async (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
};

const rows = Array.from({ length: 300 }, (_, i) => {
  const tenure = i % 60;
  const contract = ['Month-to-month', 'One year', 'Two year'][i % 3]!;
  const churn = (tenure < 20 && contract === 'Month-to-month') || i % 7 === 0 ? 'Yes' : 'No';
  return `${tenure},"${contract}",${i % 5 === 0 ? '' : i % 11},${churn}`;
});
const data = file('data.csv', ['tenure,contract,calls,churn', ...rows].join('\r\n'));

describe('scoring CLI', () => {
  it('prints its usage for --help, -h and help, exit 0, and every command is in it', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['train', '--help']]) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(0);
      expect(err).toBe('');
      for (const command of ['train', 'predict', 'eval'])
        expect(out).toContain(`scoring ${command}`);
    }
    expect((await run('--hlep')).code).toBe(2);
  });

  it('trains, predicts with top factors and evaluates', async () => {
    const model = join(dir, 'model.json');
    expect(
      (await run('train', '--csv', data, '--target', 'churn', '--positive', 'Yes', '--out', model))
        .code,
    ).toBe(0);
    const out = join(dir, 'out.csv');
    expect((await run('predict', '--model', model, '--csv', data, '--out', out)).code).toBe(0);
    const table = parseCsv(readFileSync(out, 'utf8'));
    expect(table.header).toEqual([
      'tenure',
      'contract',
      'calls',
      'churn',
      'probability',
      'top_factors',
    ]);
    expect(table.records).toHaveLength(300);
    expect(table.records[0]![5]).toMatch(
      /^[^=;]+=[^;]+ \([+-]\d\.\d\d\)(; [^=;]+=[^;]+ \([+-]\d\.\d\d\)){2}$/,
    );
    const ev = await run(
      'eval',
      '--csv',
      data,
      '--target',
      'churn',
      '--positive',
      'Yes',
      '--folds',
      '3',
    );
    expect(ev.code).toBe(0);
    const metrics = JSON.parse(ev.out) as { auc: number; folds: unknown[] };
    expect(metrics.folds).toHaveLength(3);
    expect(metrics.auc).toBeGreaterThan(0.6);
  });

  it('evaluates on given folds: a fold column or a folds file, the same figures either way', async () => {
    const lines = readFileSync(data, 'utf8').trim().split(/\r?\n/);
    const fold = (i: number) => [7, 3, 9][i % 3]!; // any integers; numbered 0..2 in order
    const withColumn = file(
      'folded.csv',
      [`${lines[0]},fold`, ...lines.slice(1).map((l, i) => `${l},${fold(i)}`)].join('\n'),
    );
    const foldsFile = file(
      'folds.txt',
      lines
        .slice(1)
        .map((_, i) => fold(i))
        .join('\n') + '\n',
    );
    const base = ['eval', '--target', 'churn', '--positive', 'Yes'];
    const byColumn = await run(...base, '--csv', withColumn, '--fold-column', 'fold');
    const byFile = await run(...base, '--csv', data, '--folds-file', foldsFile);
    expect(byColumn.err).toBe('');
    expect(byColumn.code).toBe(0);
    expect(byFile.code).toBe(0);
    const a = JSON.parse(byColumn.out) as { auc: number; folds: { n: number }[] };
    expect(a.folds.map((f) => f.n)).toEqual([100, 100, 100]);
    expect(JSON.parse(byFile.out)).toEqual(a);
    expect(
      (await run(...base, '--csv', data, '--folds-file', file('short.txt', '0\n1\n'))).err,
    ).toMatch(/2 fold labels, the CSV has 300 data rows/);
    expect(
      (await run(...base, '--csv', withColumn, '--fold-column', 'fold', '--folds', '3')).err,
    ).toMatch(/--folds cannot be combined/);
  });

  it.each([
    [
      ['train', '--csv', data, '--target', 'nope', '--positive', 'Yes', '--out', 'm.json'],
      /target column "nope" not found; columns: tenure, contract, calls, churn/,
    ],
    [
      ['train', '--csv', data, '--target', 'churn', '--positive', 'Maybe', '--out', 'm.json'],
      /positive value "Maybe" not found in "churn"; values seen: .*Yes/,
    ],
    [
      [
        'train',
        '--csv',
        file('one.csv', 'x,y\n1,a\n2,a\n'),
        '--target',
        'y',
        '--positive',
        'a',
        '--out',
        'm.json',
      ],
      /single class/,
    ],
    [
      [
        'train',
        '--csv',
        file('empty.csv', ''),
        '--target',
        'y',
        '--positive',
        'a',
        '--out',
        'm.json',
      ],
      /is empty/,
    ],
    [
      [
        'train',
        '--csv',
        join(dir, 'missing.csv'),
        '--target',
        'y',
        '--positive',
        'a',
        '--out',
        'm.json',
      ],
      /file not found/,
    ],
    [
      [
        'train',
        '--csv',
        file('ragged.csv', 'x,y\n1,a\n2\n'),
        '--target',
        'y',
        '--positive',
        'a',
        '--out',
        'm.json',
      ],
      /line 3: 1 fields, but the header has 2/,
    ],
    [
      [
        'train',
        '--csv',
        data,
        '--target',
        'churn',
        '--positive',
        'Yes',
        '--out',
        'm.json',
        '--colour',
        'red',
      ],
      /unknown flag --colour/,
    ],
    [
      ['train', '--csv', data, '--positive', 'Yes', '--out', 'm.json'],
      /missing required flag --target/,
    ],
    [
      ['predict', '--model', file('bad.json', '{"format":1}'), '--csv', data, '--out', 'o.csv'],
      /model JSON is invalid/,
    ],
    [['frobnicate'], /unknown command/],
  ])('fails with exit code 2 and one line: %j', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
