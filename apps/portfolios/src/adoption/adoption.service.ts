import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { findOrFail, keysetPage, requireMunicipalityEditor } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { ProjectEntity, ServiceArea } from '../project/project.entity';
import { openProject } from '../project/open-project';
import { cancelProject } from '../project/cancel-project';
import { AdoptionCaseEntity } from './adoption-case.entity';
import { AdoptionDecisionEntity } from './adoption-decision.entity';
import { assertCanDecide, assertCanReconsider, startsProject, statusAfter } from './adoption.rules';
import type { AdoptionCasesArgs, DecideAdoptionInput, ReconsiderAdoptionInput } from './dto/adoption.inputs';

export class AdoptionService {
  constructor(private readonly ds: DataSource) {}

  /** Adoption decisions are public records of public bodies: anyone may read them. */
  get(id: string): Promise<AdoptionCaseEntity> {
    return findOrFail(this.ds.manager, AdoptionCaseEntity, 'AdoptionCase', id);
  }

  list(args: AdoptionCasesArgs) {
    const q = this.ds.getRepository(AdoptionCaseEntity).createQueryBuilder('c');
    if (args.initiativeId) q.andWhere('c.initiative_id = :initiativeId', { initiativeId: args.initiativeId });
    if (args.municipalityId) q.andWhere('c.municipality_id = :municipalityId', { municipalityId: args.municipalityId });
    if (args.status) q.andWhere('c.status = :status', { status: args.status });
    return keysetPage(q, 'c', { column: 'created_at', valueOf: (c) => c.createdAt.toISOString() }, args);
  }

  decide(identity: Identity, caseId: string, input: DecideAdoptionInput): Promise<AdoptionCaseEntity> {
    return this.ds.transaction(async (m) => {
      const adoptionCase = await this.lockedForEditor(m, identity, caseId);
      assertCanDecide(caseId, adoptionCase.status);
      return this.record(m, identity, adoptionCase, input, null);
    });
  }

  /** The explicit act that changes a final decision; the history keeps the one it replaces. */
  reconsider(identity: Identity, caseId: string, input: ReconsiderAdoptionInput): Promise<AdoptionCaseEntity> {
    return this.ds.transaction(async (m) => {
      const adoptionCase = await this.lockedForEditor(m, identity, caseId);
      assertCanReconsider(caseId, adoptionCase.status, input.decision);
      return this.record(m, identity, adoptionCase, input, input.reason);
    });
  }

  private async lockedForEditor(m: EntityManager, identity: Identity, caseId: string): Promise<AdoptionCaseEntity> {
    const adoptionCase = await findOrFail(m, AdoptionCaseEntity, 'AdoptionCase', caseId, true);
    requireMunicipalityEditor(identity, adoptionCase.municipalityId);
    return adoptionCase;
  }

  /**
   * Case, history row, events and (for adopt/adapt) the project commit together. A case has at
   * most one live project: reconsidering decline → adopt starts it, adopt → adapt keeps it, and
   * adopt/adapt → decline/defer cancels it (and, through its events, closes its benefit plan).
   */
  private async record(
    m: EntityManager,
    identity: Identity,
    adoptionCase: AdoptionCaseEntity,
    input: DecideAdoptionInput,
    reconsiderationReason: string | null,
  ): Promise<AdoptionCaseEntity> {
    const decidedAt = new Date();
    const decidedBy = identity.name ?? identity.subject ?? 'unknown';
    const decision = {
      decision: input.decision,
      rationale: input.rationale,
      decidedBy,
      decidingBody: input.decidingBody ?? null,
      caseNumber: input.caseNumber ?? null,
      decidedAt,
    };
    Object.assign(adoptionCase, decision, { status: statusAfter(input.decision) });
    await m.save(adoptionCase);
    await m.save(
      m.create(AdoptionDecisionEntity, {
        ...decision,
        caseId: adoptionCase.id,
        reconsideration: reconsiderationReason !== null,
        reason: reconsiderationReason,
      }),
    );
    await publish(m, 'AdoptionDecided', adoptionCase.id, {
      caseId: adoptionCase.id,
      initiativeId: adoptionCase.initiativeId,
      networkId: adoptionCase.networkId,
      municipalityId: adoptionCase.municipalityId,
      ...decision,
      decidedAt: decidedAt.toISOString(),
      reconsideration: reconsiderationReason !== null,
    });
    // The case's project unless cancelled: a cancelled one stays as history and is never revived.
    const current = await m.findOne(ProjectEntity, { where: { adoptionCaseId: adoptionCase.id, cancelledAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!startsProject(input.decision) && current && current.outcome === null && reconsiderationReason !== null) {
      await cancelProject(m, current, reconsiderationReason, decidedAt);
    }
    if (startsProject(input.decision) && !current) {
      await openProject(m, {
        municipalityId: adoptionCase.municipalityId,
        initiativeId: adoptionCase.initiativeId,
        adoptionCaseId: adoptionCase.id,
        name: input.projectName ?? adoptionCase.initiativeTitle,
        serviceArea: input.serviceArea ?? ServiceArea.GENERAL,
      });
    }
    return adoptionCase;
  }
}
