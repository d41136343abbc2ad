import type { SelectQueryBuilder } from 'typeorm';
import { Connection, decodeCursor, ForwardPageArgs, toConnection } from './pagination';

/**
 * Keyset pagination on (sortColumn, id): the cursor holds the last row's sort value and id,
 * so pages stay stable while rows are added and no OFFSET scan is needed.
 */
export async function keysetPage<T extends { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  sort: { column: string; valueOf: (row: T) => string | number },
  page: ForwardPageArgs,
): Promise<Connection<T>> {
  const totalCount = await query.clone().getCount();
  const q = query.clone().orderBy(`${alias}.${sort.column}`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').take(page.first + 1);
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    q.andWhere(`(${alias}.${sort.column}, ${alias}.id) > (:cursorValue, :cursorId)`, { cursorValue: value, cursorId: id });
  }
  const rows = await q.getMany();
  return toConnection(rows, page.first, totalCount, (row) => [sort.valueOf(row), row.id], Boolean(page.after));
}
