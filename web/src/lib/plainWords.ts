/**
 * A server validation message in a user's words. The server says `field: rule` (zod's wording, or
 * graphql-js's for a variable it could not read); the form already shows which field, so the
 * field name is dropped and the rule rephrased. Unknown messages keep their words, minus the field.
 */
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/must be at most ([\d,]+) characters/, (m) => `Keep it to ${m[1]} characters or fewer.`],
  [/must not be empty|is required/, () => 'This can’t be empty.'],
  [
    /Decimal must be|must be a decimal number/,
    () => 'Enter an amount of up to 12 digits with at most 2 decimals, like 12500 or 12500.50.',
  ],
  [/must not be negative/, () => 'Enter an amount of 0 or more.'],
  [/must be a date between (\d+) and (\d+)/, (m) => `Pick a date between ${m[1]} and ${m[2]}.`],
  [/must be between 0 and 1/, () => 'Enter a percentage between 0 and 100.'],
  [/must be a whole number/, () => 'Enter a whole number.'],
  [/must be at least ([\d,.]+)/, (m) => `Enter ${m[1]} or more.`],
  [/must be at most ([\d,.]+)/, (m) => `Enter ${m[1]} or less.`],
  [/must be a three-letter ISO 4217 code/, () => 'Use a three-letter currency code such as USD.'],
  [
    /is not an ISO 4217 currency in circulation/,
    () => 'That is not a currency code in use. Try one such as USD, EUR or GBP.',
  ],
  [
    /a pipeline needs a (WON|LOST) stage/,
    (m) =>
      `A pipeline needs a ${m[1] === 'WON' ? 'Won' : 'Lost'} stage, so its only one can’t be deleted.`,
  ],
];

/**
 * `Variable "$input" got invalid value "1e30" at "input.value"; Decimal must be …`, or without
 * the path for a variable that is the argument itself (`$dueAt`), which names no form field.
 */
const VARIABLE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.]+)")?; (.*)$/s;

/** The field a message is about: `extensions.field`, or the path of a variable graphql-js refused. */
export function messageField(message: string, field: unknown): string | undefined {
  if (typeof field === 'string') return field.split('.').pop();
  return VARIABLE.exec(message)?.[2]?.split('.').pop();
}

export function plainWords(message: string): string {
  const text = VARIABLE.exec(message)?.[3] ?? message;
  for (const [pattern, say] of RULES) {
    const match = text.match(pattern);
    if (match) return say(match);
  }
  const rest = text.replace(/^[\w.]+: /, '');
  const sentence = rest.charAt(0).toUpperCase() + rest.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
