import { randomUUID } from 'node:crypto';
import { errorCodes, graphql } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove, SOLA, STAVANGER } from './support/fixtures';

/** Bad input gets a coded error and changes nothing: no row and no outbox event. */
describe('bad input through the gateway', () => {
  let stack: E2EStack;
  let admin: string;
  let goalId: string;
  let strategyId: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin('digi-test');
    ({ goalId, strategyId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens));
  });
  afterAll(() => stack?.stop());

  const outboxCount = async () => Number((await stack.networkStrategy.service.dataSource.query(`SELECT count(*) AS n FROM outbox`))[0].n);

  /** Runs a call that must fail with `code`, and checks that no event (hence no state change) was recorded. */
  async function rejects(code: string, query: string, variables: Record<string, unknown>, token?: string) {
    const before = await outboxCount();
    const res = await graphql(stack.gatewayUrl, query, variables, token);
    expect(errorCodes(res)).toEqual([code]);
    expect(JSON.stringify(res.errors)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
    expect(await outboxCount()).toBe(before);
    return res;
  }

  const REGISTER = `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`;
  const UPDATE = `mutation($id: ID!, $i: UpdateMunicipalityInput!) { updateMunicipality(id: $id, input: $i) { id name } }`;

  it.each([
    ['not four digits', '12345'],
    ['no such county', '9999'],
    ['a county number', '1100'],
  ])('rejects an invalid municipality number (%s)', async (_why, id) => {
    await rejects('BAD_USER_INPUT', REGISTER, { i: { id, name: 'Nowhere', population: 10 } }, await stack.tokens.platformAdmin());
    const lookup = await graphql(stack.gatewayUrl, `query($id: ID!) { municipality(id: $id) { id } }`, { id });
    expect(errorCodes(lookup)).toEqual(['BAD_USER_INPUT']);
  });

  it('rejects unknown ids with NOT_FOUND', async () => {
    await rejects('NOT_FOUND', `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: randomUUID() }, admin);
    await rejects('NOT_FOUND', `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: 'not-a-uuid' }, admin);
    const res = await graphql(stack.gatewayUrl, `query($id: ID!) { network(id: $id) { id } }`, { id: 'no-such-network' });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('rejects illegal lifecycle transitions and leaves the state as it was', async () => {
    const { proposeInitiative } = await ok(stack.gatewayUrl, `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Skipper godkjenning", owner: "Sola kommune", costSharingModel: EQUAL_SHARE }) { id } }`, { g: goalId }, admin);
    await rejects('ILLEGAL_TRANSITION', `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id }, admin);
    const { initiative } = await ok(stack.gatewayUrl, `query($id: ID!) { initiative(id: $id) { status launchedAt } }`, { id: proposeInitiative.id });
    expect(initiative).toEqual({ status: 'PROPOSED', launchedAt: null });

    await rejects('ILLEGAL_TRANSITION', `mutation($id: ID!) { startStrategyConsultation(id: $id) { id } }`, { id: strategyId }, admin);
    await rejects('CONFLICT', `mutation($id: ID!) { addFocusArea(strategyId: $id, input: { title: "Etter vedtak" }) { id } }`, { id: strategyId }, admin);
  });

  it('rejects field-level validation failures with details', async () => {
    const res = await rejects('BAD_USER_INPUT', `mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`, {
      i: { networkId: 'digi-test', title: 'x', periodStart: 2025, periodEnd: 2028 },
    }, admin);
    expect(JSON.stringify(res.errors![0].extensions)).toMatch(/title/);
  });

  it('rejects a mutation without a token as UNAUTHENTICATED', async () => {
    await rejects('UNAUTHENTICATED', UPDATE, { id: SOLA.id, i: { name: 'Sola kommune' } });
  });

  it('rejects a forged token with HTTP 401 and UNAUTHENTICATED, even for public reads', async () => {
    const [header, payload] = admin.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const res = await rejects('UNAUTHENTICATED', UPDATE, { id: SOLA.id, i: { name: 'Hacked' } }, forged);
    expect(res.status).toBe(401);
    const read = await graphql(stack.gatewayUrl, `{ municipality(id: "1124") { name } }`, {}, forged);
    expect(read.status).toBe(401);
  });

  it("forbids an editor from changing another municipality's data", async () => {
    const solaEditor = await stack.tokens.municipalityEditor(SOLA.id);
    await rejects('FORBIDDEN', UPDATE, { id: STAVANGER.id, i: { name: 'Sola-by' } }, solaEditor);
    const { municipality } = await ok(stack.gatewayUrl, `{ municipality(id: "1103") { name } }`, {});
    expect(municipality.name).toBe('Stavanger');
    // Master data (the population drives per-capita targets) is the platform's, not even the municipality's own (issue 11).
    await rejects('FORBIDDEN', UPDATE, { id: SOLA.id, i: { population: 1 } }, solaEditor);
    await rejects('FORBIDDEN', UPDATE, { id: SOLA.id, i: { population: 1 } }, admin);
    const own = await graphql(stack.gatewayUrl, UPDATE, { id: SOLA.id, i: { population: 28200 } }, await stack.tokens.platformAdmin());
    expect(own.errors).toBeUndefined();
  });

  it("forbids an admin of another network and a role that does not fit", async () => {
    const otherAdmin = await stack.tokens.networkAdmin('another-network');
    const initiativeId = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Til godkjenning');
    await rejects('FORBIDDEN', `mutation($id: ID!) { closeInitiative(id: $id, note: "not yours") { id } }`, { id: initiativeId }, otherAdmin);
    const analyst = await stack.tokens.analyst();
    await rejects('FORBIDDEN', REGISTER, { i: { id: '1130', name: 'Strand', population: 13000 } }, analyst);
  });

  it('limits query depth at the gateway', async () => {
    const deep = `{ network(id: "digi-test") { strategies { network { strategies { network { strategies { network { strategies { network { strategies { network { strategies { network { id } } } } } } } } } } } } } }`;
    const res = await graphql(stack.gatewayUrl, deep, {});
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(res.errors![0].extensions?.code);
  });
});
