import { errorCodes, graphql, GraphQLResponse, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { ok, SOLA } from './support/fixtures';

const GREEDY = 'net-greedy';
/** A membership accepted without an agreed date starts today in Norway; leaving today is the earliest. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

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
  describe('with consent', () => {
    let invitationId: string;
    const INVITATIONS = `query($m: String) { networkInvitations(municipalityId: $m) { id status networkId message network { name } } }`;
    const outboxCount = async (type: string) =>
      (await stack.networkStrategy.service.dataSource.query(`SELECT count(*)::int AS n FROM network_strategy.outbox WHERE event_type = $1`, [type]))[0].n as number;

    it('an invitation shares nothing until the municipality accepts', async () => {
      ({ inviteMunicipalityToNetwork: { id: invitationId } } = await ok(stack.gatewayUrl, `mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id status } }`, {
        i: { networkId: GREEDY, municipalityId: SOLA.id, message: 'Bli med i nettverket' },
      }, greedyAdmin));
      expect(await outboxCount('MembershipInvited')).toBe(1);
      await membershipSettled();
      expect(errorCodes(await read(greedyAdmin))).toEqual(['NOT_FOUND']);

      // Sola's editor sees the invitation; no one else can answer it, the inviting admin included.
      const { networkInvitations } = await ok(stack.gatewayUrl, INVITATIONS, { m: SOLA.id }, solaEditor);
      expect(networkInvitations).toEqual([{ id: invitationId, status: 'PENDING', networkId: GREEDY, message: 'Bli med i nettverket', network: { name: 'Grådig nettverk' } }]);
      const stavanger = await stack.tokens.municipalityEditor('1103');
      for (const token of [greedyAdmin, stavanger, undefined]) {
        const res = await graphql(stack.gatewayUrl, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: invitationId }, token);
        expect(errorCodes(res)).toEqual([token ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
      }
      expect(errorCodes(await graphql(stack.gatewayUrl, INVITATIONS, { m: SOLA.id }, greedyAdmin))).toEqual(['FORBIDDEN']);
      expect(await outboxCount('MunicipalityJoinedNetwork')).toBe(0);
    });

    it('accepting starts the membership and, with it, the network’s view of unpublished data', async () => {
      const { acceptNetworkInvitation } = await ok(stack.gatewayUrl, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { networkId municipalityId joinedOn leftOn } }`, { id: invitationId }, solaEditor);
      expect(acceptNetworkInvitation).toMatchObject({ networkId: GREEDY, municipalityId: SOLA.id, leftOn: null });
      await membershipSettled();
      expect((await ok(stack.gatewayUrl, PROJECT, { id: projectId }, greedyAdmin)).project).toEqual({ id: projectId, name: 'Intern budsjettplan' });
      const again = await graphql(stack.gatewayUrl, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: invitationId }, solaEditor);
      expect(errorCodes(again)).toEqual(['ILLEGAL_TRANSITION']);
      const invitedAgain = await graphql(stack.gatewayUrl, `mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}" }) { id } }`, {}, greedyAdmin);
      expect(errorCodes(invitedAgain)).toEqual(['CONFLICT']);
    });

    it('the municipality can leave, and the view ends with its consent', async () => {
      const { leaveNetwork } = await ok(stack.gatewayUrl, `mutation($i: LeaveNetworkInput!) { leaveNetwork(input: $i) { leftOn endedBy } }`, {
        i: { networkId: GREEDY, municipalityId: SOLA.id, leftOn: today() },
      }, solaEditor);
      expect(leaveNetwork).toEqual({ leftOn: today(), endedBy: 'MUNICIPALITY' });
      await membershipSettled();
      expect(errorCodes(await read(greedyAdmin))).toEqual(['NOT_FOUND']);
      // Another municipality's editor cannot end Sola's membership of another network.
      const res = await graphql(stack.gatewayUrl, `mutation { leaveNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}", leftOn: "${today()}" }) { id } }`, {}, await stack.tokens.municipalityEditor('1103'));
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });

    it('a declined or withdrawn invitation shares nothing, and bad invitations change nothing', async () => {
      const invite = async () =>
        (await ok(stack.gatewayUrl, `mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}" }) { id } }`, {}, greedyAdmin)).inviteMunicipalityToNetwork.id as string;
      const declined = await invite();
      const { declineNetworkInvitation } = await ok(stack.gatewayUrl, `mutation($id: ID!) { declineNetworkInvitation(id: $id, note: "Vi prioriterer andre samarbeid") { status responseNote } }`, { id: declined }, solaEditor);
      expect(declineNetworkInvitation).toEqual({ status: 'DECLINED', responseNote: 'Vi prioriterer andre samarbeid' });
      const withdrawn = await invite();
      expect((await ok(stack.gatewayUrl, `mutation($id: ID!) { withdrawNetworkInvitation(id: $id) { status } }`, { id: withdrawn }, greedyAdmin)).withdrawNetworkInvitation.status).toBe('WITHDRAWN');
      expect(errorCodes(await graphql(stack.gatewayUrl, `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`, { id: withdrawn }, solaEditor))).toEqual(['ILLEGAL_TRANSITION']);
      await membershipSettled();
      expect(errorCodes(await read(greedyAdmin))).toEqual(['NOT_FOUND']);

      const before = await outboxCount('MembershipInvited');
      const otherAdmin = await stack.tokens.networkAdmin('net-other');
      const bad: [string, string | undefined, string][] = [
        [`mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "1130" }) { id } }`, greedyAdmin, 'NOT_FOUND'],
        [`mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "12345" }) { id } }`, greedyAdmin, 'BAD_USER_INPUT'],
        [`mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}" }) { id } }`, otherAdmin, 'FORBIDDEN'],
        [`mutation { inviteMunicipalityToNetwork(input: { networkId: "${GREEDY}", municipalityId: "${SOLA.id}" }) { id } }`, solaEditor, 'FORBIDDEN'],
        [`mutation { acceptNetworkInvitation(id: "00000000-0000-4000-8000-000000000000") { id } }`, solaEditor, 'NOT_FOUND'],
      ];
      for (const [query, token, code] of bad) expect(errorCodes(await graphql(stack.gatewayUrl, query, {}, token))).toEqual([code]);
      expect(await outboxCount('MembershipInvited')).toBe(before);
    });
  });
});
