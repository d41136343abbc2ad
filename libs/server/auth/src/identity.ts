import { z } from 'zod';
import { municipalityNumber } from '@samspill/contracts';

/** A role held by a caller, scoped where the role is scoped. */
export const roleGrantSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('network-admin'), network: z.string().min(1) }),
  z.object({ role: z.literal('municipality-editor'), municipality: municipalityNumber }),
  z.object({ role: z.literal('analyst') }),
  z.object({ role: z.literal('participant') }),
  // The platform operator: municipality master data (population drives per-capita targets) and,
  // as the data controller, erasure of participants' personal data.
  z.object({ role: z.literal('platform-admin') }),
  // Read-only and export-only: what a BI service credential (analyst API key) acts as, for one network.
  z.object({ role: z.literal('network-reader'), network: z.string().min(1) }),
]);

export type RoleGrant = z.infer<typeof roleGrantSchema>;
export type RoleName = RoleGrant['role'];

export const identitySchema = z.object({
  /** null for anonymous callers. */
  subject: z.string().nullable(),
  name: z.string().nullable(),
  grants: z.array(roleGrantSchema),
});

export type Identity = z.infer<typeof identitySchema>;

export const ANONYMOUS: Identity = Object.freeze({ subject: null, name: null, grants: [] }) as Identity;

export function hasRole(identity: Identity, role: RoleName): boolean {
  return identity.grants.some((g) => g.role === role);
}

export function isNetworkAdmin(identity: Identity, networkId: string): boolean {
  return identity.grants.some((g) => g.role === 'network-admin' && g.network === networkId);
}

export function isMunicipalityEditor(identity: Identity, municipalityId: string): boolean {
  return identity.grants.some((g) => g.role === 'municipality-editor' && g.municipality === municipalityId);
}

export function administeredNetworks(identity: Identity): string[] {
  return identity.grants.flatMap((g) => (g.role === 'network-admin' ? [g.network] : []));
}

export function isPlatformAdmin(identity: Identity): boolean {
  return hasRole(identity, 'platform-admin');
}
