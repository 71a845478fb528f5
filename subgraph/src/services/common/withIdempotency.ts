import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Prisma } from '../../db/generated/client';
import { userError } from './errors';

type Tx = Prisma.TransactionClient;

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * Runs `create` once per idempotency key. The key is claimed with INSERT ... ON CONFLICT DO
 * NOTHING in the caller's transaction: a racing retry blocks on the claim until the first commits,
 * then finds the key taken and returns the first result's id instead of creating again. The
 * request a key stands for includes who sent it: another user's request with the same key and
 * input is a different request (it got the first user's deal back, and created nothing of its own).
 */
export async function withIdempotency(
  tx: Tx,
  claim: {
    tenantId: string;
    key: string | null | undefined;
    actorId: string;
    operation: string;
    input: unknown;
  },
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (!claim.key) return { id: await create(), replayed: false };
  const requestHash = hashOf({
    operation: claim.operation,
    actorId: claim.actorId,
    input: claim.input,
  });
  const claimed = await tx.$executeRaw`
    INSERT INTO "IdempotencyKey" ("tenantId", "key", "operation", "requestHash")
    VALUES (${claim.tenantId}, ${claim.key}, ${claim.operation}, ${requestHash})
    ON CONFLICT ("tenantId", "key") DO NOTHING`;
  if (claimed === 0) {
    const existing = await tx.idempotencyKey.findUnique({
      where: { tenantId_key: { tenantId: claim.tenantId, key: claim.key } },
    });
    if (!existing?.resultId || existing.requestHash !== requestHash) {
      throw userError('idempotencyKey: already used for a different request', 'idempotencyKey');
    }
    return { id: existing.resultId, replayed: true };
  }
  const id = await create();
  await tx.idempotencyKey.update({
    where: { tenantId_key: { tenantId: claim.tenantId, key: claim.key } },
    data: { resultId: id },
  });
  return { id, replayed: false };
}

/**
 * The row an idempotent create answers with, read after its transaction. When it is gone (a retry
 * of a create whose deal was deleted since), the answer is NOT_FOUND naming the deleted id: the
 * retry must not create a second row, and there is no first one left to return (ADR 024).
 */
export function idempotentResult<T>(row: T | null, what: string, id: string): T {
  if (row) return row;
  throw new GraphQLError(
    `${what} ${id}, created by this idempotencyKey, has since been deleted; send a new idempotencyKey to create another`,
    { extensions: { code: 'NOT_FOUND', field: 'idempotencyKey', resultId: id } },
  );
}
