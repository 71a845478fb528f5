import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../types/context';
import { Prisma } from '../../db/generated/client';
import type { MutationImportLeadHistoryArgs } from '../../__generated__/resolvers-types';
import { assertManager } from '../common/authorize';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { userError } from '../common/errors';
import { countText, requiredText, text } from '../common/validate';
import { leadSource } from '../leads/leadSource';
import { parseCsv } from '../../scoring/csv/parseCsv';
import { parseCalendarDate } from '../common/calendar';

export type ImportOutcome = {
  imported: number;
  /** Rows not imported: refused (see `errors`) or already imported. */
  skipped: number;
  /** Rows an earlier import of the tenant already stored (by their content). */
  alreadyImported: number;
  errors: { line: number; message: string }[];
};

export const MAX_IMPORT_ROWS = 50_000;
const REQUIRED = ['name', 'source', 'createdAt', 'outcome', 'outcomeAt'] as const;

const lead = fieldLimits.CreateLeadInput;
const optionalText = (max: number) => text(max).transform((v) => v || null);
// The same values upsertCustomerSignals takes (an Int, a 12-digit amount), written plainly:
// Number() read "0x10" as 16 and "1e20" as an amount no column holds (an operator session).
const emptyAsNull = (v: string) => (v === '' ? null : v);
const optionalCount = z
  .string()
  .trim()
  .transform(emptyAsNull)
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}$/, 'must be a whole number ≥ 0, written in digits')
      .transform(Number)
      .refine((n) => n <= 2_147_483_647, 'must be at most 2,147,483,647')
      .nullable(),
  );
const optionalAmount = z
  .string()
  .trim()
  .transform(emptyAsNull)
  .pipe(
    z
      .string()
      .regex(
        /^\d{1,14}(\.\d{1,2})?$/,
        'must be an amount ≥ 0 with at most 14 digits and 2 decimals',
      )
      .transform(Number)
      .nullable(),
  );
const date = z
  .string()
  .trim()
  .transform((v) => parseCalendarDate(v, { withTime: true }))
  .refine((v) => v !== null, 'must be a real date such as 2026-03-31 (years 1900-2200)');
const optionalDate = z.union([z.literal('').transform(() => null), date]);

const rowSchema = z
  .object({
    name: requiredText(lead.name),
    email: optionalText(lead.email),
    source: leadSource(lead.source),
    company: optionalText(lead.company),
    title: optionalText(lead.title),
    industry: optionalText(fieldLimits.CustomerSignalsInput.industry),
    employees: optionalCount,
    annualRevenue: optionalAmount,
    country: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase() || null)
      .pipe(
        z
          .string()
          .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as US')
          .nullable(),
      ),
    customerId: optionalText(fieldLimits.CustomerSignalsInput.customerId),
    emailsCount: countText,
    callsCount: countText,
    meetingsCount: countText,
    visitsCount: countText,
    lastEngagedAt: optionalDate,
    createdAt: date,
    outcome: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(['WON', 'LOST'], 'must be WON or LOST')),
    outcomeAt: date,
  })
  .refine((r) => r.outcomeAt >= r.createdAt, {
    path: ['outcomeAt'],
    message: 'must not be before createdAt',
  })
  // An outcome is history: one dated later than now would be trained on as a decided lead
  // (as logActivity refuses an activity in the future, with the same minute of clock skew).
  .refine((r) => r.outcomeAt.getTime() <= Date.now() + 60_000, {
    path: ['outcomeAt'],
    message: 'must not be in the future',
  })
  .refine((r) => !r.lastEngagedAt || r.lastEngagedAt.getTime() <= Date.now() + 60_000, {
    path: ['lastEngagedAt'],
    message: 'must not be in the future',
  });

const COLUMNS = Object.keys(rowSchema.shape);

type Row = z.infer<typeof rowSchema>;

/**
 * A row's import key: the hash of its values as parsed (so spacing and case that parse alike are
 * the same row), and its occurrence among identical rows of the file, so that a file with two
 * identical rows imports both, and importing the file again imports neither.
 */
function rowKeys(rows: readonly Row[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const hash = createHash('sha256')
      .update(JSON.stringify(COLUMNS.map((c) => row[c as keyof Row] ?? null)))
      .digest('hex');
    const occurrence = seen.get(hash) ?? 0;
    seen.set(hash, occurrence + 1);
    return `${hash}:${occurrence}`;
  });
}

/**
 * Imports historical leads with known outcomes (to bootstrap a tenant's model). Rows that fail
 * validation are reported by their line in the file and skipped; the others are stored together,
 * except rows an earlier import stored already (by their content, `rowKeys`): importing a file
 * twice, even concurrently, stores its rows once.
 */
