import { createServiceDataSource } from '@samspill/server-db';
import { CreateEventTables1764201600000 } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { ConsultationEntity } from './consultation/consultation.entity';
import { CommentEntity, ResponseEntity, SupportVoteEntity } from './response/response.entity';
import { ParticipantIdentityEntity } from './privacy/participant-identity.entity';
import { CreateConsultation1764201900000 } from './migrations/1764201900000-create-consultation';

export const ENTITIES = [ConsultationEntity, ResponseEntity, CommentEntity, SupportVoteEntity, ParticipantIdentityEntity];

export const MIGRATIONS = [CreateEventTables1764201600000, CreateConsultation1764201900000];

export function createConsultationDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
