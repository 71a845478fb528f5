import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');

type Violation = { rule: { name: string }; from: string; to: string; cycle?: unknown[] };

function cruise(cwd: string, dirs: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(
      depcruise,
      [...dirs, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // depcruise exits non-zero when it finds violations; the JSON is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

/** One deliberately bad import per rule, in a throw-away tree laid out like the project. */
const badTree: Record<string, string> = {
  'subgraph/src/db/generated/client.ts': 'export type PrismaClient = { x: 1 };',
  'subgraph/src/scoring/model/types.ts':
    "import type { PrismaClient } from '../../db/generated/client';\nexport type Model = PrismaClient;",
  'subgraph/src/services/deals/dealWhere.ts': 'export const dealWhere = 1;',
  'subgraph/src/loaders/createLoaders.ts':
    "import { dealWhere } from '../services/deals/dealWhere';\nexport const loaders = dealWhere;",
  'subgraph/src/services/a.ts': "import { b } from './b';\nexport const a = b;",
  'subgraph/src/services/b.ts': "import { c } from './c';\nexport const b = c;",
  'subgraph/src/services/c.ts': "import { a } from './a';\nexport const c = () => a;",
  'subgraph/src/resolvers/Deal.ts':
    "import type { Model } from '../scoring/model/types';\nexport type Deal = Model;",
  'subgraph/src/services/deals/moveDeal.ts':
    "import type { Deal } from '../../resolvers/Deal';\nexport type Move = Deal;",
  'subgraph/src/jobs/rescore.ts':
    "import type { Model } from '../scoring/model/types';\nexport type Job = Model;",
  'subgraph/src/types/context.ts':
    "import { loaders } from '../loaders/createLoaders';\nexport const context = loaders;",
  'subgraph/src/__generated__/resolvers-types.ts':
    "import { dealWhere } from '../services/deals/dealWhere';\nexport const t = dealWhere;",
  'subgraph/src/config.ts': 'export const config = 1;',
  'web/src/modules/board/Board.tsx':
    "import { config } from '../../../../subgraph/src/config';\nexport const Board = config;",
  'web/src/modules/deals/useCloseDeal.ts':
    "import { Board } from '../board/Board';\nexport const useCloseDeal = Board;",
  'web/src/ui/Badge.tsx':
    "import { Board } from '../modules/board/Board';\nexport const Badge = Board;",
};

describe('architecture rules (npm run check:deps)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'architecture-'));
    for (const [file, text] of Object.entries(badTree)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    copyFileSync(
      path.join(root, '.dependency-cruiser.cjs'),
      path.join(dir, '.dependency-cruiser.cjs'),
    );
    writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a deliberately bad import under each rule', () => {
    const found = cruise(dir, ['subgraph', 'web']).map((v) => `${v.rule.name}: ${v.from}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'engine-is-pure: subgraph/src/scoring/model/types.ts',
        'loaders-never-import-services: subgraph/src/loaders/createLoaders.ts',
        'no-circular: subgraph/src/services/a.ts',
        'resolvers-reach-the-engine-through-services: subgraph/src/resolvers/Deal.ts',
        'services-never-import-resolvers: subgraph/src/services/deals/moveDeal.ts',
        'jobs-reach-the-engine-through-services: subgraph/src/jobs/rescore.ts',
        'types-import-types-only: subgraph/src/types/context.ts',
        'generated-types-import-types-only: subgraph/src/__generated__/resolvers-types.ts',
        'spa-never-imports-the-server: web/src/modules/board/Board.tsx',
        'spa-ui-has-no-features: web/src/ui/Badge.tsx',
        'spa-modules-in-one-direction: web/src/modules/deals/useCloseDeal.ts',
      ]),
    );
  });

  it('finds no violation in the project itself', { timeout: 180_000 }, () => {
    expect(cruise(root, ['subgraph', 'supergraph', 'web', 'prisma', 'bench'])).toEqual([]);
  });
});
