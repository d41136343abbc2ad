import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GatewayContext } from '../gateway-context';
import { costLimitExceeded } from './limit-errors';
import { CostModel, estimateCost } from './query-cost';

/** What a limit check sees of a request whose operation is known: its estimated cost included. */
export interface LimitedRequest {
  context: GatewayContext;
  operation: 'query' | 'mutation' | 'subscription';
  /** Estimated cost; null when the variables do not coerce (execution refuses the request then). */
  cost: number | null;
}

/** A further check (e.g. a rate limit); throws a LimitError to refuse. */
export type LimitCheck = (request: LimitedRequest) => Promise<void> | void;

export interface RequestLimitsOptions {
  budget: number;
  model: CostModel;
  /** Run in order after the cost check, for requests within budget. */
  checks?: LimitCheck[];
}

/**
 * Refuses a request before any subgraph is called: first by its estimated cost (COST_LIMIT_EXCEEDED
 * with `cost` and `budget`), then by the further checks. Runs once the operation is parsed,
 * validated and resolved, when its variables are known; one plugin so the checks run in order
 * (Apollo starts every plugin's didResolveOperation at once).
 */
export function requestLimitsPlugin(options: RequestLimitsOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContextDidResolveOperation<GatewayContext>) {
          const estimate = estimateCost(ctx.schema, ctx.document, ctx.request.variables, ctx.operationName ?? undefined, options.model);
          if (estimate.cost !== null && estimate.cost > options.budget) throw costLimitExceeded(estimate.cost, options.budget);
          for (const check of options.checks ?? []) {
            await check({ context: ctx.contextValue, operation: ctx.operation?.operation ?? 'query', cost: estimate.cost });
          }
        },
      };
    },
  };
}
