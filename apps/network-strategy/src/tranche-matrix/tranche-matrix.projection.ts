import type { EntityManager } from 'typeorm';
import { eventHandlers, type On } from '@samspill/server-events';

/**
 * Builds the tranche matrix only from events (never from this service's own tables), so it
 * can be rebuilt by replaying the topics. Events come from four topics and may arrive in any
 * order or twice: every handler merges monotonically (first time a transition happened,
 * latest decision by decision time) and the stage is derived from the transitions present,
 * so any delivery order converges on the same rows.
 */
export const TRANCHE_MATRIX_CONSUMER = 'network-strategy.tranche-matrix';

const ENSURE_CELL = `
  INSERT INTO tranche_cell (initiative_id, municipality_id, stage, stage_changed_at)
  VALUES ($1, $2, 'LAUNCHED', now())
  ON CONFLICT (initiative_id, municipality_id) DO NOTHING`;

/** Times of the stages in order; a REALISING cell entered it at the phase change or the first measurement. */
const CHAIN = ['launched_at', 'consulted_at', 'decided_at', 'in_portfolio_at', 'executing_at', 'LEAST(realising_at, benefits_measured_at)', 'closed_at'];
/** When the cell entered the stage at `index` of CHAIN: never before any stage before it (a backdated measurement cannot precede the launch). */
const enteredAt = (index: number) => `GREATEST(${CHAIN.slice(0, index + 1).join(', ')})`;

/**
 * A declined or deferred cell is DECIDED whatever its (cancelled) project did before; otherwise
 * the furthest transition present is the stage.
 */
const DERIVE_STAGE = `
  UPDATE tranche_cell SET
    stage = CASE
      WHEN decision IN ('DECLINE', 'DEFER') THEN 'DECIDED'
      WHEN closed_at IS NOT NULL THEN 'CLOSED'
      WHEN realising_at IS NOT NULL OR benefits_measured_at IS NOT NULL THEN 'REALISING'
      WHEN executing_at IS NOT NULL THEN 'EXECUTING'
      WHEN in_portfolio_at IS NOT NULL THEN 'IN_PORTFOLIO'
      WHEN decided_at IS NOT NULL THEN 'DECIDED'
      WHEN consulted_at IS NOT NULL THEN 'CONSULTED'
      ELSE 'LAUNCHED' END,
    stage_changed_at = COALESCE(CASE
      WHEN decision IN ('DECLINE', 'DEFER') THEN ${enteredAt(2)}
      WHEN closed_at IS NOT NULL THEN ${enteredAt(6)}
      WHEN realising_at IS NOT NULL OR benefits_measured_at IS NOT NULL THEN ${enteredAt(5)}
      WHEN executing_at IS NOT NULL THEN ${enteredAt(4)}
      WHEN in_portfolio_at IS NOT NULL THEN ${enteredAt(3)}
      WHEN decided_at IS NOT NULL THEN ${enteredAt(2)}
      WHEN consulted_at IS NOT NULL THEN ${enteredAt(1)}
      ELSE launched_at END, stage_changed_at)
  WHERE initiative_id = $1 AND municipality_id = $2`;

/** Ensures the cell exists, applies `set` (SQL with $1/$2 = keys, then `params`), re-derives the stage. */
async function mergeIntoCell(m: EntityManager, initiativeId: string, municipalityId: string, set: string, params: unknown[]) {
  await m.query(ENSURE_CELL, [initiativeId, municipalityId]);
  await m.query(`UPDATE tranche_cell SET ${set} WHERE initiative_id = $1 AND municipality_id = $2`, [initiativeId, municipalityId, ...params]);
  await m.query(DERIVE_STAGE, [initiativeId, municipalityId]);
}

/** LEAST/GREATEST ignore NULLs in PostgreSQL: the first (earliest) time a transition happened wins. */
const earliest = (column: string, param: string) => `${column} = LEAST(${column}, ${param}::timestamptz)`;

const onInitiativeLaunched: On<'InitiativeLaunched'> = async (data, { manager: m }) => {
  for (const municipalityId of data.targetMunicipalityIds) {
    await mergeIntoCell(m, data.initiativeId, municipalityId, `network_id = $3, ${earliest('launched_at', '$4')}`, [data.networkId, data.launchedAt]);
  }
};

const onAdoptionDecided: On<'AdoptionDecided'> = async (d, { manager: m }) => {
  // The latest decision (by when it was made, not when it arrived) is the cell's decision.
  const newer = `(decided_at IS NULL OR $6::timestamptz >= decided_at)`;
  await mergeIntoCell(
    m,
    d.initiativeId,
    d.municipalityId,
    `network_id = COALESCE(network_id, $3),
     decision = CASE WHEN ${newer} THEN $4 ELSE decision END,
     rationale = CASE WHEN ${newer} THEN $5 ELSE rationale END,
     decided_at = GREATEST(decided_at, $6::timestamptz)`,
    [d.networkId, d.decision, d.rationale, d.decidedAt],
  );
};

const onProjectCreated: On<'ProjectCreated'> = async (d, { manager: m }) => {
  if (!d.initiativeId) return; // a purely municipal project is not part of any initiative's row
  await mergeIntoCell(m, d.initiativeId, d.municipalityId, `project_id = COALESCE(project_id, $3), ${earliest('in_portfolio_at', '$4')}`, [d.projectId, d.createdAt]);
};

const PHASE_COLUMN: Partial<Record<string, string>> = { EXECUTION: 'executing_at', REALISATION: 'realising_at', CLOSED: 'closed_at' };

const onProjectPhaseChanged: On<'ProjectPhaseChanged'> = async (d, { manager: m }) => {
  const column = PHASE_COLUMN[d.to];
  if (!d.initiativeId || !column) return;
  await mergeIntoCell(m, d.initiativeId, d.municipalityId, `project_id = COALESCE(project_id, $3), ${earliest(column, '$4')}`, [d.projectId, d.changedAt]);
};

/** A municipality's formal answer in a consultation on an initiative: T2 anchoring has begun. */
const onResponseSubmitted: On<'ResponseSubmitted'> = async (d, { manager: m }) => {
  if (d.subjectType !== 'INITIATIVE' || d.respondentKind !== 'MUNICIPALITY' || !d.municipalityId) return;
  await mergeIntoCell(m, d.subjectId, d.municipalityId, earliest('consulted_at', '$3'), [d.submittedAt]);
};

const onBenefitMeasured: On<'BenefitMeasured'> = async (d, { manager: m }) => {
  if (!d.initiativeId) return;
  await mergeIntoCell(m, d.initiativeId, d.municipalityId, `project_id = COALESCE(project_id, $3), ${earliest('benefits_measured_at', '$4')}`, [d.projectId, d.measuredOn]);
};

export const trancheMatrixHandlers = eventHandlers()
  .on('ResponseSubmitted', onResponseSubmitted)
  .on('BenefitMeasured', onBenefitMeasured)
  .on('InitiativeLaunched', onInitiativeLaunched)
  .on('AdoptionDecided', onAdoptionDecided)
  .on('ProjectCreated', onProjectCreated)
  .on('ProjectPhaseChanged', onProjectPhaseChanged);

/** Clears the read model before a replay from the start of the topics. */
export async function resetTrancheMatrix(m: EntityManager): Promise<void> {
  await m.query(`DELETE FROM tranche_cell`);
}
