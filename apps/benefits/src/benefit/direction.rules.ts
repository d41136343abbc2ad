import { badInput } from '@samspill/server-graphql';

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** +1 when a higher value is better, −1 when lower is better: a gain is sign × (value − baseline). */
export const directionSign = (d: Direction): 1n | -1n => (d === 'LOWER_IS_BETTER' ? -1n : 1n);

/**
 * A benefit's target lies on the better side of its baseline; a dis-benefit's expected value on
 * the worse side (it is a negative effect by definition). Anything else would make achievement
 * and the sign of the gain meaningless, so it is refused.
 */
export function checkTargetSide(direction: Direction, isDisbenefit: boolean, baseline: bigint | null, target: bigint | null, field: string): void {
  if (baseline === null || target === null) return;
  const gain = directionSign(direction) * (target - baseline);
  if (gain === 0n) throw badInput(`${field}: the target must differ from the baseline`, field);
  const better = direction === 'LOWER_IS_BETTER' ? 'below' : 'above';
  const worse = direction === 'LOWER_IS_BETTER' ? 'above' : 'below';
  if (!isDisbenefit && gain < 0n) {
    throw badInput(`${field}: a benefit whose direction is ${direction} needs a target ${better} its baseline`, field);
  }
  if (isDisbenefit && gain > 0n) {
    throw badInput(`${field}: a dis-benefit whose direction is ${direction} expects a value ${worse} its baseline (it counts against the gains)`, field);
  }
}

/**
 * Target seeded from an initiative profile line: the expected yearly effect moves the baseline
 * toward the better side for a benefit and toward the worse side for a dis-benefit. Without a
 * baseline a lower-is-better target cannot be placed, so it waits for the baseline.
 */
export function seededTarget(direction: Direction, isDisbenefit: boolean, baseline: bigint | null, expected: bigint | null): bigint | null {
  if (expected === null) return null;
  const magnitude = expected < 0n ? -expected : expected;
  const step = directionSign(direction) * (isDisbenefit ? -1n : 1n) * magnitude;
  if (baseline === null) return step > 0n ? step : null;
  return baseline + step;
}
