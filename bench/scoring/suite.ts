import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeMetrics } from '../../subgraph/src/scoring/evaluation/computeMetrics';
import { expectedCalibrationError } from '../../subgraph/src/scoring/evaluation/expectedCalibrationError';
import { csvDataset } from '../../subgraph/src/scoring/csv/csvDataset';
import { parseCsv } from '../../subgraph/src/scoring/csv/parseCsv';
import { scoreRows } from '../../subgraph/src/scoring/model/scoreRows';
import { sklearnStratifiedKFold } from '../../subgraph/src/scoring/evaluation/sklearnStratifiedKFold';
import { trainModelInThreads } from '../../subgraph/src/scoring/training/trainModelInThreads';
import type { Dataset, Metrics } from '../../subgraph/src/scoring/model/types';
import { eceFloor } from './eceFloor';
import { runPython } from './runPython';

/** The shared data: `../shared/data` next to the repository (override with SCORING_BENCH_DATA). */
export const DATA_DIR =
  process.env.SCORING_BENCH_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const BENCH_DIR = join(DATA_DIR, 'bench');
const PEER_NAMES = ['LR', 'HGB', 'XGB'] as const;
type PeerName = (typeof PEER_NAMES)[number];
export type PeerFigures = Record<PeerName, { auc: number; folds: number[] }>;
export type SuiteEntry = {
  file: string;
  path: string;
  target: string;
  positive: string;
  ignore: string[];
};

/** The eleven benchmark CSVs of datasets.json, plus the churn export (the twelfth). */
export function suiteEntries(): SuiteEntry[] {
  const listed = JSON.parse(readFileSync(join(BENCH_DIR, 'datasets.json'), 'utf8')) as {
    file: string;
    target: string;
    positive: string;
    ignore?: string[];
  }[];
  return [
    ...listed.map((e) => ({ ...e, path: join(BENCH_DIR, e.file), ignore: e.ignore ?? [] })),
    {
      file: 'wa_churn.csv',
      path: join(DATA_DIR, 'wa_churn.csv'),
      target: 'churn',
      positive: 'Yes',
      ignore: [],
    },
  ];
}

/**
 * The peers' fold-by-fold AUCs on the same folds: from bench/peers/fold_peers.json (written by
 * fold_peers.py, which imports the shared peers.py), or recomputed with Python when the file
 * lacks the data set or SCORING_BENCH_PEERS=recompute. null when neither is possible.
 */
export function peerFigures(
  entry: SuiteEntry,
  folds: Uint8Array,
  python: boolean,
): PeerFigures | null {
  const cached = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'peers', 'fold_peers.json'), 'utf8'),
  ) as { datasets: Record<string, PeerFigures> };
  const hit = cached.datasets[entry.file];
  if (hit && process.env.SCORING_BENCH_PEERS !== 'recompute') return hit;
  if (!python) return hit ?? null;
  const file = join(mkdtempSync(join(tmpdir(), 'scoring-folds-')), 'folds.txt');
  writeFileSync(file, Array.from(folds).join('\n') + '\n');
  return runPython(join(import.meta.dirname, '..', 'peers', 'fold_peers.py'), [
    BENCH_DIR,
    entry.path,
    entry.target,
    entry.positive,
    file,
    entry.ignore.join(','),
  ]) as PeerFigures;
}

export type SuiteResult = {
  file: string;
  rows: number;
  features: number;
  ours: {
    auc: number;
    folds: number[];
    logLoss: number;
    ece: number;
    /** The ECE a perfectly calibrated model with the same probabilities would show (`eceFloor`). */
    eceFloor: number;
    /**
     * ECE of the out-of-fold probabilities pooled (every row once, 5 times the rows of a fold, so
     * less sampling noise), and its floor; reported beside the per-fold mean, never instead of it.
     */
    pooledEce: number;
    pooledEceFloor: number;
    seconds: number;
  };
  peers: PeerFigures | null;
  best: { name: PeerName; auc: number } | null;
  diff: number | null;
  /** Out-of-fold probabilities that are exactly 0 or 1 (must be none). */
  extremes: number;
  settings: unknown[];
};

