import { Prisma } from '../../db/generated/client';

/** Whether a write failed on a unique constraint (Prisma P2002): a racing writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
