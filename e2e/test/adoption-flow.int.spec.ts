import { errorCodes, graphql, waitUntil } from '@samspill/server-testing';
import { ROGALAND_MUNICIPALITIES } from './support/rogaland';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { joinWithConsent, ok } from './support/fixtures';

const NETWORK = 'digi-rogaland';
const [SOLA, STAVANGER, SANDNES] = ['1124', '1103', '1108'];

/**
 * Tranches T1 → T2 → T3 across services: network-strategy launches, portfolios opens adoption
 * cases from the event, municipalities decide, a project is born, and the tranche matrix in
 * network-strategy follows — all through the gateway, over real Kafka and PostgreSQL.
 */
describe('the adoption flow for Digi Rogaland', () => {
  let stack: E2EStack;
  let admin: string;
  let initiativeId: string;
  const editor: Record<string, string> = {};

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => ok(stack.gatewayUrl, query, variables, token);

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin(NETWORK);
    for (const m of [SOLA, STAVANGER, SANDNES]) editor[m] = await stack.tokens.municipalityEditor(m);

    await gql(`mutation { createNetwork(input: { id: "${NETWORK}", name: "Digi Rogaland", region: "Rogaland" }) { id } }`, {}, admin);
    const platformAdmin = await stack.tokens.platformAdmin();
    for (const m of ROGALAND_MUNICIPALITIES) {
      await gql(`mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: m }, platformAdmin);
      await joinWithConsent(stack.gatewayUrl, stack.tokens, admin, NETWORK, m.id, '2020-01-01');
    }
    const { createStrategy } = await gql(`mutation { createStrategy(input: { networkId: "${NETWORK}", title: "Digitaliseringsstrategi 2025–2028", periodStart: 2025, periodEnd: 2028 }) { id } }`, {}, admin);
    const { addFocusArea } = await gql(`mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Brukerorienterte tjenester" }) { id } }`, { s: createStrategy.id }, admin);
    const { addGoal } = await gql(`mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Heldigitale tjenester", indicator: "andel", unit: "%" }) { id } }`, { f: addFocusArea.id }, admin);
    await gql(`mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2024/31" }) { id } }`, { id: createStrategy.id }, admin);
    const { proposeInitiative } = await gql(`mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Digital byggesak", owner: "Sandnes kommune", costSharingModel: BY_POPULATION }) { id } }`, { g: addGoal.id }, admin);
    initiativeId = proposeInitiative.id;
    await gql(`mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: initiativeId }, admin);
    await gql(`mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: initiativeId }, admin);
  });
  afterAll(() => stack?.stop());

  const casesOf = (token: string) =>
    gql(`query($i: ID!) { adoptionCases(initiativeId: $i, first: 100) { totalCount edges { node { id municipalityId status } } } }`, { i: initiativeId }, token);

  async function caseIdFor(municipalityId: string): Promise<string> {
    const { adoptionCases } = await casesOf(admin);
    return adoptionCases.edges.find((e: { node: { municipalityId: string } }) => e.node.municipalityId === municipalityId).node.id;
  }

  const decide = (municipalityId: string, decision: string, rationale: string, token = editor[municipalityId]) =>
    caseIdFor(municipalityId).then((caseId) =>
      graphql(stack.gatewayUrl, `mutation($c: ID!, $i: DecideAdoptionInput!) { decideAdoption(caseId: $c, input: $i) { id status } }`, { c: caseId, i: { decision, rationale } }, token),
    );

  const cell = async (municipalityId: string) => {
    const { trancheMatrix } = await gql(`query($i: String!, $m: String!) { trancheMatrix(networkId: "${NETWORK}", initiativeId: $i, municipalityId: $m) { stage decision rationale projectId } }`, { i: initiativeId, m: municipalityId }, admin);
    return trancheMatrix[0];
  };

  it('opens an adoption case for each of the 23 members', async () => {
    const cases = await waitUntil(async () => {
      const { adoptionCases } = await casesOf(admin);
      return adoptionCases.totalCount === 23 ? adoptionCases : undefined;
    }, 30000, '23 adoption cases');
    expect(new Set(cases.edges.map((e: { node: { municipalityId: string } }) => e.node.municipalityId))).toEqual(new Set(ROGALAND_MUNICIPALITIES.map((m) => m.id)));
  });

  it('records Sola adopting, Stavanger declining and Sandnes deferring; not for another municipality or twice', async () => {
    expect(errorCodes(await decide(STAVANGER, 'ADOPT', 'Sola vil gjerne bestemme for Stavanger', editor[SOLA]))).toEqual(['FORBIDDEN']);
    expect((await decide(SOLA, 'ADOPT', 'Passer godt med vår digitaliseringsplan')).errors).toBeUndefined();
    expect((await decide(STAVANGER, 'DECLINE', 'Har allerede egen løsning for byggesak')).errors).toBeUndefined();
    expect((await decide(SANDNES, 'DEFER', 'Avventer budsjettbehandling i bystyret')).errors).toBeUndefined();
    expect(errorCodes(await decide(SOLA, 'DECLINE', 'Ombestemt oss uten ny behandling'))).toEqual(['CONFLICT']);
  });

  it("puts a project linked to the initiative in Sola's portfolio", async () => {
    const project = await waitUntil(async () => {
      const { municipality } = await gql(`{ municipality(id: "${SOLA}") { name projects { id name phase initiative { id title } } } }`, {}, editor[SOLA]);
      return municipality.projects.find((p: { initiative: { id: string } | null }) => p.initiative?.id === initiativeId);
    }, 30000, "Sola's project");
    expect(project).toMatchObject({ phase: 'IDEA', initiative: { title: 'Digital byggesak' } });
  });

  it("advances Sola's cell to EXECUTING when its project moves to execution; Stavanger's shows the decline", async () => {
    const { municipality } = await gql(`{ municipality(id: "${SOLA}") { projects { id initiative { id } } } }`, {}, editor[SOLA]);
    const projectId = municipality.projects.find((p: { initiative: { id: string } | null }) => p.initiative?.id === initiativeId).id;
    expect(errorCodes(await graphql(stack.gatewayUrl, `mutation($id: ID!) { changeProjectPhase(id: $id, phase: EXECUTION) { phase } }`, { id: projectId }, editor[SOLA]))).toEqual(['ILLEGAL_TRANSITION']);
    for (const phase of ['CONCEPT', 'PLANNING', 'EXECUTION']) {
      await gql(`mutation($id: ID!, $p: ProjectPhase!) { changeProjectPhase(id: $id, phase: $p) { phase } }`, { id: projectId, p: phase }, editor[SOLA]);
    }
    const sola = await waitUntil(async () => {
      const c = await cell(SOLA);
      return c?.stage === 'EXECUTING' ? c : undefined;
    }, 30000, "Sola's cell executing");
    expect(sola).toMatchObject({ decision: 'ADOPT', projectId });
    expect(await waitUntil(async () => ((await cell(STAVANGER))?.decision ? cell(STAVANGER) : undefined))).toEqual({
      stage: 'DECIDED',
      decision: 'DECLINE',
      rationale: 'Har allerede egen løsning for byggesak',
      projectId: null,
    });
    expect((await cell(SANDNES)).decision).toBe('DEFER');
    expect((await cell('1101')).stage).toBe('LAUNCHED');
  });
});
