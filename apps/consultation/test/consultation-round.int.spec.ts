import { TOPICS } from '@samspill/contracts';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { adminOf, callSubgraph, editorOf, errorCodes, participant, TEST_INTERNAL_SECRET, TopicReader, waitUntil } from '@samspill/server-testing';
import { ConsultationHarness, startConsultationHarness } from './support/consultation-harness';
import { GeneratedAnswer, generateAnswers, NETWORK, OPTIONS, QUESTIONS, random } from './support/fixtures';

const MUNICIPALITIES = ['1103', '1108', '1124', '1127', '1149'];
const AUDIENCES = ['EMPLOYEES', 'CITIZENS', 'PARTNERS'];
const RESPONSE_FIELDS = 'id respondentKind audience municipalityId anonymous hidden answers { questionId text scale ranking }';

describe('consultation: a strategy consultation round (real PostgreSQL, real Kafka)', () => {
  let h: ConsultationHarness;
  let reader: TopicReader;
  const admin = adminOf(NETWORK);

  beforeAll(async () => {
    h = await startConsultationHarness();
    reader = await new TopicReader(h.config.KAFKA_BROKERS, `${h.config.KAFKA_TOPIC_PREFIX}${TOPICS.consultation}`).start();
  });
  afterAll(async () => {
    await reader?.stop();
    await h?.stop();
  });

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const count = async (sql: string, params: unknown[] = []) => Number((await h.service.dataSource.query(sql, params))[0].n);
  const status = async (id: string) => (await call(admin, `query ($id: ID!) { consultation(id: $id) { status } }`, { id })).data?.consultation.status;
  const submitFormal = (identity: Identity, consultationId: string, municipalityId: string, answers: unknown[]) =>
    call(identity, `mutation ($c: ID!, $i: MunicipalityResponseInput!) { submitMunicipalityResponse(consultationId: $c, input: $i) { ${RESPONSE_FIELDS} } }`, {
      c: consultationId,
      i: { municipalityId, answers },
    });
  const submitParticipant = (identity: Identity, consultationId: string, answers: unknown[], audience?: string) =>
    call(identity, `mutation ($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { ${RESPONSE_FIELDS} } }`, {
      c: consultationId,
      i: { answers, ...(audience ? { audience } : {}) },
    });

  it('opens and closes on time by itself, takes answers, aggregates them and is concluded with a disposition for every response', async () => {
    const rand = random(20261127);
    const opensAt = new Date(Date.now() + 2000);
    const closesAt = new Date(opensAt.getTime() + 10000);
    const created = await call(admin, `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id status questions { id kind } } }`, {
      input: {
        networkId: NETWORK,
        subjectType: 'STRATEGY',
        subjectId: 'strategy-2025',
        title: 'Høring: Regional digitaliseringsstrategi 2025–2028',
        audiences: ['MEMBER_MUNICIPALITIES', 'EMPLOYEES', 'CITIZENS', 'PARTNERS'],
        allowAnonymous: true,
        questions: QUESTIONS,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
      },
    });
    expect(created.errors).toBeUndefined();
    const id: string = created.data.createConsultation.id;
    expect(created.data.createConsultation).toMatchObject({ status: 'DRAFT', questions: [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }] });

    // A draft is invisible to the public and takes no answers.
    expect(errorCodes(await call(ANONYMOUS, `query ($id: ID!) { consultation(id: $id) { id } }`, { id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await submitFormal(editorOf('1124'), id, '1124', generateAnswers(rand, 'x')))).toEqual(['NOT_FOUND']);

    await waitUntil(async () => ((await status(id)) === 'OPEN' ? true : undefined), 10000, 'consultation opened by the scheduler');
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime());

    // 5 formal answers, 50 identified participants and 3 anonymous citizens, all at once.
    const given = new Map<string, { audience: string; kind: string; answers: GeneratedAnswer[] }>();
    const formal = MUNICIPALITIES.map((m) => ({ m, answers: generateAnswers(rand, m) }));
    const people = Array.from({ length: 50 }, (_, i) => ({ subject: `deltaker-${i}`, audience: AUDIENCES[i % 3], answers: generateAnswers(rand, `deltaker-${i}`) }));
    const anonymous = Array.from({ length: 3 }, (_, i) => generateAnswers(rand, `anonym-${i}`));
    const results = await Promise.all([
      ...formal.map(({ m, answers }) => submitFormal(editorOf(m), id, m, answers)),
      ...people.map((p) => submitParticipant(participant(p.subject), id, p.answers, p.audience)),
      ...anonymous.map((answers) => submitParticipant(ANONYMOUS, id, answers)),
    ]);
    for (const res of results) expect(res.errors).toBeUndefined();
    const ids = results.map((r) => r.data.submitMunicipalityResponse?.id ?? r.data.submitParticipantResponse.id);
    formal.forEach((f, i) => given.set(ids[i], { audience: 'MEMBER_MUNICIPALITIES', kind: 'MUNICIPALITY', answers: f.answers }));
    people.forEach((p, i) => given.set(ids[5 + i], { audience: p.audience, kind: 'PARTICIPANT', answers: p.answers }));
    anonymous.forEach((a, i) => given.set(ids[55 + i], { audience: 'CITIZENS', kind: 'PARTICIPANT', answers: a }));
    expect(results[55].data.submitParticipantResponse).toMatchObject({ anonymous: true, audience: 'CITIZENS' });

    // A municipality revises its formal answer: still one response, new answers.
    const revisedAnswers = generateAnswers(rand, '1124 revidert');
    const revised = await call(editorOf('1124'), `mutation ($c: ID!, $i: MunicipalityResponseInput!) { reviseMunicipalityResponse(consultationId: $c, input: $i) { id } }`, {
      c: id,
      i: { municipalityId: '1124', answers: revisedAnswers },
    });
    expect(revised.data.reviseMunicipalityResponse.id).toBe(ids[2]);
    given.get(ids[2])!.answers = revisedAnswers;

    // Bad input: each gets a coded error and changes nothing.
    const before = { responses: await count(`SELECT count(*) AS n FROM response`), events: await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'ResponseSubmitted'`) };
    const ok = generateAnswers(rand, 'avvist');
    expect(errorCodes(await submitParticipant(participant('deltaker-0'), id, ok, 'EMPLOYEES'))).toEqual(['CONFLICT']);
    expect(errorCodes(await submitFormal(editorOf('1103'), id, '1103', ok))).toEqual(['CONFLICT']);
    expect(errorCodes(await submitFormal(editorOf('1124'), id, '1103', ok))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await submitParticipant(participant('ny-1'), id, [{ questionId: 'q2', scale: 6 }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submitParticipant(participant('ny-1'), id, [{ questionId: 'q2', scale: 0 }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submitParticipant(participant('ny-1'), id, [{ questionId: 'q1', text: 'x'.repeat(501) }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submitParticipant(ANONYMOUS, id, [{ questionId: 'q1', text: 'x'.repeat(5001) }]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submitParticipant(participant('ny-1'), id, [{ questionId: 'q3', ranking: [OPTIONS[0], OPTIONS[0], OPTIONS[1], OPTIONS[2]] }]))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await submitParticipant(participant('ny-1'), id, ok, 'MEMBER_MUNICIPALITIES'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submitParticipant(editorOf('1101'), id, ok))).toEqual(['FORBIDDEN']);
    expect(await count(`SELECT count(*) AS n FROM response`)).toBe(before.responses);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE event_type = 'ResponseSubmitted'`)).toBe(before.events);

    // Comments, support and moderation: a hidden response keeps its content for moderators only.
    const target = ids[10];
    const comment = await call(participant('deltaker-1'), `mutation ($r: ID!) { commentOnResponse(responseId: $r, body: "Enig!") { id body } }`, { r: target });
    expect(comment.data.commentOnResponse.body).toBe('Enig!');
    const support = `mutation ($r: ID!) { supportResponse(responseId: $r) { supportCount } }`;
    expect((await call(participant('deltaker-1'), support, { r: target })).data.supportResponse.supportCount).toBe(1);
    expect((await call(participant('deltaker-2'), support, { r: target })).data.supportResponse.supportCount).toBe(2);
    expect(errorCodes(await call(participant('deltaker-1'), support, { r: target }))).toEqual(['CONFLICT']);
    const hidden = ids[11];
    expect(errorCodes(await call(participant('deltaker-1'), `mutation ($r: ID!) { hideResponse(responseId: $r, reason: "Personangrep") { id } }`, { r: hidden }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await call(admin, `mutation ($r: ID!) { hideResponse(responseId: $r, reason: "Personangrep") { hidden hiddenReason } }`, { r: hidden })).data.hideResponse).toEqual({
      hidden: true,
      hiddenReason: 'Personangrep',
    });
    given.delete(hidden);

    await waitUntil(async () => ((await status(id)) === 'CLOSED' ? true : undefined), 20000, 'consultation closed by the scheduler');
    expect(Date.now()).toBeGreaterThanOrEqual(closesAt.getTime());
    expect(errorCodes(await submitParticipant(participant('sen'), id, ok, 'CITIZENS'))).toEqual(['CONFLICT']);

    // Every response, page by page; the hidden one shows no content to the public.
    const pageQuery = `query ($id: ID!, $after: String) { consultation(id: $id) { responses(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id hidden answers { questionId } respondent { subject name } } } } } }`;
    const all: { id: string; hidden: boolean; answers: unknown; respondent: unknown }[] = [];
    for (let after: string | null = null; ; ) {
      type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: (typeof all)[number] }[] };
      const page = await call(ANONYMOUS, pageQuery, { id, after });
      const conn: Page = page.data.consultation.responses;
      expect(conn.totalCount).toBe(58);
      all.push(...conn.edges.map((e) => e.node));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(new Set(all.map((r) => r.id)).size).toBe(58);
    expect(all.find((r) => r.id === hidden)).toMatchObject({ hidden: true, answers: null });
    expect(all.every((r) => r.respondent === null)).toBe(true);
    const asAdmin = await call(admin, `query ($id: ID!) { consultation(id: $id) { responses(first: 100) { edges { node { id answers { questionId } respondent { subject name } } } } } }`, { id });
    const adminView = new Map(asAdmin.data.consultation.responses.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    expect(adminView.get(hidden)).toMatchObject({ answers: [{ questionId: 'q1' }, { questionId: 'q2' }, { questionId: 'q3' }] });
    expect(adminView.get(ids[5])).toMatchObject({ respondent: { subject: 'deltaker-0', name: 'Navn deltaker-0' } });

    // Results, computed here from what was given.
    const counted = [...given.values()];
    const scales = counted.map((g) => g.answers[1].scale!);
    const borda = new Map(OPTIONS.map((o) => [o, 0]));
    for (const g of counted) g.answers[2].ranking!.forEach((o, i) => borda.set(o, borda.get(o)! + OPTIONS.length - 1 - i));
    const expectedRanking = [...OPTIONS].sort((a, b) => borda.get(b)! - borda.get(a)! || OPTIONS.indexOf(a) - OPTIONS.indexOf(b));
    const resultsQuery = `query ($id: ID!, $audience: ConsultationAudience) { consultation(id: $id) { results(audience: $audience) {
      responseCount byAudience { group count } byRespondentKind { group count }
      questions { questionId answerCount mean distribution { value count } ranking { option score position } } } } }`;
    const res = (await call(ANONYMOUS, resultsQuery, { id })).data.consultation.results;
    expect(res.responseCount).toBe(57);
    expect(res.byRespondentKind).toEqual([{ group: 'MUNICIPALITY', count: 5 }, { group: 'PARTICIPANT', count: 52 }]);
    const byAudience = Object.fromEntries(['CITIZENS', 'EMPLOYEES', 'MEMBER_MUNICIPALITIES', 'PARTNERS'].map((a) => [a, counted.filter((g) => g.audience === a).length]));
    expect(res.byAudience).toEqual(Object.entries(byAudience).map(([group, n]) => ({ group, count: n })));
    expect(res.questions.map((q: { answerCount: number }) => q.answerCount)).toEqual([57, 57, 57]);
    expect(res.questions[1].mean).toBeCloseTo(scales.reduce((s, v) => s + v, 0) / scales.length, 10);
    expect(res.questions[1].distribution).toEqual([1, 2, 3, 4, 5].map((value) => ({ value, count: scales.filter((s) => s === value).length })));
    expect(res.questions[2].ranking).toEqual(expectedRanking.map((option, i) => ({ option, score: borda.get(option), position: i + 1 })));
    const municipal = (await call(ANONYMOUS, resultsQuery, { id, audience: 'MEMBER_MUNICIPALITIES' })).data.consultation.results;
    expect(municipal.responseCount).toBe(5);
    const municipalScales = counted.filter((g) => g.kind === 'MUNICIPALITY').map((g) => g.answers[1].scale!);
    expect(municipal.questions[1].mean).toBeCloseTo(municipalScales.reduce((s, v) => s + v, 0) / 5, 10);

    // The topic carries the opening and the closing, with the summary.
    const messages = await reader.waitFor((ms) => ms.some((m) => JSON.parse(m.value!).type === 'ConsultationClosed'));
    const events = messages.map((m) => JSON.parse(m.value!)).filter((e) => e.subject === id);
    const opened = events.find((e) => e.type === 'ConsultationOpened');
    expect(opened.data).toMatchObject({ consultationId: id, subjectType: 'STRATEGY', subjectId: 'strategy-2025', networkId: NETWORK });
    const closed = events.find((e) => e.type === 'ConsultationClosed');
    expect(closed.data).toMatchObject({ consultationId: id, responseCount: 57, respondingMunicipalityIds: MUNICIPALITIES });
    expect(closed.data.summary[2].ranking).toEqual(expectedRanking);
    expect(JSON.stringify(events)).not.toContain('deltaker-');

    // Concluding needs a disposition on every response that is not hidden.
    const conclude = `mutation ($id: ID!) { concludeConsultation(id: $id) { status } }`;
    const early = await call(admin, conclude, { id });
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    expect(early.errors![0].extensions!.missing).toBe(57);
    const kinds = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED'];
    const dispose = (responseId: string, i: number) =>
      call(admin, `mutation ($r: ID!, $i: ConsultationDispositionInput!) { setDisposition(responseId: $r, input: $i) { disposition { kind } } }`, {
        r: responseId,
        i: { kind: kinds[i % 4], note: `Vurdert (${i})`, link: 'strategyVersion:strategy-2025@2' },
      });
    const toDispose = [...given.keys()];
    const firstBatch = await Promise.all(toDispose.slice(0, 56).map(dispose));
    for (const r of firstBatch) expect(r.errors).toBeUndefined();
    const stillMissing = await call(admin, conclude, { id });
    expect(stillMissing.errors![0].extensions!.missing).toBe(1);
    expect((await dispose(toDispose[56], 56)).errors).toBeUndefined();
    expect((await call(admin, conclude, { id })).data.concludeConsultation.status).toBe('CONCLUDED');
    const [concluded] = await h.service.dataSource.query(`SELECT envelope FROM outbox WHERE message_key = $1 AND event_type = 'ConsultationConcluded'`, [id]);
    expect(concluded.envelope.data.dispositionCounts).toEqual(Object.fromEntries(kinds.map((k, i) => [k, toDispose.filter((_, j) => j % 4 === i).length])));
    expect(errorCodes(await dispose(toDispose[0], 1))).toEqual(['CONFLICT']);

    // A participant sees what happened to their input.
    const mine = await call(participant('deltaker-0'), `{ myResponses { id consultation { id status } disposition { kind note link } } }`);
    const index = toDispose.indexOf(ids[5]);
    expect(mine.data.myResponses).toEqual([
      { id: ids[5], consultation: { id, status: 'CONCLUDED' }, disposition: { kind: kinds[index % 4], note: `Vurdert (${index})`, link: 'strategyVersion:strategy-2025@2' } },
    ]);

    // The subject and the municipalities show it through federation.
    const entities = await call(ANONYMOUS, `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Strategy { consultations { id status } } ... on Municipality { consultationResponses { id respondentKind } } } }`, {
      reps: [{ __typename: 'Strategy', id: 'strategy-2025' }, { __typename: 'Municipality', id: '1124' }],
    });
    expect(entities.data._entities).toEqual([{ consultations: [{ id, status: 'CONCLUDED' }] }, { consultationResponses: [{ id: ids[2], respondentKind: 'MUNICIPALITY' }] }]);
  });
});
