/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
/**
 * The public read path, measured against a running system (`npm start` with the demo data):
 *  1. anonymous portfolio read for one municipality, 50 connections, side by side in one run:
 *     - trusted document by GET id through our gateway (response cache + HTTP caching),
 *     - the same query uncached through our gateway (ad-hoc POST),
 *     - the same query through Hive Gateway (@graphql-hive/gateway-runtime with
 *       @graphql-hive/router-runtime) on the same subgraphs, started here in-process;
 *  2. staleness: StatusReported committed (mutation answered) → the changed response served;
 *  3. the embed bundle's gzip size.
 * autocannon runs on the same machine as everything it measures (2 cores, shared): read the
 * figures as relative, and see the note printed with them.
 *   npx tsx tools/bench/public-read.ts      (GATEWAY_URL, BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_STALENESS_RUNS)
 */
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { z } from 'zod';
import { loadConfig } from '@samspill/server-config';
import { loadOrCreateDevKeyPair, signDevToken } from '@samspill/server-auth';
import { buildEmbed } from '../../apps/embed/tooling/build-embed';
import { DOCUMENTS } from '../embed/embed-documents';
import { DOCUMENT_IDS } from '../../apps/embed/src/api/document-ids';
import { startHiveGateway } from './hive-gateway';

const config = loadConfig(
  z.object({
    GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
    AUTH_DEV_KEY_PATH: z.string().default(join(__dirname, '../../.samspill/dev-jwt-key.json')),
    INTERNAL_AUTH_SECRET: z.string().min(32),
    SUPERGRAPH_PATH: z.string().default(join(__dirname, '../../apps/gateway/supergraph.graphql')),
    /** Subgraph URLs as the running system has them (to point Hive Gateway at the same ones). */
    NETWORK_STRATEGY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
    PORTFOLIOS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
    CONSULTATION_URL: z.url().default('http://127.0.0.1:4003/graphql'),
    BENEFITS_URL: z.url().default('http://127.0.0.1:4004/graphql'),
    BENCH_MUNICIPALITY: z.string().default('1124'),
    BENCH_SECONDS: z.coerce.number().int().min(1).default(10),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).default(50),
    BENCH_STALENESS_RUNS: z.coerce.number().int().min(1).default(50),
  }),
);

const variables = { municipality: config.BENCH_MUNICIPALITY };
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Our gateway's own CPU seconds so far (its Prometheus process metrics): what a request costs it, whatever else loads the machine. */
async function gatewayCpuSeconds(): Promise<number> {
  const text = await (await fetch(config.GATEWAY_URL.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith('process_cpu_seconds_total'));
  return line ? Number(line.split(' ').pop()) : NaN;
}

interface Run {
  title: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Gateway CPU per request in µs (our gateway only). */
  cpuUs?: number;
}

async function load(title: string, opts: Partial<autocannon.Options>, ours = false): Promise<Run> {
  const before = ours ? await gatewayCpuSeconds() : NaN;
  const result = await autocannon({ connections: config.BENCH_CONNECTIONS, duration: config.BENCH_SECONDS, ...opts } as autocannon.Options);
  const cpuUs = ours ? ((await gatewayCpuSeconds()) - before) * 1e6 / Math.max(1, result.requests.total) : undefined;
  return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx, cpuUs };
}

/** Hive Gateway on the committed supergraph, calling the same subgraphs with the same signed anonymous identity our gateway sends. */
function startHive() {
  return startHiveGateway({
    supergraphPath: config.SUPERGRAPH_PATH,
    internalAuthSecret: config.INTERNAL_AUTH_SECRET,
    subgraphUrls: {
      'network-strategy': config.NETWORK_STRATEGY_URL,
      portfolios: config.PORTFOLIOS_URL,
      consultation: config.CONSULTATION_URL,
      benefits: config.BENEFITS_URL,
    },
  });
}

