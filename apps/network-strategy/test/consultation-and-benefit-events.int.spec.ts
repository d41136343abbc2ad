import { randomUUID } from 'node:crypto';
import { EventEnvelope, TOPICS } from '@samspill/contracts';
import type { Identity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { callSubgraph, envelope, TEST_INTERNAL_SECRET, waitUntil } from '@samspill/server-testing';
import { GOAL_PROGRESS_CONSUMER } from '../src/goal/goal-progress.consumer';
import { TRANCHE_MATRIX_CONSUMER } from '../src/tranche-matrix/tranche-matrix.projection';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from './support/network-strategy-harness';

const ADMIN: Identity = { subject: 'admin', name: null, grants: [{ role: 'network-admin', network: 'digi-test' }] };

/** network-strategy follows the consultation and benefits services through their events. */
describe('consultation and benefit events in network-strategy', () => {
  let h: NetworkStrategyHarness;
  let publisher: KafkaEventPublisher;
  let strategyId: string;
  let goalId: string;
  const initiativeId = randomUUID();

  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await callSubgraph(h.url, TEST_INTERNAL_SECRET, ADMIN, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const send = (topic: string, events: EventEnvelope[]) =>
    publisher.publish(events.map((e) => ({ topic: `${h.config.KAFKA_TOPIC_PREFIX}${topic}`, key: e.subject, value: JSON.stringify(e) })));

  beforeAll(async () => {
    h = await startNetworkStrategyHarness();
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    await call(`mutation { createNetwork(input: { id: "digi-test", name: "Digi Test", region: "Rogaland" }) { id } }`);
    ({ createStrategy: { id: strategyId } } = await call(`mutation { createStrategy(input: { networkId: "digi-test", title: "Strategi 2025–2028", periodStart: 2025, periodEnd: 2028 }) { id } }`));
    const { addFocusArea } = await call(`mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Tjenester" }) { id } }`, { s: strategyId });
    ({ addGoal: { id: goalId } } = await call(`mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Heldigitalt", indicator: "andel", unit: "%" }) { id } }`, { f: addFocusArea.id }));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  const strategy = () => call(`query($id: ID!) { strategy(id: $id) { status consultationRounds { consultationId closedAt respondingMunicipalityIds } } }`, { id: strategyId });

  /** Waits until consumer `group` has applied every one of `events` (its inbox records each id). */
  const appliedBy = (group: string, events: EventEnvelope[]) =>
    waitUntil(async () => {
      const [{ n }] = await h.service.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [
        `${h.config.KAFKA_TOPIC_PREFIX}${group}`,
        events.map((e) => e.id),
      ]);
      return n === events.length ? true : undefined;
    }, 30000, `${events.length} events applied by ${group}`);

  it("ignores a consultation another network opened on this network's strategy", async () => {
    const consultationId = randomUUID();
    const foreign = envelope('ConsultationOpened', consultationId, {
      consultationId, subjectType: 'STRATEGY', subjectId: strategyId, networkId: 'other-network', title: 'Fremmed høring', audiences: ['MEMBER_MUNICIPALITIES'], opensAt: new Date().toISOString(), closesAt: null,
    });
    await send(TOPICS.consultation, [foreign]);
    await waitUntil(async () => ((await h.service.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [foreign.id])).length ? true : undefined), 30000, 'foreign event processed');
    expect((await strategy()).strategy).toEqual({ status: 'DRAFT', consultationRounds: [] });
  });

  it('puts a draft in consultation when its consultation opens, and back to draft when it closes', async () => {
    const consultationId = randomUUID();
    const ref = { consultationId, subjectType: 'STRATEGY' as const, subjectId: strategyId, networkId: 'digi-test' };
    await send(TOPICS.consultation, [envelope('ConsultationOpened', consultationId, { ...ref, title: 'Høring', audiences: ['MEMBER_MUNICIPALITIES'], opensAt: new Date().toISOString(), closesAt: null })]);
    await waitUntil(async () => ((await strategy()).strategy.status === 'IN_CONSULTATION' ? true : undefined), 30000, 'IN_CONSULTATION');

    const answer = (municipalityId: string) =>
      envelope('ResponseSubmitted', consultationId, { consultationId, responseId: randomUUID(), subjectType: 'STRATEGY', subjectId: strategyId, respondentKind: 'MUNICIPALITY', municipalityId, revised: false, submittedAt: new Date().toISOString() });
    await send(TOPICS.consultation, [answer('1124'), answer('1103'), answer('1124')]);
    await send(TOPICS.consultation, [envelope('ConsultationClosed', consultationId, { ...ref, closedAt: new Date().toISOString(), responseCount: 3, respondingMunicipalityIds: ['1124', '1103'], summary: [] })]);
    const closed = await waitUntil(async () => {
      const s = (await strategy()).strategy;
      return s.status === 'DRAFT' ? s : undefined;
    }, 30000, 'back to DRAFT');
    expect(closed.consultationRounds).toEqual([{ consultationId, closedAt: expect.any(String), respondingMunicipalityIds: ['1103', '1124'] }]);
    const [{ n }] = await h.service.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'StrategyStatusChanged' AND message_key = $1`, [strategyId]);
    expect(n).toBe(2);
  });

  it('shows benefit progress on the goal and the realising stage in the tranche matrix', async () => {
    await call(`mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 1" }) { id } }`, { id: strategyId });
    // The initiative row in this service's own table links the benefit to the goal.
    await h.service.dataSource.query(
      `INSERT INTO initiative (id, goal_id, network_id, title, owner, cost_sharing_model, status) VALUES ($1, $2, 'digi-test', 'Digital byggesak', 'Sola', 'EQUAL_SHARE', 'LAUNCHED')`,
      [initiativeId, goalId],
    );
    const launched = envelope('InitiativeLaunched', initiativeId, { initiativeId, networkId: 'digi-test', goalId, title: 'Digital byggesak', launchedAt: '2025-01-01T00:00:00.000Z', targetMunicipalityIds: ['1124'], expectedBenefits: [] });
    await send(TOPICS.networkStrategy, [launched]);
    const measured = (benefitId: string, measuredOn: string, achievement: string, correctionOf: string | null = null) =>
      envelope('BenefitMeasured', benefitId, { measurementId: randomUUID(), benefitId, planId: randomUUID(), projectId: randomUUID(), municipalityId: '1124', initiativeId, measuredOn, value: '10', achievement, correctionOf });
    const [b1, b2] = [randomUUID(), randomUUID()];
    const realisation = (benefitId: string, revision: number, latestMeasuredOn: string, achievement: string, counted = true) =>
      envelope('BenefitRealisationChanged', benefitId, {
        benefitId, planId: randomUUID(), projectId: randomUUID(), municipalityId: '1124', initiativeId, revision, direction: 'LOWER_IS_BETTER', isDisbenefit: false,
        baselineValue: '20.00', targetValue: '15.00', latestValue: '17.50', latestMeasuredOn, achievement, counted,
      });
    // The matrix reads the measurements (out of order: the later one first); goal progress reads the
    // realisation state, where a future-dated measurement (revision 3) corrected away (revision 4)
    // must not stay "latest", whatever the order.
    const events = [measured(b1, '2025-09-30', '0.5'), measured(b1, '2025-06-30', '0.25'), measured(b2, '2025-09-30', '0.75')];
    const states = [
      realisation(b1, 4, '2025-09-30', '0.500000'), realisation(b1, 1, '2025-06-30', '0.250000'), realisation(b1, 3, '2026-12-01', '0.900000'),
      realisation(b2, 1, '2025-09-30', '0.750000'), realisation(b1, 2, '2025-09-30', '0.500000'),
    ];
    await send(TOPICS.benefits, [...events, ...states]);
    await appliedBy(GOAL_PROGRESS_CONSUMER, states);
    await appliedBy(TRANCHE_MATRIX_CONSUMER, [launched, ...events]);
    const goalProgress = async () =>
      (await call(`query($id: ID!) { strategy(id: $id) { focusAreas { goals { benefitProgress { measuredBenefits averageAchievement latestMeasuredOn } } } } }`, { id: strategyId })).strategy.focusAreas[0].goals[0].benefitProgress;
    expect(await goalProgress()).toEqual({ measuredBenefits: 2, averageAchievement: 0.625, latestMeasuredOn: '2025-09-30' });
    // The plan of b2 is closed (its project cancelled): it stops counting.
    const closed = realisation(b2, 2, '2025-09-30', '0.750000', false);
    await send(TOPICS.benefits, [closed]);
    await appliedBy(GOAL_PROGRESS_CONSUMER, [closed]);
    expect(await goalProgress()).toEqual({ measuredBenefits: 1, averageAchievement: 0.5, latestMeasuredOn: '2025-09-30' });

    const { trancheMatrix } = await call(`query($i: String!) { trancheMatrix(networkId: "digi-test", initiativeId: $i) { stage benefitsMeasuredAt } }`, { i: initiativeId });
    const [cell] = trancheMatrix;
    expect(cell.stage).toBe('REALISING');
    expect(cell.benefitsMeasuredAt).toBe('2025-06-30T00:00:00.000Z');
  });
});
