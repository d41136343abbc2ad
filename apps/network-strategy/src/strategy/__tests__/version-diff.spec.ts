import type { FocusAreaSnapshot, GoalSnapshot, InitiativeSnapshot, StrategySnapshot } from '../strategy-snapshot';
import { diffSnapshots } from '../version-diff';

const initiative = (id: string, patch: Partial<InitiativeSnapshot> = {}): InitiativeSnapshot => ({
  id,
  title: `Initiative ${id}`,
  description: '',
  owner: 'Sola kommune',
  status: 'PROPOSED',
  costSharingModel: 'EQUAL_SHARE',
  expectedBenefits: [],
  ...patch,
});

const goal = (id: string, patch: Partial<GoalSnapshot> = {}): GoalSnapshot => ({
  id,
  title: `Goal ${id}`,
  description: '',
  indicator: 'andel digitale søknader',
  unit: '%',
  baselineValue: 40,
  targetValue: 80,
  targetYear: 2028,
  initiatives: [],
  ...patch,
});

const focusArea = (id: string, patch: Partial<FocusAreaSnapshot> = {}): FocusAreaSnapshot => ({
  id,
  title: `Focus area ${id}`,
  description: '',
  goals: [],
  ...patch,
});

const snapshot = (patch: Partial<StrategySnapshot> = {}): StrategySnapshot => ({
  title: 'Digitaliseringsstrategi 2025–2028',
  vision: 'Enkle digitale tjenester',
  periodStart: 2025,
  periodEnd: 2028,
  focusAreas: [
    focusArea('fa-1', { goals: [goal('g-1', { initiatives: [initiative('i-1')] })] }),
    focusArea('fa-2'),
  ],
  ...patch,
});

/** Deep copy so a test edits the "after" version without touching the "before". */
const clone = <T>(v: T): T => structuredClone(v);

