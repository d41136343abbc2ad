import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { adminOf, ANALYST, callSubgraph, editorOf, envelope, errorCodes, TEST_INTERNAL_SECRET, waitUntil } from '@samspill/server-testing';
import { BenefitsHarness, startBenefitsHarness } from './support/benefits-harness';
import { cents, fmt, ratio } from './support/decimal-oracle';

const SOLA = { municipalityId: '1124', name: 'Sola', county: 'Rogaland', population: 29123 };
const STAVANGER = { municipalityId: '1103', name: 'Stavanger', county: 'Rogaland', population: 148681 };
const NOK_PER_1000 = 12345.67;
const MEETINGS = 250;

const BENEFIT = 'id type indicator unit baselineValue baselineDate targetValue latestValue achievement';

describe('benefits: plan from profile, measurements, realisation (real Kafka, real PostgreSQL)', () => {
  let h: BenefitsHarness;
  let publisher: KafkaEventPublisher;
  const initiativeId = randomUUID();
  const goalId = randomUUID();
  const focusAreaId = randomUUID();
  const solaProject = randomUUID();
  const stavangerProject = randomUUID();
  let efficiency: { id: string; targetValue: string };
  let quality: { id: string; targetValue: string };

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const send = (topic: string, key: string, value: unknown) =>
    publisher.publish([{ topic: `${h.config.KAFKA_TOPIC_PREFIX}${topic}`, key, value: JSON.stringify(value) }]);
  const projectCreated = (projectId: string, municipalityId: string) =>
    envelope('ProjectCreated', projectId, {
      projectId, municipalityId, initiativeId, adoptionCaseId: null, name: `Digital innbyggerdialog ${municipalityId}`,
      serviceArea: 'GENERAL', phase: 'IDEA', createdAt: new Date().toISOString(),
    }, { source: '/samspill/portfolios' });
  const plan = (projectId: string) =>
    call(editorOf('1124'), `query ($p: ID!) { benefitPlan(projectId: $p) { id seeded benefits { ${BENEFIT} } } }`, { p: projectId });
  const baseline = (identity: Identity, id: string, value: string, date: string) =>
    call(identity, `mutation ($id: ID!, $v: String!, $d: String!) { setBenefitBaseline(id: $id, value: $v, date: $d) { ${BENEFIT} } }`, { id, v: value, d: date });
  const measure = (identity: Identity, benefitId: string, measuredOn: string, value: string) =>
    call(identity, `mutation ($b: ID!, $i: MeasurementInput!) { recordMeasurement(benefitId: $b, input: $i) { id value measuredOn } }`, {
      b: benefitId, i: { measuredOn, value, source: 'Fagsystem', comment: 'Kvartalsrapport' },
    });
  const count = async (sql: string) => Number((await h.service.dataSource.query(sql))[0].n);

  beforeAll(async () => {
    h = await startBenefitsHarness();
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    // The project arrives before the launch and the municipality: the plan waits, then is seeded.
    await send(TOPICS.portfolios, solaProject, projectCreated(solaProject, '1124'));
    await send(TOPICS.networkStrategy, focusAreaId, envelope('FocusAreaAdded', focusAreaId, { focusAreaId, strategyId: randomUUID(), title: 'Digitale innbyggertjenester' }));
    await send(TOPICS.networkStrategy, goalId, envelope('GoalAdded', goalId, { goalId, focusAreaId, title: 'Flere digitale møter', indicator: 'andel', targetValue: null }));
    for (const m of [SOLA, STAVANGER]) await send(TOPICS.networkStrategy, m.municipalityId, envelope('MunicipalityRegistered', m.municipalityId, m));
    await send(TOPICS.networkStrategy, initiativeId, envelope('InitiativeLaunched', initiativeId, {
      initiativeId, networkId: 'digi-rogaland', goalId, title: 'Digital innbyggerdialog', launchedAt: new Date().toISOString(),
      targetMunicipalityIds: ['1124', '1103'],
      expectedBenefits: [
        { type: 'EFFICIENCY', indicator: 'Spart saksbehandlingstid', unit: 'NOK', amountPerYear: NOK_PER_1000, scaling: 'PER_1000_INHABITANTS', direction: 'HIGHER_IS_BETTER', isDisbenefit: false },
        { type: 'QUALITY', indicator: 'Færre fysiske møter', unit: 'møter', amountPerYear: MEETINGS, scaling: 'FIXED', direction: 'HIGHER_IS_BETTER', isDisbenefit: false },
      ],
    }));
    await send(TOPICS.portfolios, stavangerProject, projectCreated(stavangerProject, '1103'));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  it('seeds the project plan from the initiative profile, scaled by population', async () => {
    const seeded = await waitUntil(async () => {
      const res = await plan(solaProject);
      const benefits = res.data?.benefitPlan?.benefits ?? [];
      return benefits.length === 2 && benefits.every((b: { targetValue: string | null }) => b.targetValue) ? res.data.benefitPlan : undefined;
    }, 30000, 'Sola plan seeded');
    efficiency = seeded.benefits.find((b: { type: string }) => b.type === 'EFFICIENCY');
    quality = seeded.benefits.find((b: { type: string }) => b.type === 'QUALITY');
    // 12 345.67 NOK per 1000 inhabitants × 29 123 inhabitants, to the øre (half away from zero).
    const scaled = (1234567n * 29123n + 500n) / 1000n;
    expect(efficiency).toMatchObject({ unit: 'NOK', targetValue: fmt(scaled), baselineValue: null, achievement: null });
    expect(quality).toMatchObject({ unit: 'møter', targetValue: '250.00' });
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'BenefitPlanCreated'`)).toBeGreaterThanOrEqual(1);
    const realisation = await call(ANALYST, `query ($p: ID!) { benefitPlan(projectId: $p) { realisation { gaps { indicator missingBaseline missingMeasurements } } } }`, { p: solaProject });
    expect(realisation.data.benefitPlan.realisation.gaps).toHaveLength(2);
    expect(realisation.data.benefitPlan.realisation.gaps.every((g: { missingBaseline: boolean }) => g.missingBaseline)).toBe(true);
  });

  it('follows baseline and three quarterly measurements to achievement and rollups, to the øre', async () => {
    const sola = editorOf('1124');
    const b1 = await baseline(sola, efficiency.id, '150000.00', '2025-01-01');
    const b2 = await baseline(sola, quality.id, '40', '2025-01-01');
    expect(b1.errors).toBeUndefined();
    expect(b2.errors).toBeUndefined();
    const effTarget = 15000000n + cents(efficiency.targetValue);
    const qTarget = 4000n + 25000n;
    expect(b1.data.setBenefitBaseline.targetValue).toBe(fmt(effTarget));
    expect(b2.data.setBenefitBaseline.targetValue).toBe(fmt(qTarget));

    const quarters = ['2025-03-31', '2025-06-30', '2025-09-30'];
    const effValues = ['200000.10', '260123.45', '351234.57'];
    const qValues = ['80', '120.5', '190.25'];
    for (let i = 0; i < 3; i++) {
      expect((await measure(sola, efficiency.id, quarters[i], effValues[i])).errors).toBeUndefined();
      expect((await measure(sola, quality.id, quarters[i], qValues[i])).errors).toBeUndefined();
    }
    const effAch = ratio(cents(effValues[2]) - 15000000n, effTarget - 15000000n);
    const qAch = ratio(cents(qValues[2]) - 4000n, qTarget - 4000n);
    const after = (await plan(solaProject)).data.benefitPlan.benefits;
    expect(after.find((b: { id: string }) => b.id === efficiency.id)).toMatchObject({ latestValue: effValues[2], achievement: effAch });
    expect(after.find((b: { id: string }) => b.id === quality.id)).toMatchObject({ latestValue: '190.25', achievement: qAch });

    // Stavanger's project of the same initiative: baseline and one measurement of its NOK benefit.
    const stav = await waitUntil(async () => {
      const res = await call(editorOf('1103'), `query ($p: ID!) { benefitPlan(projectId: $p) { benefits { ${BENEFIT} } } }`, { p: stavangerProject });
      const b = res.data?.benefitPlan?.benefits?.find((x: { type: string; targetValue: string | null }) => x.type === 'EFFICIENCY' && x.targetValue);
      return b;
    }, 30000, 'Stavanger plan seeded');
    const stavScaled = (1234567n * 148681n + 500n) / 1000n;
    expect(stav.targetValue).toBe(fmt(stavScaled));
    expect((await baseline(editorOf('1103'), stav.id, '0', '2025-01-01')).errors).toBeUndefined();
    expect((await measure(editorOf('1103'), stav.id, '2025-06-15', '500000.01')).errors).toBeUndefined();

    const rollup = async (by: string, filter: Record<string, unknown>, grain: string | null = null, identity: Identity = ANALYST) => {
      const res = await call(identity, `query ($by: BenefitRollupDimension!, $g: BenefitPeriodGrain, $f: BenefitFactFilter) {
        benefitRollup(by: $by, grain: $g, filter: $f) { key periodStart type unit benefitCount measuredCount plannedGain realisedGain achievement } }`, { by, g: grain, f: filter });
      expect(res.errors).toBeUndefined();
      return res.data.benefitRollup as { key: string; periodStart: string | null; unit: string; plannedGain: string; realisedGain: string; achievement: string }[];
    };
    const solaNok = (await rollup('MUNICIPALITY', { municipalityId: '1124' })).find((r) => r.unit === 'NOK')!;
    const solaPlanned = effTarget - 15000000n;
    const solaRealised = cents(effValues[2]) - 15000000n;
    expect(solaNok).toMatchObject({ key: '1124', benefitCount: 1, measuredCount: 1, plannedGain: fmt(solaPlanned), realisedGain: fmt(solaRealised), achievement: ratio(solaRealised, solaPlanned) });

    const planned = solaPlanned + stavScaled;
    const realised = solaRealised + 50000001n;
    for (const [by, key, identity] of [['INITIATIVE', initiativeId, ANALYST], ['NETWORK', 'digi-rogaland', adminOf('digi-rogaland')], ['GOAL', goalId, ANALYST], ['FOCUS_AREA', focusAreaId, ANALYST]] as const) {
      const nok = (await rollup(by, {}, null, identity)).find((r) => r.key === key && r.unit === 'NOK')!;
      expect(nok).toMatchObject({ benefitCount: 2, measuredCount: 2, plannedGain: fmt(planned), realisedGain: fmt(realised), achievement: ratio(realised, planned) });
    }
    const meetings = (await rollup('NETWORK', {})).find((r) => r.key === 'digi-rogaland' && r.unit === 'møter')!;
    expect(meetings).toMatchObject({ benefitCount: 2, measuredCount: 1, plannedGain: '250.00', realisedGain: '150.25', achievement: ratio(15025n, 25000n) });
    expect(await rollup('NETWORK', {}, null, adminOf('other-network'))).toEqual([]);

    const byQuarter = (await rollup('MUNICIPALITY', { municipalityId: '1124' }, 'QUARTER')).filter((r) => r.unit === 'NOK');
    expect(byQuarter.map((r) => [r.periodStart, r.realisedGain, r.achievement])).toEqual(
      effValues.map((v, i) => [['2025-01-01', '2025-04-01', '2025-07-01'][i], fmt(cents(v) - 15000000n), ratio(cents(v) - 15000000n, solaPlanned)]),
    );

    // Federation: Project, Municipality and Initiative carry the same realisation.
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Project { benefitPlan { benefits { achievement } } benefitRealisation { lines { unit realisedGain } } }
      ... on Municipality { benefitRealisation { lines { unit achievement } } }
      ... on Initiative { benefitProfile { title } benefitRealisation { lines { unit plannedGain } } } } }`;
    const ent = await call(ANALYST, q, { r: [{ __typename: 'Project', id: solaProject }, { __typename: 'Municipality', id: '1124' }, { __typename: 'Initiative', id: initiativeId }] });
    expect(ent.errors).toBeUndefined();
    expect(ent.data._entities[0].benefitRealisation.lines.find((l: { unit: string }) => l.unit === 'NOK').realisedGain).toBe(fmt(solaRealised));
    expect(ent.data._entities[1].benefitRealisation.lines.find((l: { unit: string }) => l.unit === 'NOK').achievement).toBe(ratio(solaRealised, solaPlanned));
    expect(ent.data._entities[2].benefitRealisation.lines.find((l: { unit: string }) => l.unit === 'NOK').plannedGain).toBe(fmt(planned));
    expect((await call(ANONYMOUS, q, { r: [{ __typename: 'Project', id: solaProject }] })).data._entities[0].benefitPlan).toBeNull();

    const [event] = await h.service.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'BenefitMeasured' AND envelope->'data'->>'benefitId' = $1 ORDER BY seq DESC LIMIT 1`, [efficiency.id]);
    expect(event.envelope.data).toMatchObject({ municipalityId: '1124', initiativeId, measuredOn: '2025-09-30', value: effValues[2], achievement: effAch, correctionOf: null });
  });

  it('refuses bad measurements with a coded error and changes nothing', async () => {
    const before = [await count(`SELECT count(*) AS n FROM measurement`), await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'BenefitMeasured'`)];
    expect(errorCodes(await measure(editorOf('1103'), efficiency.id, '2025-12-31', '1000'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await measure(editorOf('1124'), efficiency.id, '2024-12-31', '1000'))).toEqual(['BAD_USER_INPUT']);
    for (const bad of ['abc', 'NaN', 'Infinity', '1e5', '99999999999999', '-10000000000000.01']) {
      expect(errorCodes(await measure(editorOf('1124'), efficiency.id, '2025-12-31', bad))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await measure(editorOf('1124'), efficiency.id, '2025-02-30', '1000'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await measure(editorOf('1124'), randomUUID(), '2025-12-31', '1000'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await measure(editorOf('1124'), 'not-a-uuid', '2025-12-31', '1000'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await measure(ANONYMOUS, efficiency.id, '2025-12-31', '1000'))).toEqual(['UNAUTHENTICATED']);
    const after = [await count(`SELECT count(*) AS n FROM measurement`), await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'BenefitMeasured'`)];
    expect(after).toEqual(before);
  });

  it('keeps history on corrections and exposes only current facts', async () => {
    const list = await call(editorOf('1124'), `query ($id: ID!) { benefit(id: $id) { measurements { id measuredOn value supersededBy } } }`, { id: quality.id });
    const q3 = list.data.benefit.measurements.find((m: { measuredOn: string }) => m.measuredOn === '2025-09-30');
    const fix = await call(editorOf('1124'), `mutation ($m: ID!, $i: MeasurementInput!) { correctMeasurement(measurementId: $m, input: $i) { id correctionOf value } }`, {
      m: q3.id, i: { measuredOn: '2025-09-30', value: '180', source: 'Fagsystem', comment: 'Dobbelttelling rettet' },
    });
    expect(fix.errors).toBeUndefined();
    expect(fix.data.correctMeasurement).toMatchObject({ correctionOf: q3.id, value: '180.00' });
    const again = await call(editorOf('1124'), `mutation ($m: ID!, $i: MeasurementInput!) { correctMeasurement(measurementId: $m, input: $i) { id } }`, {
      m: q3.id, i: { measuredOn: '2025-09-30', value: '181' },
    });
    expect(errorCodes(again)).toEqual(['BAD_USER_INPUT']);
    const benefit = (await call(editorOf('1124'), `query ($id: ID!) { benefit(id: $id) { latestValue achievement measurements { id supersededBy } } }`, { id: quality.id })).data.benefit;
    expect(benefit.measurements).toHaveLength(4);
    expect(benefit.measurements.find((m: { id: string }) => m.id === q3.id).supersededBy).toBe(fix.data.correctMeasurement.id);
    expect(benefit).toMatchObject({ latestValue: '180.00', achievement: ratio(18000n - 4000n, 25000n) });

    const facts = await call(ANALYST, `{ benefitFacts(first: 100, filter: { municipalityId: "1124" }) { hasNextPage edges { node { measurementId value municipalityName networkId goalId focusAreaId achievement period } } } }`);
    expect(facts.errors).toBeUndefined();
    expect(facts.data.benefitFacts.edges).toHaveLength(6);
    expect(facts.data.benefitFacts.edges.map((e: { node: { measurementId: string } }) => e.node.measurementId)).not.toContain(q3.id);
    expect(facts.data.benefitFacts.edges[0].node).toMatchObject({ municipalityName: 'Sola', networkId: 'digi-rogaland', goalId, focusAreaId, period: '2025-Q1' });
    expect(errorCodes(await call({ subject: 'p', name: 'P', grants: [{ role: 'participant' }] }, `{ benefitFacts { hasNextPage } }`))).toEqual(['FORBIDDEN']);
    const sola = await call(editorOf('1124'), `{ benefitFactCount }`);
    expect(sola.data.benefitFactCount).toBe(6);
  });
  it('follows renamed focus areas, goals and initiatives in its rollup labels (issue 10)', async () => {
    const strategyId = randomUUID();
    const events = [
      envelope('FocusAreaChanged', focusAreaId, { focusAreaId, strategyId, title: 'Gode digitale tjenester', description: '', versionNumber: 2 }),
      envelope('GoalChanged', goalId, {
        goalId, focusAreaId, title: 'Flest mulig digitale møter', description: '', indicator: 'andel', unit: '%', baselineValue: null, targetValue: 90, targetYear: 2028, versionNumber: 2,
      }),
      envelope('InitiativeChanged', initiativeId, {
        initiativeId, networkId: 'digi-rogaland', goalId, title: 'Digital innbyggerdialog 2.0', description: '', owner: 'Sola', costSharingModel: 'EQUAL_SHARE', expectedBenefits: [], versionNumber: 2,
      }),
    ];
    for (const e of events) await send(TOPICS.networkStrategy, e.subject, e);
    const label = async (by: string, key: string) =>
      ((await call(ANALYST, `query ($by: BenefitRollupDimension!) { benefitRollup(by: $by) { key label } }`, { by })).data.benefitRollup as { key: string; label: string }[]).find((r) => r.key === key)?.label;
    await waitUntil(async () => ((await label('INITIATIVE', initiativeId)) === 'Digital innbyggerdialog 2.0' ? true : undefined), 30000, 'initiative renamed');
    expect(await label('FOCUS_AREA', focusAreaId)).toBe('Gode digitale tjenester');
    expect(await label('GOAL', goalId)).toBe('Flest mulig digitale møter');
  });
});
