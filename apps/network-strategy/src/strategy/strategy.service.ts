import { Between, DataSource, EntityManager, Not } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { assertTransition, badInput, findOrFail, keysetPage, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { canSeeDrafts } from '../common/access-policy';
import { publish } from '../common/outbox';
import { NetworkEntity } from '../network/network.entity';
import { RevisionStatus, StrategyEntity, StrategyStatus } from './strategy.entity';
import { StrategyVersionEntity } from './strategy-version.entity';
import { FIRST_DRAFT_STATUS, isUnderRevision, REVISION_TRANSITIONS, RevisionStage, STRATEGY_TRANSITIONS } from './strategy.rules';
import { takeSnapshot } from './strategy-snapshot';
import { applyDraft, discardDraftChanges, loadDraft, pendingFields } from './strategy-revision';
import { withoutRetired } from './draft-tree';
import { lockForDraftEdit, recordEdit } from './draft-edits';
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

  /** Edits the title, vision or period: at once in a first draft, in the revision for an adopted strategy. */
  async update(identity: Identity, id: string, input: UpdateStrategyInput): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const { strategy, target } = await lockForDraftEdit(m, identity, 'STRATEGY', id);
      const fields = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
      const next = { ...strategy, ...(await pendingFields(m, 'STRATEGY', id)), ...fields };
      if (next.periodEnd < next.periodStart) throw badInput('periodEnd is before periodStart', 'periodEnd');
      await recordEdit(m, identity, strategy, target, fields);
      return strategy;
    });
  }

  /** DRAFT → IN_CONSULTATION: a first draft, or the open revision of an adopted strategy. */
  startConsultation(identity: Identity, id: string) {
    return this.moveDraft(identity, id, RevisionStatus.IN_CONSULTATION);
  }

  /**
   * Withdraws a consultation (back to DRAFT), or opens a revision of an adopted strategy: the
   * adopted version stays in force, public and current while the next one is drafted (issue 10).
   */
  returnToDraft(identity: Identity, id: string) {
    return this.moveDraft(identity, id, RevisionStatus.DRAFT);
  }

  /**
   * Adoption puts the draft into force as a new immutable version — a first draft as it is, a
   * revision with its pending edits and retirements applied — and supersedes the network's other
   * adopted strategies, all in one transaction with their events.
   */
  async adopt(identity: Identity, id: string, input: AdoptStrategyInput): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.lockedForAdmin(m, identity, id);
      const revising = isUnderRevision(strategy);
      if (!revising) assertTransition(STRATEGY_TRANSITIONS, 'Strategy', strategy.status, StrategyStatus.ADOPTED);
      const draft = await loadDraft(m, strategy);
      if (withoutRetired(draft.tree, draft.retired).focusAreas.length === 0) {
        throw badInput('a strategy needs at least one focus area before it can be adopted');
      }
      const from = strategy.status;
      const revisionFrom = strategy.revisionStatus;
      const adoptedAt = new Date();
      const versionNumber = strategy.currentVersion + 1;
      const retired = await applyDraft(m, strategy, versionNumber, adoptedAt);
      Object.assign(strategy, { status: StrategyStatus.ADOPTED, currentVersion: versionNumber, revisionStatus: null, revisionOpenedAt: null });
      await m.save(strategy);
      const version = await m.save(
        m.create(StrategyVersionEntity, {
          strategyId: id,
          versionNumber,
          adoptedAt,
          adoptedBy: input.adoptedBy,
          decisionReference: input.decisionReference,
          snapshot: await takeSnapshot(m, strategy, retired),
        }),
      );
      const superseded = await this.supersedeOthers(m, strategy);
      if (revising) await this.publishRevisionChange(m, strategy, versionNumber - 1, revisionFrom ?? 'NONE', 'ADOPTED');
      else await this.publishStatusChange(m, strategy, from);
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

  /** The open revision of an adopted strategy, for callers who may see drafts: the draft and how it differs from the version in force. */
  async revision(identity: Identity, strategy: StrategyEntity) {
    if (!isUnderRevision(strategy) || !canSeeDrafts(identity, strategy.networkId)) return null;
    const [draft, current] = await Promise.all([
      loadDraft(this.ds.manager, strategy),
      this.ds.getRepository(StrategyVersionEntity).findOneByOrFail({ strategyId: strategy.id, versionNumber: strategy.currentVersion }),
    ]);
    return {
      status: strategy.revisionStatus as RevisionStatus,
      openedAt: strategy.revisionOpenedAt as Date,
      basedOnVersion: strategy.currentVersion,
      snapshot: draft.snapshot,
      changes: diffSnapshots(current.snapshot, draft.snapshot),
    };
  }

  async version(identity: Identity, strategyId: string, versionNumber: number): Promise<StrategyVersionEntity> {
    await this.get(identity, strategyId);
    const version = await this.ds.getRepository(StrategyVersionEntity).findOneBy({ strategyId, versionNumber });
    if (!version) throw notFound('StrategyVersion', `${strategyId}@${versionNumber}`);
    return version;
  }

  /** Changes from one version to another; going forward, removals carry the reasons the versions in between recorded. */
  async compare(identity: Identity, strategyId: string, fromVersion: number, toVersion: number): Promise<VersionChange[]> {
    const [a, b] = await Promise.all([
      this.version(identity, strategyId, fromVersion),
      this.version(identity, strategyId, toVersion),
    ]);
    const between = fromVersion < toVersion
      ? await this.ds.getRepository(StrategyVersionEntity).find({ where: { strategyId, versionNumber: Between(fromVersion + 1, toVersion) } })
      : [];
    return diffSnapshots(a.snapshot, b.snapshot, between.flatMap((v) => v.snapshot.retired ?? []));
  }

  /** For additions: the strategy must exist, be administered by the caller and be in a draft stage. */
  async editableDraft(m: EntityManager, identity: Identity, id: string): Promise<StrategyEntity> {
    return (await lockForDraftEdit(m, identity, 'STRATEGY', id)).strategy;
  }

  private async lockedForAdmin(m: EntityManager, identity: Identity, id: string): Promise<StrategyEntity> {
    const strategy = await findOrFail(m, StrategyEntity, 'Strategy', id, true);
    requireNetworkAdmin(identity, strategy.networkId);
    return strategy;
  }

  /** Moves the working draft: the strategy itself before its first adoption, its revision afterwards. */
  private async moveDraft(identity: Identity, id: string, to: RevisionStatus): Promise<StrategyEntity> {
    return this.ds.transaction(async (m) => {
      const strategy = await this.lockedForAdmin(m, identity, id);
      if (strategy.status === StrategyStatus.ADOPTED) {
        const from: RevisionStage = strategy.revisionStatus ?? 'NONE';
        assertTransition(REVISION_TRANSITIONS, 'StrategyRevision', from, to);
        if (from === 'NONE') strategy.revisionOpenedAt = new Date();
        strategy.revisionStatus = to;
        await m.save(strategy);
        await this.publishRevisionChange(m, strategy, strategy.currentVersion, from, to);
        return strategy;
      }
      const from = strategy.status;
      assertTransition(STRATEGY_TRANSITIONS, 'Strategy', from, FIRST_DRAFT_STATUS[to]);
      strategy.status = FIRST_DRAFT_STATUS[to];
      await m.save(strategy);
      await this.publishStatusChange(m, strategy, from);
      return strategy;
    });
  }

  /** The network's other adopted strategies are superseded; a revision one of them had open is discarded. */
  private async supersedeOthers(m: EntityManager, adopted: StrategyEntity): Promise<string[]> {
    const others = await m.find(StrategyEntity, {
      where: { networkId: adopted.networkId, status: StrategyStatus.ADOPTED, id: Not(adopted.id) },
      lock: { mode: 'pessimistic_write' },
    });
    for (const other of others) {
      const revision = other.revisionStatus;
      Object.assign(other, { status: StrategyStatus.SUPERSEDED, revisionStatus: null, revisionOpenedAt: null });
      await m.save(other);
      if (revision) {
        await discardDraftChanges(m, other.id);
        await this.publishRevisionChange(m, other, other.currentVersion, revision, 'DISCARDED');
      }
      await this.publishStatusChange(m, other, StrategyStatus.ADOPTED);
    }
    return others.map((o) => o.id);
  }

  private publishRevisionChange(m: EntityManager, s: StrategyEntity, basedOnVersion: number, from: RevisionStage, to: RevisionStatus | 'ADOPTED' | 'DISCARDED') {
    return publish(m, 'StrategyRevisionStatusChanged', s.id, { strategyId: s.id, networkId: s.networkId, basedOnVersion, from, to });
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
