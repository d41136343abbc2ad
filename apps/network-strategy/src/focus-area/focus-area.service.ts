import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { findOrFail } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import type { StrategyService } from '../strategy/strategy.service';
import { FocusAreaEntity } from './focus-area.entity';
import type { AddFocusAreaInput, UpdateFocusAreaInput } from './dto/focus-area.inputs';

export class FocusAreaService {
  constructor(
    private readonly ds: DataSource,
    private readonly strategies: StrategyService,
  ) {}

  async add(identity: Identity, strategyId: string, input: AddFocusAreaInput): Promise<FocusAreaEntity> {
    return this.ds.transaction(async (m) => {
      await this.strategies.editableDraft(m, identity, strategyId);
      const position = (await m.countBy(FocusAreaEntity, { strategyId })) + 1;
      const focusArea = await m.save(m.create(FocusAreaEntity, { ...input, strategyId, position }));
      await publish(m, 'FocusAreaAdded', focusArea.id, { focusAreaId: focusArea.id, strategyId, title: focusArea.title });
      return focusArea;
    });
  }

  async update(identity: Identity, id: string, input: UpdateFocusAreaInput): Promise<FocusAreaEntity> {
    return this.ds.transaction(async (m) => {
      const focusArea = await findOrFail(m, FocusAreaEntity, 'FocusArea', id, true);
      await this.strategies.editableDraft(m, identity, focusArea.strategyId);
      if (input.title) focusArea.title = input.title;
      if (input.description !== undefined && input.description !== null) focusArea.description = input.description;
      return m.save(focusArea);
    });
  }
}
