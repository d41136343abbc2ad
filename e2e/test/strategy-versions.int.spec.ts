import { errorCodes, graphql, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove } from './support/fixtures';

/** Adopted versions are immutable snapshots that can be compared; drafts stay internal. */
describe('strategy lifecycle and versions through the gateway', () => {
  let stack: E2EStack;
  let admin: string;
  let strategyId: string;
  let goalId: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin('digi-test');
    ({ strategyId, goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens));
  });
  afterAll(() => stack?.stop());

  const STRATEGY = `query($id: ID!) { strategy(id: $id) { status currentVersion title versions { versionNumber decisionReference } } }`;

  it('amends an adopted strategy into version 2 while version 1 stays public, and lists changes and removals', async () => {
    const initiativeId = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Felles chatbot');
    await ok(stack.gatewayUrl, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: initiativeId }, admin);
    const CASES = `query($i: ID!) { adoptionCases(initiativeId: $i) { totalCount edges { node { status initiativeRetiredAt initiativeRetirementReason } } } }`;
    await waitUntil(async () => ((await ok(stack.gatewayUrl, CASES, { i: initiativeId })).adoptionCases.totalCount === 3 ? true : undefined), 30000, 'adoption cases');

    await ok(stack.gatewayUrl, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { status } }`, { id: strategyId }, admin);
    await ok(stack.gatewayUrl, `mutation($id: ID!) { updateStrategy(id: $id, input: { title: "Strategi 2025–2028 (revidert)" }) { id } }`, { id: strategyId }, admin);
    const { addFocusArea } = await ok(stack.gatewayUrl, `mutation($id: ID!) { addFocusArea(strategyId: $id, input: { title: "Informasjonssikkerhet" }) { id } }`, { id: strategyId }, admin);
    await ok(stack.gatewayUrl, `mutation($id: ID!) { retireInitiative(id: $id, reason: "Erstattes av nasjonal løsning") { id } }`, { id: initiativeId }, admin);
    await ok(stack.gatewayUrl, `mutation($id: ID!) { startStrategyConsultation(id: $id) { status } }`, { id: strategyId }, admin);

    // While the revision is drafted and consulted on, the public (and every signed-in reader) still has version 1.
    const editor = await stack.tokens.municipalityEditor('1124');
    for (const token of [undefined, editor, admin]) {
      const { strategy } = await ok(stack.gatewayUrl, STRATEGY, { id: strategyId }, token);
      expect(strategy).toEqual({ status: 'ADOPTED', currentVersion: 1, title: 'Strategi 2025–2028', versions: [{ versionNumber: 1, decisionReference: 'Sak 2025/1' }] });
    }
    const { strategy: revising } = await ok(stack.gatewayUrl, `query($id: ID!) { strategy(id: $id) { revision { status changes { change entity } } } }`, { id: strategyId }, admin);
    expect(revising.revision).toEqual({
      status: 'IN_CONSULTATION',
      changes: [{ change: 'CHANGED', entity: 'STRATEGY' }, { change: 'ADDED', entity: 'FOCUS_AREA' }, { change: 'REMOVED', entity: 'INITIATIVE' }],
    });

    await ok(stack.gatewayUrl, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2025/9" }) { status } }`, { id: strategyId }, admin);

    const { strategy } = await ok(stack.gatewayUrl, STRATEGY, { id: strategyId });
    expect(strategy).toEqual({
      status: 'ADOPTED',
      currentVersion: 2,
      title: 'Strategi 2025–2028 (revidert)',
      versions: [
        { versionNumber: 1, decisionReference: 'Sak 2025/1' },
        { versionNumber: 2, decisionReference: 'Sak 2025/9' },
      ],
    });

    const { compareStrategyVersions } = await ok(stack.gatewayUrl, `query($id: ID!) { compareStrategyVersions(strategyId: $id, fromVersion: 1, toVersion: 2) { change entity entityId field before after reason } }`, { id: strategyId });
    expect(compareStrategyVersions).toEqual([
      { change: 'CHANGED', entity: 'STRATEGY', entityId: null, field: 'title', before: '"Strategi 2025–2028"', after: '"Strategi 2025–2028 (revidert)"', reason: null },
      { change: 'ADDED', entity: 'FOCUS_AREA', entityId: addFocusArea.id, field: null, before: null, after: null, reason: null },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: initiativeId, field: null, before: null, after: null, reason: 'Erstattes av nasjonal løsning' },
    ]);

    const v1 = await ok(stack.gatewayUrl, `query($id: ID!) { strategyVersion(strategyId: $id, versionNumber: 1) { snapshot } }`, { id: strategyId });
    expect(v1.strategyVersion.snapshot.title).toBe('Strategi 2025–2028');
    expect(v1.strategyVersion.snapshot.focusAreas).toHaveLength(1);

    // The retired initiative's cases stay, marked retired (portfolios, through Kafka); the matrix keeps its cells.
    const cases = await waitUntil(async () => {
      const { adoptionCases } = await ok(stack.gatewayUrl, CASES, { i: initiativeId });
      return adoptionCases.edges.every((e: { node: { initiativeRetiredAt: string | null } }) => e.node.initiativeRetiredAt) ? adoptionCases : undefined;
    }, 30000, 'cases marked retired');
    expect(cases.edges.map((e: { node: unknown }) => e.node)).toEqual(
      Array(3).fill({ status: 'OPEN', initiativeRetiredAt: expect.any(String), initiativeRetirementReason: 'Erstattes av nasjonal løsning' }),
    );
    const matrix = await ok(stack.gatewayUrl, `query($i: String!) { trancheMatrix(networkId: "digi-test", initiativeId: $i) { stage initiative { retiredInVersion } } }`, { i: initiativeId }, admin);
    expect(matrix.trancheMatrix).toHaveLength(3);
    expect(matrix.trancheMatrix[0].initiative).toEqual({ retiredInVersion: 2 });
  });

  it('refuses to change an adopted version, even with direct SQL', async () => {
    await expect(
      stack.networkStrategy.service.dataSource.query(`UPDATE strategy_version SET decision_reference = 'forged' WHERE strategy_id = $1`, [strategyId]),
    ).rejects.toThrow(/immutable/);
  });

  it('hides drafts from the public and shows them to the network admin', async () => {
    const { createStrategy } = await ok(stack.gatewayUrl, `mutation { createStrategy(input: { networkId: "digi-test", title: "Neste strategi", periodStart: 2029, periodEnd: 2032 }) { id } }`, {}, admin);
    const anonymous = await graphql(stack.gatewayUrl, STRATEGY, { id: createStrategy.id });
    expect(errorCodes(anonymous)).toEqual(['NOT_FOUND']);
    const list = await ok(stack.gatewayUrl, `{ strategies(networkId: "digi-test") { totalCount } }`, {});
    expect(list.strategies.totalCount).toBe(1);
    const asAdmin = await ok(stack.gatewayUrl, `{ strategies(networkId: "digi-test") { totalCount } }`, {}, admin);
    expect(asAdmin.strategies.totalCount).toBe(2);
  });

  it('supersedes the previous strategy when the next one is adopted', async () => {
    const { strategies } = await ok(stack.gatewayUrl, `{ strategies(networkId: "digi-test", status: DRAFT) { edges { node { id } } } }`, {}, admin);
    const nextId = strategies.edges[0].node.id;
    await ok(stack.gatewayUrl, `mutation($id: ID!) { addFocusArea(strategyId: $id, input: { title: "Data og deling" }) { id } }`, { id: nextId }, admin);
    await ok(stack.gatewayUrl, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2028/4" }) { status } }`, { id: nextId }, admin);
    const { strategy } = await ok(stack.gatewayUrl, STRATEGY, { id: strategyId });
    expect(strategy.status).toBe('SUPERSEDED');
  });

  it('pages through municipalities with cursors', async () => {
    const first = await ok(stack.gatewayUrl, `{ municipalities(networkId: "digi-test", first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, {});
    expect(first.municipalities.totalCount).toBe(3);
    expect(first.municipalities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['1103', '1108']);
    expect(first.municipalities.pageInfo.hasNextPage).toBe(true);
    const next = await ok(stack.gatewayUrl, `query($after: String) { municipalities(networkId: "digi-test", first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`, { after: first.municipalities.pageInfo.endCursor });
    expect(next.municipalities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['1124']);
    expect(next.municipalities.pageInfo.hasNextPage).toBe(false);
    const bad = await graphql(stack.gatewayUrl, `{ municipalities(first: 2, after: "garbage!") { totalCount } }`);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await graphql(stack.gatewayUrl, `{ municipalities(first: 1000) { totalCount } }`);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});
