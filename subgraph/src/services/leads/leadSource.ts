import { text } from '../common/validate';

/** A lead's source, as typed or imported: one word of letters, digits or _, stored lower case. */
export function leadSource(max: number) {
  return text(max)
    .min(1, 'must not be empty')
    .regex(/^[a-z0-9_]+$/i, 'must be letters, digits or _')
    .transform((source) => source.toLowerCase());
}
