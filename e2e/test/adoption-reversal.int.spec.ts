import { errorCodes, graphql, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove, SOLA } from './support/fixtures';

const NETWORK = 'digi-reversal';

/**
 * Issue 10, through the gateway: ADOPT → project → benefit measurements → reconsider to DECLINE.
 * The project is cancelled (not completed), its benefit plan closed, the matrix shows the
 * decision, and rollups and goal progress no longer count it.
 */
describe('reversing an adoption', () => {
  let stack: E2EStack;
  let admin: string;
  let editor: string;
  let analyst: string;
  let initiativeId: string;
  let goalId: string;
  let strategyId: string;
  let projectId: string;
  let caseId: string;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => ok(stack.gatewayUrl, query, variables, token);
  const rollup = async () =>
    (await gql(`query($i: ID!) { benefitRollup(by: INITIATIVE, filter: { initiativeId: $i }) { key unit benefitCount plannedGain realisedGain achievement } }`, { i: initiativeId }, analyst)).benefitRollup;
  const cell = async () =>
    (await gql(`query($i: String!) { trancheMatrix(networkId: "${NETWORK}", initiativeId: $i, municipalityId: "${SOLA.id}") { stage decision } }`, { i: initiativeId }, admin)).trancheMatrix[0];
  const goalProgress = async () =>
    (await gql(`query($id: ID!) { strategy(id: $id) { focusAreas { goals { id benefitProgress { measuredBenefits averageAchievement } } } } }`, { id: strategyId }, admin))
      .strategy.focusAreas[0].goals.find((g: { id: string }) => g.id === goalId).benefitProgress;

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin(NETWORK);
    editor = await stack.tokens.municipalityEditor(SOLA.id);
    analyst = await stack.tokens.analyst();
    ({ strategyId, goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, NETWORK, stack.tokens));
    initiativeId = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Digital byggesak');
    await gql(`mutation($id: ID!) { launchInitiative(id: $id, input: { targetMunicipalityIds: ["${SOLA.id}"] }) { id } }`, { id: initiativeId }, admin);
  });
  afterAll(() => stack?.stop());

  it('adopts, gets a project and a plan, and measures a benefit', async () => {
    caseId = await waitUntil(async () => {
      const { adoptionCases } = await gql(`query($i: ID!) { adoptionCases(initiativeId: $i) { edges { node { id } } } }`, { i: initiativeId }, editor);
      return adoptionCases.edges[0]?.node.id;
    }, 30000, 'adoption case');
    await gql(`mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Passer vår digitaliseringsplan." }) { id } }`, { c: caseId }, editor);
    const plan = await waitUntil(async () => {
      const { municipality } = await gql(`{ municipality(id: "${SOLA.id}") { projects { id benefitPlan { id benefits { id targetValue } } } } }`, {}, editor);
      const p = municipality.projects.find((x: { benefitPlan: { benefits: unknown[] } | null }) => x.benefitPlan?.benefits.length);
      return p;
    }, 30000, 'project with a seeded plan');
    projectId = plan.id;
    const benefit = plan.benefitPlan.benefits[0];
    await gql(`mutation($b: ID!) { setBenefitBaseline(id: $b, value: "0", date: "2025-01-01") { id } }`, { b: benefit.id }, editor);
    await gql(`mutation($b: ID!) { recordMeasurement(benefitId: $b, input: { measuredOn: "2025-06-30", value: "50000" }) { id } }`, { b: benefit.id }, editor);
    const [line] = await waitUntil(async () => ((await rollup()).length ? rollup() : undefined), 30000, 'rollup');
    expect(line).toMatchObject({ key: initiativeId, unit: 'NOK', benefitCount: 1, plannedGain: '100000.00', realisedGain: '50000.00', achievement: '0.500000' });
    expect(await waitUntil(async () => ((await goalProgress()).measuredBenefits === 1 ? goalProgress() : undefined), 30000, 'goal progress'))
      .toEqual({ measuredBenefits: 1, averageAchievement: 0.5 });
  });

  it('refuses a bad reversal with a coded error and changes nothing', async () => {
    const short = await graphql(stack.gatewayUrl, `mutation($c: ID!) { reconsiderAdoption(caseId: $c, input: { decision: DECLINE, rationale: "Nei.", reason: "kort" }) { id } }`, { c: caseId }, editor);
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    const { project } = await gql(`query($id: ID!) { project(id: $id) { phase outcome } }`, { id: projectId }, editor);
    expect(project).toEqual({ phase: 'IDEA', outcome: null });
  });

  it('reconsidered to DECLINE: project cancelled, plan closed, matrix DECIDED/DECLINE, rollups and goal progress no longer count it', async () => {
    await gql(`mutation($c: ID!) { reconsiderAdoption(caseId: $c, input: { decision: DECLINE, rationale: "Ikke prioritert etter budsjettkutt.", reason: "Kommunestyret omgjorde vedtaket." }) { status } }`, { c: caseId }, editor);
    const { project } = await gql(`query($id: ID!) { project(id: $id) { phase outcome cancelReason } }`, { id: projectId }, editor);
    expect(project).toEqual({ phase: 'CLOSED', outcome: 'CANCELLED', cancelReason: 'Kommunestyret omgjorde vedtaket.' });
    const closed = await waitUntil(async () => {
      const { benefitPlan } = await gql(`query($p: ID!) { benefitPlan(projectId: $p) { cancelledAt } }`, { p: projectId }, editor);
      return benefitPlan.cancelledAt ?? undefined;
    }, 30000, 'plan closed');
    expect(closed).toBeTruthy();
    expect(await waitUntil(async () => {
      const c = await cell();
      return c?.decision === 'DECLINE' ? c : undefined;
    }, 30000, 'matrix follows')).toEqual({ stage: 'DECIDED', decision: 'DECLINE' });
    expect(await rollup()).toEqual([]);
    expect(await waitUntil(async () => ((await goalProgress()).measuredBenefits === 0 ? goalProgress() : undefined), 30000, 'goal progress drops it'))
      .toEqual({ measuredBenefits: 0, averageAchievement: null });
  });
});
