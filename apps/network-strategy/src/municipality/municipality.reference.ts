import type { Context } from '../loaders';

/** How other subgraphs' references to a Municipality are resolved (batched per request). */
export const municipalityReference = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.municipality.load(ref.id);
  },
};
