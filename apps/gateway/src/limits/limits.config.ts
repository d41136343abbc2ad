import { z } from 'zod';

const count = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Cost and size limits of one GraphQL request (rate limits: rate-limits.config.ts). */
export const costLimitsEnvShape = {
  /** Largest estimated cost one request may have (objects it may return; see query-cost.ts). */
  COST_BUDGET: count(25000, 1, 10_000_000),
  /** Items assumed for a list without `first` that list-sizes.ts does not name. */
  COST_DEFAULT_LIST_SIZE: count(20, 1, 10000),
  /** Largest response body in bytes; a bigger one is replaced by a RESPONSE_TOO_LARGE error. */
  RESPONSE_MAX_BYTES: count(10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
};

export type CostLimitsConfig = { [K in keyof typeof costLimitsEnvShape]: z.infer<(typeof costLimitsEnvShape)[K]> };
