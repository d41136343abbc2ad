import { DomainError, ErrorCode } from '../errors';
import { decodeCursor, encodeCursor, toConnection } from '../pagination';

function decodeError(cursor: string): DomainError {
  try {
    decodeCursor(cursor);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error(`cursor ${JSON.stringify(cursor)} was accepted`);
}

describe('cursors', () => {
  it.each([
    [['2025-03-01T10:00:00.000Z', 'b5c0e1f2-0000-4000-8000-000000000001']],
    [[1124, 'Sola']],
    [['Bø i Vesterålen', 'æøå / + = ?']],
    [[0, -1.5, '']],
    [[]],
  ])('round-trips %j', (values) => {
    expect(decodeCursor(encodeCursor(values))).toEqual(values);
  });

  it('is URL-safe and opaque (no raw JSON, no padding)', () => {
    const cursor = encodeCursor(['æøå???>>>', 1]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('[');
  });

  it.each([
    ['garbage', '%%%not-a-cursor%%%'],
    ['base64 of non-JSON', Buffer.from('hello world').toString('base64url')],
    ['a JSON object', Buffer.from('{"id":1}').toString('base64url')],
    ['a JSON string', Buffer.from('"abc"').toString('base64url')],
    ['an array holding null', Buffer.from('[null]').toString('base64url')],
    ['an array holding an object', Buffer.from('[{"x":1}]').toString('base64url')],
    ['an array holding a boolean', Buffer.from('[true]').toString('base64url')],
    ['the empty string', ''],
  ])('rejects %s as BAD_USER_INPUT on the after argument', (_label, cursor) => {
    const error = decodeError(cursor);
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.message).toBe('the cursor is not valid');
    expect(error.details).toEqual({ field: 'after' });
  });
});

describe('toConnection', () => {
  const rows = [
    { id: 'a', createdAt: 1 },
    { id: 'b', createdAt: 2 },
    { id: 'c', createdAt: 3 },
  ];
  const cursorOf = (row: { id: string; createdAt: number }) => [row.createdAt, row.id];

  it('with first + 1 rows: returns first rows and says there is a next page', () => {
    const connection = toConnection(rows, 2, 10, cursorOf, false);

    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.startCursor!)).toEqual([1, 'a']);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual([2, 'b']);
    expect(connection.pageInfo.endCursor).toBe(connection.edges[1].cursor);
  });

  it('with exactly first rows: last page, end cursor is the last row', () => {
    const connection = toConnection(rows, 3, 3, cursorOf, true);
    expect(connection.edges).toHaveLength(3);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.pageInfo.hasPreviousPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual([3, 'c']);
  });

  it('with fewer rows than first: no next page', () => {
    const connection = toConnection(rows.slice(0, 1), 20, 1, cursorOf, false);
    expect(connection.edges).toHaveLength(1);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(connection.pageInfo.startCursor).toBe(connection.pageInfo.endCursor);
  });

  it('with no rows: null cursors and no next page', () => {
    const connection = toConnection([], 20, 0, cursorOf, false);
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('the end cursor decodes to the values the next page query continues after', () => {
    const first = toConnection(rows, 1, 3, cursorOf, false);
    const after = decodeCursor(first.pageInfo.endCursor!);
    const rest = rows.filter((r) => r.createdAt > (after[0] as number));
    const second = toConnection(rest, 1, 3, cursorOf, true);
    expect(second.edges.map((e) => e.node.id)).toEqual(['b']);
    expect(second.pageInfo.hasNextPage).toBe(true);
  });
});
