import type { z } from 'zod';

/**
 * Names every offending export parameter: unknown ones (a typo must not silently return every
 * row) and known ones with a bad value, each with zod's reason.
 */
export function filterMessage(issues: readonly z.core.$ZodIssue[]): string {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  const invalid = issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => `${i.path.join('.') || 'query'} (${i.message})`);
  const parts = [];
  if (unknown.length) parts.push(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  if (invalid.length) parts.push(`invalid parameter${invalid.length > 1 ? 's' : ''} ${invalid.join(', ')}`);
  return parts.join('; ');
}
