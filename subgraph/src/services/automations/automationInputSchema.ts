import { z } from 'zod';
import { fieldLimits } from '../../__generated__/fieldLimits';
import type { AutomationInput } from '../../__generated__/resolvers-types';
import type { Context } from '../../types/context';
import { userError } from '../common/errors';
import { money, requiredText, text, validate } from '../common/validate';
import { conditionsSchema } from '../routing/conditionsSchema';
import { RESERVED_EVENT_PREFIXES, type AutomationAction } from './automationTypes';

export const MAX_ACTIONS = 10;
const actionLimits = fieldLimits.AutomationActionInput;
const DEAL_TRIGGERS = ['DEAL_STAGE_CHANGED', 'DEAL_ROTTING'];
const LEAD_ONLY_ACTIONS = ['CONVERT_LEAD', 'SET_LEAD_STATUS'];

const action = z.object({
  type: z.enum(['SET_LEAD_STATUS', 'CONVERT_LEAD', 'ASSIGN', 'ADD_TASK', 'EMIT_EVENT']),
  status: z.enum(['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED']).nullable().optional(),
  stageId: z.string().min(1).nullable().optional(),
  value: money.nullable().optional(),
  ownerId: z.string().min(1).nullable().optional(),
  text: text(actionLimits.text).nullable().optional(),
  eventName: text(actionLimits.eventName)
    .regex(/^[a-z0-9][a-z0-9._-]*\/[a-z0-9._-]+$/, 'must look like "team/thing.happened"')
    .refine((n) => !RESERVED_EVENT_PREFIXES.some((p) => n.startsWith(p)), {
      message: `must not start with ${RESERVED_EVENT_PREFIXES.join(', ')} (events this subgraph acts on)`,
    })
    .nullable()
    .optional(),
});

const base = z.object({
  name: requiredText(fieldLimits.AutomationInput.name),
  enabled: z.boolean().nullable().optional(),
  trigger: z.enum(['LEAD_CREATED', 'SCORE_CROSSED', 'DEAL_STAGE_CHANGED', 'DEAL_ROTTING']),
  threshold: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1-100')
    .max(100, 'must be 1-100')
    .nullable()
    .optional(),
  direction: z.enum(['UP', 'DOWN']).nullable().optional(),
  stageId: z.string().min(1).nullable().optional(),
  match: z.enum(['ALL', 'ANY']).nullable().optional(),
  actions: z
    .array(action)
    .min(1, 'must have at least one action')
    .max(MAX_ACTIONS, `must have at most ${MAX_ACTIONS} actions`),
});

/** The settings each action type reads; another one given is refused, not dropped unread. */
const ACTION_READS: Record<z.infer<typeof action>['type'], readonly string[]> = {
  SET_LEAD_STATUS: ['status'],
  CONVERT_LEAD: ['stageId', 'value'],
  ASSIGN: ['ownerId'],
  ADD_TASK: ['text'],
  EMIT_EVENT: ['eventName'],
};
const ACTION_SETTINGS = ['status', 'stageId', 'value', 'ownerId', 'text', 'eventName'] as const;

/** The trigger settings only one trigger reads, with that trigger. */
const TRIGGER_SETTINGS = [
  ['threshold', 'SCORE_CROSSED'],
  ['direction', 'SCORE_CROSSED'],
  ['stageId', 'DEAL_STAGE_CHANGED'],
] as const;

/** What each action needs, at `actions.<i>.<part>`. */
function actionIssues(a: z.infer<typeof action>, dealTrigger: boolean): [string, string] | null {
  if (dealTrigger && LEAD_ONLY_ACTIONS.includes(a.type))
    return ['type', `${a.type} needs a lead trigger`];
  switch (a.type) {
    case 'SET_LEAD_STATUS':
      return a.status ? null : ['status', 'is required'];
    case 'CONVERT_LEAD':
      if (!a.stageId) return ['stageId', 'is required'];
      return a.value ? null : ['value', 'is required'];
    case 'ASSIGN':
      return a.ownerId ? null : ['ownerId', 'is required'];
    case 'ADD_TASK':
      return a.text ? null : ['text', 'must not be empty'];
    case 'EMIT_EVENT':
      return a.eventName ? null : ['eventName', 'is required'];
  }
}

export type ParsedAutomation = Omit<z.infer<typeof base>, 'actions'> & {
  enabled: boolean;
  match: 'ALL' | 'ANY';
  conditions: z.infer<ReturnType<typeof conditionsSchema>>;
  actions: AutomationAction[];
  threshold: number | null;
  direction: 'UP' | 'DOWN' | null;
  stageId: string | null;
};

