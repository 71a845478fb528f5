import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCustomers } from '../../prisma/seed/demoCustomers';
import { customerPage, type CustomerSortField } from './customerPage';
import { startCrmSubgraph } from './startCrmSubgraph';

type Row = { id: string; name: string; healthScore: number; mrr: string };
type Page = {
  nodes: Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
type Result = { data?: { customerPage: Page }; errors?: { extensions?: { code?: string } }[] };

const PAGE = `query ($first: Int, $after: String, $sortBy: CustomerSortField, $direction: SortDirection, $search: String) {
  customerPage(first: $first, after: $after, sortBy: $sortBy, direction: $direction, search: $search) {
    nodes { id name healthScore mrr } totalCount pageInfo { hasNextPage endCursor }
  }
}`;

const all = demoCustomers(42);
const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const KEYS: Record<CustomerSortField, (r: Row) => string | number> = {
  NAME: (r) => r.name,
  HEALTH_SCORE: (r) => r.healthScore,
  MRR: (r) => Number(r.mrr),
};

let crm: Awaited<ReturnType<typeof startCrmSubgraph>>;
beforeAll(async () => {
  crm = await startCrmSubgraph(0);
});
afterAll(async () => {
  await crm?.stop();
});

async function request(variables: Record<string, unknown>): Promise<Result> {
  const response = await fetch(crm.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PAGE, variables }),
  });
  return (await response.json()) as Result;
}

/** Follows `endCursor` from the first page to the last, checking each page's own figures. */
async function everyPage(variables: Record<string, unknown>, first: number) {
  const rows: Row[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1_000; pages++) {
    const result = await request({ ...variables, first, after });
    expect(result.errors).toBeUndefined();
    const page = result.data!.customerPage;
    rows.push(...page.nodes);
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.hasNextPage).toBe(rows.length < page.totalCount);
    if (!page.pageInfo.hasNextPage) return { rows, totalCount: page.totalCount };
    expect(page.nodes).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
  throw new Error('the pages never ended');
}

const ORDERS = (['NAME', 'HEALTH_SCORE', 'MRR'] as const).flatMap((sortBy) =>
  (['ASC', 'DESC'] as const).map((direction) => ({ sortBy, direction })),
);

describe('customerPage on the CRM subgraph', () => {
  it.each(ORDERS)(
    'pages through every customer by $sortBy $direction: no duplicates, no gaps, ties by id',
    async ({ sortBy, direction }) => {
      // 7 does not divide 300: the last page is a short one.
      const { rows, totalCount } = await everyPage({ sortBy, direction }, 7);
      expect(totalCount).toBe(all.length);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(rows.map((r) => r.id).sort()).toEqual(all.map((c) => c.id).sort());
      const sign = direction === 'ASC' ? 1 : -1;
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        const [ka, kb] = [KEYS[sortBy](a), KEYS[sortBy](b)];
        const byKey =
          typeof ka === 'number' ? ka - (kb as number) : names.compare(ka, kb as string);
        expect(sign * byKey, `${a.name} then ${b.name}`).toBeLessThanOrEqual(0);
        if (byKey === 0) expect(a.id < b.id).toBe(true);
      }
    },
  );

  it('pages through a search with its own total, in any case', async () => {
    const expected = all.filter((c) => c.name.toLowerCase().includes('labs')).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(10);
    const { rows, totalCount } = await everyPage({ search: '  LaBs ', sortBy: 'HEALTH_SCORE' }, 4);
    expect(totalCount).toBe(expected.length);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.sort());
    const none = await request({ search: 'no such customer' });
    expect(none.data?.customerPage).toEqual({
      nodes: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('sorts by name A-Z and health and MRR highest first unless told', async () => {
    const byName = (await request({ first: 3 })).data!.customerPage.nodes;
    const sortedNames = all.map((c) => c.name).sort(names.compare);
    expect(byName.map((r) => r.name)).toEqual(sortedNames.slice(0, 3));
    const byHealth = (await request({ first: 1, sortBy: 'HEALTH_SCORE' })).data!.customerPage;
    expect(byHealth.nodes[0]!.healthScore).toBe(Math.max(...all.map((c) => c.healthScore)));
  });

  it('refuses bad input with BAD_USER_INPUT and the field, never INTERNAL_SERVER_ERROR', async () => {
    const first = await request({ first: 2, sortBy: 'MRR' });
    const mrrCursor = first.data!.customerPage.pageInfo.endCursor;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ first: 0 }, 'first', 'from 1 to 100'],
      [{ first: 101 }, 'first', 'from 1 to 100'],
      [{ after: 'not a cursor' }, 'after', 'not a cursor'],
      [{ after: Buffer.from('[1,2]').toString('base64url') }, 'after', 'not a cursor'],
      [{ after: mrrCursor, sortBy: 'NAME' }, 'after', 'another sort order'],
      [{ after: mrrCursor, sortBy: 'MRR', direction: 'ASC' }, 'after', 'another sort order'],
      [{ search: 'x'.repeat(101) }, 'search', 'at most 100'],
    ];
    for (const [variables, field, message] of cases) {
      const result = await request(variables);
      expect(result.data ?? null, JSON.stringify(variables)).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringContaining(message),
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    const badSort = await request({ sortBy: 'OPEN_DEAL_VALUE' });
    expect(badSort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('customerPage (the function)', () => {
  it('continues after the cursor’s row even when that row is gone (a keyset, not an offset)', () => {
    const first = customerPage(all, { first: 10, sortBy: 'HEALTH_SCORE' });
    const expectedNext = customerPage(all, {
      first: 10,
      sortBy: 'HEALTH_SCORE',
      after: first.pageInfo.endCursor,
    });
    const lastRow = first.nodes.at(-1)!;
    const withoutLast = all.filter((c) => c.id !== lastRow.id && c.id !== first.nodes[0]!.id);
    const next = customerPage(withoutLast, {
      first: 10,
      sortBy: 'HEALTH_SCORE',
      after: first.pageInfo.endCursor,
    });
    expect(next.nodes.map((c) => c.id)).toEqual(expectedNext.nodes.map((c) => c.id));
  });
});
