import { z } from 'zod';
import { fieldLimits } from '../../__generated__/fieldLimits';
import type { RoutingRuleInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { userError } from '../common/errors';
import { requiredText, validate } from '../common/validate';
import { conditionsSchema } from './conditionsSchema';

export const MAX_TEAM = 100;

export const ruleSchema = z
  .object({
    name: requiredText(fieldLimits.RoutingRuleInput.name),
    enabled: z.boolean().nullable().optional(),
    match: z.enum(['ALL', 'ANY']).nullable().optional(),
    conditions: conditionsSchema(['LEAD']),
    assignment: z.enum(['USER', 'ROUND_ROBIN']),
    ownerIds: z
      .array(z.string().min(1))
      .min(1, 'must name at least one owner')
      .max(MAX_TEAM, `must name at most ${MAX_TEAM} owners`),
  })
  .superRefine((rule, ctx) => {
    if (rule.assignment === 'USER' && rule.ownerIds.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['ownerIds'],
        message: 'USER assigns to exactly one owner',
      });
    const seen = new Set<string>();
    rule.ownerIds.forEach((id, i) => {
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', path: ['ownerIds', i], message: `${id} is listed twice` });
      seen.add(id);
    });
  });

export type ParsedRule = {
  name: string;
  enabled: boolean;
  match: 'ALL' | 'ANY';
  conditions: z.infer<typeof ruleSchema>['conditions'];
  assignment: 'USER' | 'ROUND_ROBIN';
  ownerIds: string[];
};

/** Every owner is a user of the tenant; else BAD_USER_INPUT at `<path>ownerIds.<i>`. */
export async function assertOwnersExist(
  context: Pick<Context, 'prisma' | 'tenantId'>,
  ownerIds: readonly string[],
  path = '',
): Promise<void> {
  const known = await context.prisma.user.findMany({
    where: { tenantId: context.tenantId, id: { in: [...ownerIds] } },
    select: { id: true },
  });
  const ids = new Set(known.map((u) => u.id));
  const missing = ownerIds.findIndex((id) => !ids.has(id));
  if (missing >= 0)
    throw userError(
      `${path}ownerIds.${missing}: unknown user ${ownerIds[missing]}`,
      `${path}ownerIds.${missing}`,
    );
}

export const withDefaults = (input: z.infer<typeof ruleSchema>): ParsedRule => ({
  ...input,
  enabled: input.enabled ?? true,
  match: input.match ?? 'ALL',
});

/** Validates a rule (conditions against the field catalogue) and that its owners exist. */
export async function parseRuleInput(
  context: Pick<Context, 'prisma' | 'tenantId'>,
  raw: RoutingRuleInput,
): Promise<ParsedRule> {
  const input = validate(ruleSchema, raw);
  await assertOwnersExist(context, input.ownerIds);
  return withDefaults(input);
}
