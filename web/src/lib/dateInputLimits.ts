/** A date field's range: the server's dates are years 1900-2200 (the Date scalar), no wider. */
export const DATE_INPUT_LIMITS = { min: '1900-01-01', max: '2200-12-31' } as const;
