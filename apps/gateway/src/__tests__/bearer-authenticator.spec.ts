import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, createBearerVerifier, DevKeyPair, loadOrCreateDevKeyPair, signDevToken } from '@samspill/server-auth';
import { Authenticator, createAuthenticator } from '../auth/bearer-authenticator';

const tempKey = () => loadOrCreateDevKeyPair(join(mkdtempSync(join(tmpdir(), 'gateway-auth-')), 'key.json'));

async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('bearer authenticator', () => {
  let keys: DevKeyPair;
  let authenticate: Authenticator;

  beforeAll(async () => {
    keys = await tempKey();
    authenticate = createAuthenticator(createBearerVerifier({ issuer: 'samspill-dev', audience: 'samspill', devPublicKey: keys.publicKey }));
  });

  it('treats a request without an Authorization header as anonymous', async () => {
    await expect(authenticate(undefined)).resolves.toEqual(ANONYMOUS);
  });

  it('returns the identity of a valid token', async () => {
    const token = await signDevToken(keys.privateKey, { subject: 'kari', name: 'Kari', grants: [{ role: 'municipality-editor', municipality: '1124' }] });
    await expect(authenticate(`Bearer ${token}`)).resolves.toEqual({
      subject: 'kari',
      name: 'Kari',
      grants: [{ role: 'municipality-editor', municipality: '1124' }],
    });
  });

  it.each([
    ['a forged signature', async () => `Bearer ${(await signDevToken((await tempKey()).privateKey, { subject: 'mallory', grants: [] }))}`],
    ['an expired token', async () => `Bearer ${await signDevToken(keys.privateKey, { subject: 'kari', grants: [], expiresIn: '-1m' })}`],
    ['another audience', async () => `Bearer ${await signDevToken(keys.privateKey, { subject: 'kari', grants: [], audience: 'elsewhere' })}`],
    ['garbage', async () => 'Bearer not-a-jwt'],
    ['another scheme', async () => 'Basic a2FyaTpzZWNyZXQ='],
    ['an empty header', async () => ''],
  ])('refuses %s with 401 UNAUTHENTICATED instead of treating it as anonymous', async (_what, header) => {
    const error = await rejection(authenticate(await header()));
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
    expect(error.extensions.http).toMatchObject({ status: 401 });
  });
});
