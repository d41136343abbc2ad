import type { StrategySnapshot } from './strategy-snapshot';

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';
export type ChangedEntity = 'STRATEGY' | 'FOCUS_AREA' | 'GOAL' | 'INITIATIVE';

export interface VersionChange {
  change: ChangeKind;
  entity: ChangedEntity;
  entityId: string | null;
  title: string;
  field: string | null;
  /** JSON text of the value before / after, so any field type fits one GraphQL shape. */
  before: string | null;
  after: string | null;
}

interface Node {
  id: string;
  title: string;
  [field: string]: unknown;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

function diffFields(entity: ChangedEntity, id: string | null, title: string, a: object, b: object, skip: string[]): VersionChange[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !skip.includes(k)));
  const changes: VersionChange[] = [];
  for (const field of [...keys].sort()) {
    const before = json((a as Record<string, unknown>)[field]);
    const after = json((b as Record<string, unknown>)[field]);
    if (before !== after) changes.push({ change: 'CHANGED', entity, entityId: id, title, field, before, after });
  }
  return changes;
}

/** Entities matched by id: removed, added, or changed field by field (children are diffed separately). */
function diffLists(entity: ChangedEntity, before: Node[], after: Node[], childKey: string | null): VersionChange[] {
  const changes: VersionChange[] = [];
  const afterById = new Map(after.map((n) => [n.id, n]));
  const beforeIds = new Set(before.map((n) => n.id));
  const skip = childKey ? [childKey, 'id'] : ['id'];
  for (const node of before) {
    const next = afterById.get(node.id);
    if (!next) changes.push({ change: 'REMOVED', entity, entityId: node.id, title: node.title, field: null, before: null, after: null });
    else changes.push(...diffFields(entity, node.id, next.title, node, next, skip));
  }
  for (const node of after) {
    if (!beforeIds.has(node.id)) changes.push({ change: 'ADDED', entity, entityId: node.id, title: node.title, field: null, before: null, after: null });
  }
  return changes;
}

/** What changed between two adopted versions, top-down: strategy fields, focus areas, goals, initiatives. */
export function diffSnapshots(a: StrategySnapshot, b: StrategySnapshot): VersionChange[] {
  const goalsOf = (s: StrategySnapshot) => s.focusAreas.flatMap((f) => f.goals);
  const initiativesOf = (s: StrategySnapshot) => goalsOf(s).flatMap((g) => g.initiatives);
  return [
    ...diffFields('STRATEGY', null, b.title, a, b, ['focusAreas']),
    ...diffLists('FOCUS_AREA', a.focusAreas as never[], b.focusAreas as never[], 'goals'),
    ...diffLists('GOAL', goalsOf(a) as never[], goalsOf(b) as never[], 'initiatives'),
    ...diffLists('INITIATIVE', initiativesOf(a) as never[], initiativesOf(b) as never[], null),
  ];
}
