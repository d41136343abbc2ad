import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, NonEmptyArray } from 'type-graphql';
import { assertEveryOperationDeclaresAccess, authChecker } from './access';
import { describeSchema, SchemaDescriptions } from './schema-descriptions';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag"])';

/** `__resolveReference` per entity type name: how this subgraph fetches an entity by its key. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity has its own reference and context types; this map holds them all.
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, context: any) => unknown }>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  referenceResolvers?: ReferenceResolvers;
  /** Extra types not reachable from a resolver (e.g. entity stubs another subgraph owns). */
  orphanedTypes?: Function[];
  /** Supplies resolver instances (with their services injected). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors type-graphql's ContainerType.
  container?: { get(someClass: any): any };
  /** Descriptions by schema coordinate for elements their decorators leave undescribed. */
  descriptions?: SchemaDescriptions;
}

/**
 * type-graphql has no federation support: build its schema, print it with directives
 * (`@key` survives, plain printSchema would drop it), add the federation `@link`, and hand
 * SDL plus resolvers (ours and the reference resolvers) to `buildSubgraphSchema`.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  assertEveryOperationDeclaresAccess(options.resolvers);
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  describeSchema(schema, options.descriptions);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers });
}
