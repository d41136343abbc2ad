/**
 * Whether an error means "the database cannot be reached right now" (a retry later can
 * succeed), as opposed to a bad query or a constraint violation. Used to wait for the
 * database at start-up and to answer requests during an outage with a retryable error.
 */
/** Connection refused / reset / timed out, or PostgreSQL starting up, shutting down or restarting. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006'].includes(code) ||
    /timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down)/i.test(e?.message ?? '')
  );
}

/**
 * Whether an error is, or wraps, "the database cannot be reached right now", wherever the layers
 * in between put it: TypeORM's `driverError`, graphql-js's NonErrorThrown `thrownValue` (the
 * driver rejects a failed connect with a plain object, not an Error), an Error `cause`, or a
 * GraphQLError's `originalError`.
 */
export function causedByDatabaseOutage(error: unknown, depth = 0): boolean {
  if (isDatabaseUnavailable(error)) return true;
  if (!error || typeof error !== 'object' || depth >= 4) return false;
  const e = error as { driverError?: unknown; thrownValue?: unknown; cause?: unknown; originalError?: unknown };
  return [e.driverError, e.thrownValue, e.cause, e.originalError].some((inner) => inner !== undefined && inner !== error && causedByDatabaseOutage(inner, depth + 1));
}
