/**
 * A deal model factor's value in a rep's terms. The model shows the bin a deal fell in
 * ("0.6264–0.6277", "< 0.5", "≥ 1.8"); rates read as percentages ("Owner win rate: 63%") and
 * ratios to a median as multiples ("Days in stage ÷ stage median: 1.2×"), days as whole days
 * ("Days since last activity: 24–27 days"), each range rounded to what the eye can tell apart. Other features, pairs and "missing" are shown as they come.
 */
const RATES = new Set(['ownerWinRate', 'seatUsage']);
const RATIOS = new Set(['daysInStageVsMedian', 'valueVsTypical']);
const DAYS = new Set(['daysSinceActivity', 'ageDays']);

const BIN = /^(?:(<|≥)\s*)?(-?[\d.]+)(?:–(-?[\d.]+))?$/;

export function dealFactorValue(feature: string, value: string): string {
  const rate = RATES.has(feature);
  const days = DAYS.has(feature);
  if (!rate && !days && !RATIOS.has(feature)) return value;
  const match = BIN.exec(value.trim());
  if (!match) return value;
  const [, bound, low, high] = match;
  const show = (x: string) =>
    rate || days
      ? `${Math.round(Number(x) * (rate ? 100 : 1))}`
      : Number(x).toFixed(Number(x) < 10 ? 1 : 0);
  const unit = rate ? '%' : days ? ' days' : '×';
  const lo = show(low!);
  const hi = high === undefined ? lo : show(high);
  if (bound === '<') return `under ${lo}${unit}`;
  if (bound === '≥') return `${lo}${unit} or more`;
  return lo === hi ? `${lo}${unit}` : `${lo}–${hi}${unit}`;
}
