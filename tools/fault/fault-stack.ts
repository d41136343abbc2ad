import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { Pool } from 'pg';
import { TcpFaultProxy, TestTokens } from '@samspill/server-testing';
import { loadGatewayConfig } from '../../apps/gateway/src/config';
import { RunningGateway, startGateway } from '../../apps/gateway/src/gateway';
import { freePort, OwnBroker, OwnPostgres, ROOT } from './infra';
import { AppName, ServiceProcess } from './service-process';
import { TcpBalancer } from './tcp-balancer';

export const FAULT_SECRET = 'fault-suite-internal-secret-0123456789abcdef';
export const APPS: AppName[] = ['network-strategy', 'portfolios', 'benefits'];

export interface StackShape {
  /** Instances per service (default 1); the gateway reaches them through a round-robin balancer. */
  instances?: Partial<Record<AppName, number>>;
}

/**
 * Everything a scenario breaks, on the suite's OWN broker and PostgreSQL (never the shared ones):
 * each service instance is an OS process (so it can be killed -9); each service reaches
 * PostgreSQL through its own TCP fault proxy, and every client reaches the broker through one
 * proxy the broker advertises (so a cut catches every connection, not only the bootstrap one).
 * The gateway runs in the suite's process, as the clients' single entry point.
 */
export class FaultStack {
  private constructor(
    readonly dir: string,
    readonly pg: OwnPostgres,
    readonly broker: OwnBroker,
    readonly kafkaProxy: TcpFaultProxy,
    readonly pgProxies: Record<AppName, TcpFaultProxy>,
    readonly services: Record<AppName, ServiceProcess[]>,
    private readonly balancers: TcpBalancer[],
    private readonly gateway: RunningGateway,
    readonly tokens: TestTokens,
    /** Direct to PostgreSQL (not through a proxy): the suite's own view for counting. */
    readonly db: Pool,
  ) {}

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.gateway.port}/graphql`;
  }

  instance(app: AppName, index = 0): ServiceProcess {
    return this.services[app][index];
  }

  static async start(dir: string, shape: StackShape, cleanups: (() => unknown)[]): Promise<FaultStack> {
    mkdirSync(join(dir, 'logs'), { recursive: true });
    const broker = new OwnBroker(dir, await freePort(), await freePort(), await freePort());
    const brokerProxy = await new TcpFaultProxy('127.0.0.1', broker.port, broker.advertisedPort).start('up');
    const pg = new OwnPostgres(dir, await freePort());
    broker.prepare();
    cleanups.push(() => broker.stop(), () => pg.stop(), () => brokerProxy.stop());
    const [url] = await Promise.all([pg.start(), broker.start()]);
    const pgPort = Number(new URL(url).port);
    const pgProxies = {} as Record<AppName, TcpFaultProxy>;
    for (const app of APPS) {
      pgProxies[app] = await new TcpFaultProxy('127.0.0.1', pgPort).start('up');
      cleanups.push(() => pgProxies[app].stop());
    }

    const common = {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn',
      KAFKA_BROKERS: brokerProxy.address,
      KAFKA_TOPIC_PREFIX: `f${randomBytes(2).toString('hex')}.`,
      INTERNAL_AUTH_SECRET: FAULT_SECRET,
      OUTBOX_POLL_MS: '200',
    };
    const services = {} as Record<AppName, ServiceProcess[]>;
    const balancers: TcpBalancer[] = [];
    const urls = {} as Record<AppName, string>;
    // The services in parallel; the instances of one service one after another (their migrations must not race).
    await Promise.all(
      APPS.map(async (app) => {
        const viaProxy = new URL(url);
        viaProxy.port = String(pgProxies[app].port);
        services[app] = [];
        for (let i = 0; i < (shape.instances?.[app] ?? 1); i++) {
          const name = `${app}-${String.fromCharCode(97 + i)}`;
          const p = new ServiceProcess(name, app, await freePort(), { ...common, DATABASE_URL: viaProxy.toString() }, join(dir, 'logs', `${name}.log`));
          cleanups.push(() => p.kill9());
          await p.start();
          services[app].push(p);
        }
        const balancer = await new TcpBalancer(services[app].map((s) => s.port)).start();
        cleanups.push(() => balancer.stop());
        balancers.push(balancer);
        urls[app] = balancer.url;
      }),
    );

    const tokens = await TestTokens.create();
    const gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        INTERNAL_AUTH_SECRET: FAULT_SECRET,
        SUPERGRAPH_PATH: join(ROOT, 'apps/gateway/supergraph.graphql'),
        NETWORK_STRATEGY_URL: urls['network-strategy'],
        PORTFOLIOS_URL: urls.portfolios,
        BENEFITS_URL: urls.benefits,
        // Not started: the scenarios never touch consultations.
        CONSULTATION_URL: `http://127.0.0.1:${await freePort()}/graphql`,
        AUTH_DEV_KEY_PATH: tokens.keyPath,
        KAFKA_BROKERS: brokerProxy.address,
        KAFKA_TOPIC_PREFIX: common.KAFKA_TOPIC_PREFIX,
      }),
      pino({ level: 'warn' }, pino.destination({ dest: join(dir, 'logs', 'gateway.log'), mkdir: true, sync: false })),
    );
    cleanups.push(() => gateway.stop());
    // Pushed last, so run first on an interrupted run: no service outlives the suite.
    cleanups.push(() => Promise.all(APPS.flatMap((a) => services[a].map((p) => p.kill9()))));
    const db = new Pool({ connectionString: url, max: 3 });
    // A database restart breaks idle connections: the pool drops them and the next query reconnects.
    db.on('error', () => undefined);
    cleanups.push(() => db.end());
    return new FaultStack(dir, pg, broker, brokerProxy, pgProxies, services, balancers, gateway, tokens, db);
  }

  /** Waits until every stopped instance is running again (a scenario may end with one down). */
  async ensureAllRunning(): Promise<void> {
    for (const app of APPS) for (const s of this.services[app]) if (!s.running) await s.start();
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    for (const app of APPS) for (const s of this.services[app]) await s.stop();
    for (const b of this.balancers) await b.stop();
    await this.db.end();
    for (const p of Object.values(this.pgProxies)) await p.stop();
    await this.kafkaProxy.stop();
    await this.broker.stop();
    await this.pg.stop();
  }
}
