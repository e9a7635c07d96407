import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the console: every operation lives in a .graphql file under src/ops and is
 * checked against the committed supergraph (gateway/supergraph.graphql). `npm run codegen` writes
 * src/gql; the build regenerates it and the typecheck fails while it is stale (--check).
 */
const config: CodegenConfig = {
  schema: '../../gateway/supergraph.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
        scalars: {
          Fen: 'number',
          YearMonth: 'string',
          LocalDate: 'string',
          DateTime: 'string',
          YearQuarter: 'string',
          YearHalf: 'string',
          Year: 'number',
          Period: 'string',
        },
      },
    },
  },
};

export default config;
