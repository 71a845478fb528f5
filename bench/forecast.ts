import { seedDemo } from '../prisma/seed/seedDemo';
import { DEMO_PRINCIPAL } from '../prisma/seed/demoTenant';
import {
  backtest,
  monthStart,
  openDealsAt,
  stageRateWeighting,
  unweighted,
  type Weighting,
} from '../subgraph/src/services/forecast/backtest';
import { dealWinProbabilityAsOf } from '../subgraph/src/services/dealWinProbability/dealWinProbabilityAsOf';
import { loadForecastHistory } from '../subgraph/src/services/forecast/loadForecastHistory';
import { createTestDatabase } from '../subgraph/src/testing/createTestDatabase';
import { dealModelCard } from './support/dealModelCard';

const SEED = 42;
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/**
 * The forecast's backtest over the demo data's 18 months (ADR 038): for each complete month after
 * the first, the forecast at its start (the deals open then, in the stage they were in, expected
 * in the month or overdue) under each weighting, against what was won in it; the mean absolute
 * percentage error of each weighting over every such month and over the last 6. Another weighting
 * (deal win probabilities) is one more entry in `weightings`.
 */
async function main() {
  const db = await createTestDatabase();
  try {
    const now = new Date();
    const started = Date.now();
    await seedDemo(db.prisma, { seed: SEED, now });
    const seededMs = Date.now() - started;
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 17, 1));
    const history = await loadForecastHistory(db.prisma, DEMO_PRINCIPAL.tenantId, {
      since: new Date(Date.UTC(2000, 0, 1)),
      until: now,
    });
    const months = Array.from({ length: 17 }, (_, i) =>
      monthOf(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1))),
    );
    const stageRates = stageRateWeighting(history.stages, history.deals);
    // Deal win probabilities (ADR 039) as they would have been at each month's start: a model
    // trained on the deals closed before it scores the deals open then; the stage rate stands in
    // while too few deals had closed, as it does in the product.
    const isOpen = new Set(history.stages.filter((s) => s.kind === 'OPEN').map((s) => s.id));
    const winStarted = Date.now();
    const winAt = new Map<number, Map<string, number> | null>();
    const modelMonths: string[] = [];
    for (const month of months) {
      const at = monthStart(month);
      const open = openDealsAt(history.deals, at, (id) => isOpen.has(id));
      const result = await dealWinProbabilityAsOf(
        db.prisma,
        DEMO_PRINCIPAL.tenantId,
        at,
        open.map(({ deal }) => deal.id),
      );
      winAt.set(at.getTime(), result.probabilities);
      if (result.source === 'MODEL') modelMonths.push(month);
    }
    const dealWin: Weighting = {
      name: 'deal win probabilities',
      description: `open deals weighted by a deal model trained on the deals closed before the forecast (ADR 039), in ${modelMonths.length} of ${months.length} months; the stage rate before 200 deals had closed`,
      weight: (open, asOf) =>
        winAt.get(asOf.getTime())?.get(open.deal.id) ?? stageRates.weight(open, asOf),
    };
    const dealWinMs = Date.now() - winStarted;
    const weightings: Weighting[] = [stageRates, dealWin, unweighted];
    const all = backtest(history.deals, history.stages, months, weightings, {
      currency: 'USD',
      last: months.length,
    });
    const lastSix = backtest(history.deals, history.stages, months, weightings, {
      currency: 'USD',
      last: 6,
    });
    console.log('month    won           ' + weightings.map((w) => w.name.padEnd(24)).join(''));
    for (const row of all.rows)
      console.log(
        `${row.month}  ${row.won.padStart(12)}  ` +
          weightings
            .map((w) => {
              const error = row.errors[w.name];
              const text = `${row.forecasts[w.name]} (${error === null ? '-' : `${(error! * 100).toFixed(1)} %`})`;
              return text.padEnd(24);
            })
            .join(''),
      );
    const figures = {
      data: `demo seed ${SEED}, ${history.deals.length} deals in ${months.length} months (${months[0]} to ${months.at(-1)}), USD`,
      seededMs,
      dealWinMs,
      weightings: Object.fromEntries(
        weightings.map((w) => [
          w.name,
          {
            description: w.description,
            mapeAllMonths: all.summary[w.name]!.mape,
            mapeLast6: lastSix.summary[w.name]!.mape,
            last6: lastSix.summary[w.name]!.months,
          },
        ]),
      ),
      otherCurrencyDeals: all.otherCurrencyDeals,
    };
    // The deal model behind the third weighting, trained once on all of the history: its card's
    // holdout figures against the stage rates on the same holdout (ADR 039).
    const deals = await dealModelCard(db.prisma, DEMO_PRINCIPAL.tenantId);
    console.log(
      JSON.stringify(
        {
          ...figures,
          dealModel: deals.card && {
            trainingRows: deals.card.trainingRows,
            holdoutRows: deals.card.metrics?.holdoutRows,
            model: { auc: deals.card.metrics?.auc, logLoss: deals.card.metrics?.logLoss },
            stageRates: deals.card.stageRateBaseline,
          },
        },
        null,
        2,
      ),
    );
    console.log(deals.line);
    const pct = (value: number | null | undefined) =>
      value == null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
    console.log(
      `forecast backtest, MAPE over ${months.length} months (last 6): ` +
        weightings
          .map(
            (w) =>
              `${w.name} ${pct(all.summary[w.name]!.mape)} (${pct(lastSix.summary[w.name]!.mape)})`,
          )
          .join(', '),
    );
  } finally {
    await db.drop();
  }
}

await main();
