import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { EventEnvelope } from '@samspill/contracts';
import { envelope, MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createNetworkStrategyDataSource } from '../src/data-source';
import { trancheMatrixHandlers } from '../src/tranche-matrix/tranche-matrix.projection';
import { goalProgressHandlers } from '../src/goal/goal-progress.consumer';
import { orderedStageTimes } from '../src/tranche-matrix/stage-times';

/**
 * Property: the same benefit, decision and project events, delivered in any order and with any
 * duplicates (applied by the handlers directly, so the inbox cannot hide a non-idempotent one),
 * give identical tranche matrix rows and identical goal progress state.
 */
const at = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString();
const onDay = (day: number) => at(day).slice(0, 10);

function scenario() {
  const initiativeId = randomUUID();
  const goalId = randomUUID();
  const [caseSola, caseStavanger, caseSandnes] = [randomUUID(), randomUUID(), randomUUID()];
  const [solaProject, stavangerProject] = [randomUUID(), randomUUID()];
  const [b1, b2] = [randomUUID(), randomUUID()];
  const decided = (caseId: string, municipalityId: string, decision: 'ADOPT' | 'DECLINE' | 'DEFER', day: number, reconsideration = false) =>
    envelope('AdoptionDecided', caseId, {
      caseId, initiativeId, networkId: 'digi-test', municipalityId, decision, rationale: `${decision} ${day}`, decidedBy: 'editor',
      decidingBody: null, caseNumber: null, decidedAt: at(day), reconsideration,
    });
  const realisation = (benefitId: string, projectId: string, revision: number, latestMeasuredOn: string | null, achievement: string | null, counted = true) =>
    envelope('BenefitRealisationChanged', benefitId, {
      benefitId, planId: randomUUID(), projectId, municipalityId: projectId === solaProject ? '1124' : '1103', initiativeId, revision,
      direction: 'LOWER_IS_BETTER', isDisbenefit: false, baselineValue: '20.00', targetValue: '15.00', latestValue: null, latestMeasuredOn, achievement, counted,
    });
  const events: EventEnvelope[] = [
    envelope('InitiativeLaunched', initiativeId, {
      initiativeId, networkId: 'digi-test', goalId, title: 'Digital byggesak', launchedAt: at(151), targetMunicipalityIds: ['1103', '1108', '1124'], expectedBenefits: [],
    }),
    // Sola adopts, runs the project, measures (backdated before the launch), then reverses to DECLINE.
    decided(caseSola, '1124', 'ADOPT', 160),
    envelope('ProjectCreated', solaProject, {
      projectId: solaProject, municipalityId: '1124', initiativeId, adoptionCaseId: caseSola, name: 'Byggesak Sola', serviceArea: 'GENERAL', phase: 'IDEA', createdAt: at(160),
    }),
    envelope('ProjectPhaseChanged', solaProject, { projectId: solaProject, municipalityId: '1124', initiativeId, from: 'PLANNING', to: 'EXECUTION', changedAt: at(190) }),
    envelope('BenefitMeasured', b1, {
      measurementId: randomUUID(), benefitId: b1, planId: randomUUID(), projectId: solaProject, municipalityId: '1124', initiativeId,
      measuredOn: onDay(0), value: '18', achievement: '0.400000', correctionOf: null,
    }),
    realisation(b1, solaProject, 1, onDay(0), '0.400000'),
    realisation(b1, solaProject, 2, onDay(700), '1.000000'), // a future date …
    realisation(b1, solaProject, 3, onDay(200), '0.600000'), // … corrected away
    decided(caseSola, '1124', 'DECLINE', 220, true),
    envelope('ProjectPhaseChanged', solaProject, { projectId: solaProject, municipalityId: '1124', initiativeId, from: 'EXECUTION', to: 'CLOSED', changedAt: at(220) }),
    realisation(b1, solaProject, 4, onDay(200), '0.600000', false),
    // Stavanger defers, then adopts; its benefit's target changes after the measurement.
    decided(caseStavanger, '1103', 'DEFER', 155),
    decided(caseStavanger, '1103', 'ADOPT', 170),
    envelope('ProjectCreated', stavangerProject, {
      projectId: stavangerProject, municipalityId: '1103', initiativeId, adoptionCaseId: caseStavanger, name: 'Byggesak Stavanger', serviceArea: 'GENERAL', phase: 'IDEA', createdAt: at(170),
    }),
    realisation(b2, stavangerProject, 1, onDay(180), '0.500000'),
    realisation(b2, stavangerProject, 2, onDay(180), '0.250000'),
    // Sandnes answers the consultation, then declines.
    envelope('ResponseSubmitted', randomUUID(), {
      consultationId: randomUUID(), responseId: randomUUID(), subjectType: 'INITIATIVE', subjectId: initiativeId, respondentKind: 'MUNICIPALITY',
      municipalityId: '1108', revised: false, submittedAt: at(153),
    }),
    decided(caseSandnes, '1108', 'DECLINE', 158),
  ];
  return { initiativeId, events, benefits: [b1, b2] };
}

