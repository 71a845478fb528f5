import { performance } from 'node:perf_hooks';
import { processSalesEvent } from '../subgraph/src/services/automations/processSalesEvent';
import { drainSalesEvents } from '../subgraph/src/services/automations/salesEventOutbox';
import { createLead } from '../subgraph/src/services/leads/createLead';
import { createLoaders } from '../subgraph/src/loaders/createLoaders';
import { createTestDatabase } from '../subgraph/src/testing/createTestDatabase';
import type { Context } from '../subgraph/src/types/context';

const LEADS = Number(process.env.ROUTING_BENCH_LEADS ?? 10_000);
const RULES = 50;
const CREATES = Number(process.env.ROUTING_BENCH_CREATES ?? 400);
const tenantId = 'bench-routing';
const COUNTRIES = ['DE', 'FR', 'US', 'GB', 'BR', 'JP', 'IN', 'ES', 'NL', 'CA'];
const INDUSTRIES = ['saas', 'retail', 'finance', 'health', 'media'];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * Routing throughput and the cost it adds to createLead, on PostgreSQL: 50 rules (49 with
 * conditions over country, industry, employees and score, most leads falling through to the
 * round-robin rules at the end), 20 reps with capacity caps; 10,000 new leads routed by the
 * outbox relay (4 at a time); then createLead timed with routing on and off.
 */
async function main() {
  if (!process.env.DATABASE_URL)
    throw new Error('bench/routing.ts measures PostgreSQL: set DATABASE_URL');
  const db = await createTestDatabase();
  const { prisma } = db;
  try {
    await prisma.tenant.create({ data: { id: tenantId, name: 'Bench' } });
    const reps = Array.from({ length: 20 }, (_, i) => `rep-${i}`);
    await prisma.user.createMany({
      data: [
        { id: 'admin', tenantId, name: 'Admin', email: 'admin@bench', role: 'ADMIN' },
        ...reps.map((id, i) => ({
          id,
          tenantId,
          name: id,
          email: `${id}@bench`,
          capacity: i % 4 === 0 ? 300 : null,
        })),
      ],
    });
    await prisma.routingRule.createMany({
      data: Array.from({ length: RULES }, (_, i) => ({
        tenantId,
        name: `Rule ${i}`,
        position: i,
        assignment: 'ROUND_ROBIN' as const,
        ownerIds: [reps[i % 20]!, reps[(i + 7) % 20]!, reps[(i + 13) % 20]!],
        conditions:
          i === RULES - 1
            ? []
            : [
                { field: 'country', operator: 'EQUALS', value: COUNTRIES[i % COUNTRIES.length]! },
                { field: 'industry', operator: 'IN', values: [INDUSTRIES[i % INDUSTRIES.length]!] },
                { field: 'employees', operator: 'BETWEEN', min: 1000 + (i % 7) * 500 },
              ],
      })),
    });
    await prisma.lead.createMany({
      data: Array.from({ length: LEADS }, (_, i) => ({
        tenantId,
        name: `Lead ${i}`,
        source: 'web',
        metadata: {
          country: COUNTRIES[i % COUNTRIES.length],
          industry: INDUSTRIES[(i * 7) % INDUSTRIES.length],
          employees: (i * 37) % 5000,
        },
      })),
    });
    const started = performance.now();
    const drained = await drainSalesEvents(prisma, (e) => processSalesEvent(prisma, e), {
      concurrency: 4,
    });
    const seconds = (performance.now() - started) / 1000;
    const assigned = await prisma.routingRun.count({ where: { tenantId, outcome: 'ASSIGNED' } });

    const context: Context = {
      principal: { tenantId, userId: 'admin', role: 'ADMIN' },
      tenantId,
      prisma,
      loaders: createLoaders(prisma, tenantId),
      notify: async () => {},
    };
    const time = async (label: string) => {
      const ms: number[] = [];
      for (let i = 0; i < CREATES; i++) {
        const t = performance.now();
        await createLead(context, {
          input: { name: `${label} ${i}`, source: 'web', company: 'Acme' },
        });
        ms.push(performance.now() - t);
      }
      return ms.sort((a, b) => a - b);
    };
    // Alternate off/on twice so drift on a shared machine hits both alike.
    await prisma.routingRule.updateMany({ where: { tenantId }, data: { enabled: false } });
    const off1 = await time('off');
    await prisma.routingRule.updateMany({ where: { tenantId }, data: { enabled: true } });
    const on1 = await time('on');
    await prisma.routingRule.updateMany({ where: { tenantId }, data: { enabled: false } });
    const off2 = await time('off2');
    await prisma.routingRule.updateMany({ where: { tenantId }, data: { enabled: true } });
    const on2 = await time('on2');
    const off = [...off1, ...off2].sort((a, b) => a - b);
    const on = [...on1, ...on2].sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 100) / 100;
    const result = {
      database: 'PostgreSQL (DATABASE_URL)',
      rules: RULES,
      leads: LEADS,
      routed: drained.processed,
      failed: drained.failed,
      assigned,
      seconds: round(seconds),
      leadsPerSecond: Math.round(drained.processed / seconds),
      createLead: {
        calls: on.length,
        p50OffMs: round(percentile(off, 50)),
        p50OnMs: round(percentile(on, 50)),
        p99OffMs: round(percentile(off, 99)),
        p99OnMs: round(percentile(on, 99)),
        p99AddedMs: round(percentile(on, 99) - percentile(off, 99)),
      },
      note: 'Routing runs after commit (outbox relay); createLead pays only the trigger that writes the lead/created event.',
    };
    console.log(JSON.stringify(result, null, 2));
    console.log(
      `routing: ${result.leadsPerSecond} leads/s routed through ${RULES} rules (${LEADS} leads, ${result.seconds} s); createLead p99 ${result.createLead.p99OnMs} ms with routing vs ${result.createLead.p99OffMs} ms without (+${result.createLead.p99AddedMs} ms)`,
    );
  } finally {
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
