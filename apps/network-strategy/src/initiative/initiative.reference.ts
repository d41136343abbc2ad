import type { Context } from '../loaders';

export const initiativeReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.initiative.load(ref.id);
  },
};
