import type { Context } from '../loaders';
import { canSeeDrafts } from '../common/access-policy';
import { StrategyStatus } from './strategy.entity';

/**
 * Goals and focus areas are live rows of their strategy: while it is a DRAFT (a new strategy,
 * or an adopted one under amendment) they are draft content. Reached from a public initiative
 * (initiative → goal → focusArea) they must not leak it (issue 11); the adopted text stays
 * readable through the strategy's versions.
 */
export async function goalVisible(ctx: Context, goal: { focusAreaId: string }): Promise<boolean> {
  const focusArea = await ctx.loaders.focusArea.load(goal.focusAreaId);
  if (!focusArea) return false;
  const strategy = await ctx.loaders.strategy.load(focusArea.strategyId);
  return strategy !== null && (strategy.status !== StrategyStatus.DRAFT || canSeeDrafts(ctx.identity, strategy.networkId));
}
