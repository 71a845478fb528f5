import type { ActivityType, Prisma } from '../../db/generated/client';

type Tx = Prisma.TransactionClient;

export type ActivityInput = {
  tenantId: string;
  /** null: the system (routing, an automation), named in the payload. */
  actorId: string | null;
  type: ActivityType;
  dealId?: string | null;
  leadId?: string | null;
  body?: string | null;
  payload?: Prisma.InputJsonValue;
  occurredAt?: Date;
};

/** Appends to the timeline; always called inside the transaction of the change it records. */
export function recordActivity(tx: Tx, input: ActivityInput) {
  return tx.activity.create({
    data: {
      tenantId: input.tenantId,
      actorId: input.actorId,
      type: input.type,
      dealId: input.dealId ?? null,
      leadId: input.leadId ?? null,
      body: input.body ?? null,
      payload: input.payload ?? {},
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    },
  });
}
