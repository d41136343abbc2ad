import { requestIdFrom } from '../request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps a plain request id from upstream', () => {
    expect(requestIdFrom('lb-7f3a.9_x')).toBe('lb-7f3a.9_x');
    expect(requestIdFrom('a'.repeat(100))).toBe('a'.repeat(100));
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(101)],
    ['a log-injection attempt', 'abc\nlevel=error msg=forged'],
    ['spaces', 'abc def'],
    ['non-ASCII', 'forespørsel-1'],
    ['a repeated header', ['abc', 'def']],
  ])('replaces a %s value with a new uuid', (_what, header) => {
    expect(requestIdFrom(header)).toMatch(UUID);
  });

  it('creates a different id each time', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
