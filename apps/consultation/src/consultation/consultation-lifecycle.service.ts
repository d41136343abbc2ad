import type { EntityManager } from 'typeorm';
import { assertTransition, DomainError, ErrorCode } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { aggregate } from '../results/aggregate';
import { ResponseEntity } from '../response/response.entity';
import { ConsultationEntity } from './consultation.entity';
import { CONSULTATION_TRANSITIONS } from './consultation.rules';
import { ConsultationStatus, DispositionKind, RespondentKind } from './consultation.model';

/**
 * The lifecycle steps, shared by the admins' mutations and the scheduler. Each runs inside the
 * caller's transaction on a locked row and records its event there.
 */
const ref = (c: ConsultationEntity) => ({ consultationId: c.id, subjectType: c.subjectType, subjectId: c.subjectId, networkId: c.networkId });

export async function openNow(m: EntityManager, c: ConsultationEntity, now = new Date()): Promise<ConsultationEntity> {
  assertTransition(CONSULTATION_TRANSITIONS, 'Consultation', c.status, ConsultationStatus.OPEN);
  c.status = ConsultationStatus.OPEN;
  c.openedAt = now;
  await m.save(c);
  await publish(m, 'ConsultationOpened', c.id, {
    ...ref(c),
    title: c.title,
    audiences: c.audiences,
    opensAt: now.toISOString(),
    closesAt: c.closesAt?.toISOString() ?? null,
  });
  return c;
}

/** Hidden (moderated) responses count neither in results nor towards the conclusion. */
export const countedResponses = (m: EntityManager, consultationId: string) =>
  m.find(ResponseEntity, { where: { consultationId, hidden: false }, order: { submittedAt: 'ASC', id: 'ASC' } });

export async function closeNow(m: EntityManager, c: ConsultationEntity, now = new Date()): Promise<ConsultationEntity> {
  assertTransition(CONSULTATION_TRANSITIONS, 'Consultation', c.status, ConsultationStatus.CLOSED);
  c.status = ConsultationStatus.CLOSED;
  c.closedAt = now;
  await m.save(c);
  const responses = await countedResponses(m, c.id);
  await publish(m, 'ConsultationClosed', c.id, {
    ...ref(c),
    closedAt: now.toISOString(),
    responseCount: responses.length,
    respondingMunicipalityIds: responses.flatMap((r) => (r.respondentKind === RespondentKind.MUNICIPALITY ? [r.municipalityId!] : [])).sort(),
    summary: aggregate(c.questions, responses).map((q) => ({
      questionId: q.questionId,
      kind: q.kind,
      answerCount: q.answerCount,
      mean: q.mean,
      ranking: q.kind === 'RANKING' ? q.ranking.map((r) => r.option) : null,
    })),
  });
  return c;
}

export async function concludeNow(m: EntityManager, c: ConsultationEntity, now = new Date()): Promise<ConsultationEntity> {
  assertTransition(CONSULTATION_TRANSITIONS, 'Consultation', c.status, ConsultationStatus.CONCLUDED);
  const responses = await countedResponses(m, c.id);
  const missing = responses.filter((r) => r.disposition === null).length;
  if (missing > 0) {
    throw new DomainError(ErrorCode.CONFLICT, `${missing} of ${responses.length} responses have no disposition yet`, { missing });
  }
  c.status = ConsultationStatus.CONCLUDED;
  c.concludedAt = now;
  await m.save(c);
  const dispositionCounts = { ADOPTED: 0, PARTLY_ADOPTED: 0, NOT_ADOPTED: 0, NOTED: 0 } satisfies Record<DispositionKind, number>;
  for (const r of responses) dispositionCounts[r.disposition!] += 1;
  await publish(m, 'ConsultationConcluded', c.id, { ...ref(c), concludedAt: now.toISOString(), dispositionCounts });
  return c;
}
