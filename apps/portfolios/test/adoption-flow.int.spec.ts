import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { callSubgraph, editorOf, envelope, errorCodes, TEST_INTERNAL_SECRET, TopicReader, waitUntil } from '@samspill/server-testing';
import { ADOPTION_CONSUMER } from '../src/adoption/adoption.consumer';
import { PortfoliosHarness, startPortfoliosHarness } from './support/portfolios-harness';
import { launched } from './support/events';

const CASE_FIELDS = 'id status decision municipalityId initiativeId rationale decidedBy decisions { decision reconsideration reason }';
const PROJECT_FIELDS = 'id name phase municipalityId initiativeId adoptionCaseId serviceArea published';

describe('portfolios: adoption flow (real Kafka, real PostgreSQL)', () => {
  let h: PortfoliosHarness;
  let publisher: KafkaEventPublisher;
  let out: TopicReader;
  let inTopic: string;

  beforeAll(async () => {
    h = await startPortfoliosHarness();
    const prefix = h.config.KAFKA_TOPIC_PREFIX;
    inTopic = `${prefix}${TOPICS.networkStrategy}`;
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    out = await new TopicReader(h.config.KAFKA_BROKERS, `${prefix}${TOPICS.portfolios}`).start();
  });
  afterAll(async () => {
    await out?.stop();
    await publisher?.disconnect();
    await h?.stop();
  });

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const count = async (sql: string, params: unknown[]) => Number((await h.service.dataSource.query(sql, params))[0].n);
  const casesOf = (initiativeId: string) => count(`SELECT count(*) AS n FROM adoption_case WHERE initiative_id = $1`, [initiativeId]);
  const processed = async (eventId: string) =>
    (await count(`SELECT count(*) AS n FROM inbox WHERE event_id = $1 AND consumer = $2`, [eventId, `${h.config.KAFKA_TOPIC_PREFIX}${ADOPTION_CONSUMER}`])) === 1;
  const eventsOut = (type: string, subject?: string) =>
    out.messages.map((m) => JSON.parse(m.value!)).filter((e) => e.type === type && (subject === undefined || e.subject === subject));

  const decide = (identity: Identity, caseId: string, input: Record<string, unknown>) =>
    call(identity, `mutation ($caseId: ID!, $input: DecideAdoptionInput!) { decideAdoption(caseId: $caseId, input: $input) { ${CASE_FIELDS} } }`, { caseId, input });

  async function launchFor(targets: string[]) {
    const initiativeId = randomUUID();
    const event = launched(initiativeId, targets);
    await publisher.publish([{ topic: inTopic, key: initiativeId, value: JSON.stringify(event) }]);
    await waitUntil(async () => ((await casesOf(initiativeId)) === targets.length ? true : undefined), 30000, 'adoption cases opened');
    const res = await call(ANONYMOUS, `query ($id: ID!) { adoptionCases(initiativeId: $id) { totalCount edges { node { ${CASE_FIELDS} } } } }`, { id: initiativeId });
    expect(res.errors).toBeUndefined();
    const byMunicipality = Object.fromEntries(res.data.adoptionCases.edges.map((e: { node: { municipalityId: string; id: string } }) => [e.node.municipalityId, e.node.id]));
    return { initiativeId, event, caseOf: (m: string) => byMunicipality[m] as string };
  }

  it('opens one case per target municipality, announces each, and ignores a redelivery', async () => {
    const { initiativeId, event } = await launchFor(['1124', '1103', '1108']);
    // Redeliver the same event (the inbox drops it), then the same launch as a new event, as a
    // replay would (the unique case key absorbs it); same key, so consumed in this order.
    await publisher.publish([{ topic: inTopic, key: initiativeId, value: JSON.stringify(event) }]);
    const replay = { ...event, id: randomUUID() };
    await publisher.publish([{ topic: inTopic, key: initiativeId, value: JSON.stringify(replay) }]);
    await waitUntil(async () => ((await processed(replay.id)) ? true : undefined), 30000, 'replay processed');
    expect(await casesOf(initiativeId)).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'AdoptionCaseOpened' AND envelope->'data'->>'initiativeId' = $1`, [initiativeId])).toBe(3);

    const opened = await out.waitFor((ms) => ms.filter((m) => m.value!.includes(initiativeId) && m.value!.includes('AdoptionCaseOpened')).length >= 3);
    const mine = opened.map((m) => JSON.parse(m.value!)).filter((e) => e.type === 'AdoptionCaseOpened' && e.data.initiativeId === initiativeId);
    expect(mine.map((e) => e.data.municipalityId).sort()).toEqual(['1103', '1108', '1124']);

    const rate = await call(ANONYMOUS, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { adoptionRate { targeted open decided share } } } }`, {
      r: [{ __typename: 'Initiative', id: initiativeId }],
    });
    expect(rate.errors).toBeUndefined();
    expect(rate.data._entities[0].adoptionRate).toEqual({ targeted: 3, open: 3, decided: 0, share: null });
  });

  it('keeps the cases of a retired initiative, shown as retired, and follows a renamed one (issue 10)', async () => {
    const { initiativeId, event, caseOf } = await launchFor(['1124', '1103']);
    const adopt = await decide(editorOf('1124'), caseOf('1124'), { decision: 'ADOPT', rationale: 'Passer godt for Sola.' });
    expect(adopt.errors).toBeUndefined();
    const { goalId } = event.data as { goalId: string };
    const renamed = envelope('InitiativeChanged', initiativeId, {
      initiativeId, networkId: 'digi-rogaland', goalId, title: 'Digital innbyggerdialog 2.0', description: '', owner: 'Sola', costSharingModel: 'EQUAL_SHARE', expectedBenefits: [], versionNumber: 2,
    });
    const retired = envelope('InitiativeRetired', initiativeId, {
      initiativeId, networkId: 'digi-rogaland', goalId, reason: 'Erstattes av nasjonal løsning', retiredAt: '2026-03-01T10:00:00.000Z', versionNumber: 2,
    });
    await publisher.publish([renamed, retired].map((e) => ({ topic: inTopic, key: initiativeId, value: JSON.stringify(e) })));
    await waitUntil(async () => ((await processed(retired.id)) ? true : undefined), 30000, 'retirement processed');

    const res = await call(ANONYMOUS, `query ($id: ID!) { adoptionCases(initiativeId: $id) { edges { node { municipalityId status initiativeTitle initiativeRetiredAt initiativeRetirementReason } } } }`, { id: initiativeId });
    expect(res.errors).toBeUndefined();
    const cases = res.data.adoptionCases.edges.map((e: { node: unknown }) => e.node);
    const retirement = { initiativeTitle: 'Digital innbyggerdialog 2.0', initiativeRetiredAt: '2026-03-01T10:00:00.000Z', initiativeRetirementReason: 'Erstattes av nasjonal løsning' };
    expect(cases).toEqual(
      expect.arrayContaining([
        { municipalityId: '1124', status: 'ADOPTED', ...retirement },
        { municipalityId: '1103', status: 'OPEN', ...retirement },
      ]),
    );
    // The project of the adopted case goes on; the rate still counts the decisions taken.
    const rate = await call(ANONYMOUS, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Initiative { adoptionRate { targeted decided adopt } } } }`, {
      r: [{ __typename: 'Initiative', id: initiativeId }],
    });
    expect(rate.data._entities[0].adoptionRate).toEqual({ targeted: 2, decided: 1, adopt: 1 });
    expect((await call(editorOf('1124'), `query ($i: ID!) { projects(initiativeId: $i) { totalCount } }`, { i: initiativeId })).data.projects.totalCount).toBe(1);
  });

  it('lets the editor of 1124 adopt: the project is created, linked to the initiative, with its events', async () => {
    const { initiativeId, caseOf } = await launchFor(['1124', '1103']);
    const caseId = caseOf('1124');
    const res = await decide(editorOf('1124'), caseId, {
      decision: 'ADOPT',
      rationale: 'Gir bedre innbyggerdialog for Sola.',
      decidingBody: 'Formannskapet',
      caseNumber: '2026/17',
      serviceArea: 'ADMINISTRATION',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.decideAdoption).toMatchObject({ status: 'ADOPTED', decision: 'ADOPT', decidedBy: 'Editor 1124' });
    expect(res.data.decideAdoption.decisions).toEqual([{ decision: 'ADOPT', reconsideration: false, reason: null }]);

    const projects = await call(editorOf('1124'), `query ($i: ID!) { projects(initiativeId: $i) { totalCount edges { node { ${PROJECT_FIELDS} } } } }`, { i: initiativeId });
    expect(projects.errors).toBeUndefined();
    expect(projects.data.projects.totalCount).toBe(1);
    expect(projects.data.projects.edges[0].node).toMatchObject({
      name: 'Digital innbyggerdialog',
      phase: 'IDEA',
      municipalityId: '1124',
      initiativeId,
      adoptionCaseId: caseId,
      serviceArea: 'ADMINISTRATION',
      published: false,
    });
    const projectId = projects.data.projects.edges[0].node.id;

    // Unpublished: invisible to the public and to another municipality's editor.
    expect(errorCodes(await call(ANONYMOUS, `query ($id: ID!) { project(id: $id) { id } }`, { id: projectId }))).toEqual(['NOT_FOUND']);
    expect((await call(editorOf('1103'), `{ projects { totalCount } }`)).data.projects.totalCount).toBe(0);

    await out.waitFor((ms) => ms.some((m) => m.key === projectId && m.value!.includes('"ProjectCreated"')));
    const decided = eventsOut('AdoptionDecided', caseId);
    expect(decided).toHaveLength(1);
    expect(decided[0].data).toMatchObject({ decision: 'ADOPT', municipalityId: '1124', initiativeId, reconsideration: false, caseNumber: '2026/17' });
    expect(eventsOut('ProjectCreated', projectId)[0].data).toMatchObject({ initiativeId, adoptionCaseId: caseId, phase: 'IDEA' });

    // Deciding again is refused; the explicit reconsideration goes through and is recorded.
    const again = await decide(editorOf('1124'), caseId, { decision: 'DECLINE', rationale: 'Vi ombestemte oss likevel.' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const reconsidered = await call(
      editorOf('1124'),
      `mutation ($caseId: ID!, $input: ReconsiderAdoptionInput!) { reconsiderAdoption(caseId: $caseId, input: $input) { ${CASE_FIELDS} } }`,
      { caseId, input: { decision: 'ADAPT', rationale: 'Tilpasses lokale behov i Sola.', reason: 'Nytt vedtak i kommunestyret.' } },
    );
    expect(reconsidered.errors).toBeUndefined();
    expect(reconsidered.data.reconsiderAdoption.status).toBe('ADAPTED');
    expect(reconsidered.data.reconsiderAdoption.decisions.map((d: { reconsideration: boolean }) => d.reconsideration)).toEqual([false, true]);
    // Adopt → adapt keeps the one project.
    expect(await count(`SELECT count(*) AS n FROM project WHERE adoption_case_id = $1`, [caseId])).toBe(1);
  });

  it('cancels the project when ADOPT is reconsidered to DECLINE (CANCELLED, not a completed CLOSED), with its events; renames travel as events', async () => {
    const { initiativeId, caseOf } = await launchFor(['1124']);
    const caseId = caseOf('1124');
    expect((await decide(editorOf('1124'), caseId, { decision: 'ADOPT', rationale: 'Gir raskere byggesaker i Sola.' })).errors).toBeUndefined();
    const [{ id: projectId }] = await h.service.dataSource.query(`SELECT id FROM project WHERE adoption_case_id = $1`, [caseId]);
    const renamed = await call(editorOf('1124'), `mutation ($id: ID!) { updateProject(id: $id, input: { name: "Byggesak 2.0", owner: "Plan og bygg" }) { name } }`, { id: projectId });
    expect(renamed.errors).toBeUndefined();
    expect((await call(editorOf('1124'), `mutation ($id: ID!) { updateProject(id: $id, input: { owner: "Plan" }) { name } }`, { id: projectId })).errors).toBeUndefined();
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE message_key = $1 AND event_type = 'ProjectRenamed'`, [projectId])).toBe(1);

    const reversed = await call(
      editorOf('1124'),
      `mutation ($caseId: ID!, $input: ReconsiderAdoptionInput!) { reconsiderAdoption(caseId: $caseId, input: $input) { status } }`,
      { caseId, input: { decision: 'DECLINE', rationale: 'Ikke prioritert etter budsjettkutt.', reason: 'Kommunestyret omgjorde vedtaket.' } },
    );
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data.reconsiderAdoption.status).toBe('DECLINED');
    const project = await call(editorOf('1124'), `query ($id: ID!) { project(id: $id) { name phase outcome cancelReason cancelledAt } }`, { id: projectId });
    expect(project.data.project).toMatchObject({ name: 'Byggesak 2.0', phase: 'CLOSED', outcome: 'CANCELLED', cancelReason: 'Kommunestyret omgjorde vedtaket.' });
    await out.waitFor((ms) => ms.some((m) => m.key === projectId && m.value!.includes('"ProjectCancelled"')));
    expect(eventsOut('ProjectCancelled', projectId)[0].data).toMatchObject({ initiativeId, adoptionCaseId: caseId, reason: 'Kommunestyret omgjorde vedtaket.' });
    expect(eventsOut('ProjectPhaseChanged', projectId)[0].data).toMatchObject({ from: 'IDEA', to: 'CLOSED' });
    expect(eventsOut('ProjectRenamed', projectId)[0].data).toMatchObject({ name: 'Byggesak 2.0' });

    // Adopting again starts a new project; the cancelled one stays as history, never revived.
    const again = await call(
      editorOf('1124'),
      `mutation ($caseId: ID!, $input: ReconsiderAdoptionInput!) { reconsiderAdoption(caseId: $caseId, input: $input) { status } }`,
      { caseId, input: { decision: 'ADOPT', rationale: 'Nye midler fra staten.', reason: 'Statlig tilskudd innvilget.' } },
    );
    expect(again.errors).toBeUndefined();
    expect(await h.service.dataSource.query(`SELECT outcome FROM project WHERE adoption_case_id = $1 ORDER BY created_at`, [caseId])).toEqual([{ outcome: 'CANCELLED' }, { outcome: null }]);
  });

  it("refuses deciding another municipality's case and changes nothing", async () => {
    const { caseOf } = await launchFor(['1124', '1103']);
    const caseId = caseOf('1103');
    const res = await decide(editorOf('1124'), caseId, { decision: 'ADOPT', rationale: 'Ikke vår sak å avgjøre.' });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const after = await call(ANONYMOUS, `query ($id: ID!) { adoptionCase(id: $id) { ${CASE_FIELDS} project { id } } }`, { id: caseId });
    expect(after.data.adoptionCase).toMatchObject({ status: 'OPEN', decision: null, decisions: [], project: null });
    expect(await count(`SELECT count(*) AS n FROM adoption_decision WHERE case_id = $1`, [caseId])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE message_key = $1 AND event_type = 'AdoptionDecided'`, [caseId])).toBe(0);
  });

  it('defers without a project, then decides the deferred case', async () => {
    const { caseOf } = await launchFor(['1124']);
    const caseId = caseOf('1124');
    const deferred = await decide(editorOf('1124'), caseId, { decision: 'DEFER', rationale: 'Avventer budsjettvedtaket.' });
    expect(deferred.data.decideAdoption.status).toBe('DEFERRED');
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE message_key = $1 AND event_type = 'AdoptionDecided'`, [caseId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM project WHERE adoption_case_id = $1`, [caseId])).toBe(0);
    const declined = await decide(editorOf('1124'), caseId, { decision: 'DECLINE', rationale: 'Ikke prioritert i perioden.' });
    expect(declined.data.decideAdoption.status).toBe('DECLINED');
  });

  it('rejects bad input and unknown cases with coded errors', async () => {
    const { caseOf } = await launchFor(['1124']);
    expect(errorCodes(await decide(editorOf('1124'), caseOf('1124'), { decision: 'ADOPT', rationale: 'kort' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await decide(editorOf('1124'), randomUUID(), { decision: 'ADOPT', rationale: 'Et gyldig begrunnet vedtak.' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await decide(editorOf('1124'), 'not-a-uuid', { decision: 'ADOPT', rationale: 'Et gyldig begrunnet vedtak.' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await call(ANONYMOUS, `{ adoptionCase(id: "nope") { id } }`))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await decide(ANONYMOUS, caseOf('1124'), { decision: 'ADOPT', rationale: 'Et gyldig begrunnet vedtak.' }))).toEqual(['UNAUTHENTICATED']);
  });
});
