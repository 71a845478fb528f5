/**
 * The architecture as rules (docs/decisions/012-architecture-and-boundaries.md).
 * `npm run check:deps` fails on any violation; `npm run validate` runs it.
 */
const src = '^subgraph/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles anywhere, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'The scoring engine (data in, model out) imports nothing outside itself: no database, ' +
        'GraphQL, services or other project code; Node built-ins, zod and piscina only.',
      from: { path: `${src}scoring/` },
      to: {
        pathNot: [`${src}scoring/`],
        dependencyTypesNot: ['core'],
        via: undefined,
      },
    },
    {
      name: 'engine-npm-allowlist',
      severity: 'error',
      comment:
        'The engine may use zod (model file schema) and piscina (the worker pool that trains bags ' +
        'on every core, ADR 040) and nothing else from npm.',
      from: { path: `${src}scoring/` },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'],
        pathNot: ['node_modules/zod/', 'node_modules/piscina/'],
      },
    },
    {
      name: 'services-never-import-resolvers',
      severity: 'error',
      comment:
        'Services hold the rules; resolvers, HTTP and the composition root call them, not the reverse.',
      from: { path: `${src}services/` },
      to: {
        path: [
          `${src}resolvers/`,
          `${src}http/`,
          `${src}main\\.ts`,
          `${src}createApolloServer\\.ts`,
          `${src}createSchema\\.ts`,
        ],
      },
    },
    {
      name: 'loaders-never-import-services',
      severity: 'error',
      comment:
        'Loaders are batched reads over Prisma `where` inputs; they know no rule, resolver or engine.',
      from: { path: `${src}loaders/` },
      to: {
        path: [`${src}services/`, `${src}resolvers/`, `${src}scoring/`, `${src}__generated__/`],
      },
    },
    {
      name: 'resolvers-reach-the-engine-through-services',
      severity: 'error',
      comment:
        'Resolvers are argument -> service -> result: no engine, no jobs, no database code (types only).',
      from: { path: `${src}resolvers/` },
      to: { path: [`${src}scoring/`, `${src}jobs/`, `${src}db/(?!generated/)`] },
    },
    {
      name: 'jobs-reach-the-engine-through-services',
      severity: 'error',
      comment: 'Jobs run service functions; only the lead-scoring service talks to the engine.',
      from: { path: `${src}jobs/` },
      to: { path: [`${src}scoring/`, `${src}resolvers/`] },
    },
    {
      name: 'generated-types-import-types-only',
      severity: 'error',
      comment: 'Generated resolver types import nothing hand-written but the types/ module.',
      from: { path: `${src}__generated__/` },
      to: {
        path: `${src}`,
        pathNot: [`${src}types/`, `${src}__generated__/`, `${src}db/generated/`],
      },
    },
    {
      name: 'types-are-a-leaf',
      severity: 'error',
      comment:
        'types/ holds type declarations: type-only imports, and never of the generated resolver types.',
      from: { path: `${src}types/` },
      to: {
        path: [`${src}__generated__/`, `${src}resolvers/`, `${src}services/`],
      },
    },
    {
      name: 'types-import-types-only',
      severity: 'error',
      from: { path: `${src}types/` },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'spa-never-imports-the-server',
      severity: 'error',
      comment:
        'The SPA talks to the gateway over GraphQL; it shares nothing with the server but generated code.',
      from: { path: '^web/src/' },
      to: { path: '^(subgraph|supergraph|prisma|bench)/' },
    },
    {
      name: 'spa-ui-has-no-features',
      severity: 'error',
      comment:
        'web/src/ui holds reusable components with no business logic: no feature module, page or app import.',
      from: { path: '^web/src/ui/' },
      to: { path: '^web/src/(modules|pages|app)/' },
    },
    {
      name: 'spa-generated-imports-nothing-hand-written',
      severity: 'error',
      from: { path: '^web/src/__generated__/' },
      to: { path: '^web/src/', pathNot: '^web/src/__generated__/' },
    },
    // Feature modules import each other in one direction, the order below: a module may use the
    // ones before it (the board uses the deal hooks and forms; deals own every deal mutation and its
    // optimistic update), never one after it, so no two modules import each other, even through
    // others. A new module takes its place in the list.
    ...((order) => [
      ...order.map((module, index) => ({
        name: 'spa-modules-in-one-direction',
        severity: 'error',
        comment: `web/src/modules/${module} may import only ${order.slice(0, index).join(', ') || 'no other module'}.`,
        from: { path: `^web/src/modules/${module}/` },
        to: { path: `^web/src/modules/(?!(?:${order.slice(0, index + 1).join('|')})/)` },
      })),
      {
        name: 'spa-modules-in-one-direction',
        severity: 'error',
        comment: 'A feature module missing from the order imports no other module.',
        from: {
          path: '^web/src/modules/([^/]+)/',
          pathNot: `^web/src/modules/(?:${order.join('|')})/`,
        },
        to: { path: '^web/src/modules/', pathNot: '^web/src/modules/$1/' },
      },
    ])([
      'currency',
      'customerPicker',
      'activities',
      'planned',
      'leads',
      'deals',
      'stageRates',
      'board',
      'customers',
      'dashboard',
      'routing',
      'settings',
      'search',
      'trash',
    ]),
  ],
  options: {
    doNotFollow: { path: ['node_modules', 'subgraph/src/db/generated/'] },
    exclude: { path: ['node_modules', '\\.data', 'web/dist', 'bench/out'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
