/**
 * What two names must not share to be told apart in a list: compared trimmed, in one Unicode form
 * (NFC, so "é" typed as one character or as e + accent is the same name), and ignoring case.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}
