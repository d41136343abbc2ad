import type { EntityManager } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, conflict, findOrFail, requireNetworkAdmin } from '@samspill/server-graphql';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { StrategyEntity, StrategyStatus } from './strategy.entity';
import { applyEdit, applyRetirements, DraftTarget } from './draft-apply';
import { retirementsOf } from './draft-tree';
import { loadTree } from './strategy-snapshot';
import { isEditable, validRetirementReason } from './strategy.rules';

type ContentEntity = Exclude<DraftTarget['entity'], 'STRATEGY'>;

const LABELS: Record<DraftTarget['entity'], string> = { STRATEGY: 'Strategy', FOCUS_AREA: 'FocusArea', GOAL: 'Goal', INITIATIVE: 'Initiative' };

/**
 * An element of a strategy's content, for an edit or a retirement: it must exist (NOT_FOUND),
 * belong to a network the caller administers (FORBIDDEN), not be retired, and its strategy must
 * be in a draft stage — never adopted, or under a revision not out for consultation (CONFLICT).
 * The strategy row is locked first: every content change serialises on it, adoption included.
 */
export async function lockForDraftEdit(
  m: EntityManager,
  identity: Identity,
  entity: DraftTarget['entity'],
  id: string,
): Promise<{ strategy: StrategyEntity; target: DraftTarget }> {
  const strategyId = await strategyIdOf(m, entity, id);
  const strategy = await findOrFail(m, StrategyEntity, 'Strategy', strategyId, true);
  requireNetworkAdmin(identity, strategy.networkId);
  const target = await reload(m, entity, id, strategy);
  if (!isEditable(strategy)) {
    const hint = strategy.status === StrategyStatus.ADOPTED && strategy.revisionStatus === null ? '; open a revision with returnStrategyToDraft first' : '';
    throw conflict(`strategy ${strategy.id} is ${strategy.revisionStatus ?? strategy.status}: only a draft can be edited${hint}`);
  }
  if (target.entity !== 'STRATEGY' && target.row.retiredAt) throw conflict(`${LABELS[entity]} ${id} is retired`);
  return { strategy, target };
}

async function strategyIdOf(m: EntityManager, entity: DraftTarget['entity'], id: string): Promise<string> {
  switch (entity) {
    case 'STRATEGY':
      return id;
    case 'FOCUS_AREA':
      return (await findOrFail(m, FocusAreaEntity, 'FocusArea', id)).strategyId;
    case 'GOAL': {
      const goal = await findOrFail(m, GoalEntity, 'Goal', id);
      return (await findOrFail(m, FocusAreaEntity, 'FocusArea', goal.focusAreaId)).strategyId;
    }
    case 'INITIATIVE': {
      const initiative = await findOrFail(m, InitiativeEntity, 'Initiative', id);
      return strategyIdOf(m, 'GOAL', initiative.goalId);
    }
  }
}

/** The row read again under the strategy's lock, so it is the one the change applies to. */
async function reload(m: EntityManager, entity: DraftTarget['entity'], id: string, strategy: StrategyEntity): Promise<DraftTarget> {
  switch (entity) {
    case 'STRATEGY':
      return { entity, row: strategy };
    case 'FOCUS_AREA':
      return { entity, row: await findOrFail(m, FocusAreaEntity, 'FocusArea', id) };
    case 'GOAL':
      return { entity, row: await findOrFail(m, GoalEntity, 'Goal', id) };
    case 'INITIATIVE':
      return { entity, row: await findOrFail(m, InitiativeEntity, 'Initiative', id) };
  }
}

/**
 * Whether the element is part of the adopted strategy in force (public): then a change waits in
 * the revision and takes effect with the next adopted version. Content of a strategy never
 * adopted, and focus areas and goals this revision added (with what was proposed under them),
 * are not in force: a change applies at once. An initiative proposed under an adopted goal is
 * public from its proposal, so it is in force.
 */
async function inForce(m: EntityManager, strategy: StrategyEntity, target: DraftTarget): Promise<boolean> {
  if (strategy.currentVersion === 0) return false;
  switch (target.entity) {
    case 'STRATEGY':
      return true;
    case 'FOCUS_AREA':
    case 'GOAL':
      return !target.row.pendingAddition;
    case 'INITIATIVE':
      return !(await m.findOneByOrFail(GoalEntity, { id: target.row.goalId })).pendingAddition;
  }
}

/** Records new field values: into the revision for content in force, onto the row for content not yet adopted. */
export async function recordEdit(m: EntityManager, identity: Identity, strategy: StrategyEntity, target: DraftTarget, fields: Record<string, unknown>): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  if (!(await inForce(m, strategy, target))) return applyEdit(m, target, fields, null);
  await m.query(
    `INSERT INTO strategy_draft_change (entity, entity_id, strategy_id, fields, changed_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (entity, entity_id) DO UPDATE
       SET fields = strategy_draft_change.fields || EXCLUDED.fields, changed_by = EXCLUDED.changed_by, changed_at = now()`,
    [target.entity, target.row.id, strategy.id, JSON.stringify(fields), identity.subject],
  );
}

/**
 * Records a retirement with its reason. Content in force leaves the strategy with the next
 * adopted version; content not yet adopted is retired at once, with everything under it.
 */
export async function recordRetirement(m: EntityManager, identity: Identity, strategy: StrategyEntity, target: DraftTarget & { entity: ContentEntity }, reason: string): Promise<void> {
  if (await inForce(m, strategy, target)) {
    await m.query(
      `INSERT INTO strategy_draft_change (entity, entity_id, strategy_id, retire_reason, changed_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (entity, entity_id) DO UPDATE SET retire_reason = EXCLUDED.retire_reason, changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [target.entity, target.row.id, strategy.id, reason, identity.subject],
    );
    return;
  }
  const tree = await loadTree(m, strategy.id, true);
  await applyRetirements(m, retirementsOf(tree, (entity, id) => (entity === target.entity && id === target.row.id ? reason : null)), null, new Date());
}

/** BAD_USER_INPUT unless the reason says something. */
export function requireRetirementReason(reason: string): string {
  if (!validRetirementReason(reason)) throw badInput('a retirement needs a reason of 3 to 5000 characters', 'reason');
  return reason.trim();
}
