import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { adminOf, callSubgraph, errorCodes, participant, TEST_INTERNAL_SECRET, testLogger } from '@samspill/server-testing';
import { ConsultationScheduler, SCHEDULER_WORKER } from '../src/consultation/consultation-scheduler.worker';
import { ConsultationHarness, startConsultationHarness } from './support/consultation-harness';
import { generateAnswers, NETWORK, QUESTIONS, random } from './support/fixtures';

describe('consultation: privacy, access and the scheduler (real PostgreSQL, real Kafka)', () => {
  let h: ConsultationHarness;
  const admin = adminOf(NETWORK);

  beforeAll(async () => {
    h = await startConsultationHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(h.url, TEST_INTERNAL_SECRET, identity, query, variables);
  const q = (sql: string, params: unknown[] = []) => h.service.dataSource.query(sql, params);
  const create = async (input: Record<string, unknown> = {}) => {
    const res = await call(admin, `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`, {
      input: { networkId: NETWORK, subjectType: 'INITIATIVE', subjectId: 'init-1', title: 'Innbyggerdialog', audiences: ['CITIZENS'], questions: QUESTIONS, ...input },
    });
    expect(res.errors).toBeUndefined();
    return res.data.createConsultation.id as string;
  };
  const lifecycle = (name: string, id: string, identity: Identity = admin) => call(identity, `mutation ($id: ID!) { ${name}(id: $id) { status } }`, { id });
  const answer = (identity: Identity, id: string, seed: number) =>
    call(identity, `mutation ($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id anonymous } }`, {
      c: id,
      i: { answers: generateAnswers(random(seed), 'x') },
    });

  it('erases a participant\'s personal data and keeps their anonymised answer in the results', async () => {
    const id = await create();
    expect((await lifecycle('openConsultation', id)).data.openConsultation.status).toBe('OPEN');
    const kari = participant('kari');
    const kariAnswer = await answer(kari, id, 1);
    expect(kariAnswer.data.submitParticipantResponse.anonymous).toBe(false);
    expect((await answer(participant('ola'), id, 2)).errors).toBeUndefined();
    // Without allowAnonymous, an unsigned caller cannot answer.
    expect(errorCodes(await answer(ANONYMOUS, id, 3))).toEqual(['UNAUTHENTICATED']);

    const responseId = kariAnswer.data.submitParticipantResponse.id;
    const who = `query ($id: ID!) { consultation(id: $id) { responses(first: 10) { edges { node { id anonymous respondent { subject name } } } } } }`;
    const seen = async (identity: Identity) =>
      (await call(identity, who, { id })).data.consultation.responses.edges.map((e: { node: unknown }) => e.node).find((n: { id: string }) => n.id === responseId);
    expect(await seen(admin)).toMatchObject({ anonymous: false, respondent: { subject: 'kari', name: 'Navn kari' } });
    // While OPEN, raw answers are for moderators only (like the live results).
    expect((await call(participant('ola'), who, { id })).data.consultation.responses).toBeNull();
    expect((await call(adminOf('haugalandet'), who, { id })).data.consultation.responses).toBeNull();
    expect((await call(ANONYMOUS, who, { id })).data.consultation.responses).toBeNull();

    // The answers table holds no personal data at all.
    expect(JSON.stringify(await q(`SELECT * FROM response`))).not.toMatch(/kari/i);

    const erase = `mutation ($s: String!) { eraseParticipant(participantSubject: $s) }`;
    expect(errorCodes(await call(participant('ola'), erase, { s: 'kari' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(ANONYMOUS, erase, { s: 'kari' }))).toEqual(['UNAUTHENTICATED']);
    expect((await call(kari, erase, { s: 'kari' })).data.eraseParticipant).toBe(true);
    expect(await q(`SELECT * FROM participant_identity WHERE subject = 'kari' OR name LIKE '%kari%'`)).toEqual([]);
    expect(await seen(admin)).toMatchObject({ anonymous: true, respondent: null });
    // Erasure is the participant's own or the data controller's (platform admin); a network admin is neither.
    expect(errorCodes(await call(admin, erase, { s: 'ola' }))).toEqual(['FORBIDDEN']);
    const controller: Identity = { subject: 'dpo', name: 'Data controller', grants: [{ role: 'platform-admin' }] };
    expect((await call(controller, erase, { s: 'ola' })).data.eraseParticipant).toBe(true);
    expect((await call(controller, erase, { s: 'ola' })).data.eraseParticipant).toBe(false);

    expect((await lifecycle('closeConsultation', id)).data.closeConsultation.status).toBe('CLOSED');
    const results = await call(ANONYMOUS, `query ($id: ID!) { consultation(id: $id) { results { responseCount questions { answerCount } } } }`, { id });
    expect(results.data.consultation.results).toEqual({ responseCount: 2, questions: [{ answerCount: 2 }, { answerCount: 2 }, { answerCount: 2 }] });
  });

  it('guards the lifecycle: only the network\'s admins, one step at a time', async () => {
    const id = await create({ subjectType: 'PROJECT', subjectId: 'project-9' });
    expect(errorCodes(await lifecycle('openConsultation', id, adminOf('haugalandet')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await lifecycle('closeConsultation', id))).toEqual(['ILLEGAL_TRANSITION']);
    expect(errorCodes(await lifecycle('concludeConsultation', id))).toEqual(['ILLEGAL_TRANSITION']);
    const badTimes = await call(admin, `mutation ($id: ID!) { updateConsultation(id: $id, input: { opensAt: "2030-01-02T00:00:00Z", closesAt: "2030-01-01T00:00:00Z" }) { id } }`, { id });
    expect(errorCodes(badTimes)).toEqual(['BAD_USER_INPUT']);
    const badQuestion = await call(admin, `mutation ($id: ID!) { updateConsultation(id: $id, input: { questions: [{ kind: SCALE, prompt: "Skala", min: 3, max: 2 }] }) { id } }`, { id });
    expect(errorCodes(badQuestion)).toEqual(['BAD_USER_INPUT']);
    expect((await lifecycle('openConsultation', id)).data.openConsultation.status).toBe('OPEN');
    expect(errorCodes(await lifecycle('openConsultation', id))).toEqual(['ILLEGAL_TRANSITION']);
    expect(errorCodes(await call(admin, `mutation ($id: ID!) { updateConsultation(id: $id, input: { title: "Nytt" }) { id } }`, { id }))).toEqual(['CONFLICT']);
    expect(Number((await q(`SELECT count(*) AS n FROM outbox WHERE message_key = $1 AND event_type = 'ConsultationOpened'`, [id]))[0].n)).toBe(1);
  });

  it('never opens or closes a consultation twice when several schedulers run at once', async () => {
    const past = new Date(Date.now() - 1000).toISOString();
    // Insert due drafts directly, so the extra schedulers below race the service's own for them.
    await h.service.worker(SCHEDULER_WORKER).stop();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await create({ subjectId: `race-${i}` }));
    await q(`UPDATE consultation SET opens_at = $1, closes_at = now() + interval '1 hour' WHERE id = ANY($2)`, [past, ids]);
    const schedulers = Array.from({ length: 4 }, () => new ConsultationScheduler(h.service.dataSource, 1000, testLogger()));
    await Promise.all(schedulers.map((s) => s.tick()));
    // Now due to close (the clock is moved in the data, not waited for).
    await q(`UPDATE consultation SET closes_at = now() WHERE id = ANY($1)`, [ids]);
    await Promise.all(schedulers.map((s) => s.tick()));
    await Promise.all(schedulers.map((s) => s.tick()));
    const rows: { event_type: string; n: string }[] = await q(
      `SELECT event_type, count(*) AS n FROM outbox WHERE message_key = ANY($1) AND event_type LIKE 'Consultation%' GROUP BY event_type ORDER BY event_type`,
      [ids],
    );
    expect(rows.map((r) => [r.event_type, Number(r.n)])).toEqual([
      ['ConsultationClosed', 20],
      ['ConsultationOpened', 20],
    ]);
    expect(Number((await q(`SELECT count(DISTINCT message_key) AS n FROM outbox WHERE message_key = ANY($1) AND event_type = 'ConsultationOpened'`, [ids]))[0].n)).toBe(20);
  });
});
