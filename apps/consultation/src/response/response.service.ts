import { DataSource, EntityManager } from 'typeorm';
import { hasRole, Identity, isMunicipalityEditor } from '@samspill/server-auth';
import { badInput, conflict, findOrFail, forbidden, keysetPage, notFound, requireNetworkAdmin, unauthenticated } from '@samspill/server-graphql';
import { isModerator } from '../common/access-policy';
import { publish } from '../common/outbox';
import { ConsultationEntity } from '../consultation/consultation.entity';
import { validateAnswers } from '../consultation/consultation.rules';
import { canSee } from '../consultation/consultation.service';
import { Answer, Audience, ConsultationStatus, RespondentKind } from '../consultation/consultation.model';
import { existingPseudonymOf, pseudonymOf } from '../privacy/pseudonym';
import { CommentEntity, ResponseEntity, SupportVoteEntity } from './response.entity';
import type { DispositionInput, MunicipalityResponseInput, ParticipantResponseInput } from './dto/response.inputs';

const PARTICIPANT_AUDIENCES = [Audience.EMPLOYEES, Audience.CITIZENS, Audience.PARTNERS];
const UNIQUE_VIOLATION = '23505';

const isUniqueViolation = (err: unknown) => (err as { driverError?: { code?: string }; code?: string }).driverError?.code === UNIQUE_VIOLATION || (err as { code?: string }).code === UNIQUE_VIOLATION;

export class ResponseService {
  constructor(private readonly ds: DataSource) {}

  list(identity: Identity, c: ConsultationEntity, page: { first: number; after?: string | null }) {
    if (!canSee(identity, c)) return null;
    // Raw answers of an OPEN round are for moderators only, like its live results: early
    // answers must not steer later ones, and nothing is published before the round closes.
    if (c.status === ConsultationStatus.OPEN && !isModerator(identity, c)) return null;
    const q = this.ds.getRepository(ResponseEntity).createQueryBuilder('r').where('r.consultation_id = :id', { id: c.id });
    return keysetPage(q, 'r', { column: 'submitted_at', valueOf: (r) => r.submittedAt.toISOString() }, page);
  }

  submitForMunicipality(identity: Identity, consultationId: string, input: MunicipalityResponseInput): Promise<ResponseEntity> {
    if (!isMunicipalityEditor(identity, input.municipalityId)) throw forbidden(`only an editor of municipality ${input.municipalityId} can answer for it`);
    return this.ds.transaction(async (m) => {
      const c = await this.openForAnswers(m, identity, consultationId);
      if (!c.audiences.includes(Audience.MEMBER_MUNICIPALITIES)) throw forbidden('this consultation does not ask member municipalities');
      const answers = validateAnswers(c.questions, input.answers);
      const existing = await m.findOneBy(ResponseEntity, { consultationId, municipalityId: input.municipalityId });
      if (existing) throw conflict(`municipality ${input.municipalityId} has already answered; revise that answer instead`);
      return this.insert(m, c, { respondentKind: RespondentKind.MUNICIPALITY, audience: Audience.MEMBER_MUNICIPALITIES, municipalityId: input.municipalityId, pseudonymId: null, anonymous: false, answers });
    });
  }

  /** A formal answer stays one response: revising replaces its answers while the consultation is open. */
  reviseForMunicipality(identity: Identity, consultationId: string, input: MunicipalityResponseInput): Promise<ResponseEntity> {
    if (!isMunicipalityEditor(identity, input.municipalityId)) throw forbidden(`only an editor of municipality ${input.municipalityId} can answer for it`);
    return this.ds.transaction(async (m) => {
      const c = await this.openForAnswers(m, identity, consultationId);
      const answers = validateAnswers(c.questions, input.answers);
      const r = await m.findOne(ResponseEntity, { where: { consultationId, municipalityId: input.municipalityId }, lock: { mode: 'pessimistic_write' } });
      if (!r) throw notFound('Formal response of municipality', input.municipalityId);
      r.answers = answers;
      r.revisedAt = new Date();
      await m.save(r);
      await this.announce(m, c, r, true);
      return r;
    });
  }

  /** Signed-in participants answer once under their pseudonym; without a token only where anonymous citizens are invited. */
  submitAsParticipant(identity: Identity, consultationId: string, input: ParticipantResponseInput): Promise<ResponseEntity> {
    return this.ds.transaction(async (m) => {
      const c = await this.openForAnswers(m, identity, consultationId);
      const answers = validateAnswers(c.questions, input.answers);
      const subject = identity.subject;
      if (subject === null) {
        if (!c.allowAnonymous || !c.audiences.includes(Audience.CITIZENS)) throw unauthenticated('this consultation takes no anonymous answers; sign in to answer');
        if (input.audience && input.audience !== Audience.CITIZENS) throw badInput('anonymous answers are from citizens', 'audience');
        return this.insert(m, c, { respondentKind: RespondentKind.PARTICIPANT, audience: Audience.CITIZENS, municipalityId: null, pseudonymId: null, anonymous: true, answers });
      }
      if (!hasRole(identity, 'participant')) throw forbidden('answering as a participant needs the participant role');
      const audience = input.audience ?? Audience.CITIZENS;
      if (!PARTICIPANT_AUDIENCES.includes(audience)) throw badInput('participants answer as EMPLOYEES, CITIZENS or PARTNERS', 'audience');
      if (!c.audiences.includes(audience)) throw forbidden(`this consultation does not ask ${audience}`);
      const pseudonymId = await pseudonymOf(m, { ...identity, subject });
      if (await m.existsBy(ResponseEntity, { consultationId, pseudonymId })) throw conflict('you have already answered this consultation');
      return this.insert(m, c, { respondentKind: RespondentKind.PARTICIPANT, audience, municipalityId: null, pseudonymId, anonymous: false, answers });
    });
  }

