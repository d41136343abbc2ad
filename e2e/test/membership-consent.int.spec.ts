import { errorCodes, graphql, GraphQLResponse, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { ok, SOLA } from './support/fixtures';

const GREEDY = 'net-greedy';

/**
 * Issue 11, membership needs consent: a network admin could add any municipality to their
 * network and then read its unpublished projects. Membership, and the network's read access to
 * a member's unpublished data, must follow from the municipality's consent.
 */
describe('membership needs the municipality’s consent', () => {
  let stack: E2EStack;
  let greedyAdmin: string;
  let solaEditor: string;
  let projectId: string;

  const PROJECT = `query($id: ID!) { project(id: $id) { id name } }`;
  const read = (token: string): Promise<GraphQLResponse> => graphql(stack.gatewayUrl, PROJECT, { id: projectId }, token);

  /**
   * Waits until portfolios has applied every membership event network-strategy published: after
   * it, the network's view of the municipality's data is final (no event left to change it).
   */
  async function membershipSettled(): Promise<void> {
    const ds = stack.networkStrategy.service.dataSource;
    await waitUntil(async () => {
      const [{ pending }] = await ds.query(
        `SELECT count(*)::int AS pending FROM network_strategy.outbox o
          WHERE o.event_type IN ('MunicipalityJoinedNetwork', 'MunicipalityLeftNetwork')
            AND NOT EXISTS (SELECT 1 FROM portfolios.inbox i WHERE i.event_id::text = o.envelope->>'id' AND i.consumer = $1)`,
        [`${stack.topicPrefix}portfolios.members`],
      );
      return pending === 0 ? true : undefined;
    }, 30000, 'membership events applied by portfolios');
  }

  beforeAll(async () => {
    stack = await startE2EStack();
    greedyAdmin = await stack.tokens.networkAdmin(GREEDY);
    solaEditor = await stack.tokens.municipalityEditor(SOLA.id);
    await ok(stack.gatewayUrl, `mutation { createNetwork(input: { id: "${GREEDY}", name: "Grådig nettverk", region: "Rogaland" }) { id } }`, {}, greedyAdmin);
    await ok(stack.gatewayUrl, `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`, { i: SOLA }, await stack.tokens.platformAdmin());
    ({ createProject: { id: projectId } } = await ok(stack.gatewayUrl, `mutation { createProject(input: { municipalityId: "${SOLA.id}", name: "Intern budsjettplan" }) { id } }`, {}, solaEditor));
  });
  afterAll(() => stack?.stop());

  it("a network admin cannot add a municipality without its consent, nor read its unpublished project", async () => {
    const add = await graphql(stack.gatewayUrl, `mutation { addMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}", joinedOn: "2025-01-01" }) { id } }`, {}, greedyAdmin);
    await membershipSettled();
    expect(errorCodes(await read(greedyAdmin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(add)).toEqual(['FORBIDDEN']);
    const { network } = await ok(stack.gatewayUrl, `{ network(id: "${GREEDY}") { members { municipality { id } } } }`, {});
    expect(network.members).toEqual([]);
  });
});
