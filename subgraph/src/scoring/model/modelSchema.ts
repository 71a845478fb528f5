import { z } from 'zod';

const featureSpec = z.object({
  name: z.string().min(1),
  label: z.string(),
  kind: z.enum(['numeric', 'categorical']),
});

const binning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('numeric'), edges: z.array(z.number()) }),
  z.object({ kind: z.literal('categorical'), categories: z.array(z.string()) }),
]);

export const modelSchema = z.object({
  format: z.literal('additive-model/v1'),
  kind: z.enum(['trained', 'prior']),
  intercept: z.number(),
  terms: z.array(
    z.object({
      feature: featureSpec,
      binning,
      scores: z.array(z.number()),
      counts: z.array(z.number().nonnegative()),
      display: z.array(z.string()),
    }),
  ),
  pairs: z.array(
    z.object({
      features: z.tuple([z.number().int(), z.number().int()]),
      scores: z.array(z.number()),
    }),
  ),
  meta: z.object({
    seed: z.number().nullable(),
    trainRows: z.number(),
    positiveRate: z.number(),
    bags: z.number(),
    mainRounds: z.array(z.number()),
    pairRounds: z.array(z.number()),
    learningRate: z.number(),
    calibration: z.object({ a: z.number(), c: z.number() }).nullable(),
    settings: z
      .object({
        maxBins: z.number(),
        maxPairBins: z.number(),
        minSamplesLeaf: z.number(),
        lambda: z.number(),
        patience: z.number(),
        minGainShare: z.number().optional(),
        maxPairs: z.number().optional(),
        /** Pairs the last pair stage was offered (ADR 079); absent in older models. */
        pairsOffered: z.number().optional(),
        /** Bin grids of the bags' main effects (ADR 058); absent: one. */
        gridShifts: z.number().optional(),
        /** Share of each bag's rows held out (ADR 059); absent in older models: 0.2. */
        validationFraction: z.number().optional(),
        searched: z.number(),
        outOfBagLogLoss: z.number(),
        /** Weight of the linear stage in the tables (ADR 052); absent: no blend. */
        linearWeight: z.number().optional(),
      })
      .optional(),
    target: z.object({ column: z.string(), positive: z.string() }).optional(),
    notes: z.string().optional(),
  }),
});
