import { In } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot exist: callers report it as NOT_FOUND instead of letting PostgreSQL fail on it. */
export const isUuid = (id: string) => UUID.test(id);

/** The ids that can be uuids: ids from elsewhere (e.g. a federated reference) never reach a uuid column. */
export const uuids = (ids: readonly string[]) => ids.filter(isUuid);

/** `uuids` as a TypeORM `In(…)` condition, for loaders' `findBy`. */
export const inUuids = (ids: readonly string[]) => In(uuids(ids));
