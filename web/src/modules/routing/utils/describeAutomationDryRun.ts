/**
 * The automation dry run's headline. It tests at most `limit` leads or deals (the newest open
 * leads, or the open deals longest in their stage), so its counts are of those: said as a sample
 * when it reached the limit, as all of them when it did not.
 */
export function describeAutomationDryRun(
  { evaluated, matched }: { evaluated: number; matched: number },
  limit: number,
  dealTrigger: boolean,
): string {
  const noun = (n: number) =>
    dealTrigger ? `open ${n === 1 ? 'deal' : 'deals'}` : `open ${n === 1 ? 'lead' : 'leads'}`;
  if (evaluated === 0) return `Dry run: no ${noun(0)} the trigger applies to now; nothing changed`;
  const which =
    evaluated >= limit
      ? `Of the first ${evaluated} ${noun(evaluated)} evaluated (${dealTrigger ? 'longest in their stage' : 'newest'} first)`
      : `Of the ${evaluated} ${noun(evaluated)} the trigger applies to now`;
  return `${which}, ${matched} ${matched === 1 ? 'matches' : 'match'}; nothing changed`;
}
