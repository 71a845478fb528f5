import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  describe("input that used to be read wrong or crash (a stranger's report)", () => {
    const lines = readFileSync(data, 'utf8').trim().split(/\r?\n/);
    const header = lines[0]!;
    const body = lines.slice(1);
    const CHURN = ['--target', 'churn', '--positive', 'Yes'];
    const train = (csv: string, out = join(dir, 'model-x.json'), ...flags: string[]) =>
      run('train', '--csv', csv, ...CHURN, '--out', out, ...flags);
    const evaluate = (csv: string, ...flags: string[]) =>
      run('eval', '--csv', csv, ...CHURN, ...flags);
    /** The data with each line changed by `edit`. */
    const edited = (name: string, edit: (line: string, i: number) => string) =>
      file(name, [header, ...body.map(edit)].join('\n'));
    /** The data with a fold column. */
    const folded = (name: string, fold: (line: string, i: number) => string | number) =>
      file(name, [`${header},fold`, ...body.map((l, i) => `${l},${fold(l, i)}`)].join('\n'));

    it.each([
      [
        'a blank fold cell (it was fold 0)',
        () =>
          evaluate(
            folded('blank-fold.csv', (_, i) => (i === 4 ? '' : (i % 2) + 1)),
            '--fold-column',
            'fold',
          ),
        /fold column "fold", line 6: no fold given; every row needs one/,
      ],
      [
        'a blank target cell (it was a negative)',
        () =>
          train(edited('blank-target.csv', (l, i) => (i === 9 ? l.replace(/,(Yes|No)$/, ',') : l))),
        /target column "churn" has no value in 1 of 300 rows \(first on line 11\); fill them in or remove those rows/,
      ],
      [
        'bytes that are not UTF-8 (they became one replacement character)',
        () => {
          const path = join(dir, 'latin1.csv');
          writeFileSync(
            path,
            Buffer.concat([
              Buffer.from('a,b,churn\n1,caf'),
              Buffer.from([0xe9]),
              Buffer.from(',Yes\n2,x,No\n'),
            ]),
          );
          return train(path);
        },
        /latin1\.csv is not UTF-8 text \(line 2, byte 16 is 0xe9\); save it as UTF-8/,
      ],
      [
        'a column name used twice',
        () => train(file('dup.csv', ['tenure,contract,tenure,churn', ...body].join('\n'))),
        /column name "tenure" is used twice \(columns 1 and 3\); rename one/,
      ],
      ['a folder as the CSV', () => train(dir), /is a folder, not a CSV file/],
      [
        'an --out in a folder that does not exist (found only after training)',
        () => train(data, join(dir, 'nowhere', 'model.json')),
        /the folder .*nowhere does not exist/,
      ],
      [
        'an --out that is a folder',
        () => train(data, dir),
        /--out .* is a folder; give a file name/,
      ],
      [
        'more than 255 feature columns',
        () => {
          const wide = Array.from({ length: 300 }, (_, j) => `c${j}`);
          const rows = Array.from({ length: 20 }, (_, i) =>
            [...wide.map((_, j) => String((i * j) % 7)), i % 2 ? 'Yes' : 'No'].join(','),
          );
          return train(file('wide.csv', [[...wide, 'churn'].join(','), ...rows].join('\n')));
        },
        /300 feature columns; at most 255 are supported \(leave some out with --ignore\)/,
      ],
      [
        '--folds above 255',
        () => evaluate(data, '--folds', '260'),
        /--folds must be a whole number from 2 to 255, got "260"/,
      ],
      [
        "a seed past 32 bits (it gave seed 1's model under another name)",
        () => train(data, 'm.json', '--seed', '4294967297'),
        /--seed must be a whole number from 0 to 4294967295/,
      ],
      [
        'an empty seed (it was seed 0)',
        () => train(data, 'm.json', '--seed='),
        /flag --seed needs a value/,
      ],
      [
        'a flag given twice (the last one was kept)',
        () => train(data, 'm.json', '--target', 'tenure'),
        /flag --target is given twice/,
      ],
      [
        'a file separated by semicolons',
        () => train(file('semi.csv', ['tenure;contract;churn', '1;a;Yes', '2;b;No'].join('\n'))),
        /target column "churn" not found; columns: tenure;contract;churn \(the file seems separated by ";"; save it with commas\)/,
      ],
      [
        'a header name with spaces around it',
        () => train(file('spaced.csv', ['tenure, churn', '1,Yes', '2,No'].join('\n'))),
        /target column "churn" not found; columns: tenure, {2}churn \(the file has " churn", with spaces\)/,
      ],
    ])('%s: exit 2 and what to fix', async (_case, call, message) => {
      const { code, err } = await call();
      expect(err).toMatch(message);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    });

    it('names the fold by its own label when a fold lacks a class', async () => {
      const { code, err } = await evaluate(
        folded('one-class-fold.csv', (l, i) => (l.endsWith('Yes') ? 0 : [0, 1][i % 2]!)),
        '--fold-column',
        'fold',
      );
      expect(code).toBe(2);
      expect(err).toMatch(/fold 1 \(of 2\) does not hold both classes/);
    });

    it('reads a stray non-number in a numeric column as missing and says so, in train, eval and predict', async () => {
      // Before: one "-" made tenure a column of 60 categories, silently.
      const dirty = edited('dirty.csv', (l, i) => (i === 2 ? l.replace(/^\d+/, '-') : l));
      const model = join(dir, 'dirty.json');
      const trained = await train(dirty, model);
      expect(trained.code).toBe(0);
      expect(trained.err).toBe(
        'scoring: warning: column "tenure": 1 of 300 cells is not a number (first "-" on line 4); read as missing\n',
      );
      const parsed = JSON.parse(readFileSync(model, 'utf8')) as {
        terms: { feature: { name: string; kind: string } }[];
      };
      expect(parsed.terms.find((t) => t.feature.name === 'tenure')!.feature.kind).toBe('numeric');
      const out = join(dir, 'dirty-out.csv');
      const predicted = await run('predict', '--model', model, '--csv', dirty, '--out', out);
      expect(predicted.code).toBe(0);
      expect(predicted.err).toMatch(/column "tenure": 1 of 300 cells is not a number/);
      // The row reads as a row with tenure missing, which it is.
      const missing = edited('missing.csv', (l, i) => (i === 2 ? l.replace(/^\d+/, '') : l));
      const asMissing = join(dir, 'missing-out.csv');
      expect(
        (await run('predict', '--model', model, '--csv', missing, '--out', asMissing)).err,
      ).toBe('');
      expect(parseCsv(readFileSync(out, 'utf8')).records[2]).toEqual([
        '-',
        ...parseCsv(readFileSync(asMissing, 'utf8')).records[2]!.slice(1),
      ]);
      // A column mostly of words stays a category, without a warning.
      const words = edited('words.csv', (l, i) => (i % 10 ? l.replace(/^\d+/, `t${i % 4}`) : l));
      expect((await train(words)).err).toBe('');
    });

    it('warns that the other values of a target of three count as negative', async () => {
      const three = edited('three.csv', (l, i) =>
        i % 50 === 1 ? l.replace(/,(Yes|No)$/, ',Maybe') : l,
      );
      const { code, err } = await train(three);
      expect(code).toBe(0);
      expect(err).toMatch(
        /target column "churn" has 3 values: "Yes" is the positive class, "Maybe", "No" all count as negative/,
      );
    });

    it('refuses to predict on its own output (two probability columns)', async () => {
      const model = join(dir, 'model.json');
      await train(data, model);
      const once = join(dir, 'once.csv');
      expect((await run('predict', '--model', model, '--csv', data, '--out', once)).code).toBe(0);
      const twice = await run(
        'predict',
        '--model',
        model,
        '--csv',
        once,
        '--out',
        join(dir, 'twice.csv'),
      );
      expect(twice.code).toBe(2);
      expect(twice.err).toMatch(
        /already has a column named "probability" and "top_factors" \(an output of predict\?\)/,
      );
    });

    it('reports the pooled figures and each fold by its own label', async () => {
      const { code, out } = await evaluate(
        folded('labelled.csv', (_, i) => [7, 3, 9, 5][i % 4]!),
        '--fold-column',
        'fold',
      );
      expect(code).toBe(0);
      const result = JSON.parse(out) as {
        auc: number;
        folds: { fold: number; n: number }[];
        pooled: { n: number; auc: number; ece: number };
      };
      expect(result.folds.map((f) => f.fold)).toEqual([3, 5, 7, 9]);
      expect(result.pooled.n).toBe(300);
      expect(result.pooled.auc).toBeGreaterThan(0.6);
      expect(result.pooled.ece).toBeGreaterThanOrEqual(0);
    });
  });
});
