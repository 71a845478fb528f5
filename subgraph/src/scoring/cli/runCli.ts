import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CliError } from './CliError';
import { crossValidate } from '../evaluation/crossValidate';
import { csvDataset } from '../csv/csvDataset';
import { foldAssignment } from './foldAssignment';
import { explainRow } from '../explanation/explainRow';
import { formatTopFactors } from '../explanation/formatTopFactors';

import { helpText, intFlag, parseCliArgs } from './parseCliArgs';
import { parseModel } from '../model/parseModel';
import { readCsvFile } from '../csv/readCsvFile';
import { rowValue } from '../csv/rowValue';
import { serializeModel } from '../model/serializeModel';
import { closeTrainingThreads, trainModelInThreads } from '../training/trainModelInThreads';
import { writeCsv } from '../csv/writeCsv';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };

/** Runs one CLI command; returns the exit code (2 for bad input, 1 for unexpected failures). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.some((arg) => arg === '--help' || arg === '-h') || argv[0] === 'help') {
    io.out(helpText);
    return 0;
  }
  try {
    const { command, flags } = parseCliArgs(argv);
    const seed = intFlag(flags, 'seed', 1, 0);
    const ignore = (flags.ignore ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (command === 'train') {
      const dataset = csvDataset(readCsvFile(flags.csv!), flags.target!, flags.positive!, ignore);
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
      if (!existsSync(flags.model!)) throw new CliError(`file not found: ${flags.model}`);
      let model;
      try {
        model = parseModel(readFileSync(flags.model!, 'utf8'));
      } catch (error) {
        throw new CliError(`${flags.model}: ${(error as Error).message}`);
      }
      const table = readCsvFile(flags.csv!);
      const index = model.terms.map((t) => table.header.indexOf(t.feature.name));
      const absent = model.terms.filter((_, j) => index[j]! < 0).map((t) => t.feature.name);
      if (absent.length)
        throw new CliError(`${flags.csv} lacks column(s) the model needs: ${absent.join(', ')}`);
      const out = [[...table.header, 'probability', 'top_factors']];
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
      const assignment = foldAssignment(table, flags);
      if (assignment && flags.folds !== undefined)
        throw new CliError('--folds cannot be combined with --fold-column or --folds-file');
      const foldColumn = flags['fold-column'];
      const dataset = csvDataset(
        table,
        flags.target!,
        flags.positive!,
        foldColumn === undefined ? ignore : [...ignore, foldColumn],
      );
      if (assignment) {
        const k = Math.max(...assignment) + 1;
        for (let f = 0; f < k; f++) {
          const classes = new Set(Array.from(dataset.labels).filter((_, i) => assignment[i] === f));
          if (classes.size < 2)
            throw new CliError(`fold ${f + 1} of ${k} does not hold both classes; AUC needs both`);
        }
        io.out(JSON.stringify(await crossValidate(dataset, { assignment, seed })) + '\n');
        return 0;
      }
      const folds = intFlag(flags, 'folds', 5, 2);
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
