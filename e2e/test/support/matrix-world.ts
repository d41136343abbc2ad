/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import type { Actor } from '@samspill/server-auth';
import { waitUntil } from '@samspill/server-testing';
import type { E2EStack } from './e2e-stack';
import { ok } from './fixtures';

export const NET_A = 'matrix-a';
export const NET_B = 'matrix-b';
export const OWN_M = '1124';
export const OTHER_M = '1103';
export const B_M = '1108';
/** A third network, whose admin is none of the actors: it sends the own municipality an invitation to decline. */
export const NET_C = 'matrix-c';

/** Everything the matrix cells point at, built through the gateway as clients would. */
export interface MatrixWorld {
  tokens: Record<Actor, string | undefined>;
  subjects: Record<Actor, string | null>;
  adoptedStrategyId: string;
  focusAreaId: string;
  goalId: string;
  draftStrategyId: string;
  draftFocusAreaId: string;
  draftGoalId: string;
  draftInitiativeId: string;
  initiativeId: string;
  approvedInitiativeId: string;
  caseId: string;
  unpublishedProjectId: string;
  publishedProjectId: string;
  planId: string;
  benefitId: string;
  measurementId: string;
  draftConsultationId: string;
  openConsultationId: string;
  closedConsultationId: string;
  questionId: string;
  openResponseId: string;
  closedResponseId: string;
  commentId: string;
  acceptInvitationId: string;
  declineInvitationId: string;
  withdrawInvitationId: string;
}

