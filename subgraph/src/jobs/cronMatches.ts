const FIELDS = [
  { min: 0, max: 59 }, // minute
  { min: 0, max: 23 }, // hour
  { min: 1, max: 31 }, // day of month
  { min: 1, max: 12 }, // month
  { min: 0, max: 7 }, // day of week, 0 and 7 = Sunday
];

function parseField(text: string, { min, max }: { min: number; max: number }): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    const bounds = range === '*' ? [min, max] : range!.split('-').map(Number);
    const from = bounds[0]!;
    const to = bounds[1] ?? (stepText === undefined ? from : max);
    if (
      ![from, to, step].every(Number.isInteger) ||
      from < min ||
      to > max ||
      from > to ||
      step < 1
    ) {
      throw new Error(`invalid cron field "${text}" (allowed ${min}-${max})`);
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

/** A parsed five-field cron expression (UTC, as Inngest evaluates it); `matches` is per minute. */
export function parseCron(expression: string): { matches: (date: Date) => boolean } {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5)
    throw new Error(`cron "${expression}" needs 5 fields (minute hour day month weekday)`);
  const [minute, hour, day, month, weekday] = parts.map((p, i) => parseField(p, FIELDS[i]!));
  if (weekday!.has(7)) weekday!.add(0);
  const dayRestricted = parts[2] !== '*';
  const weekdayRestricted = parts[4] !== '*';
  return {
    matches: (date) => {
      const dayOk = day!.has(date.getUTCDate());
      const weekdayOk = weekday!.has(date.getUTCDay());
      // Standard cron: when both day fields are restricted, either may match.
      const days = dayRestricted && weekdayRestricted ? dayOk || weekdayOk : dayOk && weekdayOk;
      return (
        minute!.has(date.getUTCMinutes()) &&
        hour!.has(date.getUTCHours()) &&
        month!.has(date.getUTCMonth() + 1) &&
        days
      );
    },
  };
}
