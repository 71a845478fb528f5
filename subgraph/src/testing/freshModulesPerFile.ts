import { vi } from 'vitest';

// A setup file (vitest.config.ts, ADR 041): the unit and web projects run with `isolate: false`,
// so one worker process runs many test files and keeps what Node itself loaded (Apollo, Prisma's
// runtime, PGlite's WebAssembly, graphql, React). Starting a process and loading those for every
// file was most of a short file's time. The project's own modules are evaluated again for each
// file, as they were in a process of their own: module state (caches, lock sets, thread pools)
// never carries from one test file into the next.
vi.resetModules();
