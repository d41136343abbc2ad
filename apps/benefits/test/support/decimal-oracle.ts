/** Independent of the service's code: exact hundredths and six-decimal ratios with bigint. */
export const cents = (s: string) => {
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const v = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return s.startsWith('-') ? -v : v;
};
export const fmt = (c: bigint) => `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${((c < 0n ? -c : c) % 100n).toString().padStart(2, '0')}`;
export function ratio(num: bigint, den: bigint): string {
  const scaled = num * 1_000_000n;
  let q = scaled / den;
  const r = scaled % den;
  if ((r < 0n ? -r : r) * 2n >= (den < 0n ? -den : den)) q += (scaled < 0n) !== (den < 0n) ? -1n : 1n;
  const abs = q < 0n ? -q : q;
  return `${q < 0n ? '-' : ''}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}
