import type { Context } from '../loaders';
import { isVisible } from './project-visibility';

/** Other subgraphs' references to a Project: batched, and unpublished ones only for those who may see them. */
export const projectReference = {
  async __resolveReference(ref: { id: string }, ctx: Context) {
    const project = await ctx.loaders.project.load(ref.id);
    return project && (await isVisible(ctx, project)) ? project : null;
  },
};
