import type { FaultStack, StackShape } from './fault-stack';
import type { AppName } from './service-process';

/** One fault: injected at the start of its window, recovered `forS` seconds after it took effect. */
export interface Fault {
  label: string;
  forS: number;
  inject(stack: FaultStack): Promise<void>;
  recover(stack: FaultStack): Promise<void>;
}

/**
 * A scenario's faults come in windows: the faults of a window are injected together (5 s into the
 * stream for the first), and the next window opens once every fault of the one before has
 * recovered — a broker restart cannot overlap a partition that would hide it from its own probe.
 */
export interface Scenario {
  name: string;
  title: string;
  shape: StackShape;
  windows: Fault[][];
}

const fault = (label: string, forS: number, inject: Fault['inject'], recover: Fault['recover']): Fault => ({ label, forS, inject, recover });

export const brokerKill = (forS: number) =>
  fault(`kill -9 the broker for ${forS} s`, forS, async (s) => s.broker.kill9(), (s) => s.broker.start());

export const serviceKill = (app: AppName, index: number, forS: number, of: number) =>
  fault(
    of === 1 ? `kill -9 ${app} (the only instance) for ${forS} s, then restart it` : `kill -9 ${app} instance ${index + 1} of ${of} for ${forS} s (the other serves), then restart it`,
    forS,
    (s) => s.instance(app, index).kill9(),
    (s) => s.instance(app, index).start(),
  );

export const postgresRestart = (forS: number) =>
  fault(`PostgreSQL crash (immediate shutdown: backends killed, no checkpoint), down ${forS} s, then restart`, forS, (s) => s.pg.crash(), async (s) => void (await s.pg.start()));

export const postgresCut = (apps: AppName[], forS: number) =>
  fault(
    `cut ${apps.join(', ')} ↔ PostgreSQL (proxy refuses and drops connections) for ${forS} s`,
    forS,
    async (s) => void (await Promise.all(apps.map((a) => s.pgProxies[a].setMode('down')))),
    async (s) => void (await Promise.all(apps.map((a) => s.pgProxies[a].setMode('up')))),
  );

export const kafkaCut = (forS: number) =>
  fault(
    `partition every client from the broker (proxy black-holes, the broker keeps running) for ${forS} s`,
    forS,
    (s) => s.kafkaProxy.setMode('blackhole'),
    (s) => s.kafkaProxy.setMode('up'),
  );

export const slowNetwork = (delayMs: number, forS: number) =>
  fault(
    `slow links: +${delayMs} ms per chunk each way on every service ↔ PostgreSQL and client ↔ broker connection for ${forS} s`,
    forS,
    async (s) => {
      for (const p of [s.kafkaProxy, ...Object.values(s.pgProxies)]) p.delayMs = delayMs;
    },
    async (s) => {
      for (const p of [s.kafkaProxy, ...Object.values(s.pgProxies)]) p.delayMs = 0;
    },
  );

/**
 * The suite. Each single scenario has one fault of `outageS`; `combined` (what `npm test` runs)
 * overlaps them in three windows of `outageS`, so one stack and one stream cover every kind of
 * fault in about the time of three.
 */
export function scenarios(outageS: number): Scenario[] {
  const all = ['network-strategy', 'portfolios', 'benefits'] as AppName[];
  return [
    { name: 'broker-kill', title: 'broker kill -9', shape: {}, windows: [[brokerKill(outageS)]] },
    { name: 'service-kill', title: 'service kill -9 (only instance)', shape: {}, windows: [[serviceKill('portfolios', 0, outageS, 1)]] },
    { name: 'instance-kill', title: 'one of two instances kill -9', shape: { instances: { portfolios: 2 } }, windows: [[serviceKill('portfolios', 0, outageS, 2)]] },
    { name: 'postgres-restart', title: 'PostgreSQL crash and restart', shape: {}, windows: [[postgresRestart(outageS)]] },
    { name: 'postgres-cut', title: 'connections to PostgreSQL cut', shape: {}, windows: [[postgresCut(all, outageS)]] },
    { name: 'kafka-cut', title: 'connections to the broker black-holed', shape: {}, windows: [[kafkaCut(outageS)]] },
    { name: 'slow-network', title: 'slow network', shape: {}, windows: [[slowNetwork(50, outageS)]] },
    {
      name: 'combined',
      title: 'every fault, in three overlapping windows',
      shape: { instances: { portfolios: 2 } },
      windows: [
        // Decisions keep flowing into the outbox through the surviving instance.
        [brokerKill(outageS), serviceKill('portfolios', 0, outageS, 2), postgresCut(['benefits'], outageS)],
        // The backlog meets a partition and a consumer service that is gone.
        [kafkaCut(outageS), serviceKill('network-strategy', 0, outageS, 1)],
        // The database itself, and a service coming back into a restarted database.
        [postgresRestart(outageS), serviceKill('benefits', 0, outageS, 1)],
      ],
    },
  ];
}
