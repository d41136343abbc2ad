import type { FocusAreaEntity } from '../../focus-area/focus-area.entity';
import type { GoalEntity } from '../../goal/goal.entity';
import type { InitiativeEntity } from '../../initiative/initiative.entity';
import { changeKey, overlayTree, PendingChange, retirementsOf, withoutRetired } from '../draft-tree';
import type { StrategyTree } from '../strategy-snapshot';
import type { DraftEntity } from '../strategy-draft-change.entity';

const fa = (id: string) => ({ id, title: `FA ${id}`, description: '' }) as FocusAreaEntity;
const goal = (id: string, focusAreaId: string) => ({ id, focusAreaId, title: `Goal ${id}`, targetValue: 80 }) as GoalEntity;
const initiative = (id: string, goalId: string) => ({ id, goalId, title: `Initiative ${id}` }) as InitiativeEntity;

const tree: StrategyTree = {
  focusAreas: [fa('f1'), fa('f2')],
  goals: [goal('g1', 'f1'), goal('g2', 'f1'), goal('g3', 'f2')],
  initiatives: [initiative('i1', 'g1'), initiative('i2', 'g2'), initiative('i3', 'g3')],
};

const reasons = (given: Partial<Record<string, string>>) => (entity: DraftEntity, id: string) => given[changeKey(entity, id)] ?? null;

describe('draft tree', () => {
  it('retires a focus area with its goals and their initiatives, parents first', () => {
    expect(retirementsOf(tree, reasons({ 'FOCUS_AREA:f1': 'Slått sammen' }))).toEqual([
      { entity: 'FOCUS_AREA', id: 'f1', title: 'FA f1', reason: 'Slått sammen' },
      { entity: 'GOAL', id: 'g1', title: 'Goal g1', reason: 'Slått sammen' },
      { entity: 'GOAL', id: 'g2', title: 'Goal g2', reason: 'Slått sammen' },
      { entity: 'INITIATIVE', id: 'i1', title: 'Initiative i1', reason: 'Slått sammen' },
      { entity: 'INITIATIVE', id: 'i2', title: 'Initiative i2', reason: 'Slått sammen' },
    ]);
  });

  it("keeps an element's own reason over the one it inherits", () => {
    const retired = retirementsOf(tree, reasons({ 'GOAL:g3': 'Nådd', 'INITIATIVE:i3': 'Erstattet', 'INITIATIVE:i1': 'Stanset' }));
    expect(retired.map((r) => `${r.id}:${r.reason}`)).toEqual(['g3:Nådd', 'i1:Stanset', 'i3:Erstattet']);
  });

  it('retires nothing without reasons, and leaves the rest of the tree', () => {
    expect(retirementsOf(tree, () => null)).toEqual([]);
    const rest = withoutRetired(tree, retirementsOf(tree, reasons({ 'GOAL:g2': 'Nådd' })));
    expect([...rest.focusAreas, ...rest.goals, ...rest.initiatives].map((n) => n.id)).toEqual(['f1', 'f2', 'g1', 'g3', 'i1', 'i3']);
  });

  it('lays pending field values over copies of the rows', () => {
    const changes = new Map<string, PendingChange>([['GOAL:g1', { fields: { targetValue: 90 }, retireReason: null }]]);
    const drafted = overlayTree(tree, changes);
    expect(drafted.goals.map((g) => g.targetValue)).toEqual([90, 80, 80]);
    expect(tree.goals[0].targetValue).toBe(80);
  });
});
