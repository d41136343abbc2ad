/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import { cpus, loadavg } from 'node:os';
import { z } from 'zod';
import { chromium } from 'playwright-core';
import { loadConfig } from '@samspill/server-config';

/**
 * Time from navigation to a fully drawn /matrix (the app's `samspill:matrix-drawn` Performance
 * mark: frame, cells and grid rendered) for 20 initiatives × 23 members, in headless Debian
 * chromium, signed in as the network admin (the full read model). Runs against a running system
 * (`npm start`); tops the demo network up to 20 launched initiatives first (they stay).
 * Baseline in the same run: navigation to /sign-in (static page, same bundle) until its first
 * persona button is drawn.
 *   npx tsx tools/bench/web-matrix.ts        (BENCH_RUNS=10 by default)
 */
const config = loadConfig(
  z.object({
    WEB_URL: z.url().default('http://127.0.0.1:4000'),
    WEB_NETWORK_ID: z.string().default('digi-rogaland'),
    BENCH_RUNS: z.coerce.number().int().min(1).max(200).default(10),
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  }),
);

async function token(persona: string): Promise<string> {
  const res = await fetch(`${config.WEB_URL}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona }) });
  if (!res.ok) throw new Error(`/dev/token: HTTP ${res.status} (is the gateway running in development?)`);
  return ((await res.json()) as { token: string }).token;
}

async function gql(t: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${config.WEB_URL}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

async function topUp(admin: string) {
  const { initiatives } = await gql(admin, `query($n: String!) { initiatives(networkId: $n, status: LAUNCHED, first: 100) { totalCount } }`, { n: config.WEB_NETWORK_ID });
  const { network } = await gql(admin, `query($n: ID!) { network(id: $n) { members { id } strategies { status focusAreas { goals { id } } } } }`, { n: config.WEB_NETWORK_ID });
  const goals: string[] = network.strategies.flatMap((s: any) => s.focusAreas.flatMap((f: any) => f.goals.map((g: any) => g.id)));
  for (let i = initiatives.totalCount; i < 20; i++) {
    const { proposeInitiative } = await gql(admin, `mutation($g: ID!, $i: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $i) { id } }`, {
      g: goals[i % goals.length],
      i: { title: `Benchmark-initiativ ${i + 1}`, owner: 'Digi Rogaland', costSharingModel: 'EQUAL_SHARE' },
    });
    await gql(admin, `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    await gql(admin, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
  }
  // The read model fills through Kafka: wait for every cell.
  const want = 20 * network.members.length;
  for (let tries = 0; ; tries++) {
    const { trancheMatrix } = await gql(admin, `query($n: String!) { trancheMatrix(networkId: $n) { initiativeId } }`, { n: config.WEB_NETWORK_ID });
    if (trancheMatrix.length >= want) return { initiatives: new Set(trancheMatrix.map((c: any) => c.initiativeId)).size, members: network.members.length, cells: trancheMatrix.length };
    if (tries > 600) throw new Error(`matrix has ${trancheMatrix.length} of ${want} cells`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves with the start time of the app's matrix-drawn mark, once it is set (or at once if it is). */
const DRAWN_MARK = `new Promise((resolve, reject) => {
  const name = 'samspill:matrix-drawn';
  const seen = performance.getEntriesByName(name)[0];
  if (seen) return resolve(seen.startTime);
  const timer = setTimeout(() => reject(new Error('no ' + name + ' mark within 30 s')), 30000);
  new PerformanceObserver((list, observer) => {
    const mark = list.getEntriesByName(name)[0];
    if (mark) { clearTimeout(timer); observer.disconnect(); resolve(mark.startTime); }
  }).observe({ type: 'mark', buffered: true });
})`;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return `median ${at(50).toFixed(0)} ms, p90 ${at(90).toFixed(0)} ms, min ${s[0].toFixed(0)} ms, max ${s[s.length - 1].toFixed(0)} ms (n=${s.length})`;
};

async function main() {
  const admin = await token('admin');
  const shape = await topUp(admin);
  const claims = JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString());
  const session = JSON.stringify({ token: admin, name: claims.name, grants: claims.samspill_roles });
  const browser = await chromium.launch({ executablePath: config.CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const matrix: number[] = [];
  const baseline: number[] = [];
  const afterStart: number[] = [];
  try {
    for (let run = 0; run < config.BENCH_RUNS + 1; run++) {
      // A fresh context per run: empty cache, as a first visit (run 0 warms the server, not counted).
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('samspill.session', ${JSON.stringify(session)})`);
      const page = await context.newPage();
      await page.goto(`${config.WEB_URL}/sign-in`);
      await page.locator('button[data-persona]').first().waitFor();
      const signIn = (await page.evaluate(`performance.now()`)) as number;
      await page.goto(`${config.WEB_URL}/matrix`);
      // Waits inside the page for the mark (a PerformanceObserver): the app's CSP forbids the
      // string eval that page.waitForFunction would use, and polling from here would add latency.
      const drawn = (await page.evaluate(DRAWN_MARK)) as number;
      // Where the time goes: until the app's script runs (HTML, JS download and parse), then data and drawing.
      const started = (await page.evaluate(`performance.getEntriesByName('samspill:start')[0]?.startTime ?? NaN`)) as number;
      const cells = (await page.evaluate(`document.querySelectorAll('td[role=gridcell][data-stage]').length`)) as number;
      if (cells < shape.cells) throw new Error(`drawn matrix has ${cells} cells, expected ${shape.cells}`);
      if (run > 0) {
        matrix.push(drawn);
        afterStart.push(drawn - started);
        baseline.push(signIn);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`matrix: ${shape.initiatives} initiatives × ${shape.members} members = ${shape.cells} cells, headless chromium, 1440×900, fresh context per run`);
  console.log(`navigation → /matrix fully drawn: ${stats(matrix)} (goal ≤ 1000 ms)`);
  console.log(`  of which app script running → matrix drawn (config, both queries, 460 cells): ${stats(afterStart)}`);
  console.log(`baseline, navigation → /sign-in drawn: ${stats(baseline)}`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores (shared; the baseline shows what the machine allows a static page)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
