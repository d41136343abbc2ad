import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader, inUuids, RequestContext } from '@samspill/server-graphql';
import { ConsultationEntity } from './consultation/consultation.entity';
import { CommentEntity, ResponseEntity, SupportVoteEntity } from './response/response.entity';
import { ParticipantIdentityEntity } from './privacy/participant-identity.entity';


/** Subject keys are "<SubjectType>:<id>". */
export const subjectKey = (type: string, id: string) => `${type}:${id}`;

/** Per-request DataLoaders: every field and reference resolver batches through these (no N+1). */
export function createLoaders(ds: DataSource) {
  const repo = <T extends object>(e: new () => T) => ds.getRepository<T>(e);
  return {
    consultation: byIdLoader((ids) => repo(ConsultationEntity).findBy({ id: inUuids(ids) }), (c) => c.id),
    consultationsOfSubject: groupLoader(
      (keys) =>
        repo(ConsultationEntity)
          .createQueryBuilder('c')
          .where(`c.subject_type || ':' || c.subject_id = ANY(:keys)`, { keys: [...keys] })
          .orderBy('c.created_at', 'ASC')
          .addOrderBy('c.id', 'ASC')
          .getMany(),
      (c) => subjectKey(c.subjectType, c.subjectId),
    ),
    response: byIdLoader((ids) => repo(ResponseEntity).findBy({ id: inUuids(ids) }), (r) => r.id),
    responsesOfMunicipality: groupLoader(
      (ids) => repo(ResponseEntity).find({ where: { municipalityId: In([...ids]) }, order: { submittedAt: 'ASC', id: 'ASC' } }),
      (r) => r.municipalityId!,
    ),
    commentsOfResponse: groupLoader(
      (ids) => repo(CommentEntity).find({ where: { responseId: inUuids(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (c) => c.responseId,
    ),
    votesOfResponse: groupLoader((ids) => repo(SupportVoteEntity).findBy({ responseId: inUuids(ids) }), (v) => v.responseId),
    identity: byIdLoader((ids) => repo(ParticipantIdentityEntity).findBy({ pseudonymId: inUuids(ids) }), (p) => p.pseudonymId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = RequestContext<Loaders>;
