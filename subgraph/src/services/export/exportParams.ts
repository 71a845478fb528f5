import { z } from 'zod';
import type {
  DealFilter,
  LeadFilter,
  LeadOrder,
  LeadOrderField,
} from '../../__generated__/resolvers-types';
import { userError } from '../common/errors';
import { isStorableText, money, UNSAFE_TEXT_MESSAGE } from '../common/validate';

const LEAD_STATUSES = ['NEW', 'WORKING', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'] as const;
const LEAD_SORTS = ['SCORE', 'CREATED_AT', 'STATUS', 'NAME'] as const;

const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, UNSAFE_TEXT_MESSAGE);
// As long as GraphQL accepts an ID (resolvers/guardArguments): a longer one names nothing.
const id = text(200).min(1, 'must not be empty');
const score = z
  .string()
  .regex(/^\d{1,3}$/, 'must be a whole number from 0 to 100')
  .transform(Number)
  .refine((n) => n <= 100, 'must be a whole number from 0 to 100');
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
// As the DealFilter's closedWithinDays (1 to 3660 days).
const DAYS_MESSAGE = 'must be a whole number of days from 1 to 3660';
const days = z
  .string()
  .regex(/^\d{1,4}$/, DAYS_MESSAGE)
  .transform(Number)
  .refine((n) => n >= 1 && n <= 3660, DAYS_MESSAGE);

/** Lead export: the lead table's filter and sort, as `leads(filter, orderBy)` takes them. */
const leadParams = z.strictObject({
  status: z.array(z.enum(LEAD_STATUSES)).max(LEAD_STATUSES.length).optional(),
  source: z.array(text(120)).max(50).optional(),
  ownerId: id.optional(),
  unassigned: flag.optional(),
  customerId: id.optional(),
  minScore: score.optional(),
  maxScore: score.optional(),
  search: text(200).optional(),
  sort: z.enum(LEAD_SORTS).optional(),
  dir: z.enum(['ASC', 'DESC']).optional(),
});

/** Deal export: one pipeline, with the board's filters. */
const dealParams = z.strictObject({
  pipelineId: id,
  ownerId: id.optional(),
  customerId: id.optional(),
  minValue: money.optional(),
  maxValue: money.optional(),
  rottingOnly: flag.optional(),
  search: text(200).optional(),
  /** Open deals and those won or lost in the last so many days, as the board shows (ADR 081). */
  closedWithinDays: days.optional(),
});

const REPEATABLE = new Set(['status', 'source']);

/**
 * The query string as an object: `status` and `source` may repeat (a list); any other name given
 * twice is refused, since which one would count is a guess.
 */
function entriesOf(params: URLSearchParams): Record<string, string | string[]> {
  const result = new Map<string, string | string[]>();
  for (const [name, value] of params) {
    const before = result.get(name);
    if (REPEATABLE.has(name))
      result.set(name, [...((before as string[] | undefined) ?? []), value]);
    else if (before !== undefined) throw userError(`${name} is given more than once`, name);
    else result.set(name, value);
  }
  // fromEntries makes own properties: a parameter named __proto__ is an unknown key, not a prototype.
  return Object.fromEntries(result);
}

function parse<T>(schema: z.ZodType<T>, params: URLSearchParams): T {
  const entries = entriesOf(params);
  const parsed = schema.safeParse(entries);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === 'unrecognized_keys')
    throw userError(`Unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`);
  const field = String(issue.path[0] ?? '');
  // Zod words a missing parameter "Invalid input: expected string, received undefined".
  if (!(field in entries)) throw userError(`${field}: is required`, field);
  throw userError(`${field}: ${issue.message}`, field);
}

export type LeadExport = { filter: LeadFilter; orderBy: LeadOrder };

export function leadExportParams(params: URLSearchParams): LeadExport {
  const { sort, dir, ...filter } = parse(leadParams, params);
  const field: LeadOrderField = sort ?? 'SCORE';
  return {
    filter,
    orderBy: { field, direction: dir ?? (field === 'NAME' ? 'ASC' : 'DESC') },
  };
}

export function dealExportParams(params: URLSearchParams): DealFilter & { pipelineId: string } {
  return parse(dealParams, params);
}
