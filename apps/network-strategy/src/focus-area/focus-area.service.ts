import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { publish } from '../common/outbox';
import type { StrategyService } from '../strategy/strategy.service';
import { isUnderRevision } from '../strategy/strategy.rules';
import { lockForDraftEdit, recordEdit, recordRetirement, requireRetirementReason } from '../strategy/draft-edits';
import { FocusAreaEntity } from './focus-area.entity';
import type { AddFocusAreaInput, UpdateFocusAreaInput } from './dto/focus-area.inputs';

export class FocusAreaService {
  constructor(
    private readonly ds: DataSource,
    private readonly strategies: StrategyService,
  ) {}

  /** Added to a first draft, or to a revision (then hidden from the public until the revision is adopted). */
  async add(identity: Identity, strategyId: string, input: AddFocusAreaInput): Promise<FocusAreaEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.strategies.editableDraft(m, identity, strategyId);
      const position = (await m.countBy(FocusAreaEntity, { strategyId })) + 1;
      const focusArea = await m.save(m.create(FocusAreaEntity, { ...input, strategyId, position, pendingAddition: isUnderRevision(strategy) }));
      await publish(m, 'FocusAreaAdded', focusArea.id, { focusAreaId: focusArea.id, strategyId, title: focusArea.title });
      return focusArea;
    });
  }

  /** Returns the focus area in force: an edit of adopted content waits in the revision. */
  async update(identity: Identity, id: string, input: UpdateFocusAreaInput): Promise<FocusAreaEntity> {
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'FOCUS_AREA', id);
      const fields: Partial<FocusAreaEntity> = {};
      if (input.title) fields.title = input.title;
      if (input.description !== undefined && input.description !== null) fields.description = input.description;
      await recordEdit(m, identity, strategy, target, fields);
      return target.row as FocusAreaEntity;
    });
  }

  /** Takes the focus area, its goals and their initiatives out of the strategy (with the next version, if adopted). */
  async retire(identity: Identity, id: string, reason: string): Promise<FocusAreaEntity> {
    const why = requireRetirementReason(reason);
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'FOCUS_AREA', id);
      await recordRetirement(m, identity, strategy, target as typeof target & { entity: 'FOCUS_AREA' }, why);
      return m.findOneByOrFail(FocusAreaEntity, { id });
    });
  }
}
