import { describe, expect, it } from 'vitest';
import DataLoader from 'dataloader';
import { serializeModel } from '../../scoring/model/serializeModel';
import { trainModel } from '../../scoring/training/trainModel';
import { CACHED_MODELS, modelOfVersion } from './modelFromRow';

const json = serializeModel(
  trainModel(
    {
      features: [{ name: 'x', label: 'x', kind: 'numeric' }],
      rows: Array.from({ length: 60 }, (_, i) => [i % 10]),
      labels: Array.from({ length: 60 }, (_, i) => (i % 10 > 4 ? 1 : 0)),
    },
    { seed: 1, bags: 1 },
  ),
);

/** Loaders over a table of versions → ids, counting the reads of parameters. */
function fakeLoaders(ids: Record<number, string>, fail = new Set<string>()) {
  const reads: string[] = [];
  const loader = new DataLoader<number, { id: string; version: number } | null>(async (versions) =>
    versions.map((v) => (ids[v] ? { id: ids[v], version: v } : null)),
  );
  return {
    reads,
    loaders: {
      modelIdOfVersion: () => loader,
      modelParams: async (_table: string, id: string) => {
        reads.push(id);
        if (fail.has(id)) throw new Error('connection lost');
        return json;
      },
    },
  };
}

describe('modelOfVersion', () => {
  it('reads and parses a stored model once per process, shared by concurrent askers', async () => {
    const { loaders, reads } = fakeLoaders({ 1: 'id-shared' });
    const models = await Promise.all(
      Array.from({ length: 20 }, () => modelOfVersion(loaders, 'ScoringModel', 1)),
    );
    expect(reads).toEqual(['id-shared']);
    expect(new Set(models).size).toBe(1);
    expect(serializeModel(models[0]!)).toBe(json);
    // A later request with loaders of its own: the version's id is read, the parameters are not.
    const later = fakeLoaders({ 1: 'id-shared' });
    expect(await modelOfVersion(later.loaders, 'ScoringModel', 1)).toBe(models[0]);
    expect(later.reads).toEqual([]);
  });

  it('answers null for a version the tenant does not have', async () => {
    const { loaders, reads } = fakeLoaders({});
    expect(await modelOfVersion(loaders, 'DealWinModel', 7)).toBeNull();
    expect(reads).toEqual([]);
  });

  it('does not keep a read that failed: the next request reads again', async () => {
    const failing = fakeLoaders({ 3: 'id-flaky' }, new Set(['id-flaky']));
    await expect(modelOfVersion(failing.loaders, 'ScoringModel', 3)).rejects.toThrow(
      'connection lost',
    );
    const next = fakeLoaders({ 3: 'id-flaky' });
    expect(await modelOfVersion(next.loaders, 'ScoringModel', 3)).not.toBeNull();
    expect(next.reads).toEqual(['id-flaky']);
  });

  it(`keeps at most ${CACHED_MODELS} models, dropping the least recently used`, async () => {
    const ids = Object.fromEntries(
      Array.from({ length: CACHED_MODELS + 1 }, (_, v) => [v + 100, `id-lru-${v}`]),
    );
    const { loaders, reads } = fakeLoaders(ids);
    for (let v = 100; v <= 100 + CACHED_MODELS; v++) {
      await modelOfVersion(loaders, 'ScoringModel', v);
    }
    expect(reads).toHaveLength(CACHED_MODELS + 1);
    // The first was dropped when the last came in; the second is still kept.
    const again = fakeLoaders(ids);
    await modelOfVersion(again.loaders, 'ScoringModel', 101);
    await modelOfVersion(again.loaders, 'ScoringModel', 100);
    expect(again.reads).toEqual(['id-lru-0']);
  });
});
