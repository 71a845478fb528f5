import type { GraphQLResolveInfo } from 'graphql';
import type { Deal } from '../db/generated/client';
import { selectedFields } from './selectedFields';

/**
 * The columns of "Deal" that each Deal field's resolver reads (`Deal.ts` and the services it
 * calls). A field missing here (one added later, say) makes a list read every column: the safe
 * side. `dealColumns.test.ts` asks for each field through both list reads and compares the answer
 * with the whole row's.
 */
export const DEAL_FIELD_COLUMNS: Readonly<Record<string, readonly (keyof Deal)[]>> = {
  __typename: [],
  id: [],
  title: ['title'],
  value: ['value'],
  currency: ['currency'],
  stage: ['stageId'],
  pipeline: ['pipelineId'],
  position: ['stageId', 'position'],
  version: ['version'],
  customer: ['customerId'],
  lead: ['leadId'],
  owner: ['ownerId'],
  expectedCloseDate: ['expectedCloseDate'],
  stageEnteredAt: ['stageEnteredAt'],
  daysInStage: ['stageEnteredAt', 'closedAt'],
  isRotting: ['stageId', 'stageEnteredAt', 'closedAt'],
  closedAt: ['closedAt'],
  lostReason: ['lostReason'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  activities: [],
  nextActivity: [],
  plannedActivities: [],
  // The explanation of a model probability reads the stored bins of the deal it keeps.
  winProbability: ['stageId', 'winProbability', 'winModelVersion', 'winBins', 'winScoredAt'],
};

const known = new WeakMap<ReadonlySet<string>, Map<readonly string[], readonly string[] | null>>();

/**
 * The columns a list of deals must read for what `info` asks of each deal, always with `id` and
 * `keys` (what the read groups or orders by), sorted so that one selection gives one statement
 * text; null when a field asked for is not in the table above (read every column). The rows are
 * typed as whole deals for the resolvers: GraphQL resolves only the fields asked for, and those
 * read only these columns.
 */
export function dealColumnsFor(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  keys: readonly (keyof Deal)[],
): readonly string[] | null {
  const fields = selectedFields(info);
  // Cached per selection (one set per field of a cached operation) and per key set: the two list
  // reads pass fixed key arrays.
  let perKeys = known.get(fields);
  if (!perKeys) {
    perKeys = new Map();
    known.set(fields, perKeys);
  }
  if (perKeys.has(keys)) return perKeys.get(keys)!;
  const columns = new Set<string>(['id', ...keys]);
  let all = false;
  for (const field of fields) {
    const needs = DEAL_FIELD_COLUMNS[field];
    if (!needs) all = true;
    else for (const column of needs) columns.add(column);
  }
  const result = all ? null : [...columns].sort();
  perKeys.set(keys, result);
  return result;
}
