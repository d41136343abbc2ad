import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import {
  createBearerVerifier,
  DEV_KEY_ALG,
  DevKeyPair,
  InvalidTokenError,
  loadOrCreateDevKeyPair,
  ROLES_CLAIM,
  signDevToken,
  TOKEN_AUDIENCE_DEFAULT,
  TOKEN_ISSUER_DEFAULT,
} from '..';

let dir: string;
let keys: DevKeyPair;
let otherKeys: DevKeyPair;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samspill-auth-'));
  keys = await loadOrCreateDevKeyPair(join(dir, 'nested', 'dev-key.json'));
  otherKeys = await loadOrCreateDevKeyPair(join(dir, 'other-key.json'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verifier = () => createBearerVerifier({ issuer: TOKEN_ISSUER_DEFAULT, audience: TOKEN_AUDIENCE_DEFAULT, devPublicKey: keys.publicKey });

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token with arbitrary claims, signed with the dev key, for claims signDevToken would never write. */
function rawToken(claims: Record<string, unknown>, { exp = nowSeconds() + 3600, sub = 'u-1' as string | null } = {}) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_KEY_ALG })
    .setIssuer(TOKEN_ISSUER_DEFAULT)
    .setAudience(TOKEN_AUDIENCE_DEFAULT)
    .setIssuedAt()
    .setExpirationTime(exp);
  if (sub) jwt.setSubject(sub);
  return jwt.sign(keys.privateKey);
}

async function rejectionOf(promise: Promise<unknown>): Promise<InvalidTokenError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InvalidTokenError) return err;
    throw err;
  }
  throw new Error('the token was accepted');
}

describe('dev key pair', () => {
  it('is written once, private to the owner, and read back unchanged', async () => {
    const path = join(dir, 'nested', 'dev-key.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateDevKeyPair(path);
    expect(again.publicJwk).toEqual(keys.publicJwk);
    expect(JSON.parse(readFileSync(path, 'utf8')).d).toEqual(expect.any(String));
  });

  it('publishes no private part in the public JWK', () => {
    expect(keys.publicJwk).not.toHaveProperty('d');
    expect(keys.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: DEV_KEY_ALG });
  });

  it('differs between two files', () => {
    expect(otherKeys.publicJwk.x).not.toBe(keys.publicJwk.x);
  });
});

