/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@samspill/server-config';
import { loadOrCreateDevKeyPair, RoleGrant, signDevToken } from '@samspill/server-auth';
import { ROGALAND_MUNICIPALITIES } from '../seed/demo-data';

/**
 * Measures the time from an adoption decision (mutation through the gateway) until the tranche
 * matrix shows it: portfolios outbox → relay → Kafka → network-strategy consumer → read model.
 * Runs against a running system (`npm start`) in a network of its own, one decision at a time.
 *   npx tsx tools/bench/decision-to-matrix.ts            (BENCH_DECISIONS=230 by default)
 */
const config = loadConfig(
  z.object({
    GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
    AUTH_DEV_KEY_PATH: z.string().default(join(__dirname, '../../.samspill/dev-jwt-key.json')),
    BENCH_DECISIONS: z.coerce.number().int().min(1).max(5000).default(230),
  }),
);

async function gql(token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(config.GATEWAY_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const keys = await loadOrCreateDevKeyPair(config.AUTH_DEV_KEY_PATH);
  const sign = (grants: RoleGrant[]) => signDevToken(keys.privateKey, { subject: 'bench', grants, expiresIn: '1h' });
  const network = `bench-${randomBytes(3).toString('hex')}`;
  // The bench acts as the platform too: registering municipalities is master data.
  const admin = await sign([{ role: 'network-admin', network }, { role: 'platform-admin' }]);
  const editors = new Map<string, string>();
  for (const m of ROGALAND_MUNICIPALITIES) editors.set(m.id, await sign([{ role: 'municipality-editor', municipality: m.id }]));

  await gql(admin, `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id: network, name: `Benchmark ${network}`, region: 'Rogaland' } });
  for (const m of ROGALAND_MUNICIPALITIES) {
    await gql(admin, `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: m }).catch((e) => {
      if (!String(e.message).startsWith('CONFLICT')) throw e;
    });
    // Membership needs consent: the network invites, the municipality's editor accepts.
    const { inviteMunicipalityToNetwork } = await gql(admin, `mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`, { i: { networkId: network, municipalityId: m.id, joinedOn: '2025-01-01' } });
    await gql(editors.get(m.id) as string, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: inviteMunicipalityToNetwork.id });
  }
  const { createStrategy } = await gql(admin, `mutation($n: String!) { createStrategy(input: { networkId: $n, title: "Benchmark", periodStart: 2025, periodEnd: 2028 }) { id } }`, { n: network });
  const { addFocusArea } = await gql(admin, `mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Benchmark" }) { id } }`, { s: createStrategy.id });
  const { addGoal } = await gql(admin, `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Benchmark", indicator: "antall beslutninger", unit: "stk" }) { id } }`, { f: addFocusArea.id });
  await gql(admin, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Bench", decisionReference: "B-1" }) { id } }`, { id: createStrategy.id });

  const initiatives = Math.ceil(config.BENCH_DECISIONS / ROGALAND_MUNICIPALITIES.length);
  const cases: { caseId: string; initiativeId: string; municipalityId: string }[] = [];
  for (let i = 0; i < initiatives; i++) {
    const { proposeInitiative } = await gql(admin, `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Benchmark ${i}", owner: "Bench", costSharingModel: EQUAL_SHARE }) { id } }`, { g: addGoal.id });
    await gql(admin, `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    await gql(admin, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    for (;;) {
      const { adoptionCases } = await gql(admin, `query($i: ID!) { adoptionCases(initiativeId: $i, first: 100) { totalCount edges { node { id municipalityId } } } }`, { i: proposeInitiative.id });
      if (adoptionCases.totalCount === ROGALAND_MUNICIPALITIES.length) {
        for (const e of adoptionCases.edges) cases.push({ caseId: e.node.id, initiativeId: proposeInitiative.id, municipalityId: e.node.municipalityId });
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const latencies: number[] = [];
  // Baseline in the same run: the decision mutation's own round trip, without waiting for the matrix.
  const mutationOnly: number[] = [];
  for (const c of cases.slice(0, config.BENCH_DECISIONS)) {
    const started = performance.now();
    await gql(editors.get(c.municipalityId)!, `mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: DECLINE, rationale: "Benchmark decision" }) { id } }`, { c: c.caseId });
    mutationOnly.push(performance.now() - started);
    for (;;) {
      const { trancheMatrix } = await gql(admin, `query($n: String!, $i: String!, $m: String!) { trancheMatrix(networkId: $n, initiativeId: $i, municipalityId: $m) { decision } }`, { n: network, i: c.initiativeId, m: c.municipalityId });
      if (trancheMatrix[0]?.decision) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    latencies.push(performance.now() - started);
  }
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  const line = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${label.padEnd(34)} median ${f(percentile(sorted, 50))}   p90 ${f(percentile(sorted, 90))}   min ${f(sorted[0])}   max ${f(sorted[sorted.length - 1])}`);
  };
  console.log(`${latencies.length} adoption decisions, one at a time, network ${network}`);
  line('decision → visible in tranche matrix', latencies);
  line('baseline: decision mutation alone', mutationOnly);
}

main().catch((err) => {
  console.error('benchmark failed:', err.message);
  process.exit(1);
});
