import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { assertTransition, badInput, conflict, findOrFail, keysetPage, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import { GoalEntity } from '../goal/goal.entity';
import { MembershipEntity } from '../membership/membership.entity';
import { StrategyEntity, StrategyStatus } from '../strategy/strategy.entity';
import { InitiativeEntity, InitiativeStatus, withDirection } from './initiative.entity';
import { INITIATIVE_TRANSITIONS } from './initiative.rules';
import { lockForDraftEdit, recordEdit, recordRetirement, requireRetirementReason } from '../strategy/draft-edits';
import type { InitiativesArgs, LaunchInitiativeInput, ProposeInitiativeInput, UpdateInitiativeInput } from './dto/initiative.inputs';

export class InitiativeService {
  constructor(private readonly ds: DataSource) {}

  get(id: string): Promise<InitiativeEntity> {
    return findOrFail(this.ds.manager, InitiativeEntity, 'Initiative', id);
  }

  list(args: InitiativesArgs) {
    const q = this.ds.getRepository(InitiativeEntity).createQueryBuilder('i');
    if (args.networkId) q.andWhere('i.network_id = :networkId', { networkId: args.networkId });
    if (args.status) q.andWhere('i.status = :status', { status: args.status });
    if (args.goalId) q.andWhere('i.goal_id = :goalId', { goalId: args.goalId });
    return keysetPage(q, 'i', { column: 'created_at', valueOf: (i) => i.createdAt.toISOString() }, args);
  }

  async propose(identity: Identity, goalId: string, input: ProposeInitiativeInput): Promise<InitiativeEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.strategyOfGoal(m, goalId);
      requireNetworkAdmin(identity, strategy.networkId);
      if (strategy.status === StrategyStatus.SUPERSEDED) throw conflict(`strategy ${strategy.id} is superseded`);
      if ((await findOrFail(m, GoalEntity, 'Goal', goalId)).retiredAt) throw conflict(`goal ${goalId} is retired`);
      const initiative = await m.save(
        m.create(InitiativeEntity, {
          ...input,
          expectedBenefits: input.expectedBenefits.map((b) => ({ ...b })),
          goalId,
          networkId: strategy.networkId,
          status: InitiativeStatus.PROPOSED,
          targetMunicipalityIds: [],
          launchedAt: null,
          closedAt: null,
          closingNote: null,
        }),
      );
      await publish(m, 'InitiativeProposed', initiative.id, {
        initiativeId: initiative.id,
        goalId,
        networkId: initiative.networkId,
        title: initiative.title,
        expectedBenefits: initiative.expectedBenefits.map(withDirection),
      });
      return initiative;
    });
  }

  approve(identity: Identity, id: string) {
    return this.transition(identity, id, InitiativeStatus.APPROVED, async () => undefined);
  }

  /**
   * Opens the initiative for adoption by its target members (default: every current member).
   * Only under an adopted strategy: the network must have decided before municipalities do.
   */
  launch(identity: Identity, id: string, input: LaunchInitiativeInput) {
    return this.transition(identity, id, InitiativeStatus.LAUNCHED, async (m, initiative) => {
      const strategy = await this.strategyOfGoal(m, initiative.goalId);
      if (strategy.currentVersion === 0 || strategy.status === StrategyStatus.SUPERSEDED) {
        throw conflict('an initiative can only be launched under an adopted, current strategy');
      }
      const goal = await findOrFail(m, GoalEntity, 'Goal', initiative.goalId);
      const focusArea = await findOrFail(m, FocusAreaEntity, 'FocusArea', goal.focusAreaId);
      if (goal.pendingAddition || focusArea.pendingAddition) throw conflict(`goal ${goal.id} is not adopted yet: it waits in the strategy's revision`);
      const members = (
        await m.find(MembershipEntity, {
          where: { networkId: initiative.networkId, leftOn: IsNull(), ...(input.targetMunicipalityIds ? { municipalityId: In(input.targetMunicipalityIds) } : {}) },
        })
      ).map((ms) => ms.municipalityId);
      const targets = input.targetMunicipalityIds ? [...new Set(input.targetMunicipalityIds)] : members;
      const outsiders = targets.filter((t) => !members.includes(t));
      if (outsiders.length > 0) throw badInput(`not current members of ${initiative.networkId}: ${outsiders.join(', ')}`, 'targetMunicipalityIds');
      if (targets.length === 0) throw badInput(`network ${initiative.networkId} has no current members to launch for`);
      initiative.targetMunicipalityIds = targets.sort();
      initiative.launchedAt = new Date();
      await m.save(initiative);
      await publish(m, 'InitiativeLaunched', initiative.id, {
        initiativeId: initiative.id,
        networkId: initiative.networkId,
        goalId: initiative.goalId,
        title: initiative.title,
        launchedAt: initiative.launchedAt.toISOString(),
        targetMunicipalityIds: initiative.targetMunicipalityIds,
        expectedBenefits: initiative.expectedBenefits.map(withDirection),
      });
    });
  }

  /**
   * Edits an initiative. One in the adopted version in force is changed through the strategy's
   * open revision (see draft-edits); its benefit profile is fixed once launched, because the
   * target municipalities decided on it and their benefit plans were seeded from it.
   */
  async update(identity: Identity, id: string, input: UpdateInitiativeInput): Promise<InitiativeEntity> {
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'INITIATIVE', id);
      const initiative = target.row as InitiativeEntity;
      const fields: Record<string, unknown> = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'expectedBenefits'));
      if (input.expectedBenefits) {
        if (initiative.status === InitiativeStatus.LAUNCHED || initiative.status === InitiativeStatus.CLOSED) {
          throw conflict(`initiative ${id} is ${initiative.status}: its benefit profile is fixed`);
        }
        fields.expectedBenefits = input.expectedBenefits.map((b) => ({ ...b }));
      }
      await recordEdit(m, identity, strategy, target, fields);
      return initiative;
    });
  }

  /** Takes the initiative out of the strategy (with the next version, if it is in the adopted one); its cases and projects stay. */
  async retire(identity: Identity, id: string, reason: string): Promise<InitiativeEntity> {
    const why = requireRetirementReason(reason);
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'INITIATIVE', id);
      await recordRetirement(m, identity, strategy, target as typeof target & { entity: 'INITIATIVE' }, why);
      return m.findOneByOrFail(InitiativeEntity, { id });
    });
  }

  close(identity: Identity, id: string, note: string) {
    if (note.trim().length < 3 || note.length > 5000) throw badInput('a closing note of 3 to 5000 characters is required', 'note');
    return this.transition(identity, id, InitiativeStatus.CLOSED, async (m, initiative) => {
      initiative.closedAt = new Date();
      initiative.closingNote = note;
      await m.save(initiative);
    });
  }

  private async transition(
    identity: Identity,
    id: string,
    to: InitiativeStatus,
    effect: (m: EntityManager, initiative: InitiativeEntity) => Promise<void>,
  ): Promise<InitiativeEntity> {
    return this.ds.transaction(async (m) => {
      const initiative = await findOrFail(m, InitiativeEntity, 'Initiative', id, true);
      requireNetworkAdmin(identity, initiative.networkId);
      const from = initiative.status;
      assertTransition(INITIATIVE_TRANSITIONS, 'Initiative', from, to);
      if (initiative.retiredAt && to !== InitiativeStatus.CLOSED) throw conflict(`initiative ${id} is retired from the strategy`);
      initiative.status = to;
      await effect(m, initiative);
      await m.save(initiative);
      await publish(m, 'InitiativeStatusChanged', id, { initiativeId: id, networkId: initiative.networkId, from, to });
      return initiative;
    });
  }

  private async strategyOfGoal(m: EntityManager, goalId: string): Promise<StrategyEntity> {
    const goal = await findOrFail(m, GoalEntity, 'Goal', goalId);
    const focusArea = await findOrFail(m, FocusAreaEntity, 'FocusArea', goal.focusAreaId);
    return findOrFail(m, StrategyEntity, 'Strategy', focusArea.strategyId);
  }
}
