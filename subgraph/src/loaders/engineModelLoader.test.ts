import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../db/generated/client';
import type { FeatureSpec } from '../scoring/model/types';
import { trainModel } from '../scoring/training/trainModel';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { createLoaders } from './createLoaders';

// Parsed models are kept per process by row id (ADR 044): two tenants' "version 1" are two models,
// and a later request reads the id, not the model again.
let db: TestDatabase;
const statements: string[] = [];
const features: FeatureSpec[] = [{ name: 'x', label: 'X', kind: 'numeric' }];

function modelWith(slope: number) {
  const rows = Array.from({ length: 200 }, (_, i) => [i / 10]);
  const labels = rows.map(([x], i) => ((x! * slope + (i % 7)) % 10 > 5 ? 1 : 0));
  return JSON.parse(
    JSON.stringify(trainModel({ features, rows, labels }, { seed: 1, bags: 1 })),
  ) as Prisma.InputJsonValue;
}

beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  for (const [tenantId, slope] of [
    ['tenant-a', 1],
    ['tenant-b', -1],
  ] as const) {
    await db.prisma.tenant.create({ data: { id: tenantId, name: tenantId } });
    await db.prisma.scoringModel.create({
      data: { tenantId, version: 1, kind: 'LEARNED', params: modelWith(slope), active: true },
    });
  }
}, 60_000);
afterAll(() => db?.drop());

describe('engine models by version', () => {
  it("gives each tenant its own model for the same version, and reads a model's params once", async () => {
    const a = await createLoaders(db.prisma, 'tenant-a').scoringModel.load(1);
    const b = await createLoaders(db.prisma, 'tenant-b').scoringModel.load(1);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a!.terms[0]!.scores).not.toEqual(b!.terms[0]!.scores);

    statements.length = 0;
    const again = await createLoaders(db.prisma, 'tenant-a').scoringModel.load(1);
    expect(again).toBe(a);
    expect(statements.some((sql) => sql.includes('"params"'))).toBe(false);
    // An unknown version, or another tenant's id, is null.
    expect(await createLoaders(db.prisma, 'tenant-a').scoringModel.load(2)).toBeNull();
    expect(await createLoaders(db.prisma, 'tenant-c').scoringModel.load(1)).toBeNull();
  });
});
