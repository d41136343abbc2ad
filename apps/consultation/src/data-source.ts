import { createServiceDataSource } from '@samspill/server-db';
import { CreateIdempotencyKeys1764201600002 } from '@samspill/server-graphql';
import { CreateEventTables1764201600000, RedriveDeadOutboxRows1764201600001 } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { ConsultationEntity } from './consultation/consultation.entity';
import { CommentEntity, ResponseEntity, SupportVoteEntity } from './response/response.entity';
import { ParticipantIdentityEntity } from './privacy/participant-identity.entity';
import { CreateConsultation1764201900000 } from './migrations/1764201900000-create-consultation';

export const ENTITIES = [ConsultationEntity, ResponseEntity, CommentEntity, SupportVoteEntity, ParticipantIdentityEntity];

export const MIGRATIONS = [CreateEventTables1764201600000, RedriveDeadOutboxRows1764201600001, CreateIdempotencyKeys1764201600002, CreateConsultation1764201900000];

export function createConsultationDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
