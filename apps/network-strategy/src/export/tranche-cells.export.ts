import { z } from 'zod';
import { ExportColumn, ExportDataset, readsNetworks, SqlParams, SqlQuery, where } from '@samspill/server-export';
import { TrancheStage } from '../tranche-matrix/tranche-cell.entity';
import { orderedStageTimesSql } from '../tranche-matrix/stage-times';

interface TrancheCellsFilter {
  networkId?: string;
  initiativeId?: string;
  municipalityId?: string;
  stage?: TrancheStage;
}

const filter = z
  .object({
    networkId: z.string().min(1).max(63).optional(),
    initiativeId: z.uuid().optional(),
    municipalityId: z.string().regex(/^\d{4}$/).optional(),
    stage: z.enum(TrancheStage).optional(),
  })
  .strict();

const DAYS = (to: string, from: string) => `round((extract(epoch FROM (${to} - ${from})) / 86400.0)::numeric, 2)::text`;

const COLUMNS: ExportColumn[] = [
  { name: 'initiativeId', type: 'string', description: 'Key (with municipalityId). The launched regional initiative.' },
  { name: 'municipalityId', type: 'string', description: 'Key (with initiativeId). Target municipality number (kommunenummer).' },
  { name: 'networkId', type: 'string', description: 'Network that launched the initiative.' },
  { name: 'stage', type: 'string', description: 'Current stage: LAUNCHED, CONSULTED, DECIDED, IN_PORTFOLIO, EXECUTING, REALISING or CLOSED.' },
  { name: 'launchedAt', type: 'timestamp', description: 'T1: the initiative was launched for the municipality (UTC).' },
  { name: 'consultedAt', type: 'timestamp', description: 'T2: first formal answer from the municipality in a consultation on the initiative.' },
  { name: 'decision', type: 'string', description: 'T2: latest adoption decision: ADOPT, ADAPT, DECLINE or DEFER.' },
  { name: 'rationale', type: 'string', description: 'Rationale of the latest decision.' },
  { name: 'decidedAt', type: 'timestamp', description: 'T2: when the latest decision was taken.' },
  { name: 'projectId', type: 'string', description: 'T3: the municipal project that realises the initiative.' },
  { name: 'inPortfolioAt', type: 'timestamp', description: 'T3: the project entered the portfolio.' },
  { name: 'executingAt', type: 'timestamp', description: 'T3: the project entered execution.' },
  { name: 'realisingAt', type: 'timestamp', description: 'T3: the project entered benefit realisation.' },
  { name: 'benefitsMeasuredAt', type: 'timestamp', description: 'T3: first benefit measurement of the project.' },
  { name: 'closedAt', type: 'timestamp', description: 'The project was closed.' },
  { name: 'stageChangedAt', type: 'timestamp', description: 'When the cell entered its current stage (days in stage = export time − this).' },
  { name: 'launchToDecisionDays', type: 'decimal', unit: 'days', description: 'decidedAt − launchedAt, two decimals.' },
  { name: 'decisionToExecutionDays', type: 'decimal', unit: 'days', description: 'executingAt − decidedAt, two decimals.' },
];

