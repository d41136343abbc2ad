import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { ANALYST, callSubgraph, editorOf, envelope, errorCodes, TEST_INTERNAL_SECRET, waitUntil } from '@samspill/server-testing';
import { todayInOslo } from '../src/common/oslo-date';
import { BenefitsHarness, startBenefitsHarness } from './support/benefits-harness';

/**
 * Issue 10's findings, each as the user met it: dis-benefits added to gains, no direction,
 * rollup periods ignored without a grain, impossible dates as 500s, unknown export parameters
 * ignored, measurements from the future, a cancelled project's plan still counted, a renamed
 * project keeping its old name.
 */
describe('benefits: direction, dis-benefits, periods and bad input (real Kafka, real PostgreSQL)', () => {
  let h: BenefitsHarness;
  let publisher: KafkaEventPublisher;
  const initiativeId = randomUUID();
  const projectId = randomUUID();
  const sola = editorOf('1124');
  let days: { id: string };
  let savings: { id: string };
  let licence: { id: string };

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const send = (topic: string, key: string, value: unknown) =>
    publisher.publish([{ topic: `${h.config.KAFKA_TOPIC_PREFIX}${topic}`, key, value: JSON.stringify(value) }]);
  const B = 'id indicator direction isDisbenefit baselineValue targetValue latestValue achievement';
  const baseline = (id: string, value: string, date = '2025-01-01') =>
    call(sola, `mutation ($id: ID!, $v: String!, $d: String!) { setBenefitBaseline(id: $id, value: $v, date: $d) { ${B} } }`, { id, v: value, d: date });
  const measure = (benefitId: string, measuredOn: string, value: string) =>
    call(sola, `mutation ($b: ID!, $i: MeasurementInput!) { recordMeasurement(benefitId: $b, input: $i) { id } }`, { b: benefitId, i: { measuredOn, value } });
  const rollup = (filter: Record<string, unknown>, grain: string | null = null) =>
    call(ANALYST, `query ($g: BenefitPeriodGrain, $f: BenefitFactFilter) { benefitRollup(by: PROJECT, grain: $g, filter: $f) {
      key periodStart unit measuredCount plannedBenefit plannedDisbenefit plannedGain realisedBenefit realisedDisbenefit realisedGain achievement } }`, { g: grain, f: filter });
  const nok = async (filter: Record<string, unknown>, grain: string | null = null) => {
    const res = await rollup(filter, grain);
    expect(res.errors).toBeUndefined();
    return res.data.benefitRollup.filter((r: { unit: string }) => r.unit === 'NOK');
  };
  const count = async (sql: string) => Number((await h.service.dataSource.query(sql))[0].n);
  const exportGet = async (query: string) =>
    fetch(`${h.exportUrl}/benefit-facts.csv?${query}`, {
      headers: { [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(ANALYST, 'test-request', TEST_INTERNAL_SECRET, 'benefits') },
    });

  beforeAll(async () => {
    h = await startBenefitsHarness();
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    await send(TOPICS.networkStrategy, '1124', envelope('MunicipalityRegistered', '1124', { municipalityId: '1124', name: 'Sola', county: 'Rogaland', population: 29123 }));
    await send(TOPICS.networkStrategy, initiativeId, envelope('InitiativeLaunched', initiativeId, {
      initiativeId, networkId: 'digi-rogaland', goalId: randomUUID(), title: 'Digital byggesak', launchedAt: new Date().toISOString(),
      targetMunicipalityIds: ['1124'],
      expectedBenefits: [
        { type: 'QUALITY', indicator: 'Saksbehandlingstid', unit: 'dager', amountPerYear: 5, scaling: 'FIXED', direction: 'LOWER_IS_BETTER', isDisbenefit: false },
        { type: 'EFFICIENCY', indicator: 'Sparte driftskostnader', unit: 'NOK', amountPerYear: 1405000, scaling: 'FIXED', direction: 'HIGHER_IS_BETTER', isDisbenefit: false },
        { type: 'EFFICIENCY', indicator: 'Nye lisenskostnader', unit: 'NOK', amountPerYear: 200000, scaling: 'FIXED', direction: 'LOWER_IS_BETTER', isDisbenefit: true },
      ],
    }));
    await send(TOPICS.portfolios, projectId, envelope('ProjectCreated', projectId, {
      projectId, municipalityId: '1124', initiativeId, adoptionCaseId: null, name: 'Digital byggesak Sola',
      serviceArea: 'GENERAL', phase: 'IDEA', createdAt: new Date().toISOString(),
    }, { source: '/samspill/portfolios' }));
    const plan = await waitUntil(async () => {
      const res = await call(sola, `query ($p: ID!) { benefitPlan(projectId: $p) { benefits { ${B} } } }`, { p: projectId });
      return res.data?.benefitPlan?.benefits?.length === 3 ? res.data.benefitPlan.benefits : undefined;
    }, 30000, 'plan seeded');
    days = plan.find((b: { indicator: string }) => b.indicator === 'Saksbehandlingstid');
    savings = plan.find((b: { indicator: string }) => b.indicator === 'Sparte driftskostnader');
    licence = plan.find((b: { indicator: string }) => b.indicator === 'Nye lisenskostnader');
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  it('seeds targets that follow the direction, and scores a real improvement as achievement', async () => {
    const set = await baseline(days.id, '20');
    expect(set.errors).toBeUndefined();
    // "Shorter case-handling time" from 20 days: the target is 15, not 25.
    expect(set.data.setBenefitBaseline).toMatchObject({ direction: 'LOWER_IS_BETTER', baselineValue: '20.00', targetValue: '15.00' });
    expect((await measure(days.id, '2025-06-30', '15')).errors).toBeUndefined();
    const after = await call(sola, `query ($id: ID!) { benefit(id: $id) { latestValue achievement } }`, { id: days.id });
    expect(after.data.benefit).toEqual({ latestValue: '15.00', achievement: '1.000000' });
    expect((await measure(days.id, '2025-07-31', '22')).errors).toBeUndefined();
    const worse = await call(sola, `query ($id: ID!) { benefit(id: $id) { achievement } }`, { id: days.id });
    expect(worse.data.benefit.achievement).toBe('-0.400000');
  });

  it('counts a dis-benefit against the gains: 1 405 000 − 200 000 = 1 205 000 planned', async () => {
    expect((await baseline(savings.id, '0')).data.setBenefitBaseline.targetValue).toBe('1405000.00');
    expect((await baseline(licence.id, '0')).data.setBenefitBaseline).toMatchObject({ isDisbenefit: true, targetValue: '200000.00' });
    expect((await measure(savings.id, '2025-03-31', '500000')).errors).toBeUndefined();
    expect((await measure(licence.id, '2025-03-31', '150000')).errors).toBeUndefined();
    expect((await measure(savings.id, '2025-09-30', '1000000')).errors).toBeUndefined();
    const [line] = await nok({});
    expect(line).toMatchObject({
      key: projectId, plannedBenefit: '1405000.00', plannedDisbenefit: '200000.00', plannedGain: '1205000.00',
      realisedBenefit: '1000000.00', realisedDisbenefit: '150000.00', realisedGain: '850000.00', achievement: '0.705394',
    });
  });

  it('filters rollups by from/to with and without a grain', async () => {
    expect((await nok({ to: '2025-06-30' }))[0]).toMatchObject({ measuredCount: 2, realisedBenefit: '500000.00', realisedGain: '350000.00' });
    expect((await nok({ from: '2025-07-01' }))[0]).toMatchObject({ measuredCount: 1, realisedBenefit: '1000000.00', realisedDisbenefit: '0.00' });
    expect((await nok({ from: '2025-04-01', to: '2025-06-30' }))[0]).toMatchObject({ measuredCount: 0, realisedGain: '0.00' });
    const quarters = await nok({ from: '2025-07-01', to: '2025-12-31' }, 'QUARTER');
    expect(quarters.map((r: { periodStart: string; realisedGain: string }) => [r.periodStart, r.realisedGain])).toEqual([['2025-07-01', '1000000.00']]);
    const mid = await nok({ from: '2025-02-15', to: '2025-03-30' }, 'QUARTER');
    expect(mid).toEqual([]);
  });

  it('refuses targets on the wrong side, future measurements and impossible dates, and changes nothing', async () => {
    const before = [await count(`SELECT count(*) AS n FROM measurement`), await count(`SELECT count(*) AS n FROM outbox`)];
    const wrongSide = await call(sola, `mutation ($id: ID!) { changeBenefitTarget(id: $id, value: "25", date: null) { id } }`, { id: days.id });
    expect(errorCodes(wrongSide)).toEqual(['BAD_USER_INPUT']);
    expect(wrongSide.errors![0].message).toMatch(/LOWER_IS_BETTER.*below/);
    const tomorrow = new Date(Date.parse(`${todayInOslo()}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await measure(days.id, tomorrow, '14');
    expect(errorCodes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors![0].message).toMatch(/future/);
    expect(errorCodes(await baseline(days.id, '20', tomorrow))).toEqual(['BAD_USER_INPUT']);
    for (const [filter, field] of [[{ from: '2026-02-30' }, 'filter.from'], [{ to: '2026-13-01' }, 'filter.to'], [{ from: '2026-02-01', to: '2026-01-01' }, 'filter.to']] as const) {
      for (const res of [await rollup(filter), await rollup(filter, 'MONTH'), await call(ANALYST, `query ($f: BenefitFactFilter) { benefitFacts(filter: $f) { hasNextPage } }`, { f: filter })]) {
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions).toMatchObject({ field });
      }
    }
    const days2 = await call(sola, `query ($id: ID!) { benefit(id: $id) { direction targetValue } }`, { id: days.id });
    expect(days2.data.benefit).toEqual({ direction: 'LOWER_IS_BETTER', targetValue: '15.00' });
    expect([await count(`SELECT count(*) AS n FROM measurement`), await count(`SELECT count(*) AS n FROM outbox`)]).toEqual(before);
  });

  it('answers impossible dates and unknown parameters on the export with 400 naming the parameter', async () => {
    const impossible = await exportGet('from=2026-02-30');
    expect(impossible.status).toBe(400);
    expect(JSON.stringify(await impossible.json())).toMatch(/from/);
    const month = await exportGet('to=2026-13-01');
    expect(month.status).toBe(400);
    expect(JSON.stringify(await month.json())).toMatch(/\bto\b/);
    const typo = await exportGet('municipality=1124');
    expect(typo.status).toBe(400);
    const body = (await typo.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(body.errors[0].message).toMatch(/unknown parameter municipality/);
    const ok = await exportGet(`projectId=${projectId}`);
    expect(ok.status).toBe(200);
    const lines = (await ok.text()).trim().split('\r\n');
    expect(lines[0]).toContain('direction');
    expect(lines[0]).toContain('realisedGain');
    expect(lines).toHaveLength(1 + 5);
  });

  it('follows a renamed project and closes the plan of a cancelled one: rollups stop counting it', async () => {
    await send(TOPICS.portfolios, projectId, envelope('ProjectRenamed', projectId, {
      projectId, municipalityId: '1124', initiativeId, name: 'Byggesak 2.0', renamedAt: new Date().toISOString(),
    }, { source: '/samspill/portfolios' }));
    await waitUntil(async () => (await call(ANALYST, `{ benefitFacts(first: 1) { edges { node { projectName } } } }`)).data?.benefitFacts.edges[0]?.node.projectName === 'Byggesak 2.0', 30000, 'renamed');
    const cancelledAt = new Date().toISOString();
    // Twice, as two distinct events (e.g. a replayed outbox row): the plan is closed and announced once.
    for (let i = 0; i < 2; i++) {
      await send(TOPICS.portfolios, projectId, envelope('ProjectCancelled', projectId, {
        projectId, municipalityId: '1124', initiativeId, adoptionCaseId: null, reason: 'Vedtak omgjort: avslått', cancelledAt,
      }, { source: '/samspill/portfolios' }));
    }
    const plan = await waitUntil(async () => {
      const res = await call(sola, `query ($p: ID!) { benefitPlan(projectId: $p) { cancelledAt projectName } }`, { p: projectId });
      return res.data?.benefitPlan?.cancelledAt ? res.data.benefitPlan : undefined;
    }, 30000, 'plan closed');
    expect(plan.projectName).toBe('Byggesak 2.0');
    expect(await nok({})).toEqual([]);
    expect((await call(ANALYST, `{ benefitFactCount }`)).data.benefitFactCount).toBe(0);
    await waitUntil(async () => (await count(`SELECT count(*) AS n FROM inbox`)) >= 6, 30000, 'duplicate consumed');
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'BenefitPlanClosed'`)).toBe(1);
  });
});