  async mine(identity: Identity): Promise<ResponseEntity[]> {
    const pseudonymId = identity.subject ? await existingPseudonymOf(this.ds.manager, identity.subject) : null;
    if (!pseudonymId) return [];
    return this.ds.getRepository(ResponseEntity).find({ where: { pseudonymId }, order: { submittedAt: 'DESC', id: 'ASC' } });
  }

  comment(identity: Identity, responseId: string, body: string): Promise<CommentEntity> {
    return this.ds.transaction(async (m) => {
      const subject = identity.subject!;
      await this.visibleOpenResponse(m, identity, responseId);
      const authorPseudonymId = await pseudonymOf(m, { ...identity, subject });
      return m.save(m.create(CommentEntity, { responseId, authorPseudonymId, body, hidden: false, hiddenReason: null, createdAt: new Date() }));
    });
  }

  support(identity: Identity, responseId: string): Promise<ResponseEntity> {
    return this.ds.transaction(async (m) => {
      const subject = identity.subject!;
      const r = await this.visibleOpenResponse(m, identity, responseId);
      const voterPseudonymId = await pseudonymOf(m, { ...identity, subject });
      if (await m.existsBy(SupportVoteEntity, { responseId, voterPseudonymId })) throw conflict('you already support this response');
      await m.save(m.create(SupportVoteEntity, { responseId, voterPseudonymId, createdAt: new Date() }));
      return r;
    });
  }

  hideResponse(identity: Identity, responseId: string, reason: string): Promise<ResponseEntity> {
    return this.ds.transaction(async (m) => {
      const r = await findOrFail(m, ResponseEntity, 'Response', responseId, true);
      await this.moderated(m, identity, r.consultationId);
      Object.assign(r, { hidden: true, hiddenReason: reason });
      return m.save(r);
    });
  }

  hideComment(identity: Identity, commentId: string, reason: string): Promise<CommentEntity> {
    return this.ds.transaction(async (m) => {
      const comment = await findOrFail(m, CommentEntity, 'Comment', commentId, true);
      const r = await findOrFail(m, ResponseEntity, 'Response', comment.responseId);
      await this.moderated(m, identity, r.consultationId);
      Object.assign(comment, { hidden: true, hiddenReason: reason });
      return m.save(comment);
    });
  }

  /** Dispositions are given once the consultation has closed, and can be changed until it is concluded. */
  dispose(identity: Identity, responseId: string, input: DispositionInput): Promise<ResponseEntity> {
    return this.ds.transaction(async (m) => {
      const r = await findOrFail(m, ResponseEntity, 'Response', responseId, true);
      const c = await this.moderated(m, identity, r.consultationId);
      if (c.status !== ConsultationStatus.CLOSED) throw conflict(`consultation ${c.id} is ${c.status}; dispositions are given while it is CLOSED`);
      Object.assign(r, { disposition: input.kind, dispositionNote: input.note, dispositionLink: input.link ?? null, disposedAt: new Date() });
      return m.save(r);
    });
  }

  /** Locks the consultation for share, so it cannot close while an answer is being recorded. */
  private async openForAnswers(m: EntityManager, identity: Identity, id: string): Promise<ConsultationEntity> {
    const c = await m.findOne(ConsultationEntity, { where: { id }, lock: { mode: 'pessimistic_read' } }).catch(() => null);
    if (!c || !canSee(identity, c)) throw notFound('Consultation', id);
    if (c.status !== ConsultationStatus.OPEN) throw conflict(`consultation ${id} is ${c.status}; answers are taken while it is OPEN`);
    return c;
  }

  private async insert(m: EntityManager, c: ConsultationEntity, fields: Pick<ResponseEntity, 'respondentKind' | 'audience' | 'municipalityId' | 'pseudonymId' | 'anonymous'> & { answers: Answer[] }) {
    const r = m.create(ResponseEntity, { ...fields, consultationId: c.id, hidden: false, hiddenReason: null, disposition: null, dispositionNote: null, dispositionLink: null, disposedAt: null, submittedAt: new Date(), revisedAt: null });
    try {
      await m.save(r);
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('this consultation has already been answered by you');
      throw err;
    }
    await this.announce(m, c, r, false);
    return r;
  }

  private announce(m: EntityManager, c: ConsultationEntity, r: ResponseEntity, revised: boolean) {
    return publish(m, 'ResponseSubmitted', c.id, {
      consultationId: c.id,
      responseId: r.id,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      respondentKind: r.respondentKind,
      municipalityId: r.municipalityId,
      revised,
      submittedAt: (r.revisedAt ?? r.submittedAt).toISOString(),
    });
  }

  private async visibleOpenResponse(m: EntityManager, identity: Identity, responseId: string): Promise<ResponseEntity> {
    const r = await findOrFail(m, ResponseEntity, 'Response', responseId);
    const c = await this.openForAnswers(m, identity, r.consultationId);
    if (r.hidden && !isModerator(identity, c)) throw notFound('Response', responseId);
    return r;
  }

  private async moderated(m: EntityManager, identity: Identity, consultationId: string): Promise<ConsultationEntity> {
    const c = await findOrFail(m, ConsultationEntity, 'Consultation', consultationId, true);
    requireNetworkAdmin(identity, c.networkId);
    return c;
  }
}
