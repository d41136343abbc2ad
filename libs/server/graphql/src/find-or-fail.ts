import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { notFound } from './errors';
import { isUuid } from './ids';

/**
 * Loads an entity by uuid or throws NOT_FOUND; a malformed id cannot exist, so it is reported
 * the same way rather than reaching PostgreSQL as a type error. `lock` serialises lifecycle changes.
 */
export async function findOrFail<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  lock = false,
): Promise<T> {
  const found = isUuid(id)
    ? await m.findOne(entity, { where: { id } as unknown as FindOptionsWhere<T>, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    : null;
  if (!found) throw notFound(label, id);
  return found;
}