describe('bearer token verification', () => {
  it('turns a valid dev token into an identity with its grants and name', async () => {
    const token = await signDevToken(keys.privateKey, {
      subject: 'kari@sola.kommune.no',
      name: 'Kari Nordmann',
      grants: [{ role: 'network-admin', network: 'digi-rogaland' }, { role: 'municipality-editor', municipality: '1124' }],
    });

    await expect(verifier()(token)).resolves.toEqual({
      subject: 'kari@sola.kommune.no',
      name: 'Kari Nordmann',
      grants: [{ role: 'network-admin', network: 'digi-rogaland' }, { role: 'municipality-editor', municipality: '1124' }],
    });
  });

  it('gives a token without name or roles claim a null name and no grants', async () => {
    const identity = await verifier()(await rawToken({}));
    expect(identity).toEqual({ subject: 'u-1', name: null, grants: [] });
  });

  it('rejects a token signed by another key', async () => {
    const token = await signDevToken(otherKeys.privateKey, { subject: 'mallory', grants: [{ role: 'analyst' }] });
    expect((await rejectionOf(verifier()(token))).message).toBe('token signature or claims invalid');
  });

  it('rejects an expired token as expired', async () => {
    const token = await rawToken({ [ROLES_CLAIM]: [] }, { exp: nowSeconds() - 60 });
    expect((await rejectionOf(verifier()(token))).message).toBe('token expired');
  });

  it('tolerates a few seconds of clock skew', async () => {
    const token = await rawToken({}, { exp: nowSeconds() - 2 });
    await expect(verifier()(token)).resolves.toMatchObject({ subject: 'u-1' });
  });

  it('rejects a token for another audience or from another issuer', async () => {
    const otherAudience = await signDevToken(keys.privateKey, { subject: 'u', grants: [], audience: 'someone-else' });
    const otherIssuer = await signDevToken(keys.privateKey, { subject: 'u', grants: [], issuer: 'evil-idp' });
    await rejectionOf(verifier()(otherAudience));
    await rejectionOf(verifier()(otherIssuer));
  });

  it('rejects an unsigned (alg: none) token and garbage', async () => {
    const unsigned = new UnsecuredJWT({ sub: 'u', [ROLES_CLAIM]: [{ role: 'analyst' }] })
      .setIssuer(TOKEN_ISSUER_DEFAULT)
      .setAudience(TOKEN_AUDIENCE_DEFAULT)
      .setExpirationTime('1h')
      .encode();
    await rejectionOf(verifier()(unsigned));
    await rejectionOf(verifier()('not.a.token'));
    await rejectionOf(verifier()(''));
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const token = await signDevToken(keys.privateKey, { subject: 'u', grants: [{ role: 'analyst' }] });
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: 'u', iss: TOKEN_ISSUER_DEFAULT, aud: TOKEN_AUDIENCE_DEFAULT, exp: nowSeconds() + 3600, [ROLES_CLAIM]: [{ role: 'network-admin', network: 'x' }] }),
    ).toString('base64url');
    await rejectionOf(verifier()(`${header}.${forgedPayload}.${signature}`));
  });

  it.each([
    ['not an array', { role: 'analyst' }],
    ['an unknown role', [{ role: 'superuser' }]],
    ['a scoped role without its scope', [{ role: 'network-admin' }]],
    ['a five-digit municipality', [{ role: 'municipality-editor', municipality: '12345' }]],
    ['a string list', ['analyst']],
  ])('rejects a roles claim that is %s', async (_label, roles) => {
    const token = await rawToken({ [ROLES_CLAIM]: roles });
    expect((await rejectionOf(verifier()(token))).message).toBe(`malformed ${ROLES_CLAIM} claim`);
  });

  it('rejects a token without a subject', async () => {
    const token = await rawToken({ [ROLES_CLAIM]: [] }, { sub: null });
    expect((await rejectionOf(verifier()(token))).message).toBe('token has no subject');
  });

  it('rejects a token without an expiry (it would be valid for ever)', async () => {
    const token = await new SignJWT({ [ROLES_CLAIM]: [] })
      .setProtectedHeader({ alg: DEV_KEY_ALG })
      .setIssuer(TOKEN_ISSUER_DEFAULT)
      .setAudience(TOKEN_AUDIENCE_DEFAULT)
      .setSubject('u-1')
      .setIssuedAt()
      .sign(keys.privateKey);
    await rejectionOf(verifier()(token));
  });

  it('rejects a token living longer than the configured maximum, with or without iat', async () => {
    const strict = createBearerVerifier({ issuer: TOKEN_ISSUER_DEFAULT, audience: TOKEN_AUDIENCE_DEFAULT, devPublicKey: keys.publicKey, maxLifetimeSeconds: 3600 });
    await expect(strict(await rawToken({}, { exp: nowSeconds() + 1800 }))).resolves.toMatchObject({ subject: 'u-1' });
    expect((await rejectionOf(strict(await rawToken({}, { exp: nowSeconds() + 2 * 86400 })))).message).toMatch(/lifetime exceeds 3600 s/);
    const noIat = await new SignJWT({})
      .setProtectedHeader({ alg: DEV_KEY_ALG })
      .setIssuer(TOKEN_ISSUER_DEFAULT)
      .setAudience(TOKEN_AUDIENCE_DEFAULT)
      .setSubject('u-1')
      .setExpirationTime(nowSeconds() + 2 * 86400)
      .sign(keys.privateKey);
    await rejectionOf(strict(noIat));
  });

  it('takes its clock-skew tolerance from configuration', async () => {
    const exact = createBearerVerifier({ issuer: TOKEN_ISSUER_DEFAULT, audience: TOKEN_AUDIENCE_DEFAULT, devPublicKey: keys.publicKey, clockToleranceSeconds: 0 });
    await rejectionOf(exact(await rawToken({}, { exp: nowSeconds() - 2 })));
  });

  it('needs a key source', () => {
    expect(() => createBearerVerifier({ issuer: 'i', audience: 'a' })).toThrow(/JWKS URL or a development key/);
  });
});
