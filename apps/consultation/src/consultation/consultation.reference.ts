import type { Context } from '../loaders';
import { canSee } from './consultation.service';

/** Other subgraphs' references to a Consultation: batched, drafts only for their admins. */
export const consultationReference = {
  async __resolveReference(ref: { id: string }, ctx: Context) {
    const c = await ctx.loaders.consultation.load(ref.id);
    return c && canSee(ctx.identity, c) ? c : null;
  },
};
