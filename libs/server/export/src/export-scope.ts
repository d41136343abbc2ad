import type { Identity } from '@samspill/server-auth';
import type { ExportScope } from './dataset';

/**
 * Analysts export everything non-personal; network administrators and network-scoped readers
 * (BI service credentials) their networks; municipality editors their municipalities.
 */
export function exportScope(identity: Identity): ExportScope {
  const networks: string[] = [];
  const municipalities: string[] = [];
  let all = false;
  for (const g of identity.grants) {
    if (g.role === 'analyst') all = true;
    else if (g.role === 'network-admin' || g.role === 'network-reader') networks.push(g.network);
    else if (g.role === 'municipality-editor') municipalities.push(g.municipality);
  }
  return { all, networks, municipalities };
}

/** True when the caller may read something of a network-keyed dataset. */
export const readsNetworks = (s: ExportScope) => s.all || s.networks.length > 0;
/** True when the caller may read something of a network- or municipality-keyed dataset. */
export const readsAny = (s: ExportScope) => s.all || s.networks.length > 0 || s.municipalities.length > 0;
