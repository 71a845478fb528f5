import { defineConfig } from 'prisma/config';

// Only `prisma generate` uses this file; migrations run through subgraph/src/db/migrations.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
