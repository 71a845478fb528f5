import { DEMO_TENANT_ID } from '../prisma/seed/demoTenant';
import { seedDemo } from '../prisma/seed/seedDemo';
import { rescoreDeals } from '../subgraph/src/services/dealWinProbability/rescoreDeals';
import { createTestDatabase } from '../subgraph/src/testing/createTestDatabase';
import { dealModelCard } from './support/dealModelCard';

// npm run bench -- deals [-- seeds]: the deal win-probability model (ADR 039) on the demo data of
// `npm start` (prisma/seed.ts: seedDemo, seed 42 unless DEAL_BENCH_SEEDS=42,7): holdout AUC and
// log loss of the model against the stage rates on the same time-ordered holdout, training rows,
// the activation decision, and the time to train and to rescore the open deals.
const seeds = (process.env.DEAL_BENCH_SEEDS ?? '42').split(',').map(Number);

for (const seed of seeds) {
  const db = await createTestDatabase();
  try {
    const summary = await seedDemo(db.prisma, { seed });
    const { outcome, trainMs, card, line } = await dealModelCard(db.prisma, DEMO_TENANT_ID);
    if (!card) {
      console.log(JSON.stringify({ seed, summary, reason: outcome.reason }));
      continue;
    }
    const rescoreStarted = performance.now();
    const rescored = outcome.activated ? await rescoreDeals(db.prisma, DEMO_TENANT_ID) : null;
    const rescoreMs = performance.now() - rescoreStarted;
    console.log(
      JSON.stringify({
        seed,
        summary,
        trainingRows: card.trainingRows,
        holdoutRows: card.metrics?.holdoutRows,
        holdoutWon: card.metrics?.holdoutPositives,
        model: { auc: card.metrics?.auc, logLoss: card.metrics?.logLoss, ece: card.metrics?.ece },
        stageRates: card.stageRateBaseline,
        comparedWith: card.metrics?.comparedWith,
        activated: outcome.activated,
        reason: outcome.reason,
        trainMs: Math.round(trainMs),
        rescored: rescored?.scored ?? 0,
        rescoreMs: Math.round(rescoreMs),
      }),
    );
    console.log(`demo seed ${seed}: ${line}`);
  } finally {
    await db.drop();
  }
}
