import { DataSource } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, findOrFail, keysetPage, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { NetworkEntity } from '../network/network.entity';
import { StrategyEntity } from '../strategy/strategy.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { ActivityEntity, ActivityKind } from './activity.entity';
import type { ActivitiesArgs, RecordActivityInput } from './dto/activity.inputs';

const asDate = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));

export class ActivityService {
  constructor(private readonly ds: DataSource) {}

  list(args: ActivitiesArgs) {
    const q = this.ds.getRepository(ActivityEntity).createQueryBuilder('a').where('a.network_id = :networkId', { networkId: args.networkId });
    if (args.tranche) q.andWhere('a.tranche = :tranche', { tranche: args.tranche });
    if (args.kind) q.andWhere('a.kind = :kind', { kind: args.kind });
    return keysetPage(q, 'a', { column: 'created_at', valueOf: (a) => a.createdAt.toISOString() }, args);
  }

  async record(identity: Identity, input: RecordActivityInput): Promise<ActivityEntity> {
    requireNetworkAdmin(identity, input.networkId);
    if (input.kind === ActivityKind.DECISION && (!input.decidingBody || !input.caseNumber)) {
      throw badInput('a formal decision needs its deciding body and case number', 'caseNumber');
    }
    return this.ds.transaction(async (m) => {
      if (!(await m.existsBy(NetworkEntity, { id: input.networkId }))) throw notFound('Network', input.networkId);
      for (const [entity, label, id] of [
        [StrategyEntity, 'Strategy', input.strategyId],
        [InitiativeEntity, 'Initiative', input.initiativeId],
      ] as const) {
        if (!id) continue;
        const found = await findOrFail<{ networkId: string }>(m, entity, label, id);
        if (found.networkId !== input.networkId) throw badInput(`${label} ${id} belongs to another network`);
      }
      const activity = await m.save(
        m.create(ActivityEntity, {
          ...input,
          occurredOn: asDate(input.occurredOn),
          strategyId: input.strategyId ?? null,
          initiativeId: input.initiativeId ?? null,
          decidingBody: input.decidingBody ?? null,
          caseNumber: input.caseNumber ?? null,
        }),
      );
      await publish(m, 'StrategizingActivityRecorded', activity.id, {
        activityId: activity.id,
        networkId: activity.networkId,
        kind: activity.kind,
        tranche: activity.tranche,
        occurredOn: activity.occurredOn,
        title: activity.title,
      });
      return activity;
    });
  }
}