export async function importLeadHistory(
  { prisma, tenantId, principal }: Context,
  { csv }: MutationImportLeadHistoryArgs,
): Promise<ImportOutcome> {
  assertManager(principal, 'import lead history');
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(csv);
  } catch (error) {
    // parseCsv reports a malformed file with a plain Error; anything else is a fault.
    if (!(error instanceof Error) || error.name !== 'Error') throw error;
    throw userError(`csv: ${error.message}`, 'csv');
  }
  const header = table.header.map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const missing = REQUIRED.filter((c) => !lower.includes(c.toLowerCase()));
  if (missing.length)
    throw userError(`csv: the header lacks the column(s) ${missing.join(', ')}`, 'csv');
  // A column named twice would have one of its two values taken without a word about the other.
  for (const column of COLUMNS) {
    const at = lower.flatMap((h, i) => (h === column.toLowerCase() ? [i + 1] : []));
    if (at.length > 1)
      throw userError(
        `csv: the header names the column ${column} ${at.length} times (columns ${at.join(', ')}): keep one`,
        'csv',
      );
  }
  if (table.records.length === 0) throw userError('csv: the file has a header but no rows', 'csv');
  if (table.records.length > MAX_IMPORT_ROWS)
    throw userError(`csv: at most ${MAX_IMPORT_ROWS} rows per import`, 'csv');
  const index = new Map(COLUMNS.map((c) => [c, lower.indexOf(c.toLowerCase())]));

  const errors: ImportOutcome['errors'] = [];
  const valid: { line: number; row: z.infer<typeof rowSchema> }[] = [];
  table.records.forEach((record, r) => {
    const line = table.lines[r]!;
    if (record.length !== header.length) {
      errors.push({
        line,
        message: `has ${record.length} fields, the header has ${header.length}`,
      });
      return;
    }
    const raw = Object.fromEntries(
      COLUMNS.map((c) => [c, index.get(c)! >= 0 ? record[index.get(c)!]! : '']),
    );
    const parsed = rowSchema.safeParse(raw);
    if (parsed.success) valid.push({ line, row: parsed.data });
    else {
      const issue = parsed.error.issues[0]!;
      errors.push({ line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
    }
  });

  const customerIds = [
    ...new Set(valid.flatMap((v) => (v.row.customerId ? [v.row.customerId] : []))),
  ];
  const known = new Set(
    customerIds.length
      ? (
          await prisma.customer.findMany({
            where: { tenantId, id: { in: customerIds } },
            select: { id: true },
          })
        ).map((c) => c.id)
      : [],
  );
  const data: Prisma.LeadCreateManyInput[] = [];
  const accepted: Row[] = [];
  for (const { line, row } of valid) {
    if (row.customerId && !known.has(row.customerId)) {
      errors.push({ line, message: `customerId: ${row.customerId} is not a known customer` });
      continue;
    }
    const { company, title, industry, employees, annualRevenue, country, outcome, ...lead } = row;
    accepted.push(row);
    data.push({
      ...lead,
      id: randomUUID(),
      tenantId,
      status: outcome === 'WON' ? 'CONVERTED' : 'DISQUALIFIED',
      outcome,
      metadata: Object.fromEntries(
        Object.entries({ company, title, industry, employees, annualRevenue, country }).filter(
          ([, v]) => v !== null,
        ),
      ),
      updatedAt: row.outcomeAt,
    });
  }
  const keys = rowKeys(accepted);
  let imported = 0;
  if (data.length) {
    await prisma.$transaction(
      async (tx) => {
        for (let i = 0; i < data.length; i += 1000) {
          const chunk = data.slice(i, i + 1000);
          // Claimed first: a concurrent import of the same rows waits here, then finds them taken.
          const claimed = await tx.$queryRaw<{ leadId: string }[]>(Prisma.sql`
            INSERT INTO "LeadHistoryImportRow" ("tenantId", "rowKey", "leadId")
            SELECT ${tenantId}, k, l
            FROM unnest(${keys.slice(i, i + 1000)}::text[], ${chunk.map((d) => d.id!)}::text[]) AS t(k, l)
            ON CONFLICT DO NOTHING
            RETURNING "leadId"`);
          const fresh = new Set(claimed.map((c) => c.leadId));
          const rows = chunk.filter((d) => fresh.has(d.id!));
          if (rows.length) await tx.lead.createMany({ data: rows });
          imported += rows.length;
        }
      },
      { timeout: 120_000 },
    );
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    imported,
    skipped: table.records.length - imported,
    alreadyImported: data.length - imported,
    errors,
  };
}
