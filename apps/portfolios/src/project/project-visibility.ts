import type { Context } from '../loaders';
import { canSeeUnpublished } from '../common/access-policy';
import type { ProjectEntity } from './project.entity';

/** The visibility rule of ProjectService.get, batched through the request's loaders. */
export async function isVisible(ctx: Context, project: ProjectEntity): Promise<boolean> {
  if (project.published) return true;
  const memberships = await ctx.loaders.membershipsOfMunicipality.load(project.municipalityId);
  const current = memberships.filter((ms) => ms.leftOn === null).map((ms) => ms.networkId);
  return canSeeUnpublished(ctx.identity, project.municipalityId, current);
}

export async function visibleOnly(ctx: Context, projects: ProjectEntity[]): Promise<ProjectEntity[]> {
  const keep = await Promise.all(projects.map((p) => isVisible(ctx, p)));
  return projects.filter((_, i) => keep[i]);
}
