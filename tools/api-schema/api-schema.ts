import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLSchema } from 'graphql';
import { printSchema, Supergraph } from '@apollo/federation-internals';

export const ROOT = join(__dirname, '../..');
export const SUPERGRAPH_PATH = join(ROOT, 'apps/gateway/supergraph.graphql');

/** The public API schema as the gateway serves it: the supergraph without join__/link__ internals or @inaccessible elements. */
export function apiSchemaSdl(supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema());
}

export const apiSchema = (supergraphSdl?: string): GraphQLSchema => buildSchema(apiSchemaSdl(supergraphSdl));
