import type { RetiredSnapshot, StrategySnapshot } from './strategy-snapshot';

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
  /** Why a REMOVED element was retired, as the revision recorded it; null otherwise. */
  reason: string | null;
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
    if (before !== after) changes.push({ change: 'CHANGED', entity, entityId: id, title, field, before, after, reason: null });
  }
  return changes;
}

/**
 * Entities matched by id: removed, added, or changed field by field (children are diffed
 * separately). An element retired by the later version that no earlier version held (proposed
 * between the two) is reported removed as well: it left the strategy with this version.
 */
function diffLists(entity: ChangedEntity, before: Node[], after: Node[], childKey: string | null, retired: RetiredSnapshot[]): VersionChange[] {
  const changes: VersionChange[] = [];
  const afterById = new Map(after.map((n) => [n.id, n]));
  const beforeIds = new Set(before.map((n) => n.id));
  const reasons = new Map(retired.filter((r) => r.entity === entity).map((r) => [r.id, r]));
  const skip = childKey ? [childKey, 'id'] : ['id'];
  for (const node of before) {
    const next = afterById.get(node.id);
    if (!next) {
      const reason = reasons.get(node.id)?.reason ?? null;
      changes.push({ change: 'REMOVED', entity, entityId: node.id, title: node.title, field: null, before: null, after: null, reason });
    }
    else changes.push(...diffFields(entity, node.id, next.title, node, next, skip));
  }
  for (const r of reasons.values()) {
    if (!beforeIds.has(r.id) && !afterById.has(r.id)) {
      changes.push({ change: 'REMOVED', entity, entityId: r.id, title: r.title, field: null, before: null, after: null, reason: r.reason });
    }
  }
  for (const node of after) {
    if (!beforeIds.has(node.id)) {
      changes.push({ change: 'ADDED', entity, entityId: node.id, title: node.title, field: null, before: null, after: null, reason: null });
    }
  }
  return changes;
}

/**
 * What changed between two versions (or a version and the draft of the next), top-down:
 * strategy fields, focus areas, goals, initiatives. A removal carries the reason its retirement
 * was recorded with: `retired` lists the retirements of the versions after `a` up to `b`
 * (by default, b's own; snapshots from before issue 10 have none).
 */
export function diffSnapshots(a: StrategySnapshot, b: StrategySnapshot, retired: RetiredSnapshot[] = b.retired ?? []): VersionChange[] {
  const goalsOf = (s: StrategySnapshot) => s.focusAreas.flatMap((f) => f.goals);
  const initiativesOf = (s: StrategySnapshot) => goalsOf(s).flatMap((g) => g.initiatives);
  return [
    ...diffFields('STRATEGY', null, b.title, a, b, ['focusAreas', 'retired']),
    ...diffLists('FOCUS_AREA', a.focusAreas as never[], b.focusAreas as never[], 'goals', retired),
    ...diffLists('GOAL', goalsOf(a) as never[], goalsOf(b) as never[], 'initiatives', retired),
    ...diffLists('INITIATIVE', initiativesOf(a) as never[], initiativesOf(b) as never[], null, retired),
  ];
}
