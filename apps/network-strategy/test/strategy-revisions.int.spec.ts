import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { adminOf, ANALYST, callSubgraph, editorOf, envelope, errorCodes, TEST_INTERNAL_SECRET, waitUntil } from '@samspill/server-testing';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from './support/network-strategy-harness';

const NET = 'digi-rev';
const ADMIN = adminOf(NET);
const OTHER_ADMIN = adminOf('digi-other');
const EDITOR = editorOf('1124');

/**
 * Issue 10, strategy revisions: an adopted strategy under revision stays public and current
 * (its adopted text, versions and tree); the draft of the next version, with edits and
 * retirements, is the network's until it is adopted.
 */
describe('strategy revisions', () => {
  let h: NetworkStrategyHarness;
  let strategyId: string;
  let focusAreaId: string;
  let goalId: string;
  let initiativeId: string;
  let publisher: KafkaEventPublisher;

  const gql = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const ok = async (identity: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(identity, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const outboxCount = async (type: string) =>
    (await h.service.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [type]))[0].n as number;

  beforeAll(async () => {
    h = await startNetworkStrategyHarness();
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    await ok(ADMIN, `mutation { createNetwork(input: { id: "${NET}", name: "Digi Rev", region: "Rogaland" }) { id } }`);
    ({ createStrategy: { id: strategyId } } = await ok(ADMIN, `mutation { createStrategy(input: { networkId: "${NET}", title: "Strategi 2025–2028", periodStart: 2025, periodEnd: 2028, vision: "Sammen" }) { id } }`));
    ({ addFocusArea: { id: focusAreaId } } = await ok(ADMIN, `mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Tjenester" }) { id } }`, { s: strategyId }));
    ({ addGoal: { id: goalId } } = await ok(ADMIN, `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Heldigitalt", indicator: "andel", unit: "%", baselineValue: 40, targetValue: 80, targetYear: 2028 }) { id } }`, { f: focusAreaId }));
    ({ proposeInitiative: { id: initiativeId } } = await ok(ADMIN, `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Felles chatbot", owner: "Sola", costSharingModel: EQUAL_SHARE }) { id } }`, { g: goalId }));
    await ok(ADMIN, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 1" }) { id } }`, { id: strategyId });
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  const PUBLIC_VIEW = `query($id: ID!, $i: ID!) {
    strategy(id: $id) { status currentVersion title vision versions { versionNumber } focusAreas { title goals { title initiatives { title } } } }
    strategies(networkId: "${NET}") { totalCount }
    network(id: "${NET}") { strategies { id } }
    strategyVersion(strategyId: $id, versionNumber: 1) { versionNumber }
    initiative(id: $i) { title goal { title focusArea { title } } }
  }`;
  const ADOPTED_V1 = {
    strategy: {
      status: 'ADOPTED',
      currentVersion: 1,
      title: 'Strategi 2025–2028',
      vision: 'Sammen',
      versions: [{ versionNumber: 1 }],
      focusAreas: [{ title: 'Tjenester', goals: [{ title: 'Heldigitalt', initiatives: [{ title: 'Felles chatbot' }] }] }],
    },
    strategies: { totalCount: 1 },
    network: { strategies: [{ id: expect.any(String) }] },
    strategyVersion: { versionNumber: 1 },
    initiative: { title: 'Felles chatbot', goal: { title: 'Heldigitalt', focusArea: { title: 'Tjenester' } } },
  };

  it('keeps the adopted version public and current while a revision is drafted', async () => {
    await ok(ADMIN, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategyId });
    for (const caller of [ANONYMOUS, EDITOR, ADMIN, ANALYST]) {
      expect(await ok(caller, PUBLIC_VIEW, { id: strategyId, i: initiativeId })).toEqual(ADOPTED_V1);
    }
  });

  it('shows the draft revision to the network, not to the public', async () => {
    const REVISION = `query($id: ID!) { strategy(id: $id) { revision { status basedOnVersion changes { change } } } }`;
    expect((await ok(ADMIN, REVISION, { id: strategyId })).strategy.revision).toEqual({ status: 'DRAFT', basedOnVersion: 1, changes: [] });
    expect((await ok(ANALYST, REVISION, { id: strategyId })).strategy.revision).toEqual({ status: 'DRAFT', basedOnVersion: 1, changes: [] });
    for (const caller of [ANONYMOUS, EDITOR, OTHER_ADMIN]) expect((await ok(caller, REVISION, { id: strategyId })).strategy.revision).toBeNull();
  });

  it('edits and retires in the draft without changing the adopted version until it is adopted', async () => {
    const { addFocusArea } = await ok(ADMIN, `mutation($s: ID!) { addFocusArea(strategyId: $s, input: { title: "Informasjonssikkerhet" }) { id } }`, { s: strategyId });
    await ok(ADMIN, `mutation($id: ID!) { updateStrategy(id: $id, input: { title: "Strategi 2025–2028 (revidert)" }) { id } }`, { id: strategyId });
    await ok(ADMIN, `mutation($id: ID!) { updateFocusArea(id: $id, input: { title: "Gode tjenester" }) { id } }`, { id: focusAreaId });
    await ok(ADMIN, `mutation($id: ID!) { updateGoal(id: $id, input: { targetValue: 90 }) { id } }`, { id: goalId });
    await ok(ADMIN, `mutation($id: ID!) { retireInitiative(id: $id, reason: "Erstattes av nasjonal løsning") { id } }`, { id: initiativeId });

    // Nothing is in force yet: the public (and the admin's view of the strategy) is version 1.
    expect(await ok(ANONYMOUS, PUBLIC_VIEW, { id: strategyId, i: initiativeId })).toEqual(ADOPTED_V1);
    expect(await ok(ADMIN, PUBLIC_VIEW, { id: strategyId, i: initiativeId })).toEqual(ADOPTED_V1);
    expect(await outboxCount('InitiativeRetired')).toBe(0);

    const { strategy } = await ok(ADMIN, `query($id: ID!) { strategy(id: $id) { revision { changes { change entity entityId field before after reason } } } }`, { id: strategyId });
    expect(strategy.revision.changes).toEqual([
      { change: 'CHANGED', entity: 'STRATEGY', entityId: null, field: 'title', before: '"Strategi 2025–2028"', after: '"Strategi 2025–2028 (revidert)"', reason: null },
      { change: 'CHANGED', entity: 'FOCUS_AREA', entityId: focusAreaId, field: 'title', before: '"Tjenester"', after: '"Gode tjenester"', reason: null },
      { change: 'ADDED', entity: 'FOCUS_AREA', entityId: addFocusArea.id, field: null, before: null, after: null, reason: null },
      { change: 'CHANGED', entity: 'GOAL', entityId: goalId, field: 'targetValue', before: '80', after: '90', reason: null },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: initiativeId, field: null, before: null, after: null, reason: 'Erstattes av nasjonal løsning' },
    ]);

    const preview = (await ok(ADMIN, `query($id: ID!) { strategy(id: $id) { revision { snapshot } } }`, { id: strategyId })).strategy.revision.snapshot;
    await ok(ADMIN, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2" }) { id } }`, { id: strategyId });
    // What the revision showed is what was adopted.
    expect((await ok(ANONYMOUS, `query($id: ID!) { strategyVersion(strategyId: $id, versionNumber: 2) { snapshot } }`, { id: strategyId })).strategyVersion.snapshot).toEqual(preview);
    expect((await ok(ADMIN, `query($id: ID!) { strategy(id: $id) { revision { status } } }`, { id: strategyId })).strategy.revision).toBeNull();
    const after = await ok(ANONYMOUS, `query($id: ID!, $i: ID!) {
      strategy(id: $id) { status currentVersion title focusAreas { title goals { targetValue initiatives { title } } } }
      initiative(id: $i) { retiredAt retirementReason retiredInVersion }
      compareStrategyVersions(strategyId: $id, fromVersion: 1, toVersion: 2) { change entity entityId field reason }
    }`, { id: strategyId, i: initiativeId });
    expect(after.strategy).toEqual({
      status: 'ADOPTED',
      currentVersion: 2,
      title: 'Strategi 2025–2028 (revidert)',
      focusAreas: [
        { title: 'Gode tjenester', goals: [{ targetValue: 90, initiatives: [] }] },
        { title: 'Informasjonssikkerhet', goals: [] },
      ],
    });
    expect(after.initiative).toEqual({ retiredAt: expect.any(String), retirementReason: 'Erstattes av nasjonal løsning', retiredInVersion: 2 });
    expect(after.compareStrategyVersions).toEqual([
      { change: 'CHANGED', entity: 'STRATEGY', entityId: null, field: 'title', reason: null },
      { change: 'CHANGED', entity: 'FOCUS_AREA', entityId: focusAreaId, field: 'title', reason: null },
      { change: 'ADDED', entity: 'FOCUS_AREA', entityId: addFocusArea.id, field: null, reason: null },
      { change: 'CHANGED', entity: 'GOAL', entityId: goalId, field: 'targetValue', reason: null },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: initiativeId, field: null, reason: 'Erstattes av nasjonal løsning' },
    ]);
    expect(await outboxCount('InitiativeRetired')).toBe(1);
    expect(await outboxCount('FocusAreaChanged')).toBe(1);
    expect(await outboxCount('GoalChanged')).toBe(1);
    expect(await outboxCount('StrategyChanged')).toBe(1);
  });

  it('retires a focus area with everything under it, with the reason', async () => {
    const { proposeInitiative } = await ok(ADMIN, `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Felles innbyggerportal", owner: "Sandnes", costSharingModel: BY_POPULATION }) { id } }`, { g: goalId });
    await ok(ADMIN, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategyId });
    await ok(ADMIN, `mutation($id: ID!) { retireFocusArea(id: $id, reason: "Slått sammen med informasjonssikkerhet") { id } }`, { id: focusAreaId });
    await ok(ADMIN, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 3" }) { id } }`, { id: strategyId });
    const { compareStrategyVersions, strategy, proposal } = await ok(ANONYMOUS, `query($id: ID!, $i: ID!) {
      compareStrategyVersions(strategyId: $id, fromVersion: 2, toVersion: 3) { change entity entityId reason }
      strategy(id: $id) { focusAreas { title } }
      proposal: initiative(id: $i) { retirementReason retiredInVersion goal { retirementReason } }
    }`, { id: strategyId, i: proposeInitiative.id });
    const reason = 'Slått sammen med informasjonssikkerhet';
    // The proposal came after version 2 (no version held it): it leaves with its goal all the same.
    expect(compareStrategyVersions).toEqual([
      { change: 'REMOVED', entity: 'FOCUS_AREA', entityId: focusAreaId, reason },
      { change: 'REMOVED', entity: 'GOAL', entityId: goalId, reason },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: proposeInitiative.id, reason },
    ]);
    const { v1to3 } = await ok(ANONYMOUS, `query($id: ID!) { v1to3: compareStrategyVersions(strategyId: $id, fromVersion: 1, toVersion: 3) { change entity entityId reason } }`, { id: strategyId });
    expect(v1to3.filter((c: { change: string }) => c.change === 'REMOVED')).toEqual([
      { change: 'REMOVED', entity: 'FOCUS_AREA', entityId: focusAreaId, reason },
      { change: 'REMOVED', entity: 'GOAL', entityId: goalId, reason },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: initiativeId, reason: 'Erstattes av nasjonal løsning' },
      { change: 'REMOVED', entity: 'INITIATIVE', entityId: proposeInitiative.id, reason },
    ]);
    expect(strategy.focusAreas).toEqual([{ title: 'Informasjonssikkerhet' }]);
    expect(proposal).toEqual({ retirementReason: reason, retiredInVersion: 3, goal: { retirementReason: reason } });
  });

  it('takes the revision, not the adopted strategy, through a consultation round', async () => {
    await ok(ADMIN, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategyId });
    const consultationId = randomUUID();
    const ref = { consultationId, subjectType: 'STRATEGY' as const, subjectId: strategyId, networkId: NET };
    const send = (e: ReturnType<typeof envelope>) => publisher.publish([{ topic: `${h.config.KAFKA_TOPIC_PREFIX}${TOPICS.consultation}`, key: e.subject, value: JSON.stringify(e) }]);
    const state = () => ok(ADMIN, `query($id: ID!) { strategy(id: $id) { status currentVersion revision { status } } }`, { id: strategyId });
    const until = (revision: string) => waitUntil(async () => ((await state()).strategy.revision?.status === revision ? true : undefined), 30000, `revision ${revision}`);

    await send(envelope('ConsultationOpened', consultationId, { ...ref, title: 'Høring om revisjon', audiences: ['MEMBER_MUNICIPALITIES'], opensAt: new Date().toISOString(), closesAt: null }));
    await until('IN_CONSULTATION');
    expect((await state()).strategy).toEqual({ status: 'ADOPTED', currentVersion: 3, revision: { status: 'IN_CONSULTATION' } });
    expect((await ok(ANONYMOUS, `query($id: ID!) { strategy(id: $id) { status currentVersion } }`, { id: strategyId })).strategy).toEqual({ status: 'ADOPTED', currentVersion: 3 });
    // No edits while the draft is out for consultation.
    const edit = await gql(ADMIN, `mutation($id: ID!) { updateStrategy(id: $id, input: { vision: "Underveis" }) { id } }`, { id: strategyId });
    expect(errorCodes(edit)).toEqual(['CONFLICT']);

    await send(envelope('ConsultationClosed', consultationId, { ...ref, closedAt: new Date().toISOString(), responseCount: 0, respondingMunicipalityIds: [], summary: [] }));
    await until('DRAFT');
    await ok(ADMIN, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 3b" }) { id } }`, { id: strategyId });
    expect((await state()).strategy).toEqual({ status: 'ADOPTED', currentVersion: 4, revision: null });
    expect(await outboxCount('StrategyRevisionStatusChanged')).toBeGreaterThanOrEqual(4);
  });

  describe('bad input gets a coded error and changes nothing', () => {
    let snapshot: string;
    const state = async () =>
      JSON.stringify(
        await h.service.dataSource.query(
          `SELECT (SELECT json_agg(s ORDER BY id) FROM strategy s) AS s, (SELECT json_agg(f ORDER BY id) FROM focus_area f) AS f,
                  (SELECT json_agg(g ORDER BY id) FROM goal g) AS g, (SELECT json_agg(i ORDER BY id) FROM initiative i) AS i,
                  (SELECT count(*) FROM strategy_draft_change) AS c, (SELECT count(*) FROM outbox) AS o`,
        ),
      );
    let goal2: string;
    beforeAll(async () => {
      const { strategy } = await ok(ADMIN, `query($id: ID!) { strategy(id: $id) { focusAreas { id } } }`, { id: strategyId });
      await ok(ADMIN, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategyId });
      ({ addGoal: { id: goal2 } } = await ok(ADMIN, `mutation($f: ID!) { addGoal(focusAreaId: $f, input: { title: "Trygg drift", indicator: "hendelser", unit: "antall" }) { id } }`, { f: strategy.focusAreas[0].id }));
      await ok(ADMIN, `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 4" }) { id } }`, { id: strategyId });
      snapshot = await state();
    });

    it('an adopted version is not edited directly (no revision open)', async () => {
      const res = await gql(ADMIN, `mutation($id: ID!) { updateGoal(id: $id, input: { title: "Direkte endring" }) { id } }`, { id: goal2 });
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      const retire = await gql(ADMIN, `mutation($id: ID!) { retireGoal(id: $id, reason: "Ikke lenger aktuelt") { id } }`, { id: goal2 });
      expect(errorCodes(retire)).toEqual(['CONFLICT']);
      expect(await state()).toBe(snapshot);
    });

    it('a retirement needs a reason', async () => {
      await ok(ADMIN, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategyId });
      snapshot = await state();
      for (const reason of ['', '   ', 'x']) {
        const res = await gql(ADMIN, `mutation($id: ID!, $r: String!) { retireGoal(id: $id, reason: $r) { id } }`, { id: goal2, r: reason });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      }
      const missing = await gql(ADMIN, `mutation($id: ID!) { retireGoal(id: $id) { id } }`, { id: goal2 });
      expect(errorCodes(missing)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(await state()).toBe(snapshot);
    });

    it("another network's admin, an editor and the public cannot edit or retire", async () => {
      for (const caller of [OTHER_ADMIN, EDITOR, ANONYMOUS]) {
        const edit = await gql(caller, `mutation($id: ID!) { updateGoal(id: $id, input: { title: "Kapret" }) { id } }`, { id: goal2 });
        const retire = await gql(caller, `mutation($id: ID!) { retireGoal(id: $id, reason: "Kapret mål") { id } }`, { id: goal2 });
        const strategy = await gql(caller, `mutation($id: ID!) { updateStrategy(id: $id, input: { title: "Kapret strategi" }) { id } }`, { id: strategyId });
        for (const res of [edit, retire, strategy]) expect(errorCodes(res)).toEqual([caller === ANONYMOUS ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      }
      expect(await state()).toBe(snapshot);
    });

    it('unknown targets are NOT_FOUND', async () => {
      const res = await gql(ADMIN, `mutation { retireInitiative(id: "00000000-0000-4000-8000-000000000000", reason: "Finnes ikke") { id } }`);
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(await state()).toBe(snapshot);
    });
  });
});
