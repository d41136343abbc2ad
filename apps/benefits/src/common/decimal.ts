/**
 * Exact decimal arithmetic for amounts with two decimals (NOK to the øre), as bigint hundredths.
 * JS numbers cannot promise øre at national totals; PostgreSQL numeric and these agree.
 */
const AMOUNT = /^(-?)(\d{1,14})(?:\.(\d{1,2}))?$/;

export const MAX_ABS_AMOUNT = 10n ** 13n * 100n;

/** Hundredths of a decimal string, or null when it is not a plain number with at most two decimals. */
export function parseAmount(text: string): bigint | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

export function formatAmount(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** a / b rounded half away from zero (PostgreSQL's round() on numeric). */
export function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  const twice = (r < 0n ? -r : r) * 2n;
  const absB = b < 0n ? -b : b;
  if (twice < absB) return q;
  return (a < 0n) !== (b < 0n) ? q - 1n : q + 1n;
}

export const ACHIEVEMENT_DECIMALS = 6;

/** achievement = (actual − baseline) / (target − baseline), as a decimal string with 6 decimals. */
export function achievement(actual: bigint | null, baseline: bigint | null, target: bigint | null): string | null {
  if (actual === null || baseline === null || target === null || target === baseline) return null;
  return formatScaled(divRound((actual - baseline) * 10n ** BigInt(ACHIEVEMENT_DECIMALS), target - baseline), ACHIEVEMENT_DECIMALS);
}

export function formatScaled(value: bigint, decimals: number): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const unit = 10n ** BigInt(decimals);
  return `${sign}${abs / unit}.${(abs % unit).toString().padStart(decimals, '0')}`;
}

/** An initiative's expected amount per year for one municipality: scaled per 1000 inhabitants where the profile says so. */
export function expectedForMunicipality(amountPerYear: number, scaling: 'FIXED' | 'PER_1000_INHABITANTS', population: number | null): bigint | null {
  const cents = BigInt(Math.round(amountPerYear * 100));
  if (scaling === 'FIXED') return cents;
  return population === null ? null : divRound(cents * BigInt(population), 1000n);
}
