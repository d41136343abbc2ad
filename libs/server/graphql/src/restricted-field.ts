import { MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { RequestContext } from './request-context';

/**
 * A field only some callers may read (employees' identities, internal comments): for everyone
 * else it resolves to null, so a public query that selects it still gets the rest of its data.
 * The field must be declared nullable. Which callers may read it is the service's scope rule,
 * written next to its other access rules; the rows live in the access policy (issue 11).
 */
export function Restricted<TContext extends RequestContext, TRoot = unknown>(
  mayRead: (context: TContext, root: TRoot) => boolean | Promise<boolean>,
) {
  const middleware: MiddlewareFn<TContext> = async ({ context, root }, next) => ((await mayRead(context, root as TRoot)) ? next() : null);
  return UseMiddleware(middleware);
}