describe('read models converge whatever the delivery order (property-based, real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createNetworkStrategyDataSource, OUTBOX.dbSchema);
  });
  afterAll(() => m?.stop());

  /** bi_xid records which transaction last wrote a row (for incremental BI loads), not read-model content. */
  const withoutChangeTracking = ({ bi_xid: _xid, ...row }: Record<string, unknown>) => row;

  async function deliver(events: EventEnvelope[]) {
    await m.ds.query(`TRUNCATE tranche_cell, benefit_progress`);
    for (const event of events) {
      await m.ds.transaction(async (manager) => {
        await trancheMatrixHandlers.apply(event, manager);
        await goalProgressHandlers.apply(event, manager);
      });
    }
    const cells = await m.ds.query(`SELECT * FROM tranche_cell ORDER BY initiative_id, municipality_id`);
    const progress = await m.ds.query(`SELECT * FROM benefit_progress ORDER BY benefit_id`);
    return { cells: cells.map(withoutChangeTracking), progress: progress.map(withoutChangeTracking) };
  }

  it('gives identical matrix rows and goal progress for any order with duplicates', async () => {
    const s = scenario();
    const reference = await deliver(s.events);
    expect(reference.cells.map((c: { municipality_id: string; stage: string; decision: string }) => [c.municipality_id, c.stage, c.decision])).toEqual([
      ['1103', 'IN_PORTFOLIO', 'ADOPT'],
      ['1108', 'DECIDED', 'DECLINE'],
      ['1124', 'DECIDED', 'DECLINE'],
    ]);
    const sola = reference.cells.find((c: { municipality_id: string }) => c.municipality_id === '1124');
    // Entered DECIDED when the reversal was decided, not before the launch.
    expect(sola.stage_changed_at).toEqual(new Date(at(220)));
    expect(reference.progress.map((p: { benefit_id: string; measured_on: string; achievement: string; counted: boolean }) => [p.benefit_id, p.measured_on, Number(p.achievement), p.counted]))
      .toEqual([[s.benefits[0], onDay(200), 0.6, false], [s.benefits[1], onDay(180), 0.25, true]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));

    const n = s.events.length;
    const deliveries = fc
      .array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 8 })
      .chain((dups) => {
        const all = [...s.events, ...dups.map((i) => s.events[i])];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
      });
    await fc.assert(
      fc.asyncProperty(deliveries, async (events) => {
        const got = await deliver(events);
        expect(got).toEqual(reference);
      }),
      { numRuns: 40 },
    );
  });

  it('never shows a stage time before the stage before it', async () => {
    const s = scenario();
    const { cells } = await deliver(s.events);
    for (const c of cells) {
      const shown = orderedStageTimes({
        launchedAt: c.launched_at, consultedAt: c.consulted_at, decidedAt: c.decided_at, inPortfolioAt: c.in_portfolio_at,
        executingAt: c.executing_at, realisingAt: c.realising_at, closedAt: c.closed_at, benefitsMeasuredAt: c.benefits_measured_at,
      });
      const chain = [shown.launchedAt, shown.consultedAt, shown.decidedAt, shown.inPortfolioAt, shown.executingAt, shown.realisingAt, shown.closedAt].filter((t) => t !== null) as Date[];
      for (let i = 1; i < chain.length; i++) expect(chain[i].getTime()).toBeGreaterThanOrEqual(chain[i - 1].getTime());
      expect(c.stage_changed_at.getTime()).toBeGreaterThanOrEqual(c.launched_at.getTime());
    }
  });
});
