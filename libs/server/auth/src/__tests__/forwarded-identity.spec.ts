import { SignJWT } from 'jose';
import { ANONYMOUS, ForwardingRejectedError, Identity, signForwardedIdentity, verifyForwardedIdentity } from '..';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
const OTHER_SECRET = 'another-shared-secret-of-32-plus-characters';

const editor: Identity = {
  subject: 'ola@sandnes.kommune.no',
  name: 'Ola',
  grants: [{ role: 'municipality-editor', municipality: '1108' }, { role: 'participant' }],
};

describe('forwarded identity', () => {
  afterEach(() => jest.useRealTimers());

  it('round-trips a signed-in identity and the request id', async () => {
    const token = await signForwardedIdentity(editor, 'req-42', SECRET, 'portfolios');
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).resolves.toEqual({ identity: editor, requestId: 'req-42' });
  });

  it('round-trips the anonymous identity', async () => {
    const token = await signForwardedIdentity(ANONYMOUS, 'req-1', SECRET, 'portfolios');
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).resolves.toEqual({ identity: { subject: null, name: null, grants: [] }, requestId: 'req-1' });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signForwardedIdentity(editor, 'req-42', OTHER_SECRET, 'portfolios');
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('rejects a missing or garbage token', async () => {
    await expect(verifyForwardedIdentity('', SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
    await expect(verifyForwardedIdentity('a.b.c', SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('rejects a token whose identity was altered after signing', async () => {
    const token = await signForwardedIdentity(ANONYMOUS, 'req-1', SECRET, 'portfolios');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.identity = { subject: 'root', name: null, grants: [{ role: 'network-admin', network: 'all' }] };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifyForwardedIdentity(forged, SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('rejects a correctly signed token whose identity does not fit the schema', async () => {
    const token = await new SignJWT({ identity: { subject: 'x', name: null, grants: [{ role: 'municipality-editor', municipality: '12345' }] }, rid: 'r' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('samspill-gateway')
      .setAudience('samspill-subgraph:portfolios')
      .setExpirationTime('60s')
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('rejects a correctly signed token from another issuer (e.g. a bearer token signed with the secret)', async () => {
    const token = await new SignJWT({ identity: editor, rid: 'r' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('samspill-dev')
      .setAudience('samspill-subgraph:portfolios')
      .setExpirationTime('60s')
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('lives for seconds: rejected once its ten seconds (and the two of clock tolerance) are over', async () => {
    const start = new Date('2025-06-01T12:00:00Z');
    jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const token = await signForwardedIdentity(editor, 'req-42', SECRET, 'portfolios');

    jest.setSystemTime(new Date(start.getTime() + 9_000));
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).resolves.toMatchObject({ requestId: 'req-42' });

    jest.setSystemTime(new Date(start.getTime() + 13_000));
    await expect(verifyForwardedIdentity(token, SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });

  it('is bound to its target: a token for portfolios is refused by benefits', async () => {
    const token = await signForwardedIdentity(editor, 'req-42', SECRET, 'portfolios');
    await expect(verifyForwardedIdentity(token, SECRET, 'benefits')).rejects.toThrow(ForwardingRejectedError);
  });

  it('refuses a token without an expiry or an issue time', async () => {
    const unsigned = new SignJWT({ identity: editor, rid: 'r' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('samspill-gateway').setAudience('samspill-subgraph:portfolios');
    await expect(verifyForwardedIdentity(await unsigned.setIssuedAt().sign(new TextEncoder().encode(SECRET)), SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
    const noIat = new SignJWT({ identity: editor, rid: 'r' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('samspill-gateway').setAudience('samspill-subgraph:portfolios').setExpirationTime('5s');
    await expect(verifyForwardedIdentity(await noIat.sign(new TextEncoder().encode(SECRET)), SECRET, 'portfolios')).rejects.toThrow(ForwardingRejectedError);
  });
});
