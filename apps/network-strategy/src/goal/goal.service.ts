import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { findOrFail } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import type { StrategyService } from '../strategy/strategy.service';
import { GoalEntity } from './goal.entity';
import type { AddGoalInput } from './dto/goal.inputs';

export class GoalService {
  constructor(
    private readonly ds: DataSource,
    private readonly strategies: StrategyService,
  ) {}

  async add(identity: Identity, focusAreaId: string, input: AddGoalInput): Promise<GoalEntity> {
    return this.ds.transaction(async (m) => {
      const focusArea = await findOrFail(m, FocusAreaEntity, 'FocusArea', focusAreaId);
      await this.strategies.editableDraft(m, identity, focusArea.strategyId);
      const goal = await m.save(
        m.create(GoalEntity, {
          ...input,
          focusAreaId,
          baselineValue: input.baselineValue ?? null,
          targetValue: input.targetValue ?? null,
          targetYear: input.targetYear ?? null,
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
}
