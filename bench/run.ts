import { spawnSync } from 'node:child_process';
import path from 'node:path';

// npm run bench [-- name ...]: runs the named benchmarks (all by default); each prints its JSON
// figures and a one-line summary.
const BENCHES: Record<string, string> = {
  scoring: 'bench/scoring.ts',
  pipeline: 'bench/pipeline.ts',
  rescore: 'bench/rescore.ts',
  spa: 'bench/spa.ts',
  startup: 'bench/startup.ts',
  routing: 'bench/routing.ts',
  moves: 'bench/moves.ts',
  reads: 'bench/reads.ts',
  load: 'bench/load.ts',
  search: 'bench/search.ts',
  export: 'bench/export.ts',
  forecast: 'bench/forecast.ts',
  deals: 'bench/dealWin.ts',
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !BENCHES[name]);
if (unknown.length) {
  console.error(
    `Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`,
  );
  process.exit(2);
}
let failed = false;
for (const name of requested.length ? requested : Object.keys(BENCHES)) {
  const file = BENCHES[name]!;
  console.log(`\n== ${name} (${file}) ==`);
  if (
    ['rescore', 'routing', 'reads', 'load', 'search', 'export'].includes(name) &&
    !process.env.DATABASE_URL
  ) {
    console.log(
      `skipped: the ${name} benchmark measures PostgreSQL; set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/postgres)`,
    );
    continue;
  }
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
