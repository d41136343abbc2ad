import { cellsFromPublicCases, leadTimes, percentile } from '../matrix-model';

const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('matrix model', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  it('derives stages from public cases and flags stuck ones', () => {
    const cells = cellsFromPublicCases(
      {
        initiatives: {
          edges: [
            {
              node: {
                id: 'i1',
                launchedAt: '2026-01-01T00:00:00Z',
                adoptionCases: [
                  { id: 'c1', municipalityId: '1124', status: 'OPEN', decision: null, decidedAt: null, openedAt: '2026-01-01T00:00:00Z', project: null },
                  { id: 'c2', municipalityId: '1103', status: 'ADOPTED', decision: 'ADOPT', decidedAt: '2026-01-11T00:00:00Z', openedAt: '2026-01-01T00:00:00Z', project: { id: 'p', phase: 'EXECUTION', updatedAt: '2026-05-01T00:00:00Z' } },
                  { id: 'c3', municipalityId: '1108', status: 'DEFERRED', decision: 'DEFER', decidedAt: '2026-02-01T00:00:00Z', openedAt: '2026-01-01T00:00:00Z', project: null },
                ],
              },
            },
          ],
        },
      },
      NOW,
    );
    expect(cells.get('i1:1124')).toMatchObject({ stage: 'LAUNCHED', stuck: true });
    expect(cells.get('i1:1103')).toMatchObject({ stage: 'EXECUTING', decision: 'ADOPT', stuck: false, daysInStage: 31 });
    expect(cells.get('i1:1108')).toMatchObject({ stage: 'DECIDED', decision: 'DEFER', stuck: true });
    expect(leadTimes([...cells.values()])).toEqual({ cells: 3, decided: 1, stuck: 2, medianDays: 10, p90Days: 10 });
  });
});
