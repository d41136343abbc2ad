import { graphql, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, SANDNES, SOLA, STAVANGER } from './support/fixtures';

/**
 * Open strategy work across services: a strategy revision goes out for consultation, the
 * consultation service opens and closes it on time, network-strategy follows (the revision goes
 * IN_CONSULTATION and back while the adopted version stays in force), input gets dispositions linked to the version adopted afterwards, and a
 * participant can see what happened to their input — all through the gateway.
 */
describe('a consultation round on a strategy revision', () => {
  let stack: E2EStack;
  let admin: string;
  let strategyId: string;
  let consultationId: string;
  const scale = (i: number) => (i % 5) + 1;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => ok(stack.gatewayUrl, query, variables, token);
  const strategy = () => gql(`query($id: ID!) { strategy(id: $id) { status currentVersion revision { status } consultationRounds { respondingMunicipalityIds closedAt } } }`, { id: strategyId }, admin);

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin('digi-test');
    ({ strategyId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens));
    await gql(`mutation($id: ID!) { returnStrategyToDraft(id: $id) { status } }`, { id: strategyId }, admin);
  });
  afterAll(() => stack?.stop());

  it('opens on time, collects answers, closes on time, and the strategy follows', async () => {
    const now = Date.now();
    const { createConsultation } = await gql(
      `mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id status questions { id kind } } }`,
      {
        i: {
          networkId: 'digi-test', subjectType: 'STRATEGY', subjectId: strategyId, title: 'Høring: revidert strategi',
          audiences: ['MEMBER_MUNICIPALITIES', 'EMPLOYEES'],
          questions: [
            { kind: 'SCALE', prompt: 'Hvor enig er du i retningen?', min: 1, max: 5 },
            { kind: 'FREE_TEXT', prompt: 'Kommentarer', maxLength: 500 },
          ],
          opensAt: new Date(now + 1500).toISOString(),
          closesAt: new Date(now + 15000).toISOString(),
        },
      },
      admin,
    );
    consultationId = createConsultation.id;
    const [q1, q2] = createConsultation.questions.map((q: { id: string }) => q.id);
    const consulting = await waitUntil(async () => {
      const s = (await strategy()).strategy;
      return s.revision?.status === 'IN_CONSULTATION' ? s : undefined;
    }, 20000, 'revision IN_CONSULTATION');
    expect(consulting).toMatchObject({ status: 'ADOPTED', currentVersion: 1 });

    for (const m of [SOLA, STAVANGER, SANDNES]) {
      const editor = await stack.tokens.municipalityEditor(m.id);
      await gql(`mutation($c: ID!, $i: MunicipalityResponseInput!) { submitMunicipalityResponse(consultationId: $c, input: $i) { id } }`,
        { c: consultationId, i: { municipalityId: m.id, answers: [{ questionId: q1, scale: 4 }, { questionId: q2, text: `Innspill fra ${m.name}` }] } }, editor);
    }
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const participant = await stack.tokens.sign([{ role: 'participant' }], `employee-${i}`);
        await gql(`mutation($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id } }`,
          { c: consultationId, i: { audience: 'EMPLOYEES', answers: [{ questionId: q1, scale: scale(i) }] } }, participant);
      }),
    );

    const closed = await waitUntil(async () => {
      const s = (await strategy()).strategy;
      return s.revision?.status === 'DRAFT' && s.consultationRounds[0]?.closedAt ? s : undefined;
    }, 30000, 'consultation closed and the revision back to DRAFT');
    expect(closed.status).toBe('ADOPTED');
    expect(closed.consultationRounds[0].respondingMunicipalityIds).toEqual(['1103', '1108', '1124']);

    const { consultation } = await gql(`query($id: ID!) { consultation(id: $id) { status results { questions { questionId answerCount mean } } } }`, { id: consultationId });
    expect(consultation.status).toBe('CLOSED');
    const scales = [4, 4, 4, ...Array.from({ length: 50 }, (_, i) => scale(i))];
    const q1Result = consultation.results.questions.find((q: { questionId: string }) => q.questionId === q1);
    expect(q1Result.answerCount).toBe(53);
    expect(q1Result.mean).toBeCloseTo(scales.reduce((a, b) => a + b, 0) / scales.length, 6);
  });

  it('links every response to the adopted version, concludes, and shows participants the outcome', async () => {
    await gql(`mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2025/20" }) { currentVersion } }`, { id: strategyId }, admin);
    const link = `strategyVersion:${strategyId}@2`;
    let after: string | null = null;
    for (;;) {
      const { consultation } = await gql(`query($id: ID!, $after: String) { consultation(id: $id) { responses(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { id: consultationId, after }, admin);
      for (const { node } of consultation.responses.edges) {
        await gql(`mutation($r: ID!, $i: ConsultationDispositionInput!) { setDisposition(responseId: $r, input: $i) { id } }`, { r: node.id, i: { kind: 'PARTLY_ADOPTED', note: 'Tatt inn i versjon 2', link } }, admin);
      }
      if (!consultation.responses.pageInfo.hasNextPage) break;
      after = consultation.responses.pageInfo.endCursor;
    }
    const { concludeConsultation } = await gql(`mutation($id: ID!) { concludeConsultation(id: $id) { status } }`, { id: consultationId }, admin);
    expect(concludeConsultation.status).toBe('CONCLUDED');

    const participant = await stack.tokens.sign([{ role: 'participant' }], 'employee-7');
    const mine = await graphql(stack.gatewayUrl, `{ myResponses { disposition { kind note link } } }`, {}, participant);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myResponses).toEqual([{ disposition: { kind: 'PARTLY_ADOPTED', note: 'Tatt inn i versjon 2', link } }]);
    const { strategy: adopted } = await strategy();
    expect(adopted).toMatchObject({ status: 'ADOPTED', currentVersion: 2, revision: null });
  });
});
