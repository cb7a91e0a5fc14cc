import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for TypeScript clients (`npm run codegen`): every operation in examples/ (the playground
 * tabs, run by examples/client.ts) and web/ (the path picture), typed against schema/schema.graphql.
 * The output is committed; test/unit/codegen.test.ts fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/**/*.graphql', 'web/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'examples/generated/': {
      preset: 'client',
      // The operations use no fragments: no masking helpers needed.
      presetConfig: { fragmentMasking: false },
      config: {
        // The schema's custom scalars (graphql-scalars), as they arrive in JSON.
        scalars: { CountryCode: 'string', Currency: 'string', NonNegativeInt: 'number' },
        strictScalars: true,
        // Unions of string literals, not TypeScript enums: the generated code stays type-only.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
