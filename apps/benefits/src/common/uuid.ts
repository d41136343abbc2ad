const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot exist: callers report it as NOT_FOUND instead of letting PostgreSQL fail on it. */
export const isUuid = (id: string) => UUID.test(id);
