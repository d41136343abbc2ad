import { randomUUID } from 'node:crypto';
import { E2EStack, startE2EStack } from './support/e2e-stack';

const CREATE = `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id name } }`;

/** Issue 9: a mutation retried with the same Idempotency-Key (through the gateway) is applied once. */
describe('idempotent mutations through the gateway', () => {
  let stack: E2EStack;
  beforeAll(async () => {
    stack = await startE2EStack();
  });
  afterAll(() => stack?.stop());

  const send = async (token: string, input: Record<string, unknown>, key?: string) => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query: CREATE, variables: { i: input } }),
    });
    return (await res.json()) as { data?: { createNetwork: { id: string; name: string } } | null; errors?: { extensions?: { code?: string } }[] };
  };
  const events = async (networkId: string) =>
    Number((await stack.networkStrategy.service.dataSource.query(`SELECT count(*) AS n FROM outbox WHERE event_type = 'NetworkCreated' AND message_key = $1`, [networkId]))[0].n);

  it('returns the first response to a retry with the same key and applies the mutation once', async () => {
    const admin = await stack.tokens.networkAdmin('digi-idem');
    const key = randomUUID();
    const input = { id: 'digi-idem', name: 'Digi Idem', region: 'Rogaland' };
    const first = await send(admin, input, key);
    expect(first.errors).toBeUndefined();
    const retry = await send(admin, input, key);
    expect(retry).toEqual(first);
    expect(await events('digi-idem')).toBe(1);

    // Without the key the same request really executes again, and is refused: the retry above did not.
    expect((await send(admin, input)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses the same key with a different request, and changes nothing', async () => {
    const admin = await stack.tokens.networkAdmin('digi-idem-2');
    const key = randomUUID();
    expect((await send(admin, { id: 'digi-idem-2', name: 'To', region: 'Rogaland' }, key)).errors).toBeUndefined();
    const reused = await send(admin, { id: 'digi-idem-3', name: 'Tre', region: 'Rogaland' }, key);
    expect(reused.errors?.map((e) => e.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await events('digi-idem-3')).toBe(0);
  });

  it('keeps keys per caller: another caller may use the same key', async () => {
    const key = randomUUID();
    const a = await send(await stack.tokens.networkAdmin('digi-a'), { id: 'digi-a', name: 'Aa', region: 'Rogaland' }, key);
    const b = await send(await stack.tokens.networkAdmin('digi-b'), { id: 'digi-b', name: 'Bb', region: 'Rogaland' }, key);
    expect(a.errors).toBeUndefined();
    expect(a.data?.createNetwork.id).toBe('digi-a');
    expect(b.data?.createNetwork.id).toBe('digi-b');
  });

  it('refuses a malformed key as bad input', async () => {
    const res = await send(await stack.tokens.networkAdmin('digi-x'), { id: 'digi-x', name: 'X', region: 'Rogaland' }, 'not a valid key!');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await events('digi-x')).toBe(0);
  });
});
