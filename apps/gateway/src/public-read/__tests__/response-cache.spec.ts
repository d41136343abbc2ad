import { entityTags, ResponseCache } from '../response-cache';

const response = (body: string, tags: string[]) => ({ body, etag: `"${body}"`, tags });

describe('ResponseCache', () => {
  let now = 0;
  const cache = () => {
    const c = new ResponseCache(3, 1000, () => now);
    c.setLive(true);
    return c;
  };

  beforeEach(() => {
    now = 0;
  });

  it('drops exactly the entries tagged with an invalidated tag', () => {
    const c = cache();
    c.fill('sola', c.ticket(), response('a', ['Municipality:1124', 'Project:p1']));
    c.fill('stavanger', c.ticket(), response('b', ['Municipality:1103', 'Project:p2']));
    expect(c.invalidate(['Project:p1'])).toBe(1);
    expect(c.get('sola')).toBeUndefined();
    expect(c.get('stavanger')?.body).toBe('b');
  });

  it('refuses a fill computed before an invalidation of one of its tags', () => {
    const c = cache();
    const before = c.ticket();
    c.invalidate(['Project:p1']);
    expect(c.fill('sola', before, response('stale', ['Project:p1']))).toBe(false);
    expect(c.fill('sola', c.ticket(), response('fresh', ['Project:p1']))).toBe(true);
    // A fill about other entities is not held back by that invalidation.
    expect(c.fill('other', before, response('b', ['Project:p2']))).toBe(true);
  });

  it('keeps nothing while the event subscription is not live', () => {
    const c = cache();
    c.fill('sola', c.ticket(), response('a', ['Project:p1']));
    const ticket = c.ticket();
    c.setLive(false);
    expect(c.size).toBe(0);
    expect(c.fill('sola', c.ticket(), response('a', ['Project:p1']))).toBe(false);
    c.setLive(true);
    expect(c.fill('sola', ticket, response('a', ['Project:p1']))).toBe(false);
  });

  it('evicts the least recently used entry beyond its size, and expires entries after the TTL', () => {
    const c = cache();
    for (const k of ['a', 'b', 'c']) c.fill(k, c.ticket(), response(k, []));
    c.get('a');
    c.fill('d', c.ticket(), response('d', []));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.body).toBe('a');
    now = 1001;
    expect(c.get('a')).toBeUndefined();
  });

  it('tags a response with every entity that has a __typename and an id', () => {
    expect(
      entityTags({ municipality: { __typename: 'Municipality', id: '1124', projects: [{ __typename: 'Project', id: 'p1', initiative: null }] } }).sort(),
    ).toEqual(['Municipality:1124', 'Project:p1']);
  });
});
