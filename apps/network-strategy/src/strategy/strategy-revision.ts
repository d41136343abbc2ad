import type { EntityManager } from 'typeorm';
import { StrategyDraftChangeEntity } from './strategy-draft-change.entity';
import { StrategyEntity } from './strategy.entity';
import { applyEdit, applyRetirements, DraftTarget } from './draft-apply';
import { changeKey, overlayTree, PendingChanges, retirementsOf, withoutRetired } from './draft-tree';
import { assembleSnapshot, loadTree, RetiredSnapshot, StrategySnapshot, StrategyTree } from './strategy-snapshot';

/** The working draft of a strategy: its live tree, the pending changes, and the result. */
export interface Draft {
  /** Live rows, pending additions included (the in-force values). */
  tree: StrategyTree;
  changes: PendingChanges;
  retired: RetiredSnapshot[];
  /** The strategy as adopting the draft now would make it. */
  snapshot: StrategySnapshot;
}

export async function loadDraft(m: EntityManager, strategy: StrategyEntity): Promise<Draft> {
  const rows = await m.find(StrategyDraftChangeEntity, { where: { strategyId: strategy.id } });
  const changes: PendingChanges = new Map(rows.map((c) => [changeKey(c.entity, c.entityId), { fields: c.fields, retireReason: c.retireReason }]));
  const tree = await loadTree(m, strategy.id, true);
  const retired = retirementsOf(tree, (entity, id) => changes.get(changeKey(entity, id))?.retireReason ?? null);
  const fields = { ...strategy, ...(changes.get(changeKey('STRATEGY', strategy.id))?.fields ?? {}) };
  return { tree, changes, retired, snapshot: assembleSnapshot(fields, withoutRetired(overlayTree(tree, changes), retired), retired) };
}

/**
 * Puts the draft into force as version `versionNumber`: pending edits onto the live rows,
 * retirements (with their descendants), additions made public, each with its event. Returns
 * what the version retired. The strategy row must be locked by the caller.
 */
export async function applyDraft(m: EntityManager, strategy: StrategyEntity, versionNumber: number, at: Date): Promise<RetiredSnapshot[]> {
  const draft = await loadDraft(m, strategy);
  const fieldsOf = (entity: DraftTarget['entity'], id: string) => draft.changes.get(changeKey(entity, id))?.fields ?? {};
  const edits: DraftTarget[] = [
    { entity: 'STRATEGY', row: strategy },
    ...draft.tree.focusAreas.map((row) => ({ entity: 'FOCUS_AREA' as const, row })),
    ...draft.tree.goals.map((row) => ({ entity: 'GOAL' as const, row })),
    ...draft.tree.initiatives.map((row) => ({ entity: 'INITIATIVE' as const, row })),
  ];
  for (const target of edits) {
    const fields = fieldsOf(target.entity, target.row.id);
    if (Object.keys(fields).length > 0) await applyEdit(m, target, fields, versionNumber);
  }
  await applyRetirements(m, draft.retired, versionNumber, at);
  await m.query(`UPDATE focus_area SET pending_addition = false WHERE strategy_id = $1 AND pending_addition`, [strategy.id]);
  await m.query(
    `UPDATE goal SET pending_addition = false WHERE pending_addition AND focus_area_id IN (SELECT id FROM focus_area WHERE strategy_id = $1)`,
    [strategy.id],
  );
  await discardDraftChanges(m, strategy.id);
  return draft.retired;
}

/** The pending field values of one element (empty when it has none). */
export async function pendingFields(m: EntityManager, entity: DraftTarget['entity'], entityId: string): Promise<Record<string, unknown>> {
  return (await m.findOneBy(StrategyDraftChangeEntity, { entity, entityId }))?.fields ?? {};
}

export async function discardDraftChanges(m: EntityManager, strategyId: string): Promise<void> {
  await m.delete(StrategyDraftChangeEntity, { strategyId });
}
