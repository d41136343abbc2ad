/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
/**
 * The federated read path side by side, in one run on the same subgraphs (issue 14):
 *  - our gateway and Hive Gateway with the Rust planner (tools/bench/hive-gateway.ts), each in its
 *    own process, on the committed supergraph, forwarding the same identity (a network admin);
 *  - the subgraph fetches our gateway makes for each operation, replayed against each subgraph
 *    directly at one connection: the floor (sum of those latencies per operation).
 * Everything is started here (built services, a fresh database, a fresh topic prefix on the broker,
 * free ports), a network of 23 members and 20 launched initiatives is loaded through the API, and
 * the rounds alternate between the two gateways. autocannon runs on the same machine: read ratios.
 *   npx tsx tools/bench/federated-read.ts
 *   (BENCH_SECONDS=5, BENCH_ROUNDS=2, BENCH_CONNECTIONS=1,10,50, BENCH_OPERATIONS=overview,matrix,project,
 *    BENCH_TRAFFIC=distinct,identical, BENCH_SKIP_BUILD=1 to reuse dist/; DATABASE_URL, KAFKA_BROKERS)
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { createServer, IncomingMessage, request as httpRequest, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { z } from 'zod';
import { loadConfig } from '@samspill/server-config';
import { createTestDatabase } from '@samspill/server-testing';
import { FORWARDED_IDENTITY_HEADER, Identity, loadOrCreateDevKeyPair, signDevToken, signForwardedIdentity } from '@samspill/server-auth';
import { ROGALAND_MUNICIPALITIES } from '../seed/demo-data';
import { BENCH_SUBJECT_HEADER } from './hive-gateway';

const list = (fallback: string) => z.string().default(fallback).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const config = loadConfig(
  z.object({
    DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
    KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
    BENCH_SECONDS: z.coerce.number().int().min(1).default(5),
    BENCH_ROUNDS: z.coerce.number().int().min(1).default(2),
    BENCH_CONNECTIONS: list('1,10,50').transform((l) => l.map(Number)),
    BENCH_OPERATIONS: list('overview,matrix,project'),
    BENCH_TRAFFIC: list('distinct,identical'),
    BENCH_SKIP_BUILD: z.enum(['0', '1']).default('0'),
    BENCH_INITIATIVES: z.coerce.number().int().min(1).default(20),
  }),
);

const ROOT = join(__dirname, '../..');
const SUBGRAPHS = [
  { name: 'network-strategy', env: 'NETWORK_STRATEGY' },
  { name: 'portfolios', env: 'PORTFOLIOS' },
  { name: 'consultation', env: 'CONSULTATION' },
  { name: 'benefits', env: 'BENEFITS' },
] as const;

const OPERATIONS: Record<string, string> = {
  overview: `query Overview($network: ID!) { network(id: $network) { id name members { joinedOn municipality { id name population
    adoptionCases { id status decision project { id } }
    projects { id name phase budget costToDate latestStatus { overall reportedAt } benefitRealisation { lines { type unit plannedGain realisedGain achievement } } }
    benefitRealisation { lines { type unit benefitCount plannedGain realisedGain achievement } } } } } }`,
  matrix: `query Matrix($network: String!) { trancheMatrix(networkId: $network) { initiativeId municipalityId stage decision decidedAt projectId daysInStage
    initiative { id title } municipality { id name } } }`,
  project: `query Project($project: ID!) { project(id: $project) { id name description phase budget costToDate owner createdAt
    municipality { id name population } initiative { id title status } adoptionCase { id decision rationale decidedAt }
    statusReports { id overall comment reportedAt } latestStatus { overall }
    benefitPlan { id seeded benefits { id } } benefitRealisation { lines { type unit plannedGain realisedGain achievement } } consultations { id } } }`,
};

const children: ChildProcess[] = [];
const logDir = mkdtempSync(join(tmpdir(), 'samspill-federated-read-'));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function startChild(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(join(logDir, `${name}.log`));
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  children.push(child);
  return child;
}

async function waitReady(name: string, url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}); see ${logDir}/${name}.log`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`${name} not ready after 180 s; see ${logDir}/${name}.log`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data;
}

/** A network of 23 members with BENCH_INITIATIVES launched initiatives, two adopted per member (each a project). */
async function loadNetwork(url: string, admin: string, sign: (grants: Identity['grants']) => Promise<string>, network: string) {
  await gql(url, admin, `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id: network, name: `Benchmark ${network}`, region: 'Rogaland' } });
  for (const m of ROGALAND_MUNICIPALITIES) {
    await gql(url, admin, `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: m });
    // Membership needs consent: the network invites, the municipality's editor accepts.
    const { inviteMunicipalityToNetwork } = await gql(url, admin, `mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`, { i: { networkId: network, municipalityId: m.id, joinedOn: '2025-01-01' } });
    const editor = await sign([{ role: 'municipality-editor', municipality: m.id }]);
    await gql(url, editor, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: inviteMunicipalityToNetwork.id });
  }
  const { createStrategy } = await gql(url, admin, `mutation($n: String!) { createStrategy(input: { networkId: $n, title: "Benchmark", periodStart: 2025, periodEnd: 2028 }) { id } }`, { n: network });
  const { addFocusArea } = await gql(url, admin, `mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Benchmark" }) { id } }`, { s: createStrategy.id });
  const { addGoal } = await gql(url, admin, `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Benchmark", indicator: "antall", unit: "stk" }) { id } }`, { f: addFocusArea.id });
  await gql(url, admin, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Bench", decisionReference: "B-1" }) { id } }`, { id: createStrategy.id });
  const initiatives: string[] = [];
  for (let i = 0; i < config.BENCH_INITIATIVES; i++) {
    const { proposeInitiative } = await gql(url, admin, `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Benchmark ${i}", owner: "Bench", costSharingModel: EQUAL_SHARE }) { id } }`, { g: addGoal.id });
    await gql(url, admin, `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    await gql(url, admin, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    initiatives.push(proposeInitiative.id);
  }
  // Adoption cases are opened by the portfolios service from InitiativeLaunched events: wait for them all.
  const cases: { id: string; municipalityId: string; initiativeId: string }[] = [];
  for (const i of initiatives.slice(0, 2)) {
    for (;;) {
      const { adoptionCases } = await gql(url, admin, `query($i: ID!) { adoptionCases(initiativeId: $i, first: 100) { totalCount edges { node { id municipalityId initiativeId } } } }`, { i });
      if (adoptionCases.totalCount === ROGALAND_MUNICIPALITIES.length) {
        cases.push(...adoptionCases.edges.map((e: any) => e.node));
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const projects: string[] = [];
  for (const c of cases) {
    const editor = await sign([{ role: 'municipality-editor', municipality: c.municipalityId }]);
    const { decideAdoption } = await gql(url, editor, `mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Benchmark adoption" }) { id project { id } } }`, { c: c.id });
    if (decideAdoption.project?.id) projects.push(decideAdoption.project.id);
  }
  return { initiatives: initiatives.length, projects };
}

interface Capture {
  subgraph: string;
  url: string;
  body: string;
}

/** Recording proxies in front of the subgraphs (one port each, paths unchanged): which fetches our gateway makes. */
async function captureProxy(upstream: Record<string, string>) {
  const captured: Capture[] = [];
  const servers = new Map<string, { server: ReturnType<typeof createServer>; port: number }>();
  for (const [subgraph, url] of Object.entries(upstream)) {
    const target = new URL(url);
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.method === 'POST') captured.push({ subgraph, url, body: body.toString() });
        const out = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        });
        out.on('error', () => res.destroy());
        out.end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.set(subgraph, { server, port: (server.address() as AddressInfo).port });
  }
  return {
    captured,
    urlFor: (name: string) => `http://127.0.0.1:${servers.get(name)!.port}${new URL(upstream[name]).pathname}`,
    stop: () => Promise.all([...servers.values()].map(({ server }) => new Promise((r) => server.close(r)))),
  };
}

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function drive(opts: autocannon.Options): Promise<Figure> {
  const r = await autocannon({ duration: config.BENCH_SECONDS, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

const mean = (xs: Figure[]): Figure => ({
  rps: xs.reduce((s, x) => s + x.rps, 0) / xs.length,
  p50: xs.reduce((s, x) => s + x.p50, 0) / xs.length,
  p99: xs.reduce((s, x) => s + x.p99, 0) / xs.length,
  errors: xs.reduce((s, x) => s + x.errors, 0),
});

async function main() {
  if (config.BENCH_SKIP_BUILD === '0') execSync('npm run --silent build', { cwd: ROOT, stdio: 'inherit' });
  const db = await createTestDatabase(config.DATABASE_URL, 'samspill_bench');
  const secret = randomBytes(32).toString('hex');
  const keyPath = join(logDir, 'dev-jwt-key.json');
  const keys = await loadOrCreateDevKeyPair(keyPath);
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: db.url, KAFKA_BROKERS: config.KAFKA_BROKERS, KAFKA_TOPIC_PREFIX: `fr${randomBytes(3).toString('hex')}.`, INTERNAL_AUTH_SECRET: secret };
  const dist = (app: string) => ['-r', './tools/run/register-dist-paths.js', `dist/apps/${app}/src/main.js`];
  try {
    const urls: Record<string, string> = {};
    for (const s of SUBGRAPHS) {
      const port = await freePort();
      urls[s.name] = `http://127.0.0.1:${port}/graphql`;
      const child = startChild(s.name, dist(s.name), { ...common, [`${s.env}_PORT`]: String(port) });
      await waitReady(s.name, `http://127.0.0.1:${port}/ready`, child);
    }
    const gatewayEnv = (subgraphUrls: Record<string, string>, port: number) => ({
      ...common,
      GATEWAY_PORT: String(port),
      AUTH_DEV_KEY_PATH: keyPath,
      // The overview asks for a whole network at once (estimated cost ~64,000, over the default budget)
      // thousands of times: the benchmark measures throughput, not the cost and rate limits.
      COST_BUDGET: '1000000',
      RATE_LIMIT_EXPENSIVE_READS: '0',
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.env}_URL`, subgraphUrls[s.name]])),
    });
    const gatewayPort = await freePort();
    const gateway = startChild('gateway', dist('gateway'), gatewayEnv(urls, gatewayPort));
    await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/ready`, gateway);
    const ours = `http://127.0.0.1:${gatewayPort}/graphql`;

    const network = `bench-${randomBytes(3).toString('hex')}`;
    const grants: Identity['grants'] = [{ role: 'network-admin', network }];
    const sign = (g: Identity['grants'], subject = 'bench') => signDevToken(keys.privateKey, { subject, grants: g, expiresIn: '2h' });
    const admin = await sign(grants);
    const started = Date.now();
    // Creating a network and registering municipalities is the platform admin's; reads use the network admin alone.
    const loaded = await loadNetwork(ours, await sign([...grants, { role: 'platform-admin' }]), sign, network);
    console.log(`loaded network ${network}: ${ROGALAND_MUNICIPALITIES.length} members, ${loaded.initiatives} initiatives, ${loaded.projects.length} projects in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const variables: Record<string, Record<string, string>> = { overview: { network }, matrix: { network }, project: { project: loaded.projects[0] } };

    const hive = startChild('hive', ['--require', 'tsx/cjs', 'tools/bench/hive-gateway.ts'], {
      ...common,
      HIVE_SUPERGRAPH_PATH: join(ROOT, 'apps/gateway/supergraph.graphql'),
      HIVE_SUBGRAPH_URLS: JSON.stringify(urls),
      HIVE_IDENTITY: JSON.stringify({ subject: 'bench', name: null, grants }),
    });
    const hiveUrl = await new Promise<string>((resolve, reject) => {
      hive.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
      hive.once('exit', (code) => reject(new Error(`Hive Gateway exited (${code}); see ${logDir}/hive.log`)));
    });

    // The fetches our gateway makes, recorded once per operation through a second gateway behind a proxy.
    const proxy = await captureProxy(urls);
    const capturePort = await freePort();
    const capturing = startChild('gateway-capture', dist('gateway'), gatewayEnv(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, proxy.urlFor(s.name)])), capturePort));
    await waitReady('gateway-capture', `http://127.0.0.1:${capturePort}/ready`, capturing);
    const fetches: Record<string, Capture[]> = {};
    for (const op of config.BENCH_OPERATIONS) {
      proxy.captured.length = 0;
      const viaOurs = await gql(`http://127.0.0.1:${capturePort}/graphql`, admin, OPERATIONS[op], variables[op]);
      fetches[op] = proxy.captured.filter((c) => c.body.includes('"query"'));
      const viaHive = (await (await fetch(hiveUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: OPERATIONS[op], variables: variables[op] }) })).json()) as any;
      const same = JSON.stringify(viaHive.data) === JSON.stringify(viaOurs);
      console.log(`${op}: ${(JSON.stringify(viaOurs).length / 1024).toFixed(1)} kB of JSON, ${fetches[op].length} subgraph fetches (${fetches[op].map((f) => f.subgraph).join(', ')}); Hive Gateway's answer ${same ? 'is identical' : `DIFFERS: ${JSON.stringify(viaHive).slice(0, 200)}`}`);
    }
    capturing.kill('SIGTERM');
    await proxy.stop();

    console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}; shared with other work, and autocannon runs on it too`);
    console.log(`${config.BENCH_SECONDS} s per run, ${config.BENCH_ROUNDS} alternating rounds each (figures are the mean over rounds); logs in ${logDir}`);
    // Distinct callers: every request another subject (same grants), so no two in flight are alike.
    const subjects = Array.from({ length: 500 }, (_, i) => `bench-${i}`);
    const tokens = await Promise.all(subjects.map((s) => sign(grants, s)));
    for (const op of config.BENCH_OPERATIONS) {
      const body = JSON.stringify({ query: OPERATIONS[op], variables: variables[op] });
      const base = { method: 'POST' as const, body, headers: { 'content-type': 'application/json' } };
      for (const traffic of config.BENCH_TRAFFIC) {
        for (const connections of config.BENCH_CONNECTIONS) {
          let n = 0;
          const oursOpts = (): autocannon.Options =>
            traffic === 'identical'
              ? { ...base, url: ours, connections, headers: { ...base.headers, authorization: `Bearer ${admin}` } }
              : { ...base, url: ours, connections, requests: [{ setupRequest: (r: any) => ({ ...r, headers: { ...r.headers, authorization: `Bearer ${tokens[n++ % tokens.length]}` } }) }] };
          const hiveOpts = (): autocannon.Options =>
            traffic === 'identical'
              ? { ...base, url: hiveUrl, connections }
              : { ...base, url: hiveUrl, connections, requests: [{ setupRequest: (r: any) => ({ ...r, headers: { ...r.headers, [BENCH_SUBJECT_HEADER]: subjects[n++ % subjects.length] } }) }] };
          const a: Figure[] = [];
          const b: Figure[] = [];
          for (let round = 0; round < config.BENCH_ROUNDS; round++) {
            // Alternate which goes first, so neither always meets the machine in the same state.
            if (round % 2 === 0) {
              a.push(await drive(oursOpts()));
              b.push(await drive(hiveOpts()));
            } else {
              b.push(await drive(hiveOpts()));
              a.push(await drive(oursOpts()));
            }
          }
          const [o, h] = [mean(a), mean(b)];
          const row = (label: string, f: Figure) => `${label.padEnd(12)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(0).padStart(4)} ms  p99 ${f.p99.toFixed(0).padStart(5)} ms${f.errors ? `  errors ${f.errors}` : ''}`;
          console.log(`${op.padEnd(8)} ${traffic.padEnd(9)} ${String(connections).padStart(2)} conn | ${row('ours', o)} | ${row('Hive+Rust', h)} | ours/Hive ${(o.rps / h.rps).toFixed(2)}×`);
        }
      }
    }

    // The floor: each subgraph fetch of the operation directly, one connection; their latencies summed.
    for (const op of config.BENCH_OPERATIONS) {
      let total = 0;
      const parts: string[] = [];
      for (const f of fetches[op]) {
        const token = await signForwardedIdentity({ subject: 'bench', name: null, grants }, 'bench', secret, f.subgraph);
        const r = await autocannon({ url: f.url, method: 'POST', body: f.body, connections: 1, duration: config.BENCH_SECONDS, headers: { 'content-type': 'application/json', [FORWARDED_IDENTITY_HEADER]: token } });
        const latency = r.latency.mean;
        total += latency;
        parts.push(`${f.subgraph} ${latency.toFixed(1)} ms (${r.requests.average.toFixed(0)} req/s)`);
      }
      const floor = 1000 / total;
      const ourOne = mean(await Promise.all([0].map(() => drive({ url: ours, method: 'POST', connections: 1, body: JSON.stringify({ query: OPERATIONS[op], variables: variables[op] }), headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` } }))));
      console.log(`${op} floor at 1 connection: ${parts.join(' + ')} = ${total.toFixed(1)} ms → ${floor.toFixed(0)} req/s; our gateway ${ourOne.rps.toFixed(0)} req/s = ${(ourOne.rps / floor).toFixed(2)}× the floor`);
    }
  } finally {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    // Bounded: a child that ignores SIGTERM must not keep the benchmark from ending.
    setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000).unref();
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await db.drop().catch(() => undefined);
  }
}

main().catch((err: Error) => {
  console.error(`[bench] ${err.stack ?? err.message}`);
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(1);
});
