import { Backoff } from '../backoff';

describe('Backoff', () => {
  afterEach(() => jest.restoreAllMocks());

  const delays = (backoff: Backoff, n: number) => Array.from({ length: n }, () => backoff.next());

  it('doubles the ceiling on each failure, up to the maximum (lowest jitter)', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    expect(delays(new Backoff(100, 1000), 6)).toEqual([50, 100, 200, 400, 500, 500]);
  });

  it('doubles the ceiling on each failure, up to the maximum (highest jitter)', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect(delays(new Backoff(100, 1000), 6)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('stays within [ceiling / 2, ceiling] with real randomness', () => {
    const backoff = new Backoff(50, 2000);
    for (let failure = 0; failure < 40; failure += 1) {
      const ceiling = Math.min(2000, 50 * 2 ** failure);
      const delay = backoff.next();
      expect(delay).toBeGreaterThanOrEqual(Math.round(ceiling / 2));
      expect(delay).toBeLessThanOrEqual(ceiling);
      expect(Number.isInteger(delay)).toBe(true);
    }
  });

  it('never exceeds the maximum or stops being a number, however long the outage', () => {
    const backoff = new Backoff(250, 30_000);
    for (let i = 0; i < 2000; i += 1) {
      const delay = backoff.next();
      expect(delay).toBeGreaterThanOrEqual(15_000 * (i >= 7 ? 1 : 0));
      expect(delay).toBeLessThanOrEqual(30_000);
    }
    expect(Number.isFinite(backoff.next())).toBe(true);
  });

  it('starts over from the initial delay after reset', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const backoff = new Backoff(100, 10_000);
    delays(backoff, 5);
    backoff.reset();
    expect(delays(backoff, 3)).toEqual([50, 100, 200]);
  });

  it('keeps separate instances independent', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0);
    const a = new Backoff(100, 10_000);
    const b = new Backoff(100, 10_000);
    delays(a, 4);
    expect(b.next()).toBe(50);
  });

  it('caps even the first delay when the maximum is below the initial delay', () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect(new Backoff(5000, 1000).next()).toBe(1000);
  });
});
