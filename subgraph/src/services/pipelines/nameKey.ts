/**
 * What two names must not share to be told apart in a list: compared in one Unicode form (NFKC, so
 * "é" typed as one character or as e + accent is the same name, and so are full-width letters and
 * their plain forms), without invisible characters (a zero-width space), with every run of spaces
 * (a no-break space, a tab, two spaces) as one space, trimmed, and ignoring case. An attacker's
 * report: "Race\u00a0Pipe", "Race  Pipe" and full-width "Ｒａｃｅ Pipe" were accepted beside
 * "Race Pipe", names no one could tell apart in a list.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}
