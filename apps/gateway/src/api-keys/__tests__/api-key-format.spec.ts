import { hashSecret, looksLikeApiKey, newApiKey, parseApiKey, secretMatches } from '../api-key-format';

describe('analyst API key format', () => {
  it('round-trips a new key and keeps only a hash of the secret', () => {
    const key = newApiKey();
    expect(looksLikeApiKey(key.token)).toBe(true);
    const parsed = parseApiKey(key.token)!;
    expect(parsed.id).toBe(key.id);
    expect(key.token).not.toContain(key.hash);
    expect(secretMatches(parsed.secret, key.hash)).toBe(true);
    expect(secretMatches(`${parsed.secret.slice(0, -1)}A`, key.hash)).toBe(parsed.secret.endsWith('A'));
    expect(hashSecret(parsed.secret)).toBe(key.hash);
  });

  it('refuses anything that is not exactly a key', () => {
    expect(parseApiKey('ssk_short')).toBeNull();
    expect(parseApiKey(`${newApiKey().token}x`)).toBeNull();
    expect(looksLikeApiKey('eyJhbGciOi')).toBe(false);
  });
});