/**
 * Validates an automation: its trigger's settings, its conditions (deal fields only on deal
 * triggers), its actions' settings, and that the stages and users it names are the tenant's.
 */
export async function parseAutomationInput(
  context: Pick<Context, 'prisma' | 'tenantId'>,
  raw: AutomationInput,
): Promise<ParsedAutomation> {
  const dealTrigger = DEAL_TRIGGERS.includes(raw.trigger);
  const input = validate(
    base
      .extend({ conditions: conditionsSchema(dealTrigger ? ['LEAD', 'DEAL'] : ['LEAD']) })
      .superRefine((a, ctx) => {
        if (a.trigger === 'SCORE_CROSSED') {
          if (a.threshold == null)
            ctx.addIssue({
              code: 'custom',
              path: ['threshold'],
              message: 'is required for SCORE_CROSSED',
            });
          if (!a.direction)
            ctx.addIssue({
              code: 'custom',
              path: ['direction'],
              message: 'is required for SCORE_CROSSED',
            });
        }
        // A setting the automation would never read (a threshold on LEAD_CREATED, a status on
        // ASSIGN) was dropped without a word: the admin believed it was in force.
        for (const [setting, trigger] of TRIGGER_SETTINGS)
          if (a[setting] != null && a.trigger !== trigger)
            ctx.addIssue({
              code: 'custom',
              path: [setting],
              message: `is read only by ${trigger} automations, not by ${a.trigger}: leave it out`,
            });
        a.actions.forEach((act, i) => {
          const issue = actionIssues(act, dealTrigger);
          if (issue)
            ctx.addIssue({ code: 'custom', path: ['actions', i, issue[0]], message: issue[1] });
          for (const setting of ACTION_SETTINGS)
            if (act[setting] != null && !ACTION_READS[act.type].includes(setting))
              ctx.addIssue({
                code: 'custom',
                path: ['actions', i, setting],
                message: `is not read by an action of type ${act.type}: leave it out`,
              });
        });
      }),
    raw,
  );
  const { prisma, tenantId } = context;
  const scoreTrigger = input.trigger === 'SCORE_CROSSED';
  const stageId = input.trigger === 'DEAL_STAGE_CHANGED' ? (input.stageId ?? null) : null;
  if (stageId && !(await prisma.pipelineStage.findFirst({ where: { id: stageId, tenantId } })))
    throw userError(`stageId: unknown stage ${stageId}`, 'stageId');
  const actions: AutomationAction[] = [];
  for (const [i, a] of input.actions.entries()) {
    if (a.type === 'CONVERT_LEAD') {
      const stage = await prisma.pipelineStage.findFirst({
        where: { id: a.stageId!, tenantId },
        include: { pipeline: { select: { archivedAt: true } } },
      });
      if (!stage)
        throw userError(`actions.${i}.stageId: unknown stage ${a.stageId}`, `actions.${i}.stageId`);
      if (stage.kind !== 'OPEN')
        throw userError(
          `actions.${i}.stageId: a converted lead starts in an open stage`,
          `actions.${i}.stageId`,
        );
      // As convertLead and createDeal refuse it: an archived pipeline takes no new deals.
      if (stage.pipeline.archivedAt)
        throw userError(
          `actions.${i}.stageId: the stage belongs to an archived pipeline`,
          `actions.${i}.stageId`,
        );
    }
    if (
      a.type === 'ASSIGN' &&
      !(await prisma.user.findFirst({ where: { id: a.ownerId!, tenantId } }))
    )
      throw userError(`actions.${i}.ownerId: unknown user ${a.ownerId}`, `actions.${i}.ownerId`);
    actions.push(keepUsed(a));
  }
  return {
    ...input,
    enabled: input.enabled ?? true,
    match: input.match ?? 'ALL',
    threshold: scoreTrigger ? input.threshold! : null,
    direction: scoreTrigger ? input.direction! : null,
    stageId,
    actions,
  };
}

/** An action as stored: only the settings its type reads. */
function keepUsed(a: z.infer<typeof action>): AutomationAction {
  switch (a.type) {
    case 'SET_LEAD_STATUS':
      return { type: a.type, status: a.status! };
    case 'CONVERT_LEAD':
      return { type: a.type, stageId: a.stageId!, value: a.value! };
    case 'ASSIGN':
      return { type: a.type, ownerId: a.ownerId! };
    case 'ADD_TASK':
      return { type: a.type, text: a.text! };
    case 'EMIT_EVENT':
      return { type: a.type, eventName: a.eventName! };
  }
}
