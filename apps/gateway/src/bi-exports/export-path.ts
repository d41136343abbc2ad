/**
 * The one accepted spelling of an export path: `/export` or `/export/<name>.<format>`, exactly as
 * in the list (lower case, one slash, no dot segments, no escapes, nothing after the format).
 */
const CANONICAL = /^\/export(?:\/([a-z][a-z0-9-]*)\.(csv|ndjson|json|columns\.json))?$/;

/** Undoes percent-escapes (twice-encoded too) and backslashes, collapses slashes, folds case. */
function loosely(path: string): string {
  let decoded = path;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break; // a malformed escape: what is left is judged as it is
    }
  }
  return decoded.replace(/\\/g, '/').replace(/\/{2,}/g, '/').toLowerCase();
}

export type ExportPath =
  /** Not an export request at all: other routes handle it. */
  | { kind: 'other' }
  /** Aimed at /export, but not in canonical form (`..`, `%2e%2e`, `//`, a trailing slash or junk): 400. */
  | { kind: 'malformed' }
  | { kind: 'list' }
  | { kind: 'file'; name: string; format: string; path: string };

/**
 * Classifies a raw request path (before any decoding). Only a canonical path is ever forwarded,
 * and it is forwarded as rebuilt from its parts, never as the client spelt it: a path that only
 * resolves to an export after normalisation (`/export/x/../../graphql`, `/EXPORT/…`) is refused.
 */
export function classifyExportPath(rawPath: string): ExportPath {
  const loose = loosely(rawPath);
  if (!/^\/export(?:[/.;?#]|$)/.test(loose)) return { kind: 'other' };
  const match = CANONICAL.exec(rawPath);
  if (!match) return { kind: 'malformed' };
  if (!match[1]) return { kind: 'list' };
  return { kind: 'file', name: match[1], format: match[2], path: `/export/${match[1]}.${match[2]}` };
}
