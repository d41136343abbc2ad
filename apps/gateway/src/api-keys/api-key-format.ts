import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * An analyst API key is `ssk_<key id>_<secret>`: the id finds the row, the secret is 32 random
 * bytes of which only the SHA-256 is stored. (A slow password hash buys nothing for 256 random
 * bits and would cost every export request.) The prefix lets the gateway tell keys from JWTs.
 */
export const API_KEY_PREFIX = 'ssk_';

const FORMAT = /^ssk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  id: string;
  secret: string;
}

export const looksLikeApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

export function parseApiKey(token: string): ParsedApiKey | null {
  const m = FORMAT.exec(token);
  if (!m) return null;
  const hex = m[1];
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { id, secret: m[2] };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function newApiKey(): { id: string; token: string; hash: string } {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${API_KEY_PREFIX}${id.replace(/-/g, '')}_${secret}`, hash: hashSecret(secret) };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
