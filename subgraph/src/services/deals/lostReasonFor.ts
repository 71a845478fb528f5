import type { PipelineStage } from '../../db/generated/client';
import { userError } from '../common/errors';

/**
 * The reason stored with a move into `target`: a deal is lost for a reason, so a LOST stage needs
 * one (trimmed, at most `max` characters); any other stage clears it, so the reason is ignored.
 */
export function lostReasonFor(
  target: Pick<PipelineStage, 'kind'>,
  raw: string | null | undefined,
  { field, max }: { field: string; max: number },
): string | null {
  if (target.kind !== 'LOST') return null;
  const reason = raw?.trim();
  if (!reason) throw userError(`${field}: say why the deal was lost`, field);
  if (reason.length > max) throw userError(`${field}: must be at most ${max} characters`, field);
  return reason;
}
