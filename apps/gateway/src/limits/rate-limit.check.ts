import type { RequestHandler } from 'express';
import { rateLimited, rateLimitedBody } from './limit-errors';
import { callerKey, RateKind, RateLimits } from './rate-limiter';
import type { LimitCheck } from './request-limits.plugin';
import type { Identity } from '@samspill/server-auth';

/**
 * GraphQL: every mutation counts (signed-in callers per subject, anonymous ones per address, with
 * a lower limit), and so does a read whose estimated cost is at least `expensiveCost`. Cheap
 * reads never count: the embeds' trusted reads (served from the response cache, and cheap when
 * they are not) stay unlimited. A refusal is HTTP 429 with Retry-After and RATE_LIMITED.
 */
export function rateLimitCheck(limits: RateLimits, expensiveCost: number): LimitCheck {
  return async ({ context, operation, cost }) => {
    let kind: RateKind | null = null;
    if (operation === 'mutation') kind = context.identity.subject === null ? 'anonymous-mutation' : 'mutation';
    else if (cost !== null && cost >= expensiveCost) kind = 'expensive-read';
    const key = kind && callerKey(context.identity, context.clientAddress);
    if (!kind || !key) return;
    const refusal = await limits.take(kind, key);
    if (refusal) throw rateLimited(refusal);
  };
}

/** Exports: each download counts for the signed-in caller or API key (exports need one). */
export function exportRateLimit(limits: RateLimits) {
  return async (identity: Identity, req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]): Promise<boolean> => {
    const key = callerKey(identity, req.ip);
    const refusal = key ? await limits.take('export', key) : null;
    if (!refusal) return true;
    res.status(429).setHeader('retry-after', String(refusal.retryAfterSeconds));
    res.json({ errors: [rateLimitedBody(refusal)] });
    return false;
  };
}
