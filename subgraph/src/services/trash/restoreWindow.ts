/** How long a deleted deal or lead can be restored; after it the trash row is purged (ADR 030). */
export const RESTORE_WINDOW_DAYS = 30;

const DAY = 86_400_000;

/** Deletions before this moment are past the restore window. */
export function restoreCutoff(now = new Date()): Date {
  return new Date(now.getTime() - RESTORE_WINDOW_DAYS * DAY);
}
