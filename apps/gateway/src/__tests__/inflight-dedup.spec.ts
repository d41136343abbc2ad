import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANONYMOUS, FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity, verifyForwardedIdentity } from '@samspill/server-auth';
import { IdentityForwardingDataSource } from '../identity-forwarding.data-source';
import { identityKey } from '../inflight-dedup';

const SECRET = 'test-secret-test-secret-test-secret!';
const READ = 'query Op__0 { networks { id } }';

const editor = (municipality: string, subject = 'kari'): Identity => ({ subject, name: null, grants: [{ role: 'municipality-editor', municipality }] });

/** A subgraph that counts requests and answers only when released, so requests overlap for certain. */
async function countingSubgraph() {
  const seen: Identity[] = [];
  let release!: () => void;
  let released = new Promise<void>((r) => (release = r));
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', async () => {
      const { identity } = await verifyForwardedIdentity(String(req.headers[FORWARDED_IDENTITY_HEADER]), SECRET, 'portfolios');
      seen.push(identity);
      await released;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { networks: [{ id: identity.subject ?? 'anonymous' }] } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    release: () => {
      release();
      released = new Promise<void>((r) => (release = r));
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function callThrough(source: IdentityForwardingDataSource, identity: Identity, query = READ) {
  const context = { identity, requestId: `req-${Math.random()}` };
  return source.process({ kind: 'incoming operation', request: { query, variables: {} }, context, incomingRequestContext: { context } } as never);
}

describe('in-flight deduplication of subgraph fetches', () => {
  let subgraph: Awaited<ReturnType<typeof countingSubgraph>>;
  let source: IdentityForwardingDataSource;
  beforeEach(async () => {
    subgraph = await countingSubgraph();
    source = new IdentityForwardingDataSource(subgraph.url, SECRET, 'portfolios');
  });
  afterEach(() => subgraph.stop());

  /** Starts the calls, waits until the subgraph has every distinct one it will get, then lets it answer. */
  async function overlapping(calls: (() => ReturnType<typeof callThrough>)[], expectedAtSubgraph: number) {
    const pending = calls.map((c) => c());
    while (subgraph.seen.length < expectedAtSubgraph) await new Promise((r) => setImmediate(r));
    subgraph.release();
    return Promise.all(pending);
  }

  it('sends identical concurrent reads by the same identity to the subgraph once, each caller with its own copy', async () => {
    const answers = await overlapping(Array.from({ length: 5 }, () => () => callThrough(source, editor('1124'))), 1);
    expect(subgraph.seen).toHaveLength(1);
    expect(answers.map((a) => a.data)).toEqual(Array.from({ length: 5 }, () => ({ networks: [{ id: 'kari' }] })));
    expect(new Set(answers.map((a) => a.data)).size).toBe(5); // the gateway merges into these objects: never shared
  });

  it('never shares between different grants, nor between subjects with the same grants', async () => {
    await overlapping([() => callThrough(source, editor('1124')), () => callThrough(source, editor('0301')), () => callThrough(source, editor('1124', 'ola')), () => callThrough(source, ANONYMOUS)], 4);
    expect(subgraph.seen).toEqual([editor('1124'), editor('0301'), editor('1124', 'ola'), ANONYMOUS]);
  });

  it('never shares mutations', async () => {
    const mutation = 'mutation Op__0 { archive { id } }';
    await overlapping([() => callThrough(source, editor('1124'), mutation), () => callThrough(source, editor('1124'), mutation)], 2);
    expect(subgraph.seen).toHaveLength(2);
  });

  it('keeps nothing once the answer is in: a later identical read goes to the subgraph again', async () => {
    await overlapping([() => callThrough(source, ANONYMOUS)], 1);
    await overlapping([() => callThrough(source, ANONYMOUS)], 2);
    expect(subgraph.seen).toHaveLength(2);
  });
});

describe('identityKey', () => {
  it('is the same for the same identity whatever the order of grants or the request id', async () => {
    const a: Identity = { subject: 'kari', name: 'Kari', grants: [{ role: 'analyst' }, { role: 'network-admin', network: 'n1' }] };
    const b: Identity = { ...a, grants: [...a.grants].reverse() };
    expect(identityKey(await signForwardedIdentity(a, 'r1', SECRET, 'portfolios'))).toBe(identityKey(await signForwardedIdentity(b, 'r2', SECRET, 'portfolios')));
    expect(identityKey(await signForwardedIdentity(a, 'r1', SECRET, 'portfolios'))).not.toBe(identityKey(await signForwardedIdentity({ ...a, grants: [{ role: 'analyst' }] }, 'r1', SECRET, 'portfolios')));
  });

  it('refuses to key what it cannot read, so such a fetch is never shared', () => {
    expect(identityKey(undefined)).toBeNull();
    expect(identityKey('not-a-token')).toBeNull();
  });
});
