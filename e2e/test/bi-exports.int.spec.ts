/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and export rows are read ad hoc by shape. */
import { waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove, SANDNES, SOLA, STAVANGER } from './support/fixtures';
import { applyIncrement, loadExport, Row, sortByKey } from './support/bi-export-client';

const NET = 'digi-bi';

const DATASETS: Record<string, { key: string[]; params: () => Record<string, string> }> = {};

/**
 * Every read model as a BI export through the gateway: each equals the GraphQL answer for the
 * same filter, and an incremental load after a correction, a reconsidered decision, a new
 * measurement, a hidden response and new status reports gives exactly the full load.
 */
describe('BI exports of every read model', () => {
  let stack: E2EStack;
  let base: string;
  let admin: string;
  let analyst: string;
  let initiativeId: string;
  let consultationId: string;
  let solaProject: string;
  let sandnesCase: string;
  let benefitId: string;
  let firstMeasurement: string;
  const editor: Record<string, string> = {};
  const full1: Record<string, { rows: Row[]; watermark: string }> = {};

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => ok(stack.gatewayUrl, query, variables, token);

  beforeAll(async () => {
    stack = await startE2EStack();
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
    admin = await stack.tokens.networkAdmin(NET);
    analyst = await stack.tokens.analyst();
    for (const m of [SOLA, STAVANGER, SANDNES]) editor[m.id] = await stack.tokens.municipalityEditor(m.id);
    const { goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, NET, stack.tokens);
    initiativeId = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Digital byggesak');
    await gql(`mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: initiativeId }, admin);
    Object.assign(DATASETS, {
      'tranche-cells': { key: ['initiativeId', 'municipalityId'], params: () => ({ networkId: NET }) },
      'adoption-decisions': { key: ['decisionId'], params: () => ({ networkId: NET }) },
      projects: { key: ['projectId'], params: () => ({ initiativeId }) },
      'status-reports': { key: ['reportId'], params: () => ({ initiativeId }) },
      'benefit-facts': { key: ['measurementId'], params: () => ({ networkId: NET }) },
      'consultation-results': { key: ['consultationId', 'questionId'], params: () => ({ networkId: NET }) },
      'consultation-dispositions': { key: ['responseId'], params: () => ({ networkId: NET }) },
    });

    // T2: three decisions; adopt starts projects.
    const cases = await waitUntil(async () => {
      const { adoptionCases } = await gql(`query($i: ID!) { adoptionCases(initiativeId: $i, first: 100) { edges { node { id municipalityId } } } }`, { i: initiativeId }, admin);
      return adoptionCases.edges.length === 3 ? Object.fromEntries(adoptionCases.edges.map((e: any) => [e.node.municipalityId, e.node.id])) : undefined;
    }, 30000, 'three adoption cases');
    sandnesCase = cases[SANDNES.id];
    const decide = (m: string, decision: string) =>
      gql(`mutation($c: ID!, $i: DecideAdoptionInput!) { decideAdoption(caseId: $c, input: $i) { id } }`, { c: cases[m], i: { decision, rationale: `${decision} i ${m}` } }, editor[m]);
    await decide(SOLA.id, 'ADOPT');
    await decide(STAVANGER.id, 'DEFER');
    await decide(SANDNES.id, 'ADOPT');
    const projects = await waitUntil(async () => {
      const { projects: p } = await gql(`query($i: ID!) { projects(initiativeId: $i, first: 100) { edges { node { id municipalityId } } } }`, { i: initiativeId }, analyst);
      return p.edges.length === 2 ? Object.fromEntries(p.edges.map((e: any) => [e.node.municipalityId, e.node.id])) : undefined;
    }, 30000, 'two projects');
    solaProject = projects[SOLA.id];
    await gql(`mutation($id: ID!) { reportProjectStatus(id: $id, input: { overall: GREEN, schedule: YELLOW, budget: GREEN, quality: GREEN, risk: RED, comment: "Oppstart" }) { id } }`, { id: solaProject }, editor[SOLA.id]);

    // T3: the plan seeded from the initiative's profile, a baseline and two measurements.
    benefitId = await waitUntil(async () => {
      const { benefitPlan } = await gql(`query($p: ID!) { benefitPlan(projectId: $p) { benefits { id targetValue } } }`, { p: solaProject }, editor[SOLA.id]).catch(() => ({ benefitPlan: null }));
      return benefitPlan?.benefits[0]?.id;
    }, 30000, 'Sola benefit plan');
    await gql(`mutation($id: ID!) { setBenefitBaseline(id: $id, value: "1000.00", date: "2025-01-01") { id } }`, { id: benefitId }, editor[SOLA.id]);
    const measure = (measuredOn: string, value: string) =>
      gql(`mutation($b: ID!, $i: MeasurementInput!) { recordMeasurement(benefitId: $b, input: $i) { id } }`, { b: benefitId, i: { measuredOn, value, source: 'Fagsystem' } }, editor[SOLA.id]);
    firstMeasurement = (await measure('2025-03-31', '20000.50')).recordMeasurement.id;
    await measure('2025-06-30', '40000.25');

    // T2 open strategy: a consultation on the initiative, answered, closed, dispositions given.
    const { createConsultation } = await gql(`mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id questions { id } } }`, {
      i: {
        networkId: NET, subjectType: 'INITIATIVE', subjectId: initiativeId, title: 'Høring: digital byggesak', audiences: ['MEMBER_MUNICIPALITIES', 'EMPLOYEES'],
        questions: [{ kind: 'SCALE', prompt: 'Hvor nyttig?', min: 1, max: 5 }, { kind: 'RANKING', prompt: 'Viktigst?', options: ['tid', 'kvalitet', 'kostnad'] }, { kind: 'FREE_TEXT', prompt: 'Innspill', maxLength: 200 }],
      },
    }, admin);
    consultationId = createConsultation.id;
    const [q1, q2, q3] = createConsultation.questions.map((q: any) => q.id);
    await gql(`mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: consultationId }, admin);
    for (const [i, m] of [SOLA, STAVANGER, SANDNES].entries()) {
      await gql(`mutation($c: ID!, $i: MunicipalityResponseInput!) { submitMunicipalityResponse(consultationId: $c, input: $i) { id } }`, {
        c: consultationId, i: { municipalityId: m.id, answers: [{ questionId: q1, scale: i + 3 }, { questionId: q2, ranking: ['kvalitet', 'tid', 'kostnad'] }, { questionId: q3, text: `Innspill fra ${m.name}` }] },
      }, editor[m.id]);
    }
    for (let i = 0; i < 3; i++) {
      const participant = await stack.tokens.sign([{ role: 'participant' }], `employee-${i}@sola.kommune.no`);
      await gql(`mutation($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id } }`, {
        c: consultationId, i: { audience: 'EMPLOYEES', answers: [{ questionId: q1, scale: i + 1 }, { questionId: q3, text: `Hilsen ansatt ${i}` }] },
      }, participant);
    }
    await gql(`mutation($id: ID!) { closeConsultation(id: $id) { id } }`, { id: consultationId }, admin);
    const responses = await responsesOf();
    await gql(`mutation($r: ID!) { setDisposition(responseId: $r, input: { kind: ADOPTED, note: "Tatt inn" }) { id } }`, { r: responses[0].id }, admin);

    // The tranche matrix follows over Kafka: wait until it shows all of the above.
    await waitUntil(async () => {
      const cells = await matrix();
      return cells.length === 3 && cells.every((c: any) => c.decision && c.consultedAt) && cells.filter((c: any) => c.projectId).length === 2 ? true : undefined;
    }, 30000, 'tranche matrix with decisions, projects and consultations');
  });
  afterAll(() => stack?.stop());

  const matrix = async () => (await gql(`query { trancheMatrix(networkId: "${NET}") { initiativeId municipalityId stage decision decidedAt projectId consultedAt launchedAt stageChangedAt } }`, {}, admin)).trancheMatrix;
  const responsesOf = async () => (await gql(`query($id: ID!) { consultation(id: $id) { responses(first: 100) { edges { node { id hidden municipalityId disposition { kind } } } } } }`, { id: consultationId }, admin)).consultation.responses.edges.map((e: any) => e.node);
  const load = (name: string, since?: string) => loadExport(base, name, analyst, { ...DATASETS[name].params(), ...(since ? { since } : {}) });
  const pick = (rows: Row[], fields: string[]) => rows.map((r) => Object.fromEntries(fields.map((f) => [f, r[f] ?? null])));
  const byId = (rows: Row[], key: string) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

  it('serves every export with a column dictionary and a watermark', async () => {
    for (const name of Object.keys(DATASETS)) {
      const res = await fetch(`${base}/export/${name}.columns.json`, { headers: { authorization: `Bearer ${analyst}` } });
      expect(res.status).toBe(200);
      const dictionary: any = await res.json();
      expect(dictionary.key).toEqual(DATASETS[name].key);
      for (const c of dictionary.columns) expect(c.description.length).toBeGreaterThan(3);
      full1[name] = await load(name);
      expect(full1[name].rows.length).toBeGreaterThan(0);
      const columns = dictionary.columns.map((c: any) => c.name);
      for (const row of full1[name].rows) expect(Object.keys(row)).toEqual(columns);
    }
  });

  it('each export equals the GraphQL answer for the same filter', async () => {
    const cells = await matrix();
    const cellFields = ['initiativeId', 'municipalityId', 'stage', 'decision', 'decidedAt', 'projectId', 'consultedAt', 'launchedAt', 'stageChangedAt'];
    expect(sortByKey(pick(full1['tranche-cells'].rows, cellFields), ['municipalityId'])).toEqual(sortByKey(pick(cells, cellFields), ['municipalityId']));

    const { adoptionCases } = await gql(`query($i: ID!) { adoptionCases(initiativeId: $i, first: 100) { edges { node { id decisions { id decision rationale reconsideration decidedAt } } } } }`, { i: initiativeId }, analyst);
    const decisions = adoptionCases.edges.flatMap((e: any) => e.node.decisions.map((d: any) => ({ decisionId: d.id, caseId: e.node.id, decision: d.decision, rationale: d.rationale, reconsideration: d.reconsideration, decidedAt: d.decidedAt })));
    expect(byId(pick(full1['adoption-decisions'].rows, ['decisionId', 'caseId', 'decision', 'rationale', 'reconsideration', 'decidedAt']), 'decisionId')).toEqual(byId(decisions, 'decisionId'));
    expect(full1['adoption-decisions'].rows.every((r) => !('decidedBy' in r))).toBe(true);

    const { projects } = await gql(`query($i: ID!) { projects(initiativeId: $i, first: 100) { edges { node { id municipalityId name phase published statusReports { id overall schedule risk comment reportedAt } } } } }`, { i: initiativeId }, analyst);
    const nodes = projects.edges.map((e: any) => e.node);
    expect(byId(pick(full1.projects.rows, ['projectId', 'municipalityId', 'name', 'phase', 'published', 'statusReportCount']), 'projectId')).toEqual(
      byId(nodes.map((p: any) => ({ projectId: p.id, municipalityId: p.municipalityId, name: p.name, phase: p.phase, published: p.published, statusReportCount: p.statusReports.length })), 'projectId'),
    );
    const reports = nodes.flatMap((p: any) => p.statusReports.map((r: any) => ({ reportId: r.id, projectId: p.id, overall: r.overall, schedule: r.schedule, risk: r.risk, comment: r.comment, reportedAt: r.reportedAt })));
    expect(byId(pick(full1['status-reports'].rows, ['reportId', 'projectId', 'overall', 'schedule', 'risk', 'comment', 'reportedAt']), 'reportId')).toEqual(byId(reports, 'reportId'));

    const { benefitFacts } = await gql(`query { benefitFacts(first: 1000, filter: { networkId: "${NET}" }) { edges { node { measurementId measuredOn municipalityId projectId benefitId value achievement baselineValue } } } }`, {}, analyst);
    const factFields = ['measurementId', 'measuredOn', 'municipalityId', 'projectId', 'benefitId', 'value', 'achievement', 'baselineValue'];
    expect(byId(pick(full1['benefit-facts'].rows, factFields), 'measurementId')).toEqual(byId(benefitFacts.edges.map((e: any) => e.node), 'measurementId'));

    const { consultation } = await gql(`query($id: ID!) { consultation(id: $id) { results { responseCount questions { questionId kind answerCount mean distribution { value count } ranking { option score position } } } } }`, { id: consultationId }, analyst);
    const results = consultation.results;
    expect(full1['consultation-results'].rows.map((r) => r.responseCount)).toEqual(results.questions.map(() => results.responseCount));
    expect(pick(full1['consultation-results'].rows, ['questionId', 'kind', 'answerCount']).map((r) => ({ ...r }))).toEqual(results.questions.map((q: any) => ({ questionId: q.questionId, kind: q.kind, answerCount: q.answerCount })));
    for (const [i, q] of results.questions.entries()) {
      const row = full1['consultation-results'].rows[i];
      expect(row.mean === null ? null : Number(row.mean)).toEqual(q.mean);
      expect(row.distribution === null ? [] : JSON.parse(row.distribution)).toEqual(q.distribution);
      expect(row.ranking === null ? [] : JSON.parse(row.ranking)).toEqual(q.ranking);
    }

    const responses = await responsesOf();
    expect(byId(pick(full1['consultation-dispositions'].rows, ['responseId', 'municipalityId', 'disposition']), 'responseId')).toEqual(
      byId(responses.filter((r: any) => !r.hidden).map((r: any) => ({ responseId: r.id, municipalityId: r.municipalityId, disposition: r.disposition?.kind ?? null })), 'responseId'),
    );
  });

  it('leaves personal data out of the consultation exports', async () => {
    const text = JSON.stringify([full1['consultation-results'].rows, full1['consultation-dispositions'].rows]);
    expect(text).not.toMatch(/employee-|sola\.kommune\.no|Hilsen ansatt|Innspill fra|pseudonym/);
  });

  it('an incremental load after corrections, a reconsideration and new data gives exactly the full load', async () => {
    await gql(`mutation($m: ID!, $i: MeasurementInput!) { correctMeasurement(measurementId: $m, input: $i) { id } }`, { m: firstMeasurement, i: { measuredOn: '2025-03-31', value: '21000.00', source: 'Fagsystem' } }, editor[SOLA.id]);
    await gql(`mutation($b: ID!, $i: MeasurementInput!) { recordMeasurement(benefitId: $b, input: $i) { id } }`, { b: benefitId, i: { measuredOn: '2025-09-30', value: '60000.00', source: 'Fagsystem' } }, editor[SOLA.id]);
    await gql(`mutation($c: ID!) { reconsiderAdoption(caseId: $c, input: { decision: DECLINE, rationale: "Ikke budsjett", reason: "Nytt budsjettvedtak" }) { id } }`, { c: sandnesCase }, editor[SANDNES.id]);
    await gql(`mutation($id: ID!) { reportProjectStatus(id: $id, input: { overall: YELLOW, schedule: YELLOW, budget: GREEN, quality: GREEN, risk: YELLOW, comment: "Forsinket" }) { id } }`, { id: solaProject }, editor[SOLA.id]);
    const responses = await responsesOf();
    const participantResponse = responses.find((r: any) => !r.municipalityId);
    await gql(`mutation($r: ID!) { hideResponse(responseId: $r, reason: "Personopplysninger") { id } }`, { r: participantResponse.id }, admin);
    await gql(`mutation($r: ID!) { setDisposition(responseId: $r, input: { kind: NOTED, note: "Notert" }) { id } }`, { r: responses[1].id }, admin);
    await waitUntil(async () => ((await matrix()).some((c: any) => c.municipalityId === SANDNES.id && c.decision === 'DECLINE') ? true : undefined), 30000, 'matrix shows the reconsideration');

    for (const name of Object.keys(DATASETS)) {
      const key = DATASETS[name].key;
      // Events still in flight may land between the two loads; converge rather than sleep.
      const { increment } = await waitUntil(async () => {
        const inc = await load(name, full1[name].watermark);
        const full = await load(name);
        const applied = applyIncrement(full1[name].rows, inc.rows, key);
        return JSON.stringify(applied) === JSON.stringify(sortByKey(full.rows, key)) ? { increment: inc } : undefined;
      }, 30000, `${name}: increment + previous full load == full load`);
      expect(increment.rows.length).toBeGreaterThan(0);
      if (name === 'benefit-facts') {
        const tombstone = increment.rows.find((r) => r.measurementId === firstMeasurement);
        expect(tombstone).toMatchObject({ rowDeleted: true });
        const correction = increment.rows.find((r) => r.supersedes === firstMeasurement);
        expect(tombstone!.supersededBy).toBe(correction!.measurementId);
        expect(correction).toMatchObject({ value: '21000.00', rowDeleted: false });
      }
      if (name === 'adoption-decisions') {
        const sandnes = increment.rows.filter((r) => r.caseId === sandnesCase);
        expect(sandnes.map((r) => [r.decision, r.current])).toEqual([['ADOPT', false], ['DECLINE', true]]);
        expect(sandnes[1].supersedes).toBe(sandnes[0].decisionId);
      }
      if (name === 'consultation-dispositions') expect(increment.rows.some((r) => r.rowDeleted)).toBe(true);
    }
  });

  it('writes CSV for Norwegian Excel and refuses bad parameters', async () => {
    const res = await fetch(`${base}/export/benefit-facts.csv?dialect=excel-nb&networkId=${NET}`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(';')[0]).toBe('measurementId');
    expect(lines.some((l) => l.split(';').includes('21000,00'))).toBe(true);
    const bad = async (q: string) => (await fetch(`${base}/export/${q}`, { headers: { authorization: `Bearer ${analyst}` } })).status;
    expect(await bad('benefit-facts.csv?since=yesterday')).toBe(400);
    expect(await bad('benefit-facts.csv?delimiter=pipe')).toBe(400);
    expect(await bad('tranche-cells.csv?colour=red')).toBe(400);
    expect(await bad('no-such-export.csv')).toBe(404);
  });

  it('scopes exports to the caller and refuses callers without a reading role', async () => {
    const other = await stack.tokens.networkAdmin('another-network');
    for (const name of ['tranche-cells', 'adoption-decisions', 'consultation-results']) {
      const { rows } = await loadExport(base, name, other, DATASETS[name].params());
      expect(rows).toEqual([]);
    }
    const participant = await stack.tokens.sign([{ role: 'participant' }], 'citizen');
    expect((await fetch(`${base}/export/projects.csv`, { headers: { authorization: `Bearer ${participant}` } })).status).toBe(403);
    expect((await fetch(`${base}/export/projects.csv`)).status).toBe(401);
  });
});
