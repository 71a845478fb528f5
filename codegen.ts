import type { CodegenConfig } from '@graphql-codegen/cli';
import { dropSuspenseHooks } from './web/codegen/dropSuspenseHooks';

const prisma = './db/generated/client#';
const fieldLimits = './subgraph/codegen/fieldLimitsPlugin.cjs';

// The SPA's typed hooks, from the .graphql documents beside its components. The SPA queries the
// gateway, so its documents are checked against both subgraphs' SDL.
const spaDocuments = {
  schema: ['schema.graphql', 'supergraph/crm/schema.graphql'],
  // typescript-operations 6 emits the input and enum types the documents use: no 'typescript'.
  plugins: ['typescript-operations', 'typescript-react-apollo'],
  hooks: { beforeOneFileWrite: (_path: string, content: string) => dropSuspenseHooks(content) },
  config: {
    enumsAsTypes: true,
    scalars: { Decimal: 'string', DateTime: 'string', Date: 'string', JSON: 'unknown' },
    apolloReactHooksImportFrom: '@apollo/client/react',
    apolloReactCommonImportFrom: '@apollo/client/react',
    withMutationFn: false,
    withMutationOptionsType: false,
    withHooks: true,
    // Documents as parsed ASTs: no GraphQL parser in the browser, and no parsing at startup.
    documentMode: 'documentNode',
    useTypeImports: true,
  },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // Resolver types for the subgraph, with parents mapped to the Prisma rows the services return.
    'subgraph/src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../types/context#Context',
        scalars: {
          Decimal: 'string',
          DateTime: 'Date | string',
          Date: 'Date | string',
          JSON: 'unknown',
        },
        mappers: {
          Customer: '../types/mappers#CustomerParent',
          Deal: `.${prisma}Deal as DealModel`,
          Lead: `.${prisma}Lead as LeadModel`,
          Pipeline: `.${prisma}Pipeline as PipelineModel`,
          PipelineStage: `.${prisma}PipelineStage as PipelineStageModel`,
          Activity: `.${prisma}Activity as ActivityModel`,
          PlannedActivity: `.${prisma}PlannedActivity as PlannedActivityModel`,
          PlannedActivityConnection: '../types/mappers#PlannedActivityConnectionParent',
          SearchResult: '../types/mappers#SearchResultParent',
          User: `.${prisma}User as UserModel`,
          SalesTarget: `.${prisma}SalesTarget as SalesTargetModel`,
          ExchangeRate: `.${prisma}ExchangeRate as ExchangeRateModel`,
          ScoringModel: `.${prisma}ScoringModel as ScoringModelModel`,
          ScoringRun: `.${prisma}ScoringRun as ScoringRunModel`,
          LeadScoreSnapshot: `.${prisma}LeadScoreSnapshot as LeadScoreSnapshotModel`,
          LeadScore: '../types/mappers#LeadScoreParent',
          DealWinProbability: '../types/mappers#DealWinProbabilityParent',
          LeadConnection: '../types/mappers#LeadConnectionParent',
          DealConnection: '../types/mappers#DealConnectionParent',
          LeadScoreExplanation: '../types/mappers#LeadScoreExplanationParent',
          RoutingRule: `.${prisma}RoutingRule as RoutingRuleModel`,
          RoutingRun: `.${prisma}RoutingRun as RoutingRunModel`,
          Automation: `.${prisma}Automation as AutomationModel`,
          AutomationRun: '../types/mappers#AutomationRunParent',
          AutomationAction: '../types/mappers#AutomationActionParent',
        },
      },
    },
    // Length limits from the schema's @limit directives, for the server's validation and the SPA's forms.
    'subgraph/src/__generated__/fieldLimits.ts': { plugins: [fieldLimits] },
    'web/src/__generated__/fieldLimits.ts': { plugins: [fieldLimits] },
    // One module for most documents: the entry loads it whole (ADR 025).
    'web/src/__generated__/graphql.tsx': {
      ...spaDocuments,
      documents: ['web/src/**/*.graphql', '!web/src/**/*.lazy.graphql'],
    },
    // Documents only lazily loaded components use (`*.lazy.graphql`, self-contained: no fragment
    // from the other files) go to a module of their own, which loads with them and not with the
    // entry that holds the one above (ADR 036).
    'web/src/__generated__/lazy.tsx': { ...spaDocuments, documents: ['web/src/**/*.lazy.graphql'] },
  },
};

export default config;
