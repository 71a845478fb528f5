import { createRequire } from 'node:module';

/**
 * graphql-js chooses, once, when it is first loaded, whether to run its development-only checks
 * (an `instanceOf` that inspects every schema object it meets, costly on every request): it reads
 * `NODE_ENV`. This project also reads `NODE_ENV=production` as "refuse to start without real
 * secrets", so a plain `npm start` (NODE_ENV unset, a development token printed) would otherwise
 * run graphql-js in development mode. Imported first by the entry points: when NODE_ENV is unset,
 * graphql-js is loaded in production mode and NODE_ENV is put back as it was; a NODE_ENV the user
 * sets (`development`, `test`, …) is left to graphql-js as it is (ADR 022).
 */
if (process.env.NODE_ENV === undefined) {
  process.env.NODE_ENV = 'production';
  try {
    createRequire(import.meta.url)('graphql');
  } finally {
    delete process.env.NODE_ENV;
  }
}
