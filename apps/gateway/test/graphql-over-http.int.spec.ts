import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { TEST_INTERNAL_SECRET, testLogger, TestTokens } from '@samspill/server-testing';
import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';

/**
 * GraphQL over HTTP (graphql-http's audit suite: every MUST, SHOULD and MAY rule of the spec)
 * against the real gateway. The audits ask for `__typename` and malformed requests only, which
 * the gateway answers without calling a subgraph.
 */
describe('the gateway speaks GraphQL over HTTP', () => {
  let gateway: RunningGateway;
  let url: string;

  beforeAll(async () => {
    const tokens = await TestTokens.create();
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
        SUPERGRAPH_PATH: join(__dirname, '../supergraph.graphql'),
        AUTH_DEV_KEY_PATH: tokens.keyPath,
      }),
      testLogger(),
    );
    url = `http://127.0.0.1:${gateway.port}/graphql`;
  });
  afterAll(() => gateway?.stop());

  it('passes every audit', async () => {
    const results = await auditServer({ url });
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${r.reason}`);
    // eslint-disable-next-line no-console -- the audit tally is for the reader.
    console.log(`GraphQL over HTTP audits: ${results.length - failed.length}/${results.length} pass\n${failed.join('\n')}`);
    expect(failed).toEqual([]);
  });
});