export async function buildMatrixWorld(stack: E2EStack): Promise<MatrixWorld> {
  const t = stack.tokens;
  const tokens: Record<Actor, string | undefined> = {
    anonymous: undefined,
    participant: await t.participant('matrix-participant'),
    analyst: await t.analyst(),
    'platform-admin': await t.platformAdmin(),
    'network-admin:own': await t.networkAdmin(NET_A),
    'network-admin:other': await t.networkAdmin(NET_B),
    'municipality-editor:own': await t.municipalityEditor(OWN_M),
    'municipality-editor:other': await t.municipalityEditor(OTHER_M),
  };
  const subjects: Record<Actor, string | null> = {
    anonymous: null,
    participant: 'matrix-participant',
    analyst: 'analyst',
    'platform-admin': 'platform-admin',
    'network-admin:own': `admin-${NET_A}`,
    'network-admin:other': `admin-${NET_B}`,
    'municipality-editor:own': `editor-${OWN_M}`,
    'municipality-editor:other': `editor-${OTHER_M}`,
  };
  const url = stack.gatewayUrl;
  const admin = tokens['network-admin:own'];
  const editor = tokens['municipality-editor:own'];
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => ok(url, query, variables, token);

  for (const [id, token] of [[NET_A, admin], [NET_B, tokens['network-admin:other']]] as const) {
    await gql(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id, name: `Matrix ${id}`, region: 'Rogaland' } }, token);
  }
  for (const [id, name, population] of [[OWN_M, 'Sola', 28100], [OTHER_M, 'Stavanger', 149000], [B_M, 'Sandnes', 83300]] as const) {
    await gql(`mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: { id, name, population } }, tokens['platform-admin']);
  }
  // Membership needs consent (issue 11): the network invites, the municipality's editor accepts.
  const invite = async (networkId: string, municipalityId: string, token?: string) =>
    (await gql(`mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`, { i: { networkId, municipalityId, joinedOn: '2020-01-01' } }, token))
      .inviteMunicipalityToNetwork.id as string;
  const join = async (networkId: string, municipalityId: string, token?: string) =>
    gql(`mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: await invite(networkId, municipalityId, token) }, await t.municipalityEditor(municipalityId));
  await join(NET_A, OWN_M, admin);
  await join(NET_A, OTHER_M, admin);
  await join(NET_B, B_M, tokens['network-admin:other']);
  // Pending invitations: one for the own municipality to accept, one to decline (from a third network), one for the own network to withdraw.
  const adminC = await t.networkAdmin(NET_C);
  await gql(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { id: NET_C, name: 'Matrix C', region: 'Rogaland' } }, adminC);
  const acceptInvitationId = await invite(NET_B, OWN_M, tokens['network-admin:other']);
  const declineInvitationId = await invite(NET_C, OWN_M, adminC);
  const withdrawInvitationId = await invite(NET_A, B_M, admin);

  const strategy = async (title: string) => {
    const { createStrategy } = await gql(`mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`, { i: { networkId: NET_A, title, periodStart: 2025, periodEnd: 2028 } }, admin);
    const { addFocusArea } = await gql(`mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Tjenester" }) { id } }`, { s: createStrategy.id }, admin);
    const { addGoal } = await gql(`mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Heldigitalt", indicator: "andel", unit: "%" }) { id } }`, { f: addFocusArea.id }, admin);
    return { strategyId: createStrategy.id as string, focusAreaId: addFocusArea.id as string, goalId: addGoal.id as string };
  };
  const propose = async (goalId: string, title: string) =>
    (
      await gql(`mutation($g: ID!, $i: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $i) { id } }`, {
        g: goalId,
        i: { title, owner: 'Sola kommune', costSharingModel: 'EQUAL_SHARE', expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'timer spart', unit: 'NOK', amountPerYear: 1000, scaling: 'FIXED' }] },
      }, admin)
    ).proposeInitiative.id as string;

  const adopted = await strategy('Vedtatt strategi');
  const draft = await strategy('Utkast til strategi');
  const draftInitiativeId = await propose(draft.goalId, 'Forslag under utkast');
  await gql(`mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 1" }) { id } }`, { id: adopted.strategyId }, admin);
  const initiativeId = await propose(adopted.goalId, 'Felles chatbot');
  const approvedInitiativeId = await propose(adopted.goalId, 'Godkjent, ikke lansert');
  for (const id of [initiativeId, approvedInitiativeId]) await gql(`mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id }, admin);
  await gql(`mutation($id: ID!) { launchInitiative(id: $id, input: { targetMunicipalityIds: ["${OWN_M}", "${OTHER_M}"] }) { id } }`, { id: initiativeId }, admin);

  const caseId = await waitUntil(async () => {
    const { adoptionCases } = await gql(`query($i: ID!, $m: String!) { adoptionCases(initiativeId: $i, municipalityId: $m) { edges { node { id } } } }`, { i: initiativeId, m: OWN_M });
    return adoptionCases.edges[0]?.node.id as string | undefined;
  }, 30000, 'adoption case');
  await gql(`mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Nyttig for innbyggerne" }) { id } }`, { c: caseId }, editor);
  const unpublishedProjectId = await waitUntil(async () => {
    const { adoptionCase } = await gql(`query($c: ID!) { adoptionCase(id: $c) { project { id } } }`, { c: caseId }, editor);
    return adoptionCase.project?.id as string | undefined;
  }, 30000, 'project from the decision');
  const planId = await waitUntil(async () => {
    const { benefitPlan } = await tryOk(url, `query($p: ID!) { benefitPlan(projectId: $p) { id } }`, { p: unpublishedProjectId }, editor);
    return benefitPlan?.id as string | undefined;
  }, 30000, 'benefit plan');
  const { addBenefit } = await gql(`mutation($p: ID!) { addBenefit(planId: $p, input: { type: QUALITY, indicator: "saksbehandlingstid", unit: "dager" }) { id } }`, { p: planId }, editor);
  await gql(`mutation($b: ID!) { setBenefitBaseline(id: $b, value: "10", date: "2025-01-01") { id } }`, { b: addBenefit.id }, editor);
  const { recordMeasurement } = await gql(`mutation($b: ID!) { recordMeasurement(benefitId: $b, input: { measuredOn: "2025-06-01", value: "8" }) { id } }`, { b: addBenefit.id }, editor);

  const { createProject } = await gql(`mutation { createProject(input: { municipalityId: "${OWN_M}", name: "Publisert prosjekt" }) { id } }`, {}, editor);
  await gql(`mutation($id: ID!) { setProjectPublished(id: $id, published: true) { id } }`, { id: createProject.id }, editor);
  for (const pub of [false, true]) {
    await gql(`mutation($id: ID!, $i: ReportStatusInput!) { reportProjectStatus(id: $id, input: $i) { id } }`, {
      id: createProject.id,
      i: { overall: 'GREEN', schedule: 'GREEN', budget: 'YELLOW', quality: 'GREEN', risk: 'GREEN', comment: pub ? 'Offentlig status' : 'Intern kommentar', public: pub },
    }, editor);
  }

  const consultation = async (title: string) =>
    (
      await gql(`mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id questions { id } } }`, {
        i: {
          networkId: NET_A, subjectType: 'INITIATIVE', subjectId: initiativeId, title, allowAnonymous: true,
          audiences: ['MEMBER_MUNICIPALITIES', 'CITIZENS', 'EMPLOYEES'], questions: [{ kind: 'FREE_TEXT', prompt: 'Innspill?', maxLength: 500 }],
        },
      }, admin)
    ).createConsultation as { id: string; questions: { id: string }[] };
  const draftC = await consultation('Utkast');
  const openC = await consultation('Åpen høring');
  const closedC = await consultation('Lukket høring');
  const questionId = openC.questions[0].id;
  const answer = async (c: { id: string; questions: { id: string }[] }) =>
    (
      await gql(`mutation($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id } }`, {
        c: c.id, i: { audience: 'EMPLOYEES', answers: [{ questionId: c.questions[0].id, text: 'Godt forslag' }] },
      }, tokens.participant)
    ).submitParticipantResponse.id as string;
  for (const c of [openC, closedC]) await gql(`mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: c.id }, admin);
  const openResponseId = await answer(openC);
  const closedResponseId = await answer(closedC);
  await gql(`mutation($m: String!, $c: ID!, $q: String!) { submitMunicipalityResponse(consultationId: $c, input: { municipalityId: $m, answers: [{ questionId: $q, text: "Sola støtter" }] }) { id } }`, { m: OWN_M, c: openC.id, q: questionId }, editor);
  const { commentOnResponse } = await gql(`mutation($r: ID!) { commentOnResponse(responseId: $r, body: "Enig") { id } }`, { r: openResponseId }, tokens.participant);
  await gql(`mutation($id: ID!) { closeConsultation(id: $id) { id } }`, { id: closedC.id }, admin);
  // The adopted strategy is being revised: it must stay public while the revision is the network's (issue 10).
  await gql(`mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: adopted.strategyId }, admin);
  await gql(`mutation($id: ID!) { updateFocusArea(id: $id, input: { title: "Tjenester (revidert)" }) { id } }`, { id: adopted.focusAreaId }, admin);

  return {
    tokens, subjects,
    adoptedStrategyId: adopted.strategyId, focusAreaId: adopted.focusAreaId, goalId: adopted.goalId,
    draftStrategyId: draft.strategyId, draftFocusAreaId: draft.focusAreaId, draftGoalId: draft.goalId, draftInitiativeId,
    initiativeId, approvedInitiativeId, caseId, unpublishedProjectId, publishedProjectId: createProject.id, planId,
    benefitId: addBenefit.id, measurementId: recordMeasurement.id,
    draftConsultationId: draftC.id, openConsultationId: openC.id, closedConsultationId: closedC.id, questionId,
    openResponseId, closedResponseId, commentId: commentOnResponse.id,
    acceptInvitationId, declineInvitationId, withdrawInvitationId,
  };
}

/** Like `ok`, but a not-yet-existing target reads as undefined data instead of throwing. */
async function tryOk(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  try {
    return await ok(url, query, variables, token);
  } catch {
    return {};
  }
}
