import { z } from 'zod';

/** A count per window; 0 turns that limit off. */
const perWindow = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

/**
 * Rate limits, per gateway instance (state in memory: with N instances behind a load balancer a
 * caller gets up to N× these). Signed-in callers are counted by subject (an API key by its id),
 * anonymous callers by client address.
 */
export const rateLimitsEnvShape = {
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  /** Mutations per signed-in identity per window. */
  RATE_LIMIT_MUTATIONS: perWindow(600),
  /** Mutations per client address per window for anonymous callers (e.g. consultation answers). */
  RATE_LIMIT_ANONYMOUS_MUTATIONS: perWindow(20),
  /** Reads costing at least RATE_LIMIT_EXPENSIVE_COST, per identity (or address) per window. */
  RATE_LIMIT_EXPENSIVE_READS: perWindow(120),
  RATE_LIMIT_EXPENSIVE_COST: z.coerce.number().int().min(1).max(10_000_000).default(5000),
  /** BI export downloads per identity or API key per window. */
  RATE_LIMIT_EXPORTS: perWindow(60),
  /**
   * Express's `trust proxy`: which proxies may tell the client address in X-Forwarded-For.
   * Unset: none (the address is the TCP peer). Behind a load balancer, e.g. `1` (one hop),
   * `loopback` or the balancer's addresses; otherwise every anonymous caller shares its address.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '' || v === 'false') return false;
      if (v === 'true') {
        ctx.addIssue({ code: 'custom', message: 'true would trust any X-Forwarded-For (callers could pick their address); name the hops or addresses' });
        return z.NEVER;
      }
      return /^\d+$/.test(v) ? Number(v) : v;
    }),
};

export type RateLimitsConfig = { [K in keyof typeof rateLimitsEnvShape]: z.infer<(typeof rateLimitsEnvShape)[K]> };
