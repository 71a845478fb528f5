import { DEMO_PRINCIPAL } from '../../../prisma/seed/demoTenant';
import { seedDemo } from '../../../prisma/seed/seedDemo';
import type { Principal } from '../auth/principal';
import type { PrismaClient } from '../db/generated/client';
import type { TestApi } from '../testing/createTestApi';

export const TENANT_A: Principal = DEMO_PRINCIPAL;
export const TENANT_B: Principal = {
  tenantId: 'tenant-rival',
  userId: 'rival-admin',
  role: 'ADMIN',
};

/** Tenant A's ids by kind, and every one of them. */
export type TenantIds = Record<
  | 'deal'
  | 'lead'
  | 'stage'
  | 'pipeline'
  | 'customer'
  | 'user'
  | 'activity'
  | 'planned'
  | 'rule'
  | 'automation',
  string[]
> & { all: string[] };

/**
 * Tenant A: the demo tenant (small). Tenant B: a rival with its own admin, pipeline, lead and
 * deal, made through the API. Returns the ids of both.
 */
export async function seedTwoTenants(
  prisma: PrismaClient,
  api: TestApi,
): Promise<{ a: TenantIds; b: TenantIds }> {
  await seedDemo(prisma, { seed: 11, leads: 30, now: new Date('2026-11-01T00:00:00Z') });
  await prisma.tenant.create({ data: { id: TENANT_B.tenantId, name: 'Rival Inc' } });
  await prisma.user.create({
    data: {
      id: TENANT_B.userId,
      tenantId: TENANT_B.tenantId,
      name: 'Rita Rival',
      email: 'rita@rival.example',
      role: 'ADMIN',
    },
  });
  const asA = (query: string) => api.run(query, undefined, TENANT_A);
  await asA(
    'mutation { createRoutingRule(input: { name: "A rule", conditions: [], assignment: USER, ownerIds: ["user-rep-1"] }) { id } }',
  );
  await asA(
    'mutation { createAutomation(input: { name: "A automation", trigger: LEAD_CREATED, conditions: [], actions: [{ type: ADD_TASK, text: "Call" }] }) { id } }',
  );
  const dealOfA = await prisma.deal.findFirstOrThrow({
    where: { tenantId: TENANT_A.tenantId },
    orderBy: { id: 'asc' },
  });
  await asA(
    `mutation { planActivity(input: { dealId: "${dealOfA.id}", type: CALL, subject: "A call", dueAt: "${new Date(Date.now() + 86_400_000).toISOString()}" }) { id } }`,
  );
  const asB = async (query: string) => {
    const result = await api.run<Record<string, { id: string; stages?: { id: string }[] }>>(
      query,
      undefined,
      TENANT_B,
    );
    if (!result.data) throw new Error(`Tenant B setup failed: ${JSON.stringify(result.errors)}`);
    return Object.values(result.data)[0]!;
  };
  const pipeline = await asB(
    'mutation { createPipeline(name: "Rival pipeline") { id stages { id } } }',
  );
  const stageId = pipeline.stages![0]!.id;
  const lead = await asB(
    'mutation { createLead(input: { name: "Rival lead", source: "web" }) { id } }',
  );
  const deal = await asB(
    `mutation { createDeal(input: { title: "Rival deal", value: "10.00", stageId: "${stageId}" }) { id } }`,
  );
  return {
    a: await tenantIds(prisma, TENANT_A.tenantId),
    b: await tenantIds(prisma, TENANT_B.tenantId, { deal: [deal.id], lead: [lead.id] }),
  };
}

export async function tenantIds(
  prisma: PrismaClient,
  tenantId: string,
  known: Partial<TenantIds> = {},
): Promise<TenantIds> {
  const where = { tenantId };
  const take = 5;
  const select = { id: true } as const;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const byKind = {
    deal:
      known.deal ??
      ids(await prisma.deal.findMany({ where, take, select, orderBy: { id: 'asc' } })),
    lead:
      known.lead ??
      ids(await prisma.lead.findMany({ where, take, select, orderBy: { id: 'asc' } })),
    stage: ids(
      await prisma.pipelineStage.findMany({ where, take: 20, select, orderBy: { id: 'asc' } }),
    ),
    pipeline: ids(await prisma.pipeline.findMany({ where, select, orderBy: { id: 'asc' } })),
    customer: ids(await prisma.customer.findMany({ where, take, select, orderBy: { id: 'asc' } })),
    user: ids(await prisma.user.findMany({ where, select, orderBy: { id: 'asc' } })),
    activity: ids(await prisma.activity.findMany({ where, take, select, orderBy: { id: 'asc' } })),
    planned: ids(
      await prisma.plannedActivity.findMany({ where, take, select, orderBy: { id: 'asc' } }),
    ),
    rule: ids(await prisma.routingRule.findMany({ where, select, orderBy: { id: 'asc' } })),
    automation: ids(await prisma.automation.findMany({ where, select, orderBy: { id: 'asc' } })),
  };
  return { ...byKind, all: Object.values(byKind).flat() };
}

const KIND_BY_NAME: Record<string, keyof TenantIds> = {
  stageId: 'stage',
  targetStageId: 'stage',
  stageIds: 'stage',
  pipelineId: 'pipeline',
  dealId: 'deal',
  leadId: 'lead',
  leadIds: 'lead',
  customerId: 'customer',
  ownerId: 'user',
  ownerIds: 'user',
  userId: 'user',
  ruleId: 'rule',
  automationId: 'automation',
};

/** Which kind of id an argument or input field named `name` of `operation` takes. */
export function kindOfId(operation: string, name: string): keyof TenantIds {
  const kind = KIND_BY_NAME[name];
  if (kind) return kind;
  if (name !== 'id' && name !== 'ids') return 'all';
  const noun = /^(complete|reschedule|cancel)Activity$/.test(operation)
    ? 'planned'
    : /RoutingRule/.test(operation)
      ? 'rule'
      : /Automation/.test(operation)
        ? 'automation'
        : /Stage/.test(operation)
          ? 'stage'
          : /Pipeline/.test(operation)
            ? 'pipeline'
            : /Lead|routeLeads|refreshLeadScores/.test(operation)
              ? 'lead'
              : /Deal/.test(operation)
                ? 'deal'
                : /scoringRun|Activit/.test(operation)
                  ? 'activity'
                  : 'all';
  return noun;
}
