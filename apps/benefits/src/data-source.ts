import { createServiceDataSource } from '@samspill/server-db';
import { CreateIdempotencyKeys1764201600002 } from '@samspill/server-graphql';
import { EVENT_TABLE_MIGRATIONS } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { CreateBenefits1764202000000 } from './migrations/1764202000000-create-benefits';
import { CreateFocusAreas1764202100000 } from './migrations/1764202100000-create-focus-areas';
import { BenefitDirection1764460800000 } from './migrations/1764460800000-benefit-direction';
import { BenefitRevision1764461000000 } from './migrations/1764461000000-benefit-revision';
import { BiChangeTracking1764500000000 } from './migrations/1764500000000-bi-change-tracking';

/** Every read and write here is set-based SQL over numeric columns (exact NOK), so no ORM entities. */
export const ENTITIES: Function[] = [];

export const MIGRATIONS = [...EVENT_TABLE_MIGRATIONS, CreateIdempotencyKeys1764201600002, CreateBenefits1764202000000, CreateFocusAreas1764202100000, BenefitDirection1764460800000, BenefitRevision1764461000000, BiChangeTracking1764500000000];

export function createBenefitsDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
