import { ACCESS_POLICY, ACTORS, Actor, PolicyRow } from '@samspill/server-auth';
import { graphql, GraphQLResponse, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildMatrixWorld, MatrixWorld } from './support/matrix-world';
import { MATRIX_CASES } from './support/matrix-cases';

/** What a refusal may look like: never a leak, never an internal error. */
const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);
const SCHEMAS = ['network_strategy', 'portfolios', 'consultation', 'benefits'];

const key = (r: PolicyRow) => `${r.operation} @ ${r.target}`;
const isField = (r: PolicyRow) => !r.operation.startsWith('Query.') && !r.operation.startsWith('Mutation.');
const cells = (rows: readonly PolicyRow[]) => rows.flatMap((r) => ACTORS.map((actor) => ({ row: r, actor, allowed: r.allow.includes(actor) })));

/**
 * The authorization matrix, generated from ACCESS_POLICY (libs/server/auth): every row × every
 * actor, through the gateway against the real services. An allowed read succeeds; an allowed
 * write passes authorization (it may still meet a domain rule, e.g. a transition already made
 * by another allowed cell); a refused call is FORBIDDEN, NOT_FOUND or UNAUTHENTICATED and
 * changes nothing (no row in any service's tables, no outbox event); a refused field reads null.
 */
describe('authorization matrix through the gateway', () => {
  let stack: E2EStack;
  let w: MatrixWorld;

  /** Every table of every service, content-hashed (outbox rows without their relay status). */
  async function fingerprint(): Promise<string> {
    const ds = stack.networkStrategy.service.dataSource;
    const tables: { s: string; t: string }[] = await ds.query(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [SCHEMAS],
    );
    const parts = tables.map(({ s, t }) =>
      t === 'outbox'
        ? `SELECT '${s}.outbox' AS t, count(*)::text AS h FROM "${s}".outbox`
        : `SELECT '${s}.${t}' AS t, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${s}"."${t}" x`,
    );
    const rows: { t: string; h: string }[] = await ds.query(parts.join(' UNION ALL '));
    return rows.map((r) => `${r.t}:${r.h}`).sort().join(',');
  }

  /** Waits until nothing is in flight: no unpublished outbox row and the same fingerprint twice. */
  async function quiescent(): Promise<string> {
    let last = '';
    return waitUntil(async () => {
      const pending = await stack.networkStrategy.service.dataSource.query(
        SCHEMAS.map((s) => `SELECT count(*)::int AS n FROM "${s}".outbox WHERE status = 'PENDING'`).join(' UNION ALL '),
      );
      const now = await fingerprint();
      const settled = pending.every((r: { n: number }) => r.n === 0) && now === last;
      last = now;
      return settled ? now : undefined;
    }, 60000, 'the system to settle');
  }

  const call = (row: PolicyRow, actor: Actor): Promise<GraphQLResponse> => {
    const c = MATRIX_CASES[key(row)];
    return graphql(stack.gatewayUrl, c.query, c.vars?.(w, actor) ?? {}, w.tokens[actor]);
  };
  const codes = (res: GraphQLResponse) => (res.errors ?? []).map((e) => String(e.extensions?.code));
  const describeCell = (row: PolicyRow, actor: Actor, res: GraphQLResponse) => `${key(row)} as ${actor}: ${res.status} ${JSON.stringify(res.errors ?? res.data)}`;

  beforeAll(async () => {
    stack = await startE2EStack();
    w = await buildMatrixWorld(stack);
    await quiescent();
  }, 240000);
  afterAll(() => stack?.stop());

  it('has a case for every row of the policy', () => {
    expect(ACCESS_POLICY.map(key).filter((k) => !MATRIX_CASES[k])).toEqual([]);
    expect(Object.keys(MATRIX_CASES).filter((k) => !ACCESS_POLICY.some((r) => key(r) === k))).toEqual([]);
  });

  it('reads: allowed cells get data, refused cells a refusal code or null', async () => {
    const failures: string[] = [];
    const reads = cells(ACCESS_POLICY.filter((r) => !r.operation.startsWith('Mutation.')));
    for (const { row, actor, allowed } of reads) {
      const res = await call(row, actor);
      const c = MATRIX_CASES[key(row)];
      const internal = res.status >= 500 || codes(res).includes('INTERNAL_SERVER_ERROR');
      let good: boolean;
      if (isField(row)) {
        const value = c.pick!(res.data, w);
        good = allowed ? value != null : value == null;
      } else {
        good = allowed ? !res.errors && res.data != null : codes(res).length > 0 && codes(res).every((code) => REFUSALS.has(code));
      }
      if (!good || internal) failures.push(describeCell(row, actor, res));
    }
    process.stdout.write(`authorization matrix: ${reads.length} read cells tried\n`);
    expect(failures).toEqual([]);
  });

  it('writes: refused cells are refused and change nothing; allowed cells pass authorization', async () => {
    const failures: string[] = [];
    const writes = cells(ACCESS_POLICY.filter((r) => r.operation.startsWith('Mutation.')));
    let before = await fingerprint();
    // Refusals first, on the untouched world, so "changes nothing" is checked against a still system.
    for (const { row, actor } of writes.filter((c) => !c.allowed)) {
      const res = await call(row, actor);
      const after = await fingerprint();
      const refused = codes(res).length > 0 && codes(res).every((code) => REFUSALS.has(code));
      if (!refused || after !== before) failures.push(`${describeCell(row, actor, res)}${after !== before ? ' (changed state)' : ''}`);
      before = after;
    }
    for (const { row, actor } of writes.filter((c) => c.allowed)) {
      const res = await call(row, actor);
      const internal = res.status >= 500 || codes(res).includes('INTERNAL_SERVER_ERROR');
      if (internal || codes(res).some((code) => REFUSALS.has(code))) failures.push(describeCell(row, actor, res));
    }
    process.stdout.write(`authorization matrix: ${writes.length} write cells tried (${writes.filter((c) => !c.allowed).length} refused)\n`);
    expect(failures).toEqual([]);
  });
});
