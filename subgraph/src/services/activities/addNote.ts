import { z } from 'zod';
import type { Context } from '../../types/context';
import type { Activity } from '../../db/generated/client';
import type { MutationAddNoteArgs } from '../../__generated__/resolvers-types';
import { fieldLimits } from '../../__generated__/fieldLimits';
import { requiredText, validate } from '../common/validate';
import { logActivity } from './logActivity';

const schema = z.object({ body: requiredText(fieldLimits.Mutation.addNote.body) });

/** A note on a deal's or a lead's timeline. */
export async function addNote(
  context: Context,
  { dealId, leadId, body }: MutationAddNoteArgs,
): Promise<Activity> {
  const note = validate(schema, { body });
  return logActivity(context, { input: { dealId, leadId, body: note.body, type: 'NOTE' } });
}
