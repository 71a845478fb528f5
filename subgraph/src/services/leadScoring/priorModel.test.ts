import { describe, expect, it } from 'vitest';
import { explainRow } from '../../scoring/explanation/explainRow';
import { parseModel } from '../../scoring/model/parseModel';
import { priorFeatureSpecs, buildPriorModel } from './priorModel';
import { serializeModel } from '../../scoring/model/serializeModel';

describe('buildPriorModel', () => {
  it('builds a valid model in the shared format that explains exactly', () => {
    const model = parseModel(serializeModel(buildPriorModel()));
    expect(model.kind).toBe('prior');
    expect(model.terms.map((t) => t.feature.name)).toEqual(priorFeatureSpecs.map((f) => f.name));
    const hot = [
      'referral',
      'saas',
      500,
      5e7,
      'emea',
      'vp',
      12,
      3,
      2,
      25,
      3,
      85,
      40,
      50,
      0.95,
      0.3,
      'pro',
      5000,
      2,
      0,
    ];
    const cold = [
      'outbound',
      null,
      5,
      null,
      null,
      'individual',
      0,
      0,
      0,
      0,
      200,
      30,
      1,
      5,
      0.1,
      -0.5,
      'free',
      0,
      0,
      3,
    ];
    const h = explainRow(model, hot);
    const c = explainRow(model, cold);
    expect(h.probability).toBeGreaterThan(0.8);
    expect(c.probability).toBeLessThan(0.05);
    expect(
      Math.abs(h.factors.reduce((s, f) => s + f.contribution, h.baseline) - h.logit),
    ).toBeLessThan(1e-9);
    expect(h.factors.find((f) => f.feature === 'healthScore')).toMatchObject({
      label: 'Health score',
      value: '85',
      contribution: 0.6,
    });
    expect(c.bestImprovement?.feature).toBe('daysSinceLastEngagement');
  });

  it('accepts other feature specs and scores unknown features 0', () => {
    const model = buildPriorModel([
      { name: 'source', label: 'Source', kind: 'categorical' },
      { name: 'newThing', label: 'New', kind: 'numeric' },
    ]);
    expect(
      explainRow(model, ['referral', 7]).factors.find((f) => f.feature === 'newThing')
        ?.contribution,
    ).toBe(0);
  });
});
