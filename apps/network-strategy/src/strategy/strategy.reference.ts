import { StrategyStatus } from './strategy.entity';
import { canSeeDrafts } from '../common/access-policy';
import type { Context } from '../loaders';

/** References from other subgraphs; drafts stay hidden from callers who may not see them. */
export const strategyReference = {
  async __resolveReference(ref: { id: string }, ctx: Context) {
    const strategy = await ctx.loaders.strategy.load(ref.id);
    if (!strategy) return null;
    if (strategy.status === StrategyStatus.DRAFT && !canSeeDrafts(ctx.identity, strategy.networkId)) return null;
    return strategy;
  },
};
