import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './CliError';
import { crossValidate } from '../evaluation/crossValidate';
import { csvDataset } from '../csv/csvDataset';
import { foldAssignment } from './foldAssignment';
import { explainRow } from '../explanation/explainRow';
import { formatTopFactors } from '../explanation/formatTopFactors';

import { helpText, intFlag, parseCliArgs } from './parseCliArgs';
import { parseModel } from '../model/parseModel';
import { nonNumericCells, nonNumericWarning } from '../csv/nonNumericCells';
import { columnNotFound, readCsvFile } from '../csv/readCsvFile';
import { rowValue } from '../csv/rowValue';
import { serializeModel } from '../model/serializeModel';
import type { Dataset } from '../model/types';
import { closeTrainingThreads, trainModelInThreads } from '../training/trainModelInThreads';
import { validateDataset } from '../training/validateDataset';
import { writeCsv } from '../csv/writeCsv';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };

/** The engine's seeds are 32-bit: a larger one would give another seed's model under its name. */
const MAX_SEED = 2 ** 32 - 1;
/** Folds are numbered in a byte (as the engine's fold assignments are). */
const MAX_FOLDS = 255;
const MAX_FEATURES = 255;
/** The columns predict adds to the rows it is given. */
const OUTPUT_COLUMNS = ['probability', 'top_factors'];

/** Runs one CLI command; returns the exit code (2 for bad input, 1 for unexpected failures). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') {
    io.out(helpText);
    return 0;
  }
  const warn = (line: string) => io.err(`scoring: warning: ${line}\n`);
  try {
    const { command, flags } = parseCliArgs(argv);
    const seed = intFlag(flags, 'seed', 1, 0, MAX_SEED);
    const ignore = (flags.ignore ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (command === 'train') {
      // Before training, not after it: a run of minutes must not be lost to a wrong path.
      writableFile(flags.out!);
      const dataset = trainable(
        csvDataset(readCsvFile(flags.csv!), flags.target!, flags.positive!, ignore, warn),
      );
      const model = await trainModelInThreads(dataset, {
        seed,
        target: { column: flags.target!, positive: flags.positive! },
      });
      writeFileSync(flags.out!, serializeModel(model));
      io.out(
        JSON.stringify({
          model: flags.out,
          rows: dataset.rows.length,
          features: model.terms.length,
          pairs: model.pairs.length,
        }) + '\n',
      );
    } else if (command === 'predict') {
      writableFile(flags.out!);
      if (!existsSync(flags.model!)) throw new CliError(`file not found: ${flags.model}`);
      if (statSync(flags.model!).isDirectory())
        throw new CliError(`${flags.model} is a folder, not a model file`);
      let model;
      try {
        model = parseModel(readFileSync(flags.model!, 'utf8'));
      } catch (error) {
        throw new CliError(`${flags.model}: ${(error as Error).message}`);
      }
      const table = readCsvFile(flags.csv!);
      const taken = OUTPUT_COLUMNS.filter((c) => table.header.includes(c));
      if (taken.length)
        throw new CliError(
          `${flags.csv} already has a column named ${taken.map((c) => `"${c}"`).join(' and ')} (an output of predict?); remove or rename it`,
        );
      const index = model.terms.map((t) => table.header.indexOf(t.feature.name));
      const absent = model.terms.filter((_, j) => index[j]! < 0).map((t) => t.feature.name);
      if (absent.length === 1)
        throw columnNotFound(`${flags.csv} lacks the model's column`, absent[0]!, table.header);
      if (absent.length)
        throw new CliError(`${flags.csv} lacks column(s) the model needs: ${absent.join(', ')}`);
      model.terms.forEach((term, j) => {
        if (term.feature.kind !== 'numeric') return;
        const values = table.records.map((r) => r[index[j]!]!);
        const odd = nonNumericCells(values);
        if (odd.count) warn(nonNumericWarning(term.feature.name, values, table.lines, odd));
      });
      const out = [[...table.header, ...OUTPUT_COLUMNS]];
      for (const record of table.records) {
        const row = model.terms.map((t, j) => rowValue(t.feature.kind, record[index[j]!]!));
        const explanation = explainRow(model, row);
        out.push([
          ...record,
          String(explanation.probability),
          formatTopFactors(explanation.factors),
        ]);
      }
      writeFileSync(flags.out!, writeCsv(out));
    } else {
      const table = readCsvFile(flags.csv!);
      const given = foldAssignment(table, flags);
      if (given && flags.folds !== undefined)
        throw new CliError('--folds cannot be combined with --fold-column or --folds-file');
      const foldColumn = flags['fold-column'];
      const dataset = trainable(
        csvDataset(
          table,
          flags.target!,
          flags.positive!,
          foldColumn === undefined ? ignore : [...ignore, foldColumn],
          warn,
        ),
      );
      if (given) {
        const { assignment, labels } = given;
        labels.forEach((label, f) => {
          const classes = new Set(Array.from(dataset.labels).filter((_, i) => assignment[i] === f));
          if (classes.size < 2)
            throw new CliError(
              `fold ${label} (of ${labels.length}) does not hold both classes; AUC needs both`,
            );
        });
        const result = await crossValidate(dataset, { assignment, seed });
        io.out(
          JSON.stringify({
            ...result,
            folds: result.folds.map((m, f) => ({ fold: labels[f], ...m })),
          }) + '\n',
        );
        return 0;
      }
      const folds = intFlag(flags, 'folds', 5, 2, MAX_FOLDS);
      const smaller = Math.min(
        ...[0, 1].map((c) => Array.from(dataset.labels).filter((y) => y === c).length),
      );
      if (folds > smaller)
        throw new CliError(`--folds ${folds} is more than the ${smaller} rows of the rarer class`);
      io.out(JSON.stringify(await crossValidate(dataset, { folds, seed })) + '\n');
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`scoring: ${error.message}\n`);
      return 2;
    }
    io.err(`scoring: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  } finally {
    await closeTrainingThreads();
  }
}

/** Refuses an output path that cannot be written: a folder, or one in a folder that does not exist. */
function writableFile(path: string): void {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new CliError(`--out ${path} is a folder; give a file name`);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CliError(`--out ${path}: the folder ${folder} does not exist`);
}

/** The engine's own checks of a dataset, as the CLI's bad input (exit 2). */
function trainable(dataset: Dataset): Dataset {
  if (dataset.features.length > MAX_FEATURES)
    throw new CliError(
      `${dataset.features.length} feature columns; at most ${MAX_FEATURES} are supported (leave some out with --ignore)`,
    );
  try {
    validateDataset(dataset);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  return dataset;
}
