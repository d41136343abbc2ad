import { join } from 'node:path';
import { TEST_INTERNAL_SECRET, testEnv, testLogger, TestTokens } from '@samspill/server-testing';
import { loadGatewayConfig } from '../../../apps/gateway/src/config';
import { RunningGateway, startGateway } from '../../../apps/gateway/src/gateway';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from '../../../apps/network-strategy/test/support/network-strategy-harness';

export interface E2EStack {
  gatewayUrl: string;
  brokers: string[];
  topicPrefix: string;
  tokens: TestTokens;
  networkStrategy: NetworkStrategyHarness;
  gateway: RunningGateway;
  stop(): Promise<void>;
}

export interface E2EOptions {
  /** A supergraph other than the committed one (e.g. with an extra test subgraph). */
  supergraphPath?: string;
}

/**
 * The real system in-process: network-strategy on a fresh database and topic namespace, and
 * the gateway in front of it on the committed supergraph, trusting a per-test development key.
 */
export async function startE2EStack(options: E2EOptions = {}): Promise<E2EStack> {
  const env = testEnv();
  const tokens = await TestTokens.create();
  const networkStrategy = await startNetworkStrategyHarness();
  const gateway = await startGateway(
    loadGatewayConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      SUPERGRAPH_PATH: options.supergraphPath ?? join(__dirname, '../../../apps/gateway/supergraph.graphql'),
      NETWORK_STRATEGY_URL: networkStrategy.url,
      AUTH_DEV_KEY_PATH: tokens.keyPath,
    }),
    testLogger(),
  );
  return {
    gatewayUrl: `http://127.0.0.1:${gateway.port}/graphql`,
    brokers: env.KAFKA_BROKERS,
    topicPrefix: networkStrategy.config.KAFKA_TOPIC_PREFIX,
    tokens,
    networkStrategy,
    gateway,
    async stop() {
      await gateway.stop();
      await networkStrategy.stop();
    },
  };
}
