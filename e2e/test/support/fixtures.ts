/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape; `any` is the caller's default, callers may pass a type. */
import { graphql, GraphQLResponse, TestTokens } from '@samspill/server-testing';

/** Throws with the error codes when a call that should succeed did not. */
export async function ok<T = any>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res: GraphQLResponse<T> = await graphql<T>(url, query, variables, token);
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export const SOLA = { id: '1124', name: 'Sola', population: 28100 };
export const STAVANGER = { id: '1103', name: 'Stavanger', population: 149000 };
export const SANDNES = { id: '1108', name: 'Sandnes', population: 83300 };

/**
 * A small network with three members and an adopted strategy holding one goal, built through
 * the gateway as a front end would. Returns the ids needed to propose and launch initiatives.
 */
export async function buildNetworkWithAdoptedStrategy(url: string, adminToken: string, networkId: string, tokens: TestTokens) {
  await ok(url, `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id: networkId, name: 'Digi Test', region: 'Rogaland' } }, adminToken);
  // Master data is the platform's: municipalities are registered by a platform admin.
  const platformAdmin = await tokens.platformAdmin();
  for (const m of [SOLA, STAVANGER, SANDNES]) {
    const res = await graphql(url, `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: m }, platformAdmin);
    if (res.errors && res.errors[0].extensions?.code !== 'CONFLICT') throw new Error(JSON.stringify(res.errors));
    await joinWithConsent(url, tokens, adminToken, networkId, m.id, '2020-01-01');
  }
  const { createStrategy } = await ok(url, `mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`, {
    i: { networkId, title: 'Strategi 2025–2028', periodStart: 2025, periodEnd: 2028, vision: 'Sammen digitalt' },
  }, adminToken);
  const { addFocusArea } = await ok(url, `mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Brukerorienterte tjenester" }) { id } }`, { s: createStrategy.id }, adminToken);
  const { addGoal } = await ok(url, `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Heldigitale tjenester", indicator: "andel heldigitale", unit: "%", baselineValue: 40, targetValue: 80, targetYear: 2028 }) { id } }`, { f: addFocusArea.id }, adminToken);
  await ok(url, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2025/1" }) { id } }`, { id: createStrategy.id }, adminToken);
  return { strategyId: createStrategy.id as string, goalId: addGoal.id as string };
}

/** Membership needs consent (issue 11): the network's admin invites, the municipality's editor accepts. */
export async function joinWithConsent(url: string, tokens: TestTokens, adminToken: string | undefined, networkId: string, municipalityId: string, joinedOn: string): Promise<void> {
  const { inviteMunicipalityToNetwork } = await ok(url, `mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`, {
    i: { networkId, municipalityId, joinedOn },
  }, adminToken);
  await ok(url, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: inviteMunicipalityToNetwork.id }, await tokens.municipalityEditor(municipalityId));
}

export async function proposeAndApprove(url: string, adminToken: string, goalId: string, title: string): Promise<string> {
  const { proposeInitiative } = await ok(url, `mutation($g: ID!, $i: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $i) { id } }`, {
    g: goalId,
    i: {
      title,
      owner: 'Sola kommune',
      costSharingModel: 'BY_POPULATION',
      expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'timer spart', unit: 'NOK', amountPerYear: 100000, scaling: 'FIXED' }],
    },
  }, adminToken);
  await ok(url, `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id }, adminToken);
  return proposeInitiative.id;
}
