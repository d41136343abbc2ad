import { administeredNetworks, hasRole, Identity } from '@samspill/server-auth';

/** What one caller may read of benefit facts: analysts everything, others their municipalities and networks. */
export interface FactScope {
  all: boolean;
  municipalities: string[];
  networks: string[];
}

export function factScope(identity: Identity): FactScope {
  return {
    all: hasRole(identity, 'analyst'),
    municipalities: identity.grants.flatMap((g) => (g.role === 'municipality-editor' ? [g.municipality] : [])),
    networks: administeredNetworks(identity),
  };
}

export const mayReadFacts = (s: FactScope) => s.all || s.municipalities.length > 0 || s.networks.length > 0;
