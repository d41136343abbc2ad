import { ANONYMOUS } from '@samspill/server-auth';
import { z } from 'zod';
import { callerKey, RateLimits } from '../limits/rate-limiter';
import { rateLimitsEnvShape } from '../limits/rate-limits.config';

const config = (env: Record<string, string> = {}) => z.object(rateLimitsEnvShape).parse(env);

describe('rate limits', () => {
  it('lets `limit` requests through per key and window, then refuses with the wait', async () => {
    const limits = new RateLimits(config({ RATE_LIMIT_MUTATIONS: '2', RATE_LIMIT_WINDOW_SECONDS: '30' }));
    expect(await limits.take('mutation', 'subject:a')).toBeNull();
    expect(await limits.take('mutation', 'subject:a')).toBeNull();
    const refusal = await limits.take('mutation', 'subject:a');
    expect(refusal).toMatchObject({ kind: 'mutation', limit: 2, windowSeconds: 30 });
    expect(refusal!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refusal!.retryAfterSeconds).toBeLessThanOrEqual(30);
    // Another caller, and another kind of request, count apart.
    expect(await limits.take('mutation', 'subject:b')).toBeNull();
    expect(await limits.take('expensive-read', 'subject:a')).toBeNull();
  });

  it('turns a limit off with 0', async () => {
    const limits = new RateLimits(config({ RATE_LIMIT_EXPORTS: '0' }));
    for (let i = 0; i < 1000; i++) expect(await limits.take('export', 'subject:a')).toBeNull();
  });

  it('counts signed-in callers by subject (API keys by key), anonymous ones by address', () => {
    expect(callerKey({ subject: 'u1', name: null, grants: [] }, '10.0.0.1')).toBe('subject:u1');
    expect(callerKey({ subject: 'api-key:k1', name: null, grants: [] }, '10.0.0.1')).toBe('subject:api-key:k1');
    expect(callerKey(ANONYMOUS, '10.0.0.1')).toBe('address:10.0.0.1');
    expect(callerKey(ANONYMOUS, undefined)).toBeNull();
  });

  it('trusts no proxy by default, and never any proxy at all', () => {
    expect(config().TRUST_PROXY).toBe(false);
    expect(config({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(config({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => config({ TRUST_PROXY: 'true' })).toThrow(/X-Forwarded-For/);
  });
});
