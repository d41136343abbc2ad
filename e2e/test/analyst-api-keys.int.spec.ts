import { waitUntil } from '@samspill/server-testing';
import { parseApiKey } from '../../apps/gateway/src/api-keys/api-key-format';
import { ApiKeyStore } from '../../apps/gateway/src/api-keys/api-key-store';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove } from './support/fixtures';

/** Scheduled BI refresh with an analyst API key: one network's exports, nothing else, revocable, audited. */
describe('analyst API keys', () => {
  let stack: E2EStack;
  let store: ApiKeyStore;
  let base: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    store = await ApiKeyStore.open(stack.db.url);
    for (const net of ['digi-a', 'digi-b']) {
      const admin = await stack.tokens.networkAdmin(net);
      const { goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, net, stack.tokens);
      const id = await proposeAndApprove(stack.gatewayUrl, admin, goalId, `Initiativ ${net}`);
      await ok(stack.gatewayUrl, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id }, admin);
    }
  });
  afterAll(async () => {
    await store?.close();
    await stack?.stop();
  });

  const get = (path: string, key: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });

  it('reads the exports of its network only, and nothing else', async () => {
    const { token, record } = await store.issue('digi-a', 'Power BI', 'ola@sola.kommune.no');
    // The secret is base64url, so it may itself contain '_': take it from the parser, not by splitting.
    const secret = parseApiKey(token)!.secret;
    expect(secret.length).toBeGreaterThan(20);
    expect(JSON.stringify(await store.list())).not.toContain(secret);
    const rows = await waitUntil(async () => {
      const res = await get('/export/tranche-cells.ndjson', token);
      expect(res.status).toBe(200);
      const lines = (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
      return lines.length > 0 ? lines : undefined;
    }, 30000, 'tranche cells of digi-a');
    expect(new Set(rows.map((r: { networkId: string }) => r.networkId))).toEqual(new Set(['digi-a']));
    expect((await get('/export/tranche-cells.ndjson?networkId=digi-b', token)).status).toBe(200);
    expect(await (await get('/export/tranche-cells.ndjson?networkId=digi-b', token)).text()).toBe('');

    // Not a GraphQL credential: queries and mutations are refused.
    const graphql = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks { id } }' }),
    });
    expect(graphql.status).toBe(401);

    // The audit trail: every export request with the key (the GraphQL attempt never reached an export route).
    const uses = await waitUntil(async () => {
      const u = await store.uses(record.id);
      return u.filter((x) => x.path.endsWith('networkId=digi-b')).length === 2 ? u : undefined;
    }, 30000, 'audit rows');
    expect(uses.every((u) => u.method === 'GET' && u.status === 200 && u.path.startsWith('/export/tranche-cells.ndjson') && u.requestId.length > 0)).toBe(true);
  });

  it('is refused once revoked, and a made-up or tampered key never works', async () => {
    const { token, record } = await store.issue('digi-a', 'Excel', 'kari@sola.kommune.no');
    expect((await get('/export/projects.csv', token)).status).toBe(200);
    expect(await store.revoke(record.id)).toBe(true);
    const refused = await get('/export/projects.csv', token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await waitUntil(async () => { const s = (await store.uses(record.id)).map((u) => u.status); return s.includes(200) && s.includes(401) ? true : undefined; }, 30000, 'audit of the refused use');
    const tampered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const { token: live } = await store.issue('digi-a', 'Metabase', 'x');
    expect((await get('/export/projects.csv', `${live.slice(0, -3)}${live.endsWith('AAA') ? 'BBB' : 'AAA'}`)).status).toBe(401);
    expect((await get('/export/projects.csv', tampered)).status).toBe(401);
    expect((await get('/export/projects.csv', 'ssk_00000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(401);
  });
});
