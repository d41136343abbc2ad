import { randomUUID } from 'node:crypto';
import { TOPICS } from '@samspill/contracts';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { adminOf, callSubgraph, editorOf, envelope, errorCodes, TEST_INTERNAL_SECRET, waitUntil } from '@samspill/server-testing';
import { PortfoliosHarness, startPortfoliosHarness } from './support/portfolios-harness';

const FIELDS = 'id name phase published budget priority municipalityId';

describe('portfolios: projects and member view (real Kafka, real PostgreSQL)', () => {
  let h: PortfoliosHarness;
  let publisher: KafkaEventPublisher;
  let inTopic: string;

  beforeAll(async () => {
    h = await startPortfoliosHarness();
    inTopic = `${h.config.KAFKA_TOPIC_PREFIX}${TOPICS.networkStrategy}`;
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const outboxCount = async (key: string, type: string) =>
    Number((await h.service.dataSource.query(`SELECT count(*) AS n FROM outbox WHERE message_key = $1 AND event_type = $2`, [key, type]))[0].n);
  const create = async (identity: Identity, input: Record<string, unknown>) =>
    call(identity, `mutation ($input: CreateProjectInput!) { createProject(input: $input) { ${FIELDS} } }`, { input });
  const changePhase = (identity: Identity, id: string, phase: string) =>
    call(identity, `mutation ($id: ID!, $phase: ProjectPhase!) { changeProjectPhase(id: $id, phase: $phase) { phase } }`, { id, phase });

  it('keeps a portfolio per member municipality, and keeps it when the municipality leaves', async () => {
    const joined = envelope('MunicipalityJoinedNetwork', '1127', { networkId: 'digi-rogaland', municipalityId: '1127', joinedOn: '2025-01-01', invitationId: null });
    await publisher.publish([{ topic: inTopic, key: '1127', value: JSON.stringify(joined) }]);
    await publisher.publish([{ topic: inTopic, key: '1127', value: JSON.stringify(joined) }]);
    const q = `{ portfolio(municipalityId: "1127") { municipalityId active memberships { networkId joinedOn leftOn active } } }`;
    const before = await waitUntil(async () => {
      const res = await call(ANONYMOUS, q);
      return res.data?.portfolio ? res.data.portfolio : undefined;
    }, 30000, 'portfolio created');
    expect(before).toEqual({ municipalityId: '1127', active: true, memberships: [{ networkId: 'digi-rogaland', joinedOn: '2025-01-01', leftOn: null, active: true }] });

    const left = envelope('MunicipalityLeftNetwork', '1127', { networkId: 'digi-rogaland', municipalityId: '1127', leftOn: '2026-06-30', endedBy: 'MUNICIPALITY' });
    await publisher.publish([{ topic: inTopic, key: '1127', value: JSON.stringify(left) }]);
    const after = await waitUntil(async () => {
      const res = await call(ANONYMOUS, q);
      return res.data?.portfolio?.active === false ? res.data.portfolio : undefined;
    }, 30000, 'membership ended');
    expect(after.memberships).toEqual([{ networkId: 'digi-rogaland', joinedOn: '2025-01-01', leftOn: '2026-06-30', active: false }]);
    expect(errorCodes(await call(ANONYMOUS, `{ portfolio(municipalityId: "9999") { municipalityId } }`))).toEqual(['NOT_FOUND']);
  });

  it('moves a project one phase at a time and refuses jumps with ILLEGAL_TRANSITION', async () => {
    const res = await create(editorOf('1124'), { municipalityId: '1124', name: 'Digital vikarformidling', serviceArea: 'EDUCATION', budget: 250000, priority: 2 });
    expect(res.errors).toBeUndefined();
    const id = res.data.createProject.id;
    expect(res.data.createProject).toMatchObject({ phase: 'IDEA', published: false, budget: 250000, priority: 2 });
    expect(await outboxCount(id, 'ProjectCreated')).toBe(1);

    const jump = await changePhase(editorOf('1124'), id, 'EXECUTION');
    expect(errorCodes(jump)).toEqual(['ILLEGAL_TRANSITION']);
    expect(await outboxCount(id, 'ProjectPhaseChanged')).toBe(0);

    const step = await changePhase(editorOf('1124'), id, 'CONCEPT');
    expect(step.errors).toBeUndefined();
    expect(step.data.changeProjectPhase.phase).toBe('CONCEPT');
    const [event] = await h.service.dataSource.query(`SELECT envelope FROM outbox WHERE message_key = $1 AND event_type = 'ProjectPhaseChanged'`, [id]);
    expect(event.envelope.data).toMatchObject({ projectId: id, municipalityId: '1124', from: 'IDEA', to: 'CONCEPT' });

    expect(errorCodes(await changePhase(editorOf('1124'), id, 'IDEA'))).toEqual(['ILLEGAL_TRANSITION']);
    expect((await changePhase(editorOf('1124'), id, 'CLOSED')).data.changeProjectPhase.phase).toBe('CLOSED');
    const closedEdit = await call(editorOf('1124'), `mutation ($id: ID!) { updateProject(id: $id, input: { name: "Nytt navn" }) { id } }`, { id });
    expect(errorCodes(closedEdit)).toEqual(['CONFLICT']);
  });

  it('scopes editing and visibility, records status reports and publication', async () => {
    expect(errorCodes(await create(editorOf('1103'), { municipalityId: '1124', name: 'Ikke vårt prosjekt' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await create(editorOf('1124'), { municipalityId: '1124', name: 'Dyrt', budget: 2e12 }))).toEqual(['BAD_USER_INPUT']);
    const id = (await create(editorOf('1124'), { municipalityId: '1124', name: 'Velferdsteknologi' })).data.createProject.id;
    const get = (identity: Identity) => call(identity, `query ($id: ID!) { project(id: $id) { id statusReports { overall comment } } }`, { id });

    expect(errorCodes(await get(ANONYMOUS))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await get(editorOf('1103')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await get(adminOf('other-network')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await get({ subject: 'a', name: 'Analyst', grants: [{ role: 'analyst' }] }))).toEqual([]);
    expect(errorCodes(await call(editorOf('1103'), `mutation ($id: ID!) { setProjectPublished(id: $id, published: true) { id } }`, { id }))).toEqual(['NOT_FOUND']);

    const report = await call(
      editorOf('1124'),
      `mutation ($id: ID!, $input: ReportStatusInput!) { reportProjectStatus(id: $id, input: $input) { overall risk comment } }`,
      { id, input: { overall: 'GREEN', schedule: 'YELLOW', budget: 'GREEN', quality: 'GREEN', risk: 'RED', comment: 'Leverandør forsinket.' } },
    );
    expect(report.errors).toBeUndefined();
    expect(await outboxCount(id, 'StatusReported')).toBe(1);

    const pub = await call(editorOf('1124'), `mutation ($id: ID!) { setProjectPublished(id: $id, published: true) { published } }`, { id });
    expect(pub.data.setProjectPublished.published).toBe(true);
    expect(await outboxCount(id, 'ProjectPublished')).toBe(1);
    const seen = await get(ANONYMOUS);
    expect(seen.errors).toBeUndefined();
    // The comment is internal unless the report is marked public (issue 11).
    expect(seen.data.project.statusReports).toEqual([{ overall: 'GREEN', comment: null }]);
    expect((await get(editorOf('1124'))).data.project.statusReports).toEqual([{ overall: 'GREEN', comment: 'Leverandør forsinket.' }]);
    const publicReport = await call(
      editorOf('1124'),
      `mutation ($id: ID!, $input: ReportStatusInput!) { reportProjectStatus(id: $id, input: $input) { public } }`,
      { id, input: { overall: 'YELLOW', schedule: 'YELLOW', budget: 'GREEN', quality: 'GREEN', risk: 'GREEN', comment: 'Prøveperiode i gang.', public: true } },
    );
    expect(publicReport.data.reportProjectStatus.public).toBe(true);
    expect((await get(ANONYMOUS)).data.project.statusReports).toEqual([{ overall: 'YELLOW', comment: 'Prøveperiode i gang.' }, { overall: 'GREEN', comment: null }]);
    // The public summary is the public report's comment and nothing else, for everyone: an editor
    // sees the internal comment as `comment`, never as a summary (embeds ask only for the summary).
    const summaries = (identity: Identity) => call(identity, `query ($id: ID!) { project(id: $id) { latestStatus { publicSummary } statusReports { publicSummary } } }`, { id });
    for (const identity of [ANONYMOUS, editorOf('1124')]) {
      expect((await summaries(identity)).data.project).toEqual({
        latestStatus: { publicSummary: 'Prøveperiode i gang.' },
        statusReports: [{ publicSummary: 'Prøveperiode i gang.' }, { publicSummary: null }],
      });
    }
    expect(errorCodes(await call(editorOf('1103'), `mutation ($id: ID!) { setProjectPublished(id: $id, published: false) { id } }`, { id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(ANONYMOUS, `query ($id: ID!) { project(id: $id) { id } }`, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
  });

  it('resolves Project references with the visibility rule and extends Municipality', async () => {
    const hidden = (await create(editorOf('1124'), { municipalityId: '1124', name: 'Skjult prosjekt' })).data.createProject.id;
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id name } ... on Municipality { id projects { name } } } }`;
    const r = [{ __typename: 'Project', id: hidden }, { __typename: 'Project', id: 'not-a-uuid' }, { __typename: 'Municipality', id: '1124' }];
    const anon = await call(ANONYMOUS, q, { r });
    expect(anon.errors).toBeUndefined();
    expect(anon.data._entities[0]).toBeNull();
    expect(anon.data._entities[1]).toBeNull();
    expect(anon.data._entities[2].projects.map((p: { name: string }) => p.name)).not.toContain('Skjult prosjekt');
    const editor = await call(editorOf('1124'), q, { r });
    expect(editor.data._entities[0]).toEqual({ id: hidden, name: 'Skjult prosjekt' });
    expect(editor.data._entities[2].projects.map((p: { name: string }) => p.name)).toContain('Skjult prosjekt');
  });
});
