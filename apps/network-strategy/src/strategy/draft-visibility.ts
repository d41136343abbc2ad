import type { Context } from '../loaders';
import { canSeeDrafts } from '../common/access-policy';
import { StrategyStatus } from './strategy.entity';

/**
 * Goals and focus areas of a first DRAFT, and those an open revision adds to an adopted
 * strategy, are draft content. Reached from a public initiative (initiative → goal → focusArea)
 * they must not leak (issue 11). The live rows of an adopted strategy are what is in force
 * (a revision's edits wait apart), so they stay readable while it is revised (issue 10).
 */
export async function goalVisible(ctx: Context, goal: { focusAreaId: string; pendingAddition: boolean }): Promise<boolean> {
  const focusArea = await ctx.loaders.focusArea.load(goal.focusAreaId);
  if (!focusArea) return false;
  const strategy = await ctx.loaders.strategy.load(focusArea.strategyId);
  if (strategy === null) return false;
  const draft = strategy.status === StrategyStatus.DRAFT || goal.pendingAddition || focusArea.pendingAddition;
  return !draft || canSeeDrafts(ctx.identity, strategy.networkId);
}
