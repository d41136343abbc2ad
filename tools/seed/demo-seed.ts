/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape; `any` is the caller's default, callers may pass a type. */
import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@samspill/server-config';
import { loadOrCreateDevKeyPair, signDevToken } from '@samspill/server-auth';
import { DIGI_ROGALAND, ROGALAND_MUNICIPALITIES, STRATEGY_2025_2028, VELFERDSTEKNOLOGI_JAEREN } from './demo-data';
import { seedSolaPortal } from './demo-sola-portal';
import { seedDemoLife } from './demo-life';
import { fetchHonouringRetryAfter } from './fetch-honouring-retry-after';

/**
 * Loads the Digi Rogaland demo through the public GraphQL API (so every event flows as in
 * real use), unless the network already exists. Uses a development token: demo only.
 */
const config = loadConfig(
  z.object({
    GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
    AUTH_DEV_KEY_PATH: z.string().default(join(__dirname, '../../.samspill/dev-jwt-key.json')),
    DEMO_DECIDING_MEMBERS: z.coerce.number().int().min(1).max(1000).optional(),
  }),
);

let token = '';

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, as = token): Promise<T> {
  const res = await fetchHonouringRetryAfter(config.GATEWAY_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) {
    throw Object.assign(new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')), { errors: body.errors });
  }
  return body.data as T;
}

async function alreadySeeded(): Promise<boolean> {
  try {
    await gql(`query($id: ID!) { network(id: $id) { id } }`, { id: DIGI_ROGALAND.id });
    return true;
  } catch (err) {
    if ((err as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code === 'NOT_FOUND') return false;
    throw err;
  }
}

async function seed() {
  const keys = await loadOrCreateDevKeyPair(config.AUTH_DEV_KEY_PATH);
  token = await signDevToken(keys.privateKey, {
    subject: 'demo-seed',
    name: 'Demo seed',
    // The seed acts as the platform (municipality master data) and as Digi Rogaland's admin.
    grants: [{ role: 'network-admin', network: DIGI_ROGALAND.id }, { role: 'network-admin', network: VELFERDSTEKNOLOGI_JAEREN.id }, { role: 'platform-admin' }],
    expiresIn: '10m',
  });
  if (await alreadySeeded()) {
    console.error('[seed] demo data already present');
    return;
  }
  const started = Date.now();
  await gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, { input: DIGI_ROGALAND });
  for (const m of ROGALAND_MUNICIPALITIES) {
    await gql(`mutation($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { id } }`, { input: m }).catch((err) => {
      if (!String(err.message).startsWith('CONFLICT')) throw err; // registered by another network's seed
    });
    // Membership needs the municipality's consent: the network invites, the municipality's editor accepts.
    const { inviteMunicipalityToNetwork } = await gql(`mutation($input: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $input) { id } }`, {
      input: { networkId: DIGI_ROGALAND.id, municipalityId: m.id, joinedOn: '2020-01-01', message: 'Velkommen som medlem i Digi Rogaland.' },
    });
    const editor = await signDevToken(keys.privateKey, { subject: `demo-editor-${m.id}`, name: `Digitaliseringskoordinator ${m.name}`, grants: [{ role: 'municipality-editor', municipality: m.id }], expiresIn: '10m' });
    await gql(`mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: inviteMunicipalityToNetwork.id }, editor);
  }
  // A theme network's invitations wait for Sola's and Sandnes' answer (shown on their municipality pages).
  const { invited, message, ...themeNetwork } = VELFERDSTEKNOLOGI_JAEREN;
  await gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, { input: themeNetwork });
  for (const municipalityId of invited) {
    await gql(`mutation($input: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $input) { id } }`, { input: { networkId: themeNetwork.id, municipalityId, message } });
  }
  const { focusAreas, ...strategyInput } = STRATEGY_2025_2028;
  const { createStrategy } = await gql(`mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`, {
    input: { ...strategyInput, networkId: DIGI_ROGALAND.id },
  });
  const toLaunch: string[] = [];
  for (const fa of focusAreas) {
    const { addFocusArea } = await gql(`mutation($s: ID!, $input: AddFocusAreaInput!) { addFocusArea(strategyId: $s, input: $input) { id } }`, {
      s: createStrategy.id,
      input: { title: fa.title, description: fa.description },
    });
    for (const { initiatives, ...goal } of fa.goals) {
      const { addGoal } = await gql(`mutation($f: ID!, $input: AddGoalInput!) { addGoal(focusAreaId: $f, input: $input) { id } }`, {
        f: addFocusArea.id,
        input: goal,
      });
      for (const { launch, ...initiative } of initiatives) {
        const { proposeInitiative } = await gql(
          `mutation($g: ID!, $input: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $input) { id } }`,
          { g: addGoal.id, input: initiative },
        );
        if (launch) toLaunch.push(proposeInitiative.id);
      }
    }
  }
  await gql(`mutation($id: ID!, $input: AdoptStrategyInput!) { adoptStrategy(id: $id, input: $input) { id } }`, {
    id: createStrategy.id,
    input: { adoptedBy: 'Styringsgruppen for Digi Rogaland', decisionReference: 'Sak 2024/31' },
  });
  await gql(`mutation($input: RecordActivityInput!) { recordStrategizingActivity(input: $input) { id } }`, {
    input: {
      networkId: DIGI_ROGALAND.id,
      strategyId: createStrategy.id,
      kind: 'DECISION',
      tranche: 'T1_NETWORK',
      title: 'Styringsgruppen vedtar digitaliseringsstrategien 2025–2028',
      occurredOn: '2024-12-05',
      participants: ['Kommunedirektørene i Rogaland'],
      outcome: 'Strategien vedtatt; to fellesprosjekter besluttet iverksatt.',
      decidingBody: 'Styringsgruppen',
      caseNumber: 'Sak 2024/31',
    },
  });
  for (const id of toLaunch) {
    await gql(`mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id });
    await gql(`mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id });
  }
  await seedSolaPortal(config.GATEWAY_URL, keys.privateKey);
  await seedDemoLife({
    gatewayUrl: config.GATEWAY_URL,
    networkId: DIGI_ROGALAND.id,
    decidingMembers: config.DEMO_DECIDING_MEMBERS,
    token: (grants, subject) => signDevToken(keys.privateKey, { subject: subject ?? 'demo-seed', name: 'Demo seed', grants, expiresIn: '10m' }),
  });
  console.error(`[seed] Digi Rogaland demo loaded in ${Date.now() - started} ms`);
}

seed().catch((err) => {
  console.error('[seed] failed:', err.message);
  process.exit(1);
});
