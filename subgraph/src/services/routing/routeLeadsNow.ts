import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RoutingRun } from '../../db/generated/client';
import type { Context } from '../../types/context';
import { assertLeadsExist } from '../common/assertReferences';
import { assertAdmin } from '../common/authorize';
import { validate } from '../common/validate';
import { routeLead } from './routeLead';

export const MAX_ROUTE_NOW = 500;

const schema = z.object({
  ids: z
    .array(z.string().min(1))
    .min(1, 'must list at least one lead')
    .max(MAX_ROUTE_NOW, `must list at most ${MAX_ROUTE_NOW} leads`),
});

/** Runs the saved rules on a selection of leads now (routeLeads); one request is one event. */
export async function routeLeadsNow(
  context: Context,
  raw: readonly string[],
): Promise<RoutingRun[]> {
  assertAdmin(context.principal, 'route leads');
  const { ids } = validate(schema, { ids: raw });
  await assertLeadsExist(context, ids);
  const eventId = `on-demand:${randomUUID()}`;
  const runs: RoutingRun[] = [];
  for (const leadId of [...new Set(ids)]) {
    const run = await routeLead(context.prisma, {
      tenantId: context.tenantId,
      leadId,
      eventId,
      trigger: 'on_demand',
    });
    if (run) runs.push(run);
  }
  return runs;
}
