import type { FaultStack } from './fault-stack';
import { GatewayClient } from './gateway-client';

export const NETWORK = 'digi-fault';
const MUNICIPALITIES = 30;

export interface AdoptionCaseRef {
  caseId: string;
  municipalityId: string;
  initiativeId: string;
}

export interface FaultWorld {
  cases: AdoptionCaseRef[];
  /** Bearer token of each municipality's editor (the caller of its decisions). */
  editors: Map<string, string>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The data a steady stream of decisions needs, made through the gateway before any fault:
 * a network of 30 municipalities (1101–1130), an adopted strategy with one goal, and enough
 * launched initiatives (each with one expected benefit) that every decision has its own
 * adoption case. Returns once every case is open and every read model has the launches.
 */
export async function buildWorld(stack: FaultStack, decisionsNeeded: number): Promise<FaultWorld> {
  const client = new GatewayClient(stack.gatewayUrl);
  const admin = await stack.tokens.sign([{ role: 'network-admin', network: NETWORK }], 'fault-admin', '3h');
  const platform = await stack.tokens.sign([{ role: 'platform-admin' }], 'fault-platform', '3h');
  const municipalityIds = Array.from({ length: MUNICIPALITIES }, (_, i) => String(1101 + i));
  const initiatives = Math.ceil(decisionsNeeded / MUNICIPALITIES) + 1;

  await client.ok(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id: NETWORK, name: 'Digi Feil', region: 'Rogaland' } }, admin);
  for (const id of municipalityIds) {
    await client.ok(`mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: { id, name: `Feilkommune ${id}`, population: 10000 } }, platform);
    // Membership needs the municipality's consent (issue 11): the admin invites, its editor accepts.
    const { inviteMunicipalityToNetwork } = await client.ok(`mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`, { i: { networkId: NETWORK, municipalityId: id, joinedOn: '2020-01-01' } }, admin);
    const editor = await stack.tokens.sign([{ role: 'municipality-editor', municipality: id }], `fault-editor-${id}`, '3h');
    await client.ok(`mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: inviteMunicipalityToNetwork.id }, editor);
  }
  const { createStrategy } = await client.ok(`mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`, { i: { networkId: NETWORK, title: 'Feilstrategi', periodStart: 2025, periodEnd: 2028 } }, admin);
  const { addFocusArea } = await client.ok(`mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Robuste tjenester" }) { id } }`, { s: createStrategy.id }, admin);
  const { addGoal } = await client.ok(
    `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Ingenting tapt", indicator: "andel", unit: "%", baselineValue: 40, targetValue: 80, targetYear: 2028 }) { id } }`,
    { f: addFocusArea.id },
    admin,
  );
  await client.ok(`mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2025/9" }) { id } }`, { id: createStrategy.id }, admin);
  for (let i = 0; i < initiatives; i++) {
    const { proposeInitiative } = await client.ok(
      `mutation($g: ID!, $i: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $i) { id } }`,
      {
        g: addGoal.id,
        i: {
          title: `Feiltiltak ${i + 1}`,
          owner: 'Sola kommune',
          costSharingModel: 'BY_POPULATION',
          expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'timer spart', unit: 'NOK', amountPerYear: 100000, scaling: 'FIXED' }],
        },
      },
      admin,
    );
    await client.ok(`mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id }, admin);
    await client.ok(`mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id }, admin);
  }

  // Every read model has the launches before the first decision (so no count waits on set-up).
  const expectedCases = municipalityIds.length * initiatives;
  const deadline = Date.now() + 180000;
  for (;;) {
    const { rows } = await stack.db.query(
      `SELECT (SELECT count(*) FROM portfolios.adoption_case)::int AS cases,
              (SELECT count(*) FROM network_strategy.tranche_cell)::int AS cells,
              (SELECT count(*) FROM benefits.initiative_profile)::int AS profiles,
              (SELECT count(*) FROM benefits.municipality)::int AS municipalities`,
    );
    const r = rows[0];
    if (r.cases === expectedCases && r.cells === expectedCases && r.profiles === initiatives && r.municipalities === municipalityIds.length) break;
    if (Date.now() > deadline) throw new Error(`set-up did not converge: ${JSON.stringify(r)}, expected ${expectedCases} cases`);
    await sleep(500);
  }
  // Round-robin over municipalities, so consecutive decisions land on different partitions' keys.
  const { rows: cases } = await stack.db.query(
    `SELECT id AS "caseId", municipality_id AS "municipalityId", initiative_id AS "initiativeId"
       FROM portfolios.adoption_case ORDER BY row_number() OVER (PARTITION BY municipality_id ORDER BY initiative_id), municipality_id`,
  );
  const editors = new Map<string, string>();
  for (const id of municipalityIds) editors.set(id, await stack.tokens.sign([{ role: 'municipality-editor', municipality: id }], `fault-editor-${id}`, '3h'));
  return { cases, editors };
}