/** 5-fold CV of the engine on scikit-learn's StratifiedKFold(5, shuffle=True, random_state=0). */
export async function runSuiteEntry(entry: SuiteEntry, python: boolean): Promise<SuiteResult> {
  const dataset = csvDataset(
    parseCsv(readFileSync(entry.path, 'utf8')),
    entry.target,
    entry.positive,
    entry.ignore,
  );
  const folds = sklearnStratifiedKFold(dataset.labels, 5, 0);
  const started = performance.now();
  const metrics: Metrics[] = [];
  const settings: unknown[] = [];
  let extremes = 0;
  let floor = 0;
  const pooled = { p: [] as number[], y: [] as number[] };
  for (let f = 0; f < 5; f++) {
    const [train, test] = [false, true].map((inFold) => subset(dataset, folds, f, inFold));
    const model = await trainModelInThreads(train!, { seed: 1 }, { always: true });
    settings.push(model.meta.settings);
    const p = scoreRows(model, test!.rows);
    for (const x of p) if (!(x > 0 && x < 1)) extremes++;
    metrics.push(computeMetrics(p, test!.labels));
    floor += eceFloor(p, 50, f + 1) / 5;
    pooled.p.push(...p);
    pooled.y.push(...Array.from(test!.labels));
  }
  const seconds = (performance.now() - started) / 1000;
  const mean = (key: 'auc' | 'logLoss' | 'ece') => metrics.reduce((s, m) => s + m[key], 0) / 5;
  const peers = peerFigures(entry, folds, python);
  const best = peers
    ? PEER_NAMES.map((name) => ({ name, auc: peers[name].auc })).reduce((a, b) =>
        b.auc > a.auc ? b : a,
      )
    : null;
  const auc = mean('auc');
  return {
    file: entry.file,
    rows: dataset.rows.length,
    features: dataset.features.length,
    ours: {
      auc,
      folds: metrics.map((m) => m.auc),
      logLoss: mean('logLoss'),
      ece: mean('ece'),
      eceFloor: floor,
      pooledEce: expectedCalibrationError(pooled.p, pooled.y),
      pooledEceFloor: eceFloor(pooled.p, 50, 1),
      seconds,
    },
    peers,
    best,
    diff: best ? auc - best.auc : null,
    extremes,
    settings,
  };
}

function subset(dataset: Dataset, folds: Uint8Array, f: number, inFold: boolean): Dataset {
  const idx: number[] = [];
  for (let i = 0; i < folds.length; i++) if ((folds[i] === f) === inFold) idx.push(i);
  return {
    features: dataset.features,
    rows: idx.map((i) => dataset.rows[i]!),
    labels: idx.map((i) => dataset.labels[i]!),
  };
}

export function suiteAvailable(): string | null {
  return existsSync(join(BENCH_DIR, 'datasets.json'))
    ? null
    : `${BENCH_DIR}/datasets.json not found`;
}

/** The per-data-set table: ours, each peer, the best peer and our difference to it. */
export function suiteTable(results: SuiteResult[]): string {
  const f4 = (x: number | null | undefined) =>
    x === null || x === undefined ? '   —  ' : x.toFixed(4);
  const sign = (x: number | null) => (x === null ? '   —   ' : (x >= 0 ? '+' : '') + x.toFixed(4));
  const lines = [
    '| data set | rows × features | ours | LR | HGB | XGB | ours − best peer | log loss | ECE (fold mean) | its floor | ECE (pooled) | its floor | s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.file} | ${r.rows} × ${r.features} | ${f4(r.ours.auc)} | ${f4(r.peers?.LR.auc)} | ` +
        `${f4(r.peers?.HGB.auc)} | ${f4(r.peers?.XGB.auc)} | ${sign(r.diff)} (${r.best?.name ?? '—'}) | ` +
        `${r.ours.logLoss.toFixed(4)} | ${r.ours.ece.toFixed(4)} | ${r.ours.eceFloor.toFixed(4)} | ` +
        `${r.ours.pooledEce.toFixed(4)} | ${r.ours.pooledEceFloor.toFixed(4)} | ${r.ours.seconds.toFixed(1)} |`,
    ),
  ];
  return lines.join('\n');
}
