import { Prisma, type PrismaClient } from '../../subgraph/src/db/generated/client';

/**
 * Empties every table of the schema (the migrations' own table aside), so a forced seed leaves
 * nothing of the data it replaces. The list comes from the generated client: a new model is
 * wiped without anyone remembering to add it here.
 */
export async function wipeAllTables(prisma: PrismaClient): Promise<void> {
  const tables = Object.values(Prisma.ModelName).map((name) => `"${name}"`);
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')} CASCADE`);
}
