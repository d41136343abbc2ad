import { CreateEventTables1764201600000 } from './event-tables.migration';
import { RedriveDeadOutboxRows1764201600001 } from './outbox-redrive.migration';
import { AddOutboxTraceContext1764201650000 } from './outbox-trace-context.migration';

/** Every migration of the outbox and inbox tables, in order: what each service (and test) applies first. */
export const EVENT_TABLE_MIGRATIONS = [CreateEventTables1764201600000, RedriveDeadOutboxRows1764201600001, AddOutboxTraceContext1764201650000];
