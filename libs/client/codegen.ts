import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the front ends, from the gateway's public API schema (schema.graphql,
 * written by `npm run client:schema`). `npm run client:codegen` regenerates src/generated;
 * `npm run client:check` fails when the committed code is stale (CI).
 */
const config: CodegenConfig = {
  schema: 'libs/client/schema.graphql',
  documents: ['libs/client/src/operations/**/*.ts'],
  generates: {
    'libs/client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
