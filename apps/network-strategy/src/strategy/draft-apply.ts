import type { EntityManager } from 'typeorm';
import { publish } from '../common/outbox';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity, withDirection } from '../initiative/initiative.entity';
import type { RetiredSnapshot } from './strategy-snapshot';
import { StrategyEntity } from './strategy.entity';

/** An element of a strategy's content with its live row. */
export type DraftTarget =
  | { entity: 'STRATEGY'; row: StrategyEntity }
  | { entity: 'FOCUS_AREA'; row: FocusAreaEntity }
  | { entity: 'GOAL'; row: GoalEntity }
  | { entity: 'INITIATIVE'; row: InitiativeEntity };

/**
 * Puts new field values into force on the live row, with the event that tells the other
 * services (benefits' dimensions, portfolios' cases). `versionNumber`: the adopted version that
 * made the change, or null for content not yet adopted (edited directly).
 */
export async function applyEdit(m: EntityManager, target: DraftTarget, fields: Record<string, unknown>, versionNumber: number | null): Promise<void> {
  Object.assign(target.row, fields);
  switch (target.entity) {
    case 'STRATEGY': {
      const s = await m.save(target.row);
      await publish(m, 'StrategyChanged', s.id, {
        strategyId: s.id, networkId: s.networkId, title: s.title, vision: s.vision, periodStart: s.periodStart, periodEnd: s.periodEnd, versionNumber,
      });
      return;
    }
    case 'FOCUS_AREA': {
      const f = await m.save(target.row);
      await publish(m, 'FocusAreaChanged', f.id, { focusAreaId: f.id, strategyId: f.strategyId, title: f.title, description: f.description, versionNumber });
      return;
    }
    case 'GOAL': {
      const g = await m.save(target.row);
      await publish(m, 'GoalChanged', g.id, {
        goalId: g.id, focusAreaId: g.focusAreaId, title: g.title, description: g.description, indicator: g.indicator, unit: g.unit,
        baselineValue: g.baselineValue, targetValue: g.targetValue, targetYear: g.targetYear, versionNumber,
      });
      return;
    }
    case 'INITIATIVE': {
      const i = await m.save(target.row);
      await publish(m, 'InitiativeChanged', i.id, {
        initiativeId: i.id, networkId: i.networkId, goalId: i.goalId, title: i.title, description: i.description, owner: i.owner,
        costSharingModel: i.costSharingModel, expectedBenefits: i.expectedBenefits.map(withDirection), versionNumber,
      });
      return;
    }
  }
}

/** Retires the listed elements (parents before children, as retirementsOf lists them), each with its event. */
export async function applyRetirements(m: EntityManager, retired: readonly RetiredSnapshot[], versionNumber: number | null, at: Date): Promise<void> {
  const stamp = { retiredAt: at, retiredInVersion: versionNumber };
  const retiredAt = at.toISOString();
  for (const r of retired) {
    const fields = { ...stamp, retirementReason: r.reason };
    if (r.entity === 'FOCUS_AREA') {
      const f = await m.findOneByOrFail(FocusAreaEntity, { id: r.id });
      await m.save(Object.assign(f, fields));
      await publish(m, 'FocusAreaRetired', f.id, { focusAreaId: f.id, strategyId: f.strategyId, reason: r.reason, retiredAt, versionNumber });
    } else if (r.entity === 'GOAL') {
      const g = await m.findOneByOrFail(GoalEntity, { id: r.id });
      await m.save(Object.assign(g, fields));
      await publish(m, 'GoalRetired', g.id, { goalId: g.id, focusAreaId: g.focusAreaId, reason: r.reason, retiredAt, versionNumber });
    } else {
      const i = await m.findOneByOrFail(InitiativeEntity, { id: r.id });
      await m.save(Object.assign(i, fields));
      await publish(m, 'InitiativeRetired', i.id, { initiativeId: i.id, networkId: i.networkId, goalId: i.goalId, reason: r.reason, retiredAt, versionNumber });
    }
  }
}