/** The tranche matrix: the same cells as the trancheMatrix query, one row per initiative × municipality. */
export const trancheCellsExport: ExportDataset<TrancheCellsFilter> = {
  name: 'tranche-cells',
  description: 'Tranche matrix cells: how far each launched initiative has travelled in each target municipality, with the time of every stage.',
  key: ['initiativeId', 'municipalityId'],
  columns: COLUMNS,
  filter,
  mayRead: readsNetworks,
  query({ filter: f, scope, since }) {
    // The times GraphQL shows: no stage before the stage before it.
    const shown = orderedStageTimesSql('c');
    const sql = new SqlParams();
    const conditions = ['c.launched_at IS NOT NULL'];
    if (f.networkId) conditions.push(`c.network_id = ${sql.param(f.networkId)}`);
    if (f.initiativeId) conditions.push(`c.initiative_id = ${sql.param(f.initiativeId)}::uuid`);
    if (f.municipalityId) conditions.push(`c.municipality_id = ${sql.param(f.municipalityId)}`);
    if (f.stage) conditions.push(`c.stage = ${sql.param(f.stage)}`);
    if (!scope.all) conditions.push(`c.network_id = ANY(${sql.param(scope.networks)}::text[])`);
    if (since) conditions.push(`c.bi_xid >= ${sql.param(since)}::xid8`);
    const rows: SqlQuery = {
      text: `SELECT c.initiative_id::text AS "initiativeId", c.municipality_id::text AS "municipalityId", c.network_id AS "networkId", c.stage,
               ${shown.launchedAt} AS "launchedAt", ${shown.consultedAt} AS "consultedAt", c.decision, c.rationale, ${shown.decidedAt} AS "decidedAt",
               c.project_id::text AS "projectId", ${shown.inPortfolioAt} AS "inPortfolioAt", ${shown.executingAt} AS "executingAt",
               ${shown.realisingAt} AS "realisingAt", c.benefits_measured_at AS "benefitsMeasuredAt", ${shown.closedAt} AS "closedAt",
               c.stage_changed_at AS "stageChangedAt", ${DAYS(shown.decidedAt, shown.launchedAt)} AS "launchToDecisionDays",
               ${DAYS(shown.executingAt, shown.decidedAt)} AS "decisionToExecutionDays", false AS "rowDeleted"
             FROM tranche_cell c ${where(conditions)}
             ORDER BY c.launched_at, c.initiative_id, c.municipality_id`,
      values: sql.values,
    };
    if (!since) return [rows];
    // A cell deleted (a read-model rebuild) and not back, or no longer matching the filter's stage: a tombstone.
    const t = new SqlParams();
    const w = t.param(since);
    // Scope and filter apply to the deleted row's data.
    const deleted = [`d.tbl = 'tranche_cell'`, `d.deleted_xid >= ${w}::xid8`];
    if (!scope.all) deleted.push(`d.row_data->>'network_id' = ANY(${t.param(scope.networks)}::text[])`);
    if (f.networkId) deleted.push(`d.row_data->>'network_id' = ${t.param(f.networkId)}`);
    if (f.initiativeId) deleted.push(`d.row_data->>'initiative_id' = ${t.param(f.initiativeId)}`);
    if (f.municipalityId) deleted.push(`d.row_data->>'municipality_id' = ${t.param(f.municipalityId)}`);
    const tombstones: SqlQuery = {
      text: `SELECT DISTINCT d.row_data->>'initiative_id' AS "initiativeId", d.row_data->>'municipality_id' AS "municipalityId", true AS "rowDeleted"
             FROM bi_deleted d
             WHERE ${deleted.join(' AND ')}
               AND NOT EXISTS (SELECT 1 FROM tranche_cell c WHERE c.initiative_id = (d.row_data->>'initiative_id')::uuid
                                 AND c.municipality_id = d.row_data->>'municipality_id' AND c.launched_at IS NOT NULL)`,
      values: t.values,
    };
    const stageLeft: SqlQuery[] = [];
    if (f.stage) {
      // Filtered by stage, a cell that moved on leaves the export: tombstone it too.
      const s = new SqlParams();
      const sw = s.param(since);
      const sc = ['c.launched_at IS NOT NULL', `c.bi_xid >= ${sw}::xid8`, `c.stage <> ${s.param(f.stage)}`];
      if (f.networkId) sc.push(`c.network_id = ${s.param(f.networkId)}`);
      if (f.initiativeId) sc.push(`c.initiative_id = ${s.param(f.initiativeId)}::uuid`);
      if (f.municipalityId) sc.push(`c.municipality_id = ${s.param(f.municipalityId)}`);
      if (!scope.all) sc.push(`c.network_id = ANY(${s.param(scope.networks)}::text[])`);
      stageLeft.push({ text: `SELECT c.initiative_id::text AS "initiativeId", c.municipality_id::text AS "municipalityId", true AS "rowDeleted" FROM tranche_cell c ${where(sc)}`, values: s.values });
    }
    return [rows, tombstones, ...stageLeft];
  },
};
