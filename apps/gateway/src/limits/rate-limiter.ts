import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Identity } from '@samspill/server-auth';
import type { RateLimitsConfig } from './rate-limits.config';

/** What a caller is counted as: its subject when signed in (API keys have their own), else its address. */
export function callerKey(identity: Identity, clientAddress: string | undefined): string | null {
  if (identity.subject !== null) return `subject:${identity.subject}`;
  return clientAddress ? `address:${clientAddress}` : null;
}

export type RateKind = 'mutation' | 'anonymous-mutation' | 'expensive-read' | 'export';

/** Refused: how long until the caller may try again. */
export interface RateRefusal {
  kind: RateKind;
  limit: number;
  windowSeconds: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in this process's memory (rate-limiter-flexible), one per kind of
 * request. Not shared between gateway instances, and lost on restart: both are acceptable for
 * abuse protection (issue 11), and documented.
 */
export class RateLimits {
  private readonly limiters = new Map<RateKind, { limit: number; limiter: RateLimiterMemory }>();

  constructor(private readonly config: RateLimitsConfig) {
    const limits: Record<RateKind, number> = {
      mutation: config.RATE_LIMIT_MUTATIONS,
      'anonymous-mutation': config.RATE_LIMIT_ANONYMOUS_MUTATIONS,
      'expensive-read': config.RATE_LIMIT_EXPENSIVE_READS,
      export: config.RATE_LIMIT_EXPORTS,
    };
    for (const [kind, limit] of Object.entries(limits) as [RateKind, number][]) {
      if (limit > 0) this.limiters.set(kind, { limit, limiter: new RateLimiterMemory({ keyPrefix: kind, points: limit, duration: config.RATE_LIMIT_WINDOW_SECONDS }) });
    }
  }

  /** Counts one request of `kind` for `key`; null when it may go ahead. */
  async take(kind: RateKind, key: string): Promise<RateRefusal | null> {
    const entry = this.limiters.get(kind);
    if (!entry) return null;
    try {
      await entry.limiter.consume(key);
      return null;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      return { kind, limit: entry.limit, windowSeconds: this.config.RATE_LIMIT_WINDOW_SECONDS, retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
    }
  }
}
