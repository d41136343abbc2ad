import { hasRole, isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
import type { Context } from '../loaders';

/** What a plan, benefit or measurement belongs to. */
export interface Owned {
  municipalityId: string;
  initiativeId: string | null;
}

/**
 * Benefit plans reveal projects, published or not, so they are read in scope only (issue 11):
 * the municipality's editors, the administrators of the network whose initiative the project
 * realises, and analysts. Benefits keeps no member view, so a network sees only the projects
 * that came from its own initiatives.
 */
export async function mayReadBenefits(ctx: Context, owned: Owned): Promise<boolean> {
  if (hasRole(ctx.identity, 'analyst')) return true;
  return mayNameEmployees(ctx, owned);
}

/** Who recorded a measurement is an employee's identity: editors and the initiative's network admins, not analysts. */
export async function mayNameEmployees(ctx: Context, owned: Owned): Promise<boolean> {
  if (isMunicipalityEditor(ctx.identity, owned.municipalityId)) return true;
  if (!owned.initiativeId) return false;
  const profile = await ctx.loaders.profile.load(owned.initiativeId);
  return profile !== null && isNetworkAdmin(ctx.identity, profile.networkId);
}

/** A whole initiative's realisation spans municipalities: its network's admins and analysts. */
export async function mayReadInitiativeRealisation(ctx: Context, initiativeId: string): Promise<boolean> {
  if (hasRole(ctx.identity, 'analyst')) return true;
  const profile = await ctx.loaders.profile.load(initiativeId);
  return profile !== null && isNetworkAdmin(ctx.identity, profile.networkId);
}

/** One municipality's realisation: its editors and analysts. */
export const mayReadMunicipalityRealisation = (ctx: Context, municipalityId: string) =>
  hasRole(ctx.identity, 'analyst') || isMunicipalityEditor(ctx.identity, municipalityId);
