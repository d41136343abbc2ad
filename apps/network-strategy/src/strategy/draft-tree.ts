import type { RetiredSnapshot, StrategyTree } from './strategy-snapshot';
import type { DraftEntity } from './strategy-draft-change.entity';

/** A pending change as the draft needs it: new field values and/or a retirement reason. */
export interface PendingChange {
  fields: Record<string, unknown>;
  retireReason: string | null;
}

export type PendingChanges = ReadonlyMap<string, PendingChange>;

export const changeKey = (entity: DraftEntity, id: string) => `${entity}:${id}`;

const overlay = <T extends { id: string }>(rows: T[], entity: DraftEntity, changes: PendingChanges): T[] =>
  rows.map((row) => ({ ...row, ...(changes.get(changeKey(entity, row.id))?.fields ?? {}) }));

/** The tree as the draft has it: pending field values laid over copies of the live rows. */
export function overlayTree(tree: StrategyTree, changes: PendingChanges): StrategyTree {
  return {
    focusAreas: overlay(tree.focusAreas, 'FOCUS_AREA', changes),
    goals: overlay(tree.goals, 'GOAL', changes),
    initiatives: overlay(tree.initiatives, 'INITIATIVE', changes),
  };
}

/**
 * Every element a set of retirements takes out of the tree, top-down: retiring a focus area
 * retires its goals, retiring a goal its initiatives. An element's own reason wins over the
 * reason it inherits from its parent. `reasonOf` gives the reason an element was retired with.
 */
export function retirementsOf(tree: StrategyTree, reasonOf: (entity: DraftEntity, id: string) => string | null): RetiredSnapshot[] {
  const retired: RetiredSnapshot[] = [];
  const focusAreaReasons = new Map<string, string>();
  const goalReasons = new Map<string, string>();
  for (const f of tree.focusAreas) {
    const reason = reasonOf('FOCUS_AREA', f.id);
    if (reason === null) continue;
    focusAreaReasons.set(f.id, reason);
    retired.push({ entity: 'FOCUS_AREA', id: f.id, title: f.title, reason });
  }
  for (const g of tree.goals) {
    const reason = reasonOf('GOAL', g.id) ?? focusAreaReasons.get(g.focusAreaId) ?? null;
    if (reason === null) continue;
    goalReasons.set(g.id, reason);
    retired.push({ entity: 'GOAL', id: g.id, title: g.title, reason });
  }
  for (const i of tree.initiatives) {
    const reason = reasonOf('INITIATIVE', i.id) ?? goalReasons.get(i.goalId) ?? null;
    if (reason !== null) retired.push({ entity: 'INITIATIVE', id: i.id, title: i.title, reason });
  }
  return retired;
}

/** The tree without the retired elements. */
export function withoutRetired(tree: StrategyTree, retired: readonly RetiredSnapshot[]): StrategyTree {
  const gone = new Set(retired.map((r) => changeKey(r.entity, r.id)));
  return {
    focusAreas: tree.focusAreas.filter((f) => !gone.has(changeKey('FOCUS_AREA', f.id))),
    goals: tree.goals.filter((g) => !gone.has(changeKey('GOAL', g.id))),
    initiatives: tree.initiatives.filter((i) => !gone.has(changeKey('INITIATIVE', i.id))),
  };
}
