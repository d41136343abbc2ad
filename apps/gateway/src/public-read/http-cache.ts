import { createHash } from 'node:crypto';

/** A strong validator from the exact bytes of a response body. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** True when an If-None-Match header names this ETag (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

export const publicCacheControl = (maxAge: number, staleWhileRevalidate: number) =>
  `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;

/** Personal (signed-in) or failed responses: never stored by a browser or a shared cache. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Variables in a canonical form (sorted keys), so equal requests share one cache entry. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
