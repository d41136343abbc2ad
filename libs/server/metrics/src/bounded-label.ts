/**
 * Label values that come from clients (GraphQL operation names) would let any caller create
 * unbounded time series. This keeps the first `max` distinct values seen and maps every later
 * one to `other`; values are also cut to a sane length and charset.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly fallback = 'other',
  ) {}

  value(raw: string | null | undefined, empty = 'anonymous'): string {
    if (!raw) return empty;
    const clean = raw.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
    if (this.seen.has(clean)) return clean;
    if (this.seen.size >= this.max) return this.fallback;
    this.seen.add(clean);
    return clean;
  }
}
