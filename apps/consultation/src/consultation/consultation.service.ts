import { DataSource, EntityManager } from 'typeorm';
import { administeredNetworks, Identity } from '@samspill/server-auth';
import { badInput, conflict, findOrFail, keysetPage, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { isModerator } from '../common/access-policy';
import { aggregate } from '../results/aggregate';
import { ConsultationEntity } from './consultation.entity';
import { buildQuestions } from './consultation.rules';
import { Audience, ConsultationStatus } from './consultation.model';
import { closeNow, concludeNow, countedResponses, openNow } from './consultation-lifecycle.service';
import type { ConsultationsArgs, CreateConsultationInput, UpdateConsultationInput } from './dto/consultation.inputs';

const dedupe = <T>(xs: T[]) => [...new Set(xs)];

function checkTimes(opensAt: Date | null, closesAt: Date | null): void {
  if (opensAt && closesAt && closesAt <= opensAt) throw badInput('closesAt must be after opensAt', 'closesAt');
}

/** Drafts are internal to the network's admins; everyone else is told they do not exist. */
export const canSee = (identity: Identity, c: ConsultationEntity) => c.status !== ConsultationStatus.DRAFT || isModerator(identity, c);

export class ConsultationService {
  constructor(private readonly ds: DataSource) {}

  async get(identity: Identity, id: string): Promise<ConsultationEntity> {
    const c = await findOrFail(this.ds.manager, ConsultationEntity, 'Consultation', id);
    if (!canSee(identity, c)) throw notFound('Consultation', id);
    return c;
  }

  list(identity: Identity, args: ConsultationsArgs) {
    const q = this.ds.getRepository(ConsultationEntity).createQueryBuilder('c');
    if (args.networkId) q.andWhere('c.network_id = :networkId', { networkId: args.networkId });
    if (args.subjectType) q.andWhere('c.subject_type = :subjectType', { subjectType: args.subjectType });
    if (args.subjectId) q.andWhere('c.subject_id = :subjectId', { subjectId: args.subjectId });
    if (args.status) q.andWhere('c.status = :status', { status: args.status });
    q.andWhere(`(c.status <> 'DRAFT' OR c.network_id = ANY(:adminOf))`, { adminOf: administeredNetworks(identity) });
    return keysetPage(q, 'c', { column: 'created_at', valueOf: (c) => c.createdAt.toISOString() }, args);
  }

  create(identity: Identity, input: CreateConsultationInput): Promise<ConsultationEntity> {
    requireNetworkAdmin(identity, input.networkId);
    checkTimes(input.opensAt ?? null, input.closesAt ?? null);
    const questions = buildQuestions(input.questions);
    return this.ds.manager.save(
      this.ds.manager.create(ConsultationEntity, {
        networkId: input.networkId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        title: input.title,
        description: input.description,
        audiences: dedupe(input.audiences),
        allowAnonymous: input.allowAnonymous,
        questions,
        status: ConsultationStatus.DRAFT,
        opensAt: input.opensAt ?? null,
        closesAt: input.closesAt ?? null,
        openedAt: null,
        closedAt: null,
        concludedAt: null,
      }),
    );
  }

  update(identity: Identity, id: string, input: UpdateConsultationInput): Promise<ConsultationEntity> {
    return this.ds.transaction(async (m) => {
      const c = await this.locked(m, identity, id);
      if (c.status !== ConsultationStatus.DRAFT) throw conflict(`consultation ${id} is ${c.status}; only drafts can be edited`);
      if (input.title !== undefined && input.title !== null) c.title = input.title;
      if (input.description !== undefined && input.description !== null) c.description = input.description;
      if (input.audiences) c.audiences = dedupe(input.audiences);
      if (input.allowAnonymous !== undefined && input.allowAnonymous !== null) c.allowAnonymous = input.allowAnonymous;
      if (input.questions) c.questions = buildQuestions(input.questions);
      if (input.opensAt !== undefined) c.opensAt = input.opensAt;
      if (input.closesAt !== undefined) c.closesAt = input.closesAt;
      checkTimes(c.opensAt, c.closesAt);
      return m.save(c);
    });
  }

  open(identity: Identity, id: string) {
    return this.ds.transaction(async (m) => {
      const c = await this.locked(m, identity, id);
      if (c.status === ConsultationStatus.DRAFT && c.closesAt && c.closesAt <= new Date()) {
        throw badInput('closesAt has passed; move it before opening', 'closesAt');
      }
      return openNow(m, c);
    });
  }

  close(identity: Identity, id: string) {
    return this.ds.transaction(async (m) => closeNow(m, await this.locked(m, identity, id)));
  }

  conclude(identity: Identity, id: string) {
    return this.ds.transaction(async (m) => concludeNow(m, await this.locked(m, identity, id)));
  }

  /** Live results of an OPEN consultation are for moderators only, so early answers do not steer later ones. */
  async results(identity: Identity, c: ConsultationEntity, audience: Audience | null) {
    if (c.status === ConsultationStatus.DRAFT || (c.status === ConsultationStatus.OPEN && !isModerator(identity, c))) return null;
    const all = await countedResponses(this.ds.manager, c.id);
    const responses = audience ? all.filter((r) => r.audience === audience) : all;
    const countBy = (key: (r: (typeof all)[number]) => string) =>
      [...responses.reduce((acc, r) => acc.set(key(r), (acc.get(key(r)) ?? 0) + 1), new Map<string, number>())]
        .map(([group, count]) => ({ group, count }))
        .sort((a, b) => a.group.localeCompare(b.group));
    return {
      audience,
      responseCount: responses.length,
      byAudience: countBy((r) => r.audience),
      byRespondentKind: countBy((r) => r.respondentKind),
      questions: aggregate(c.questions, responses),
    };
  }

  private async locked(m: EntityManager, identity: Identity, id: string): Promise<ConsultationEntity> {
    const c = await findOrFail(m, ConsultationEntity, 'Consultation', id, true);
    if (!canSee(identity, c)) throw notFound('Consultation', id);
    requireNetworkAdmin(identity, c.networkId);
    return c;
  }
}
