import { InMemoryCache, gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { applyDealMove } from './applyDealMove';

const BOARD = gql`
  query Board {
    stages {
      id
      kind
      effectiveProbability
      dealCount
      totals {
        currency
        amount
      }
      weightedTotals {
        currency
        amount
      }
      deals {
        id
        value
        position
        version
        daysInStage
        isRotting
        stage {
          id
        }
      }
    }
  }
`;

type Board = {
  stages: {
    id: string;
    dealCount: number;
    totals: { currency: string; amount: string }[];
    weightedTotals: { currency: string; amount: string }[];
    deals: { id: string; stage: { id: string } }[];
  }[];
};

const total = (currency: string) => (amount: string) => ({
  __typename: 'MoneyTotal',
  currency,
  amount,
});
const usd = total('USD');
const jpy = total('JPY');

function boardCache() {
  const cache = new InMemoryCache();
  const deal = (id: string, stageId: string, value: string, position: number) => ({
    __typename: 'Deal',
    id,
    value,
    position,
    version: 1,
    daysInStage: 3,
    isRotting: false,
    stage: { __typename: 'PipelineStage', id: stageId },
  });
  cache.writeQuery({
    query: BOARD,
    data: {
      stages: [
        {
          __typename: 'PipelineStage',
          id: 'a',
          kind: 'OPEN',
          effectiveProbability: 0.1,
          dealCount: 2,
          totals: [usd('300.00')],
          weightedTotals: [usd('30.00')],
          deals: [deal('d1', 'a', '100.00', 0), deal('d2', 'a', '200.00', 1)],
        },
        {
          __typename: 'PipelineStage',
          id: 'b',
          kind: 'OPEN',
          effectiveProbability: 0.5,
          dealCount: 1,
          totals: [jpy('5000.00'), usd('50.00')],
          weightedTotals: [jpy('2500.00'), usd('25.00')],
          deals: [deal('d3', 'b', '50.00', 0)],
        },
      ],
    },
  });
  return cache;
}

const stageA = { id: 'a', kind: 'OPEN' as const, effectiveProbability: 0.1 };
const stageB = { id: 'b', kind: 'OPEN' as const, effectiveProbability: 0.5 };
const card = { position: 1, version: 1, daysInStage: 0, isRotting: false };
const read = (cache: InMemoryCache) => cache.readQuery<Board>({ query: BOARD })!;

describe('applyDealMove', () => {
  it('moves the card between columns with their counts and totals', () => {
    const cache = boardCache();
    applyDealMove(cache, {
      dealId: 'd2',
      value: '200.00',
      currency: 'USD',
      from: stageA,
      to: stageB,
      toIndex: 1,
      card,
    });
    const [a, b] = read(cache).stages;
    expect(a?.deals.map((d) => d.id)).toEqual(['d1']);
    expect(b?.deals.map((d) => d.id)).toEqual(['d3', 'd2']);
    expect(b?.deals[1]?.stage.id).toBe('b');
    expect([a?.dealCount, a?.totals, a?.weightedTotals]).toEqual([
      1,
      [usd('100.00')],
      [usd('10.00')],
    ]);
    expect([b?.dealCount, b?.totals, b?.weightedTotals]).toEqual([
      2,
      [jpy('5000.00'), usd('250.00')],
      [jpy('2500.00'), usd('125.00')],
    ]);
  });

  it('is undone by the inverse move', () => {
    const cache = boardCache();
    const before = read(cache);
    applyDealMove(cache, {
      dealId: 'd2',
      value: '200.00',
      currency: 'USD',
      from: stageA,
      to: stageB,
      toIndex: 0,
      card,
    });
    applyDealMove(cache, {
      dealId: 'd2',
      value: '200.00',
      currency: 'USD',
      from: stageB,
      to: stageA,
      toIndex: 1,
      card: { position: 1, version: 1, daysInStage: 3, isRotting: false },
    });
    expect(read(cache)).toEqual(before);
  });

  it('reorders within a column without touching totals', () => {
    const cache = boardCache();
    applyDealMove(cache, {
      dealId: 'd1',
      value: '100.00',
      currency: 'USD',
      from: stageA,
      to: stageA,
      toIndex: 1,
      card,
    });
    const [a] = read(cache).stages;
    expect(a?.deals.map((d) => d.id)).toEqual(['d2', 'd1']);
    expect([a?.dealCount, a?.totals]).toEqual([2, [usd('300.00')]]);
  });

  it('adds a yen deal to the yen totals only, and takes the line away when none is left', () => {
    const cache = boardCache();
    // Moved as a ¥5,000 deal (column "b" of the dollar pipeline holds ¥5,000): only yen change.
    applyDealMove(cache, {
      dealId: 'd3',
      value: '5000.00',
      currency: 'JPY',
      from: stageB,
      to: stageA,
      toIndex: 0,
      card,
    });
    const [a, b] = read(cache).stages;
    expect([a?.totals, a?.weightedTotals]).toEqual([
      [jpy('5000.00'), usd('300.00')],
      [jpy('500.00'), usd('30.00')],
    ]);
    expect([b?.totals, b?.weightedTotals]).toEqual([[usd('50.00')], [usd('25.00')]]);
  });
});
