import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { conflict, findOrFail } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import type { StrategyService } from '../strategy/strategy.service';
import { isUnderRevision } from '../strategy/strategy.rules';
import { lockForDraftEdit, recordEdit, recordRetirement, requireRetirementReason } from '../strategy/draft-edits';
import { GoalEntity } from './goal.entity';
import type { AddGoalInput, UpdateGoalInput } from './dto/goal.inputs';

export class GoalService {
  constructor(
    private readonly ds: DataSource,
    private readonly strategies: StrategyService,
  ) {}

  /** Added to a first draft, or to a revision (then hidden from the public until the revision is adopted). */
  async add(identity: Identity, focusAreaId: string, input: AddGoalInput): Promise<GoalEntity> {
    return this.ds.transaction(async (m) => {
      const { strategyId } = await findOrFail(m, FocusAreaEntity, 'FocusArea', focusAreaId);
      const strategy = await this.strategies.editableDraft(m, identity, strategyId);
      const focusArea = await findOrFail(m, FocusAreaEntity, 'FocusArea', focusAreaId);
      if (focusArea.retiredAt) throw conflict(`focus area ${focusAreaId} is retired`);
      const goal = await m.save(
        m.create(GoalEntity, {
          ...input,
          focusAreaId,
          baselineValue: input.baselineValue ?? null,
          targetValue: input.targetValue ?? null,
          targetYear: input.targetYear ?? null,
          pendingAddition: isUnderRevision(strategy),
        }),
      );
      await publish(m, 'GoalAdded', goal.id, {
        goalId: goal.id,
        focusAreaId,
        title: goal.title,
        indicator: goal.indicator,
        targetValue: goal.targetValue,
      });
      return goal;
    });
  }

  /** Returns the goal in force: an edit of adopted content waits in the revision. */
  async update(identity: Identity, id: string, input: UpdateGoalInput): Promise<GoalEntity> {
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'GOAL', id);
      // Only the fields given: null clears a nullable value, absent leaves it.
      const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      await recordEdit(m, identity, strategy, target, fields);
      return target.row as GoalEntity;
    });
  }

  /** Takes the goal and its initiatives out of the strategy (with the next version, if adopted). */
  async retire(identity: Identity, id: string, reason: string): Promise<GoalEntity> {
    const why = requireRetirementReason(reason);
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'GOAL', id);
      await recordRetirement(m, identity, strategy, target as typeof target & { entity: 'GOAL' }, why);
      return m.findOneByOrFail(GoalEntity, { id });
    });
  }
}
