import { orderedStageTimes } from '../stage-times';

const d = (day: number) => new Date(Date.UTC(2025, 0, 1 + day));
const empty = { launchedAt: null, consultedAt: null, decidedAt: null, inPortfolioAt: null, executingAt: null, realisingAt: null, closedAt: null, benefitsMeasuredAt: null };

describe('tranche stage times', () => {
  it('never shows REALISING before the stage before it, even from a measurement backdated before the launch', () => {
    const cell = orderedStageTimes({ ...empty, launchedAt: d(151), decidedAt: d(160), inPortfolioAt: d(160), benefitsMeasuredAt: d(0) });
    expect(cell.realisingAt).toEqual(d(160));
    expect(cell.benefitsMeasuredAt).toEqual(d(0));
  });

  it('keeps every time at least the one before it, and leaves ordered times alone', () => {
    const ordered = { ...empty, launchedAt: d(0), consultedAt: d(3), decidedAt: d(10), inPortfolioAt: d(10), executingAt: d(40), realisingAt: d(90), closedAt: d(200) };
    expect(orderedStageTimes(ordered)).toEqual(ordered);
    const shuffled = orderedStageTimes({ ...empty, launchedAt: d(20), decidedAt: d(5), executingAt: d(1) });
    expect([shuffled.launchedAt, shuffled.decidedAt, shuffled.executingAt]).toEqual([d(20), d(20), d(20)]);
  });

  it('starts REALISING at the earlier of the phase change and the first measurement', () => {
    expect(orderedStageTimes({ ...empty, launchedAt: d(0), realisingAt: d(50), benefitsMeasuredAt: d(30) }).realisingAt).toEqual(d(30));
  });
});
