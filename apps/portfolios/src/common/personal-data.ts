import { hasRole, isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
import type { Context } from '../loaders';

/**
 * Who decided and who reported are employees' identities: the municipality's own editors and
 * the administrators of networks it is currently a member of see them; analysts read only
 * non-personal data, and the public never (PRODUCT.md, "What is public").
 */
export async function maySeeEmployees(ctx: Context, municipalityId: string): Promise<boolean> {
  if (isMunicipalityEditor(ctx.identity, municipalityId)) return true;
  const memberships = await ctx.loaders.membershipsOfMunicipality.load(municipalityId);
  return memberships.some((ms) => ms.leftOn === null && isNetworkAdmin(ctx.identity, ms.networkId));
}

/** Internal, non-personal content (e.g. a status comment not marked public): also analysts. */
export async function maySeeInternal(ctx: Context, municipalityId: string): Promise<boolean> {
  return hasRole(ctx.identity, 'analyst') || maySeeEmployees(ctx, municipalityId);
}

/** The municipality a decision record belongs to, through its case. */
export async function municipalityOfCase(ctx: Context, caseId: string): Promise<string | null> {
  return (await ctx.loaders.adoptionCase.load(caseId))?.municipalityId ?? null;
}

/** The municipality a status report belongs to, through its project. */
export async function municipalityOfProject(ctx: Context, projectId: string): Promise<string | null> {
  return (await ctx.loaders.project.load(projectId))?.municipalityId ?? null;
}
