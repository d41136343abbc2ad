/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape, as in demo-seed.ts. */
import type { RoleGrant } from '@samspill/server-auth';
import { ACTIVITIES, DECIDING_BODIES, DECISION_RATIONALES, MEASUREMENT_QUARTERS, MORE_INITIATIVES, PHASES, PUBLIC_SUMMARIES, STATUS_COMMENTS } from './demo-life-data';
import { fetchHonouringRetryAfter } from './fetch-honouring-retry-after';

export interface DemoLifeContext {
  gatewayUrl: string;
  networkId: string;
  /** A development token for these grants (and subject, for distinct participants). */
  token(grants: RoleGrant[], subject?: string): Promise<string>;
  /** How many members take decisions (default all); the browser tests use a few, to seed faster. */
  decidingMembers?: number;
}

/** Members that always take part: the demo personas' municipalities. */
const PERSONA_MUNICIPALITIES = ['1124', '1103', '1108'];

type Gql = <T = any>(token: string, query: string, variables?: Record<string, unknown>) => Promise<T>;

function client(url: string): Gql {
  return async (token, query, variables = {}) => {
    const res = await fetchHonouringRetryAfter(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Events travel through Kafka: ask again until the read side has caught up (bounded). */
async function eventually<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`[seed] timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Runs `work` over items, a few at a time (the gateway and services share two cores with others). */
async function inBatches<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, k) => work(item, i + k)));
}

/** A deterministic spread of outcomes: ~40 % adopt, 15 % adapt, 10 % decline, 10 % defer, 25 % still open. */
function decisionFor(i: number, j: number): string | null {
  const r = (i * 7 + j * 3) % 20;
  if (r < 8) return 'ADOPT';
  if (r < 11) return 'ADAPT';
  if (r < 13) return 'DECLINE';
  if (r < 15) return 'DEFER';
  return null;
}

/**
 * Brings the demo network to life through the public API: launches more initiatives, lets most
 * members decide (every kind of decision, with rationale, body and case number), moves the
 * resulting projects through every phase with status reports, records two years of quarterly
 * benefit measurements (some on track, some behind), runs a concluded consultation with
 * dispositions and leaves one open, fills the strategizing log and adopts a second version of
 * the strategy. Sola keeps the newer initiatives open so a newcomer can decide one in the web app.
 */
export async function seedDemoLife(ctx: DemoLifeContext): Promise<void> {
  const gql = client(ctx.gatewayUrl);
  const admin = await ctx.token([{ role: 'network-admin', network: ctx.networkId }]);
  const editors = new Map<string, string>();
  const editor = async (m: string) => {
    if (!editors.has(m)) editors.set(m, await ctx.token([{ role: 'municipality-editor', municipality: m }]));
    return editors.get(m) as string;
  };

  const { network } = await gql(admin, `query($id: ID!) { network(id: $id) { members { municipality { id name } } strategies { id status focusAreas { goals { id title initiatives { id title status } } } } } }`, { id: ctx.networkId });
  const members: string[] = network.members.map((m: any) => m.municipality.id);
  const strategy = network.strategies[0];
  const goals = new Map<string, string>(strategy.focusAreas.flatMap((fa: any) => fa.goals.map((g: any) => [g.title, g.id])));

  // More initiatives, launched after the first two.
  for (const { goalTitle, ...initiative } of MORE_INITIATIVES) {
    const goalId = goals.get(goalTitle);
    if (!goalId) continue;
    const { proposeInitiative } = await gql(admin, `mutation($g: ID!, $i: ProposeInitiativeInput!) { proposeInitiative(goalId: $g, input: $i) { id } }`, { g: goalId, i: initiative });
    await gql(admin, `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
    await gql(admin, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: proposeInitiative.id });
  }

  // Every target member gets a case per launched initiative (through Kafka): wait for them all.
  const launched: { id: string; title: string; cases: { id: string; municipalityId: string }[] }[] = await eventually('adoption cases', async () => {
    const { initiatives } = await gql(admin, `query($n: String!) { initiatives(networkId: $n, status: LAUNCHED, first: 100) { edges { node { id title targetMunicipalityIds adoptionCases { id municipalityId } } } } }`, { n: ctx.networkId });
    const nodes = initiatives.edges.map((e: any) => e.node);
    const complete = nodes.length >= 2 + MORE_INITIATIVES.length && nodes.every((n: any) => n.adoptionCases.length === n.targetMunicipalityIds.length);
    return complete ? nodes.map((n: any) => ({ id: n.id, title: n.title, cases: n.adoptionCases })) : null;
  });

  // Decisions across most members. Sola's story is demo-sola-portal.ts (it adopts the first two);
  // Sola leaves the newer initiatives open, so a newcomer can decide them in the web app.
  const adopted: { projectCaseId: string; municipalityId: string; phaseIndex: number }[] = [];
  const deciding = new Set([...PERSONA_MUNICIPALITIES, ...members.filter((m) => !PERSONA_MUNICIPALITIES.includes(m))].slice(0, ctx.decidingMembers ?? members.length));
  const decisions = launched.flatMap((initiative, i) =>
    initiative.cases
      .filter((c) => deciding.has(c.municipalityId))
      .map((c) => ({ c, i, j: members.indexOf(c.municipalityId), decision: c.municipalityId === '1124' ? null : decisionFor(i, members.indexOf(c.municipalityId)) })),
  );
  await inBatches(decisions, 4, async ({ c, i, j, decision }) => {
    if (!decision) return;
    await gql(await editor(c.municipalityId), `mutation($c: ID!, $in: DecideAdoptionInput!) { decideAdoption(caseId: $c, input: $in) { id } }`, {
      c: c.id,
      in: { decision, rationale: DECISION_RATIONALES[decision], decidingBody: DECIDING_BODIES[(i + j) % DECIDING_BODIES.length], caseNumber: `${2025 + (i % 2)}/${100 + i * 23 + j}` },
    });
    if (decision === 'ADOPT' || decision === 'ADAPT') adopted.push({ projectCaseId: c.id, municipalityId: c.municipalityId, phaseIndex: (i + j) % PHASES.length });
  });

  // Projects through every phase, with status reports; some published for the portals.
  const projects: { id: string; municipalityId: string; phaseIndex: number }[] = [];
  await inBatches(adopted, 4, async (a, k) => {
    const token = await editor(a.municipalityId);
    const project = await eventually(`the project of case ${a.projectCaseId}`, async () => (await gql(token, `query($id: ID!) { adoptionCase(id: $id) { project { id } } }`, { id: a.projectCaseId })).adoptionCase.project);
    const phaseTo = async (from: number, to: number) => {
      for (let p = from; p <= to; p++) await gql(token, `mutation($id: ID!, $p: ProjectPhase!) { changeProjectPhase(id: $id, phase: $p) { id } }`, { id: project.id, p: PHASES[p] });
    };
    // A closed project takes no more reports: report first, close last.
    const lastOpen = Math.min(a.phaseIndex, PHASES.length - 2);
    await phaseTo(1, lastOpen);
    const lights = ['GREEN', 'YELLOW', 'RED'];
    const published = k % 3 !== 2;
    const reports = Math.min(3, a.phaseIndex + 1);
    for (let r = 0; r < reports; r++) {
      const light = lights[(k + r) % 3];
      // The latest report of a published project carries a public summary; the others stay internal.
      const isPublic = published && r === reports - 1;
      await gql(token, `mutation($id: ID!, $in: ReportStatusInput!) { reportProjectStatus(id: $id, input: $in) { id } }`, {
        id: project.id,
        in: {
          overall: light,
          schedule: light,
          budget: lights[(k + r + 1) % 3],
          quality: 'GREEN',
          risk: lights[(k + 2 * r) % 3],
          comment: isPublic ? PUBLIC_SUMMARIES[k % PUBLIC_SUMMARIES.length] : STATUS_COMMENTS[(k + r) % STATUS_COMMENTS.length],
          public: isPublic,
        },
      });
    }
    if (published) await gql(token, `mutation($id: ID!) { setProjectPublished(id: $id, published: true) { id } }`, { id: project.id });
    await phaseTo(lastOpen + 1, a.phaseIndex);
    projects.push({ id: project.id, municipalityId: a.municipalityId, phaseIndex: a.phaseIndex });
  });

  // Two years of quarterly measurements on projects past planning: some on track, some behind.
  const measured = projects.filter((p) => p.phaseIndex === 3 || p.phaseIndex === 4).slice(0, Math.max(4, Math.round((16 * deciding.size) / members.length)));
  await inBatches(measured, 3, async (p, k) => {
    const token = await editor(p.municipalityId);
    const plan = await eventually(`the benefit plan of project ${p.id}`, async () => {
      const { benefitPlan } = await gql(token, `query($p: ID!) { benefitPlan(projectId: $p) { benefits { id direction isDisbenefit targetValue expectedPerYear } } }`, { p: p.id });
      return benefitPlan?.benefits?.length ? benefitPlan : null;
    });
    const pace = k % 3 === 0 ? 0.45 : 1.05; // every third project is behind plan
    for (const b of plan.benefits) {
      if (b.isDisbenefit) continue;
      const gain = (Number(b.expectedPerYear ?? 0) || 10_000) * 2;
      const seededTarget = b.targetValue === null ? null : Number(b.targetValue);
      // The target lies on the better side of the baseline: above it, or below it when lower is better.
      const lower = b.direction === 'LOWER_IS_BETTER';
      const target = lower ? (seededTarget ?? 100) : seededTarget && seededTarget > 0 ? seededTarget : gain;
      const baseline = lower ? target + gain : 0;
      await gql(token, `mutation($id: ID!, $v: String!, $d: String!) { setBenefitBaseline(id: $id, value: $v, date: $d) { id } }`, { id: b.id, v: baseline.toFixed(2), d: MEASUREMENT_QUARTERS[0] });
      if (seededTarget !== target) await gql(token, `mutation($id: ID!, $v: String!, $d: String) { changeBenefitTarget(id: $id, value: $v, date: $d) { id } }`, { id: b.id, v: target.toFixed(2), d: '2026-12-31' });
      for (let q = 1; q < MEASUREMENT_QUARTERS.length; q++) {
        const value = baseline + ((target - baseline) * pace * q) / (MEASUREMENT_QUARTERS.length - 1);
        await gql(token, `mutation($id: ID!, $in: MeasurementInput!) { recordMeasurement(benefitId: $id, input: $in) { id } }`, {
          id: b.id,
          in: { measuredOn: MEASUREMENT_QUARTERS[q], value: value.toFixed(2), source: 'Økonomisystem' },
        });
      }
    }
  });

  await seedConsultations(gql, ctx, admin, editor, launched[0].id);

  for (const a of ACTIVITIES) {
    await gql(admin, `mutation($i: RecordActivityInput!) { recordStrategizingActivity(input: $i) { id } }`, { i: { ...a, networkId: ctx.networkId, strategyId: strategy.id } });
  }

  // A second adopted version, so the overview can compare versions: a revision (version 1 stays
  // in force meanwhile) sharpens the vision and a target, and retires the library initiative that
  // "Digihjelp på biblioteket" (above) replaced.
  await gql(admin, `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, { id: strategy.id });
  await gql(admin, `mutation($id: ID!, $i: UpdateStrategyInput!) { updateStrategy(id: $id, input: $i) { id } }`, {
    id: strategy.id,
    i: { vision: 'Sammen om trygge og gode digitale tjenester for innbyggere, næringsliv og ansatte i hele Rogaland.' },
  });
  const heldigital = goals.get('Flere tjenester er heldigitale');
  if (heldigital) await gql(admin, `mutation($id: ID!) { updateGoal(id: $id, input: { targetValue: 85 }) { id } }`, { id: heldigital });
  const replaced = strategy.focusAreas.flatMap((fa: any) => fa.goals.flatMap((g: any) => g.initiatives)).find((i: any) => i.title === 'Digihjelpen i alle kommuner');
  if (replaced) {
    await gql(admin, `mutation($id: ID!, $r: String!) { retireInitiative(id: $id, reason: $r) { id } }`, { id: replaced.id, r: 'Videreført i «Digihjelp på biblioteket»' });
  }
  await gql(admin, `mutation($id: ID!, $i: AdoptStrategyInput!) { adoptStrategy(id: $id, input: $i) { id } }`, {
    id: strategy.id,
    i: { adoptedBy: 'Styringsgruppen for Digi Rogaland', decisionReference: 'Sak 2026/04' },
  });
}

async function seedConsultations(gql: Gql, ctx: DemoLifeContext, admin: string, editor: (m: string) => Promise<string>, initiativeId: string) {
  const questions = [
    { kind: 'SCALE', prompt: 'Hvor godt treffer forslaget behovene i kommunen din?', min: 1, max: 5 },
    { kind: 'FREE_TEXT', prompt: 'Hva bør endres før innføring?', maxLength: 2000 },
    { kind: 'RANKING', prompt: 'Prioriter funksjonene', options: ['Digital søknad', 'Automatisk kontroll', 'Innsyn for søker'] },
  ];
  const create = async (title: string, description: string) =>
    (
      await gql(admin, `mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id questions { id kind } } }`, {
        i: { networkId: ctx.networkId, subjectType: 'INITIATIVE', subjectId: initiativeId, title, description, audiences: ['MEMBER_MUNICIPALITIES', 'CITIZENS', 'EMPLOYEES'], allowAnonymous: true, questions },
      })
    ).createConsultation as { id: string; questions: { id: string; kind: string }[] };
  const answers = (q: { id: string; kind: string }[], n: number) =>
    q.map((x) =>
      x.kind === 'SCALE' ? { questionId: x.id, scale: 2 + (n % 4) } : x.kind === 'FREE_TEXT' ? { questionId: x.id, text: ['Bra forslag, men opplæring må med.', 'Trenger integrasjon mot arkiv.', 'Viktig for små kommuner.', 'Innsyn for søker er viktigst.'][n % 4] } : { questionId: x.id, ranking: n % 2 ? ['Innsyn for søker', 'Digital søknad', 'Automatisk kontroll'] : ['Digital søknad', 'Innsyn for søker', 'Automatisk kontroll'] },
    );

  // Concluded: answers from municipalities and participants, each with a disposition.
  const done = await create('Høring: krav til felles byggesaksløsning', 'Innspill til kravspesifikasjonen før anskaffelsen.');
  await gql(admin, `mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: done.id });
  for (const [n, m] of ['1103', '1108', '1120', '1127'].entries()) {
    await gql(await editor(m), `mutation($c: ID!, $i: MunicipalityResponseInput!) { submitMunicipalityResponse(consultationId: $c, input: $i) { id } }`, { c: done.id, i: { municipalityId: m, answers: answers(done.questions, n) } });
  }
  for (let n = 0; n < 3; n++) {
    const participant = await ctx.token([{ role: 'participant' }], `demo-participant-${n + 1}`);
    await gql(participant, `mutation($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id } }`, { c: done.id, i: { answers: answers(done.questions, n + 1) } });
  }
  await gql(admin, `mutation($id: ID!) { closeConsultation(id: $id) { id } }`, { id: done.id });
  const { consultation } = await gql(admin, `query($id: ID!) { consultation(id: $id) { responses(first: 100) { edges { node { id } } } } }`, { id: done.id });
  const kinds = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED'];
  for (const [n, { node }] of consultation.responses.edges.entries()) {
    await gql(admin, `mutation($r: ID!, $i: ConsultationDispositionInput!) { setDisposition(responseId: $r, input: $i) { id } }`, {
      r: node.id,
      i: { kind: kinds[n % 4], note: ['Tatt inn i kravspesifikasjonen.', 'Delvis tatt inn; arkivintegrasjon kommer i fase 2.', 'Ligger utenfor rammen for anskaffelsen.', 'Tatt til orientering.'][n % 4] },
    });
  }
  await gql(admin, `mutation($id: ID!) { concludeConsultation(id: $id) { id } }`, { id: done.id });

  // Open: citizens answer on their phones, anonymously if they like.
  const open = await create('Innspill: hvilke byggesakstjenester bør komme først?', 'Si din mening. Du kan svare anonymt.');
  await gql(admin, `mutation($id: ID!) { openConsultation(id: $id) { id } }`, { id: open.id });
}
