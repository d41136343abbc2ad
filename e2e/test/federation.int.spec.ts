import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok } from './support/fixtures';

/**
 * A second, real subgraph that only knows Municipality by its key (as portfolios and benefits
 * will): the gateway must plan the query across both and resolve the entity by reference
 * in network-strategy.
 */
const REFERENCING_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Municipality @key(fields: "id", resolvable: false) { id: ID! }
  type Query { featuredMunicipalities: [Municipality!]! }
`;

describe('federation through the gateway', () => {
  let stack: E2EStack;
  let referencing: ApolloServer;

  beforeAll(async () => {
    referencing = new ApolloServer({
      schema: buildSubgraphSchema({
        typeDefs: parse(REFERENCING_SDL),
        resolvers: { Query: { featuredMunicipalities: () => [{ id: '1124' }, { id: '1103' }] } },
      }),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url } = await startStandaloneServer(referencing, { listen: { port: 0 } });
    const composed = composeServices([
      { name: 'network-strategy', url: 'http://placeholder/graphql', typeDefs: parse(readFileSync(join(__dirname, '../../apps/network-strategy/schema.graphql'), 'utf8')) },
      { name: 'referencing', url, typeDefs: parse(REFERENCING_SDL) },
    ]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    const supergraphPath = join(mkdtempSync(join(tmpdir(), 'samspill-supergraph-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, composed.supergraphSdl);
    stack = await startE2EStack({ supergraphPath });
    const admin = await stack.tokens.networkAdmin('digi-test');
    await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens);
  });
  afterAll(async () => {
    await stack?.stop();
    await referencing?.stop();
  });

  it('resolves Municipality by reference in network-strategy', async () => {
    const data = await ok(stack.gatewayUrl, `{ featuredMunicipalities { id name population memberships { network { id } } } }`, {});
    expect(data.featuredMunicipalities).toEqual([
      { id: '1124', name: 'Sola', population: 28100, memberships: [{ network: { id: 'digi-test' } }] },
      { id: '1103', name: 'Stavanger', population: 149000, memberships: [{ network: { id: 'digi-test' } }] },
    ]);
  });

  it('answers the documented query for Sola', async () => {
    const data = await ok(stack.gatewayUrl, `{ municipality(id: "1124") { id name } }`, {});
    expect(data.municipality).toEqual({ id: '1124', name: 'Sola' });
  });
});
