import { DataSource } from 'typeorm';
import { hasRole, Identity, isNetworkAdmin } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';
import { TrancheCellEntity, TrancheStage } from './tranche-cell.entity';
import { LeadTimeGrouping } from './tranche-matrix.model';
import { orderedStageTimes } from './stage-times';

export interface TrancheMatrixFilter {
  networkId: string;
  initiativeId?: string | null;
  municipalityId?: string | null;
  stage?: TrancheStage | null;
}

const DAY_MS = 24 * 3600 * 1000;
const DAYS = (to: string, from: string) => `extract(epoch FROM (${to} - ${from})) / 86400.0`;

export class TrancheMatrixService {
  constructor(private readonly ds: DataSource) {}

  async cells(identity: Identity, filter: TrancheMatrixFilter) {
    this.requireReader(identity, filter.networkId);
    const q = this.ds
      .getRepository(TrancheCellEntity)
      .createQueryBuilder('c')
      .where('c.network_id = :networkId AND c.launched_at IS NOT NULL', { networkId: filter.networkId });
    if (filter.initiativeId) q.andWhere('c.initiative_id = :initiativeId', { initiativeId: filter.initiativeId });
    if (filter.municipalityId) q.andWhere('c.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.stage) q.andWhere('c.stage = :stage', { stage: filter.stage });
    const rows = await q.orderBy('c.launched_at').addOrderBy('c.initiative_id').addOrderBy('c.municipality_id').getMany();
    const now = Date.now();
    return rows.map((c) => ({ ...orderedStageTimes(c), daysInStage: Math.floor((now - c.stageChangedAt.getTime()) / DAY_MS) }));
  }

  /** Median and 90th percentile of the T2 and T3 lead times, and how many cells are stuck. */
  async leadTimes(identity: Identity, networkId: string, groupBy: LeadTimeGrouping, stuckAfterDays: number) {
    this.requireReader(identity, networkId);
    const key = groupBy === LeadTimeGrouping.INITIATIVE ? 'initiative_id::text' : 'municipality_id::text';
    const rows: Record<string, string | number | null>[] = await this.ds.query(
      `SELECT ${key} AS key,
              count(*)::int AS cells,
              count(decided_at) FILTER (WHERE decision <> 'DEFER')::int AS decided,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('decided_at', 'launched_at')}) FILTER (WHERE decided_at IS NOT NULL) AS l2d_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${DAYS('decided_at', 'launched_at')}) FILTER (WHERE decided_at IS NOT NULL) AS l2d_p90,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS('executing_at', 'decided_at')}) FILTER (WHERE executing_at IS NOT NULL AND decided_at IS NOT NULL) AS d2e_median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${DAYS('executing_at', 'decided_at')}) FILTER (WHERE executing_at IS NOT NULL AND decided_at IS NOT NULL) AS d2e_p90,
              count(*) FILTER (WHERE (decided_at IS NULL OR decision = 'DEFER') AND launched_at < now() - make_interval(days => $2))::int AS stuck
         FROM tranche_cell
        WHERE network_id = $1 AND launched_at IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
      [networkId, stuckAfterDays],
    );
    const num = (v: string | number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      key: String(r.key),
      cells: Number(r.cells),
      decided: Number(r.decided),
      launchToDecisionMedianDays: num(r.l2d_median),
      launchToDecisionP90Days: num(r.l2d_p90),
      decisionToExecutionMedianDays: num(r.d2e_median),
      decisionToExecutionP90Days: num(r.d2e_p90),
      stuck: Number(r.stuck),
    }));
  }

  private requireReader(identity: Identity, networkId: string) {
    if (!isNetworkAdmin(identity, networkId) && !hasRole(identity, 'analyst')) {
      throw forbidden(`only administrators of ${networkId} and analysts see its tranche matrix`);
    }
  }
}
