import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, JWK, KeyLike } from 'jose';

export const DEV_KEY_ALG = 'ES256';
export const DEV_KEY_ID = 'samspill-dev';

export interface DevKeyPair {
  privateKey: KeyLike | Uint8Array;
  publicKey: KeyLike | Uint8Array;
  publicJwk: JWK;
}

/**
 * A development signing key, created on first use in a git-ignored file so the gateway and
 * the `token` command agree without anyone generating keys by hand. Never used in production.
 */
export async function loadOrCreateDevKeyPair(path: string): Promise<DevKeyPair> {
  if (!existsSync(path)) {
    const { privateKey } = await generateKeyPair(DEV_KEY_ALG, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: DEV_KEY_ID, alg: DEV_KEY_ALG };
    mkdirSync(dirname(path), { recursive: true });
    // 'wx' fails if another process created the file first; then we read theirs.
    try {
      writeFileSync(path, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const privateJwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
  const { d: _d, ...publicJwk } = privateJwk;
  return {
    privateKey: await importJWK(privateJwk, DEV_KEY_ALG),
    publicKey: await importJWK(publicJwk, DEV_KEY_ALG),
    publicJwk,
  };
}
