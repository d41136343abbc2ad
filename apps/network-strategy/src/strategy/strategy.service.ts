import { DataSource, EntityManager, Not } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { assertTransition, badInput, conflict, findOrFail, keysetPage, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { canSeeDrafts } from '../common/access-policy';
import { publish } from '../common/outbox';
import { NetworkEntity } from '../network/network.entity';
import { FocusAreaEntity } from '../focus-area/focus-area.entity';
import { StrategyEntity, StrategyStatus } from './strategy.entity';
import { StrategyVersionEntity } from './strategy-version.entity';
import { isEditable, STRATEGY_TRANSITIONS } from './strategy.rules';
import { takeSnapshot } from './strategy-snapshot';
import { diffSnapshots, VersionChange } from './version-diff';
import type { AdoptStrategyInput, CreateStrategyInput, StrategiesArgs, UpdateStrategyInput } from './dto/strategy.inputs';

export class StrategyService {
  constructor(private readonly ds: DataSource) {}

  /** Drafts are invisible (NOT_FOUND) to callers who may not see them. */
  async get(identity: Identity, id: string): Promise<StrategyEntity> {
    const strategy = await findOrFail(this.ds.manager, StrategyEntity, 'Strategy', id);
    if (strategy.status === StrategyStatus.DRAFT && !canSeeDrafts(identity, strategy.networkId)) throw notFound('Strategy', id);
    return strategy;
  }

  list(identity: Identity, args: StrategiesArgs) {
    const q = this.ds.getRepository(StrategyEntity).createQueryBuilder('s');
    if (args.networkId) q.andWhere('s.network_id = :networkId', { networkId: args.networkId });
    if (args.status) q.andWhere('s.status = :status', { status: args.status });
    const visibleDraftNetworks = identity.grants.some((g) => g.role === 'analyst')
      ? null
      : identity.grants.flatMap((g) => (g.role === 'network-admin' ? [g.network] : []));
    if (visibleDraftNetworks) {
      q.andWhere(`(s.status <> 'DRAFT' OR s.network_id = ANY(:drafts))`, { drafts: visibleDraftNetworks });
    }
    return keysetPage(q, 's', { column: 'created_at', valueOf: (s) => s.createdAt.toISOString() }, args);
  }

  async create(identity: Identity, input: CreateStrategyInput): Promise<StrategyEntity> {
    requireNetworkAdmin(identity, input.networkId);
    if (input.periodEnd < input.periodStart) throw badInput('periodEnd is before periodStart', 'periodEnd');
    return this.ds.transaction(async (m) => {
      if (!(await m.existsBy(NetworkEntity, { id: input.networkId }))) throw notFound('Network', input.networkId);
      const strategy = await m.save(m.create(StrategyEntity, { ...input, status: StrategyStatus.DRAFT, currentVersion: 0 }));
      await publish(m, 'StrategyCreated', strategy.id, {
        strategyId: strategy.id,
        networkId: strategy.networkId,
        title: strategy.title,
        periodStart: strategy.periodStart,
        periodEnd: strategy.periodEnd,
      });
      return strategy;
    });
  }

  async update(identity: Identity, id: string, input: UpdateStrategyInput): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.editableDraft(m, identity, id);
      Object.assign(strategy, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)));
      if (strategy.periodEnd < strategy.periodStart) throw badInput('periodEnd is before periodStart', 'periodEnd');
      return m.save(strategy);
    });
  }

  startConsultation(identity: Identity, id: string) {
    return this.changeStatus(identity, id, StrategyStatus.IN_CONSULTATION);
  }

  /** Withdraws a consultation, or reopens an adopted strategy for amendment. */
  returnToDraft(identity: Identity, id: string) {
    return this.changeStatus(identity, id, StrategyStatus.DRAFT);
  }

  /**
   * Adoption freezes the whole tree as a new immutable version and supersedes the network's
   * other adopted strategies, all in one transaction with their events.
   */
  async adopt(identity: Identity, id: string, input: AdoptStrategyInput): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.lockedForAdmin(m, identity, id);
      assertTransition(STRATEGY_TRANSITIONS, 'Strategy', strategy.status, StrategyStatus.ADOPTED);
      if ((await m.countBy(FocusAreaEntity, { strategyId: id })) === 0) {
        throw badInput('a strategy needs at least one focus area before it can be adopted');
      }
      const from = strategy.status;
      strategy.status = StrategyStatus.ADOPTED;
      strategy.currentVersion += 1;
      await m.save(strategy);
      const version = await m.save(
        m.create(StrategyVersionEntity, {
          strategyId: id,
          versionNumber: strategy.currentVersion,
          adoptedAt: new Date(),
          adoptedBy: input.adoptedBy,
          decisionReference: input.decisionReference,
          snapshot: await takeSnapshot(m, strategy),
        }),
      );
      const superseded = await this.supersedeOthers(m, strategy);
      await this.publishStatusChange(m, strategy, from);
      await publish(m, 'StrategyAdopted', id, {
        strategyId: id,
        networkId: strategy.networkId,
        versionId: version.id,
        versionNumber: version.versionNumber,
        adoptedAt: version.adoptedAt.toISOString(),
        supersededStrategyId: superseded[0] ?? null,
      });
      return strategy;
    });
  }

  async version(identity: Identity, strategyId: string, versionNumber: number): Promise<StrategyVersionEntity> {
    await this.get(identity, strategyId);
    const version = await this.ds.getRepository(StrategyVersionEntity).findOneBy({ strategyId, versionNumber });
    if (!version) throw notFound('StrategyVersion', `${strategyId}@${versionNumber}`);
    return version;
  }

  async compare(identity: Identity, strategyId: string, fromVersion: number, toVersion: number): Promise<VersionChange[]> {
    const [a, b] = await Promise.all([
      this.version(identity, strategyId, fromVersion),
      this.version(identity, strategyId, toVersion),
    ]);
    return diffSnapshots(a.snapshot, b.snapshot);
  }

  /** For child entities: the strategy must exist, be administered by the caller and be a draft. */
  async editableDraft(m: EntityManager, identity: Identity, id: string): Promise<StrategyEntity> {
    const strategy = await this.lockedForAdmin(m, identity, id);
    if (!isEditable(strategy.status)) throw conflict(`strategy ${id} is ${strategy.status}; only drafts can be edited`);
    return strategy;
  }

  private async lockedForAdmin(m: EntityManager, identity: Identity, id: string): Promise<StrategyEntity> {
    const strategy = await findOrFail(m, StrategyEntity, 'Strategy', id, true);
    requireNetworkAdmin(identity, strategy.networkId);
    return strategy;
  }

  private async changeStatus(identity: Identity, id: string, to: StrategyStatus): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.lockedForAdmin(m, identity, id);
      const from = strategy.status;
      assertTransition(STRATEGY_TRANSITIONS, 'Strategy', from, to);
      strategy.status = to;
      await m.save(strategy);
      await this.publishStatusChange(m, strategy, from);
      return strategy;
    });
  }

  private async supersedeOthers(m: EntityManager, adopted: StrategyEntity): Promise<string[]> {
    const others = await m.find(StrategyEntity, {
      where: { networkId: adopted.networkId, status: StrategyStatus.ADOPTED, id: Not(adopted.id) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const other of others) {
      other.status = StrategyStatus.SUPERSEDED;
      await m.save(other);
      await this.publishStatusChange(m, other, StrategyStatus.ADOPTED);
    }
    return others.map((o) => o.id);
  }

  private publishStatusChange(m: EntityManager, strategy: StrategyEntity, from: StrategyStatus) {
    return publish(m, 'StrategyStatusChanged', strategy.id, {
      strategyId: strategy.id,
      networkId: strategy.networkId,
      from,
      to: strategy.status,
    });
  }
}