async function staleness(): Promise<number[]> {
  const keys = await loadOrCreateDevKeyPair(config.AUTH_DEV_KEY_PATH);
  const editor = await signDevToken(keys.privateKey, { subject: 'bench', grants: [{ role: 'municipality-editor', municipality: config.BENCH_MUNICIPALITY }], expiresIn: '1h' });
  const trusted = `${config.GATEWAY_URL}?documentId=${encodeURIComponent(DOCUMENT_IDS.portfolio)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  // Under load a read can fail (e.g. a subgraph timeout); such an answer is never cached: read again.
  const read = async (): Promise<any[]> => {
    for (;;) {
      const body = (await (await fetch(trusted)).json()) as any;
      if (body.data?.municipality) return body.data.municipality.projects;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const project = (await read())[0];
  if (!project) throw new Error(`municipality ${config.BENCH_MUNICIPALITY} has no published project: load the demo data`);
  const lights = ['RED', 'YELLOW', 'GREEN'];
  const samples: number[] = [];
  for (let i = 0; i < config.BENCH_STALENESS_RUNS; i++) {
    await read(); // the entry is cached before the change
    const light = lights[i % 3] === project.latestStatus?.overall ? lights[(i + 1) % 3] : lights[i % 3];
    const res = await fetch(config.GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({
        query: `mutation($id: ID!, $i: ReportStatusInput!) { reportProjectStatus(id: $id, input: $i) { id } }`,
        variables: { id: project.id, i: { overall: light, schedule: 'GREEN', budget: 'GREEN', quality: 'GREEN', risk: 'GREEN', comment: 'benchmark' } },
      }),
    });
    const committed = performance.now();
    if (((await res.json()) as any).errors) throw new Error('reportProjectStatus failed');
    for (;;) {
      const shown = (await read()).find((p) => p.id === project.id);
      if (shown?.latestStatus?.overall === light) break;
      if (performance.now() - committed > 30000) throw new Error('change not served within 30 s');
    }
    samples.push(performance.now() - committed);
    project.latestStatus = { overall: light };
  }
  return samples.sort((a, b) => a - b);
}

async function main() {
  const query = DOCUMENTS.portfolio;
  const trusted = `${config.GATEWAY_URL}?documentId=${encodeURIComponent(DOCUMENT_IDS.portfolio)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const body = JSON.stringify({ query, variables });
  const sample = (await (await fetch(trusted)).json()) as any;
  const projects = sample.data?.municipality?.projects?.length ?? 0;
  const hive = await startHive();
  const hiveSample = (await (await fetch(hive.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as any;
  if (JSON.stringify(hiveSample.data) !== JSON.stringify(sample.data)) throw new Error(`Hive Gateway answers differently: ${JSON.stringify(hiveSample).slice(0, 300)}`);

  console.log(`public portfolio read of ${config.BENCH_MUNICIPALITY} (${projects} published projects), ${config.BENCH_CONNECTIONS} connections, ${config.BENCH_SECONDS} s each`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), load average before ${loadavg().map((l) => l.toFixed(2)).join(' ')}; shared with other work, and autocannon runs on it too`);
  const runs = [
    await load('our gateway, trusted GET, response cache', { url: trusted }, true),
    await load('our gateway, same query uncached (POST)', { url: config.GATEWAY_URL, method: 'POST', headers: { 'content-type': 'application/json' }, body }, true),
    await load('Hive Gateway (router-runtime), same query', { url: hive.url, method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  ];
  await hive.stop();
  for (const r of runs) {
    const cpu = r.cpuUs === undefined || Number.isNaN(r.cpuUs) ? '' : `   gateway CPU ${r.cpuUs.toFixed(0)} µs/request`;
    console.log(`${r.title.padEnd(46)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(5)} ms   errors ${r.errors}, non-2xx ${r.non2xx}${cpu}`);
  }

  const s = await staleness();
  console.log(`staleness, StatusReported committed → changed response served (${s.length} runs): p50 ${percentile(s, 50).toFixed(0)} ms, p99 ${percentile(s, 99).toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms`);

  const bundle = await buildEmbed(mkdtempSync(join(tmpdir(), 'samspill-embed-bench-')));
  console.log(`embed bundle ${bundle.file}: ${(bundle.bytes / 1024).toFixed(1)} kB, gzip ${(bundle.gzipBytes / 1024).toFixed(1)} kB`);
}

main().catch((err: Error) => {
  console.error(`[bench] ${err.message}`);
  process.exit(1);
});
