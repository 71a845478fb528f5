/**
 * The Won and Lost zones total the deals closed in the last so many days (the board's
 * `closedWithinDays`): a quarter of closes, and a read that does not grow with every deal a team
 * has ever closed (ADR 081).
 */
export const closedZoneDays = 90;
