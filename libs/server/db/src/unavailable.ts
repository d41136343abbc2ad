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
