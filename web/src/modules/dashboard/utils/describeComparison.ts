import { plural } from '../../../lib/plural';
/** The model card's comparison with the model that was active when this one was tested. */
export type Comparison = {
  version: number;
  kind: string;
  aucDifference?: { estimate: number; low: number; high: number } | null;
  logLossDifference?: { estimate: number; low: number; high: number } | null;
  resamples?: number | null;
  intervalLevel?: number | null;
};

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;

/**
 * Plain words for a paired comparison on the same recent leads (ADR 032): the difference in
 * ranking and in log loss, each with its interval, and whether it is more than chance. Null when
 * the comparison was stored before intervals were (nothing honest to say about chance).
 */
export function describeComparison(c: Comparison): { figures: string; verdict: string } | null {
  const { aucDifference: auc, logLossDifference: loss } = c;
  if (!auc || !loss || !c.resamples || !c.intervalLevel) return null;
  const level = `${Math.round(c.intervalLevel * 100)} %`;
  const figures =
    `Against v${c.version} (${c.kind.toLowerCase()}) on the same leads: ranking (AUC) ${signed(auc.estimate)}, ` +
    `${level} sure between ${signed(auc.low)} and ${signed(auc.high)}; log loss ${signed(loss.estimate)} ` +
    `(${signed(loss.low)} to ${signed(loss.high)}), from ${c.resamples.toLocaleString('en-US')} resamples.`;
  const verdict =
    auc.low > 0
      ? 'It ranks leads better than the model it replaced, beyond chance.'
      : loss.high < 0
        ? 'Its chances are closer to what happened than the other model’s, beyond chance.'
        : 'The difference is within chance on these leads.';
  return { figures, verdict };
}

/**
 * How many training rows saw their customer's signals as they were when the lead was decided
 * (ADR 034); null for models trained before this was counted or without customers.
 */
export function describeTrainingSignals(metrics: {
  trainingRowsWithCustomer?: number | null;
  trainingRowsWithSignalsAtDecision?: number | null;
}): string | null {
  const { trainingRowsWithCustomer: all, trainingRowsWithSignalsAtDecision: then } = metrics;
  if (all == null || then == null || all === 0) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  if (then === all)
    return `As they were when each lead was decided, for all ${n(all)} training leads with a customer.`;
  if (then === 0)
    return (
      `Today's signals for all ${n(all)} training leads with a customer: none was recorded before its lead was decided, ` +
      'which can make the figures above look better than they will be.'
    );
  return (
    `As they were when the lead was decided for ${n(then)} of ${n(all)} training leads with a customer; ` +
    `the other ${n(all - then)} used today's signals (none was recorded before the decision), which can make the figures above look better than they will be.`
  );
}

/**
 * Which recent leads the model could not learn from yet: a converted lead's outcome waits for its
 * deal, so leads decided in the last `days` are left out, losses and wins alike (ADR 069); null
 * when nothing was left out.
 */
export function describeRecentLeftOut(
  recent:
    | { days: number; rows: number; pendingConversions: number; importedKept?: number | null }
    | null
    | undefined,
): string | null {
  if (!recent || (recent.rows === 0 && !recent.importedKept)) return null;
  const kept = recent.importedKept
    ? ` Imported history of those days is kept (${plural(recent.importedKept, 'lead')}): its file gave every outcome.`
    : '';
  return (
    `Leads decided in the last ${plural(recent.days, 'day')} are left out (${plural(recent.rows, 'lead')} with an outcome): ` +
    `${plural(recent.pendingConversions, 'deal')} of theirs ${recent.pendingConversions === 1 ? 'is' : 'are'} still open, and counting only the outcomes known so far would make recent leads look lost.` +
    kept
  );
}

/** "(300 of them imported)" after a count of rows, when any came from imported history. */
export function importedShare(imported: number | null | undefined): string {
  return imported ? ` (${imported.toLocaleString('en-US')} of them from imported history)` : '';
}
