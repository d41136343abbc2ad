import { createServiceDataSource } from '@samspill/server-db';
import { CreateIdempotencyKeys1764201600002 } from '@samspill/server-graphql';
import { EVENT_TABLE_MIGRATIONS } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { ConsultationEntity } from './consultation/consultation.entity';
import { CommentEntity, ResponseEntity, SupportVoteEntity } from './response/response.entity';
import { ParticipantIdentityEntity } from './privacy/participant-identity.entity';
import { CreateConsultation1764201900000 } from './migrations/1764201900000-create-consultation';
import { BiChangeTracking1764500000000 } from './migrations/1764500000000-bi-change-tracking';

export const ENTITIES = [ConsultationEntity, ResponseEntity, CommentEntity, SupportVoteEntity, ParticipantIdentityEntity];

export const MIGRATIONS = [...EVENT_TABLE_MIGRATIONS, CreateIdempotencyKeys1764201600002, CreateConsultation1764201900000, BiChangeTracking1764500000000];

export function createConsultationDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
