/**
 * The column's "load more" button: "Show the other 18 deals" when one click loads them all (was
 * "Show 18 more of 18", which read as 18 of 36), else how many of how many not shown yet.
 */
export function moreDealsLabel(hidden: number, pageSize: number): string {
  if (hidden === 1) return 'Show the other deal';
  if (hidden <= pageSize) return `Show the other ${hidden} deals`;
  return `Show ${pageSize} more of the ${hidden} deals not shown`;
}
