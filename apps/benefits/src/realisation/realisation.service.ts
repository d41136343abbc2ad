import type { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, decodeCursor, encodeCursor, forbidden } from '@samspill/server-graphql';
import { periodProblem } from './period.rules';
import { factScope, FactScope, mayReadFacts } from '../common/access-policy';
import { benefitWhere, factsQuery, rollupQuery } from './realisation.sql';
import { SqlParams } from '../common/sql';
import type { BenefitFact, BenefitFactConnection, BenefitRollupRow } from './realisation.type';
import type { BenefitFactFilter, BenefitFactsArgs } from './dto/realisation.inputs';
import type { BenefitPeriodGrain, BenefitRollupDimension } from './realisation.model';

export function readableScope(identity: Identity): FactScope {
  const scope = factScope(identity);
  if (!mayReadFacts(scope)) throw forbidden('benefit facts are for analysts, network administrators and municipality editors');
  return scope;
}

/** Impossible or reversed dates are the caller's mistake, named, before any SQL sees them. */
function checkFilter(filter: BenefitFactFilter | null | undefined): void {
  const problem = periodProblem(filter?.from, filter?.to);
  if (problem) throw badInput(problem.message, `filter.${problem.field}`);
}

export class RealisationService {
  constructor(private readonly ds: DataSource) {}

  /** Keyset pages over the measurement sequence: stable while measurements are added, no OFFSET. */
  async facts(identity: Identity, args: BenefitFactsArgs): Promise<BenefitFactConnection> {
    const scope = readableScope(identity);
    checkFilter(args.filter);
    const after = args.after ? String(decodeCursor(args.after)[0]) : null;
    const q = factsQuery(args.filter, scope, after && /^\d+$/.test(after) ? after : '0', args.first + 1);
    const rows: (BenefitFact & { seq: string })[] = await this.ds.query(q.text, q.values);
    const page = rows.slice(0, args.first);
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.seq]) }));
    return { edges, endCursor: edges[edges.length - 1]?.cursor ?? null, hasNextPage: rows.length > args.first };
  }

  async count(identity: Identity, filter: BenefitFactFilter | null | undefined): Promise<number> {
    const scope = readableScope(identity);
    checkFilter(filter);
    const sql = new SqlParams();
    const where = ['x.superseded_by IS NULL', ...benefitWhere(sql, filter, scope)];
    if (filter?.from) where.push(`x.measured_on >= ${sql.param(filter.from)}::date`);
    if (filter?.to) where.push(`x.measured_on <= ${sql.param(filter.to)}::date`);
    const [row] = await this.ds.query(
      `SELECT count(*)::bigint AS n FROM measurement x JOIN benefit b ON b.id = x.benefit_id
       JOIN benefit_plan p ON p.id = b.plan_id
       LEFT JOIN initiative_profile i ON i.initiative_id = b.initiative_id
       LEFT JOIN goal_dim g ON g.goal_id = i.goal_id WHERE ${where.join(' AND ')}`,
      sql.values,
    );
    return Number(row.n);
  }

  rollup(identity: Identity, by: BenefitRollupDimension, grain: BenefitPeriodGrain | null, filter: BenefitFactFilter | null | undefined): Promise<BenefitRollupRow[]> {
    const scope = readableScope(identity);
    checkFilter(filter);
    const q = rollupQuery(by, grain, filter, scope);
    return this.ds.query(q.text, q.values);
  }
}
