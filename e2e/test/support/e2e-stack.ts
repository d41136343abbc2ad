import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, TEST_INTERNAL_SECRET, TestDatabase, testEnv, testLogger, TestTokens } from '@samspill/server-testing';
import { loadGatewayConfig } from '../../../apps/gateway/src/config';
import { RunningGateway, startGateway } from '../../../apps/gateway/src/gateway';
import { loadNetworkStrategyConfig, NetworkStrategyConfig } from '../../../apps/network-strategy/src/config';
import { RunningService, startNetworkStrategy } from '../../../apps/network-strategy/src/app';
import { loadPortfoliosConfig } from '../../../apps/portfolios/src/config';
import { startPortfolios } from '../../../apps/portfolios/src/app';
import { loadConsultationConfig } from '../../../apps/consultation/src/config';
import { startConsultation } from '../../../apps/consultation/src/app';
import { loadBenefitsConfig } from '../../../apps/benefits/src/config';
import { startBenefits } from '../../../apps/benefits/src/app';

export interface RunningSubgraph {
  url: string;
  service: RunningService;
}

export interface E2EStack {
  gatewayUrl: string;
  brokers: string[];
  topicPrefix: string;
  tokens: TestTokens;
  db: TestDatabase;
  networkStrategy: RunningSubgraph & { config: NetworkStrategyConfig };
  portfolios: RunningSubgraph;
  consultation: RunningSubgraph;
  benefits: RunningSubgraph;
  gateway: RunningGateway;
  stop(): Promise<void>;
}

export interface E2EOptions {
  /** A supergraph other than the committed one (e.g. with an extra test subgraph). */
  supergraphPath?: string;
  /** More gateway variables (e.g. CORS_ORIGINS, EMBED_DIST_DIR). */
  gatewayEnv?: Record<string, string>;
}

const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * The real system in-process, as deployed: every service on one fresh database (each in its
 * own schema) and one fresh topic namespace on the real broker, the gateway in front on the
 * committed supergraph, trusting a per-test development key.
 */
export async function startE2EStack(options: E2EOptions = {}): Promise<E2EStack> {
  const env = testEnv();
  const logger = testLogger();
  const tokens = await TestTokens.create();
  const db = await createTestDatabase(env.DATABASE_URL);
  const common = {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: `e${Date.now().toString(36)}${randomBytes(2).toString('hex')}.`,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    OUTBOX_POLL_MS: '200',
  };
  const nsConfig = loadNetworkStrategyConfig({ ...common, NETWORK_STRATEGY_PORT: '0' });
  const networkStrategy = await startNetworkStrategy(nsConfig, logger);
  const portfolios = await startPortfolios(loadPortfoliosConfig({ ...common, PORTFOLIOS_PORT: '0' }), logger);
  const benefits = await startBenefits(loadBenefitsConfig({ ...common, BENEFITS_PORT: '0' }), logger);
  const consultation = await startConsultation(loadConsultationConfig({ ...common, CONSULTATION_PORT: '0', CONSULTATION_SCHEDULER_MS: '250' }), logger);
  const gateway = await startGateway(
    loadGatewayConfig({
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      SUPERGRAPH_PATH: options.supergraphPath ?? join(__dirname, '../../../apps/gateway/supergraph.graphql'),
      NETWORK_STRATEGY_URL: urlOf(networkStrategy.port),
      PORTFOLIOS_URL: urlOf(portfolios.port),
      CONSULTATION_URL: urlOf(consultation.port),
      BENEFITS_URL: urlOf(benefits.port),
      AUTH_DEV_KEY_PATH: tokens.keyPath,
      API_KEYS_DATABASE_URL: db.url,
      // The response cache follows this stack's topics.
      KAFKA_BROKERS: common.KAFKA_BROKERS,
      KAFKA_TOPIC_PREFIX: common.KAFKA_TOPIC_PREFIX,
      // Tests make many calls as one identity from one address; the rate limits have their own test
      // (gateway-limits.int.spec.ts), which turns them on.
      RATE_LIMIT_MUTATIONS: '0',
      RATE_LIMIT_ANONYMOUS_MUTATIONS: '0',
      RATE_LIMIT_EXPENSIVE_READS: '0',
      RATE_LIMIT_EXPORTS: '0',
      ...options.gatewayEnv,
    }),
    logger,
  );
  return {
    gatewayUrl: urlOf(gateway.port),
    brokers: env.KAFKA_BROKERS,
    topicPrefix: common.KAFKA_TOPIC_PREFIX,
    tokens,
    db,
    networkStrategy: { url: urlOf(networkStrategy.port), service: networkStrategy, config: nsConfig },
    portfolios: { url: urlOf(portfolios.port), service: portfolios },
    consultation: { url: urlOf(consultation.port), service: consultation },
    benefits: { url: urlOf(benefits.port), service: benefits },
    gateway,
    async stop() {
      await gateway.stop();
      await consultation.stop();
      await benefits.stop();
      await portfolios.stop();
      await networkStrategy.stop();
      await db.drop();
    },
  };
}
