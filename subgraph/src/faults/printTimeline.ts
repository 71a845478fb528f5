import type { LoadEvent } from './loadOfReadsAndMoves';

export type Phase = { label: string; from: number; to: number };

export type Timeline = {
  phases: { label: string; requests: number; codes: Record<string, number> }[];
  /** From the end of the fault to the first answered read and move after it, in ms. */
  recoveredAfterMs: number | null;
};

const countCodes = (events: LoadEvent[]) => {
  const codes: Record<string, number> = {};
  for (const e of events) codes[e.code] = (codes[e.code] ?? 0) + 1;
  return codes;
};

/**
 * Sums up what clients saw in each phase (by the time of the answer) of a fault (answers by code) and how long after the
 * fault ended the service answered again, and prints it as one line the closing note can quote.
 * `faultEnd` is when the fault was lifted (ms since the load began).
 */
export function printTimeline(
  name: string,
  events: readonly LoadEvent[],
  phases: Phase[],
  faultEnd: number,
): Timeline {
  const byStart = [...events].sort((a, b) => a.at - b.at);
  const firstOk = (op: LoadEvent['op']) =>
    byStart.find((e) => e.op === op && e.code === 'OK' && e.at >= faultEnd);
  const read = firstOk('read');
  const move = firstOk('move');
  const timeline: Timeline = {
    phases: phases.map((p) => {
      // By when the answer came: a request in flight when the fault began is answered in it.
      const inPhase = byStart.filter((e) => e.at + e.ms >= p.from && e.at + e.ms < p.to);
      return { label: p.label, requests: inPhase.length, codes: countCodes(inPhase) };
    }),
    recoveredAfterMs:
      read && move ? Math.max(read.at + read.ms, move.at + move.ms) - faultEnd : null,
  };
  console.log(`fault timeline [${name}]: ${JSON.stringify(timeline)}`);
  return timeline;
}