describe('diffSnapshots', () => {
  it('finds nothing between identical snapshots, or between a snapshot and its copy', () => {
    const a = snapshot();
    expect(diffSnapshots(a, a)).toEqual([]);
    expect(diffSnapshots(a, clone(a))).toEqual([]);
  });

  it('reports a changed strategy field with JSON before and after', () => {
    const a = snapshot();
    const b = snapshot({ vision: 'Sammen om gode tjenester', periodEnd: 2030 });

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'CHANGED', entity: 'STRATEGY', entityId: null, title: a.title, field: 'periodEnd', before: '2028', after: '2030', reason: null },
      {
        change: 'CHANGED',
        entity: 'STRATEGY',
        entityId: null,
        title: a.title,
        field: 'vision',
        before: '"Enkle digitale tjenester"',
        after: '"Sammen om gode tjenester"',
        reason: null,
      },
    ]);
  });

  it('reports an added focus area once, not its fields', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas.push(focusArea('fa-3', { title: 'Datadeling' }));

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'ADDED', entity: 'FOCUS_AREA', entityId: 'fa-3', title: 'Datadeling', field: null, before: null, after: null, reason: null },
    ]);
  });

  it('reports a removed focus area, and its goals and initiatives as removed too', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas.splice(0, 1);

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'REMOVED', entity: 'FOCUS_AREA', entityId: 'fa-1', title: 'Focus area fa-1', field: null, before: null, after: null, reason: null },
      { change: 'REMOVED', entity: 'GOAL', entityId: 'g-1', title: 'Goal g-1', field: null, before: null, after: null, reason: null },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: 'i-1', title: 'Initiative i-1', field: null, before: null, after: null, reason: null },
    ]);
  });

  it('gives each removal the reason the later version recorded for its retirement', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas[0].goals[0].initiatives = [];
    b.focusAreas.splice(1, 1);
    b.retired = [
      { entity: 'INITIATIVE', id: 'i-1', title: 'Initiative i-1', reason: 'Erstattes av nasjonal løsning' },
      { entity: 'FOCUS_AREA', id: 'fa-2', title: 'Focus area fa-2', reason: 'Slått sammen' },
    ];

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'REMOVED', entity: 'FOCUS_AREA', entityId: 'fa-2', title: 'Focus area fa-2', field: null, before: null, after: null, reason: 'Slått sammen' },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: 'i-1', title: 'Initiative i-1', field: null, before: null, after: null, reason: 'Erstattes av nasjonal løsning' },
    ]);
    // The list of retirements is not itself a field of the strategy.
    expect(diffSnapshots(b, clone(b), [])).toEqual([]);
    expect(diffSnapshots({ ...b, retired: [] }, b, [])).toEqual([]);
  });

  it('reports an element retired in between that neither version holds, and takes reasons from the versions in between', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas.splice(1, 1);
    const retired = [
      { entity: 'INITIATIVE' as const, id: 'i-9', title: 'Proposed after version 1', reason: 'Ikke lenger aktuelt' },
      { entity: 'FOCUS_AREA' as const, id: 'fa-2', title: 'Focus area fa-2', reason: 'Slått sammen (versjon 2)' },
    ];

    expect(diffSnapshots(a, b, retired)).toEqual([
      { change: 'REMOVED', entity: 'FOCUS_AREA', entityId: 'fa-2', title: 'Focus area fa-2', field: null, before: null, after: null, reason: 'Slått sammen (versjon 2)' },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: 'i-9', title: 'Proposed after version 1', field: null, before: null, after: null, reason: 'Ikke lenger aktuelt' },
    ]);
  });

  it('reports a changed goal field, including a change to null, and not its children', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas[0].goals[0].targetValue = 90;
    b.focusAreas[0].goals[0].baselineValue = null;

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'CHANGED', entity: 'GOAL', entityId: 'g-1', title: 'Goal g-1', field: 'baselineValue', before: '40', after: 'null', reason: null },
      { change: 'CHANGED', entity: 'GOAL', entityId: 'g-1', title: 'Goal g-1', field: 'targetValue', before: '80', after: '90', reason: null },
    ]);
  });

  it('titles a renamed entity with its new title', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas[1].title = 'Innbyggertjenester';

    expect(diffSnapshots(a, b)).toEqual([
      {
        change: 'CHANGED',
        entity: 'FOCUS_AREA',
        entityId: 'fa-2',
        title: 'Innbyggertjenester',
        field: 'title',
        before: '"Focus area fa-2"',
        after: '"Innbyggertjenester"',
        reason: null,
      },
    ]);
  });

  it('reports an added initiative under an existing goal', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas[0].goals[0].initiatives.push(initiative('i-2', { title: 'Felles chatbot' }));

    expect(diffSnapshots(a, b)).toEqual([
      { change: 'ADDED', entity: 'INITIATIVE', entityId: 'i-2', title: 'Felles chatbot', field: null, before: null, after: null, reason: null },
    ]);
  });

  it('compares nested values such as expected benefits by content', () => {
    const benefit = { type: 'EFFICIENCY', indicator: 'timer', unit: 'timer', amountPerYear: 100, scaling: 'FIXED' } as const;
    const a = snapshot({ focusAreas: [focusArea('fa-1', { goals: [goal('g-1', { initiatives: [initiative('i-1', { expectedBenefits: [benefit as never] })] })] })] });
    const same = clone(a);
    expect(diffSnapshots(a, same)).toEqual([]);

    const b = clone(a);
    (b.focusAreas[0].goals[0].initiatives[0].expectedBenefits[0] as { amountPerYear: number }).amountPerYear = 150;
    const changes = diffSnapshots(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'CHANGED', entity: 'INITIATIVE', entityId: 'i-1', field: 'expectedBenefits' });
    expect(JSON.parse(changes[0].before!)[0].amountPerYear).toBe(100);
    expect(JSON.parse(changes[0].after!)[0].amountPerYear).toBe(150);
  });

  it('orders changes top-down: strategy, focus areas, goals, initiatives', () => {
    const a = snapshot();
    const b = clone(a);
    b.focusAreas[0].goals[0].initiatives[0].status = 'APPROVED';
    b.focusAreas[0].goals[0].unit = 'prosent';
    b.focusAreas[0].description = 'Ny beskrivelse';
    b.title = 'Ny tittel';

    expect(diffSnapshots(a, b).map((c) => `${c.entity}.${c.field}`)).toEqual([
      'STRATEGY.title',
      'FOCUS_AREA.description',
      'GOAL.unit',
      'INITIATIVE.status',
    ]);
  });
});
