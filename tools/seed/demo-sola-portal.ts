/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import type { KeyLike } from 'jose';
import { signDevToken } from '@samspill/server-auth';
import { fetchHonouringRetryAfter } from './fetch-honouring-retry-after';

/**
 * Sola's part of the demo, for the portal at http://localhost:4080: Sola adopts both launched
 * initiatives and runs two projects of its own; four projects are published with phases,
 * internal status reports followed by a public one with a summary for residents, and measured
 * benefits; one stays internal (unpublished). Everything goes
 * through the API as Sola's editor, so the events flow as in real use.
 */
const SOLA = '1124';

/**
 * What Sola tells its residents about each published project: the public summary of its latest
 * status report (a report marked public). The internal report before it stays internal.
 */
const PUBLIC_SUMMARIES: Record<string, string> = {
  'Digital byggesak': 'Den nye søknadsløsningen er i pilot hos byggesaksavdelingen. Innbyggerne kan søke digitalt fra våren.',
  'Robotisering av fakturamottak': 'Roboten behandler nå sju av ti inngående fakturaer uten manuelt arbeid. Gevinsten tas ut som frigjort tid.',
  'Digital hjemmetjeneste': 'Behovene er kartlagt sammen med brukere og pårørende. Anskaffelsen planlegges første halvår.',
  'Skole-ID og læringsplattform': 'Skolene er med og vurderer løsninger. Valg av løsning ventes før sommeren.',
};

const OWN_PROJECTS = [
  { name: 'Digital hjemmetjeneste', serviceArea: 'HEALTH_AND_CARE', description: 'Digitalt tilsyn og elektronisk medisineringsstøtte i hjemmetjenesten.', phases: ['CONCEPT', 'PLANNING'], publish: true },
  { name: 'Skole-ID og læringsplattform', serviceArea: 'EDUCATION', description: 'Felles pålogging og læringsplattform for grunnskolen.', phases: ['CONCEPT'], publish: true },
  { name: 'Ny sak- og arkivløsning', serviceArea: 'ADMINISTRATION', description: 'Intern anskaffelse, ikke publisert.', phases: [], publish: false },
];

const PHASES_OF_INITIATIVE: Record<string, string[]> = {
  'Digital byggesak': ['CONCEPT', 'PLANNING', 'EXECUTION'],
  'Robotisering av fakturamottak': ['CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION'],
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function seedSolaPortal(gatewayUrl: string, privateKey: KeyLike | Uint8Array): Promise<void> {
  const token = await signDevToken(privateKey, {
    subject: 'demo-seed-sola',
    name: 'Demo seed (Sola)',
    grants: [{ role: 'municipality-editor', municipality: SOLA }],
    expiresIn: '10m',
  });
  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const res = await fetchHonouringRetryAfter(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
    return body.data;
  };
  /** Adoption cases, portfolios and benefit plans follow events: wait for them. */
  const eventually = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    for (let i = 0; i < 120; i++) {
      const value = await probe().catch(() => undefined);
      if (value !== undefined) return value;
      await sleep(250);
    }
    throw new Error(`demo seed: timed out waiting for ${what}`);
  };

  const cases = await eventually('Sola’s adoption cases', async () => {
    const { municipality } = await gql(`query($m: ID!) { municipality(id: $m) { adoptionCases { id initiativeTitle } } }`, { m: SOLA });
    return municipality.adoptionCases.length >= Object.keys(PHASES_OF_INITIATIVE).length ? (municipality.adoptionCases as any[]) : undefined;
  });
  const projects: { id: string; name: string; phases: string[]; publish: boolean }[] = [];
  for (const c of cases) {
    const phases = PHASES_OF_INITIATIVE[c.initiativeTitle];
    if (!phases) continue;
    const decision = c.initiativeTitle === 'Digital byggesak' ? 'ADOPT' : 'ADAPT';
    await gql(`mutation($c: ID!, $i: DecideAdoptionInput!) { decideAdoption(caseId: $c, input: $i) { id } }`, {
      c: c.id,
      i: { decision, rationale: 'Passer med Sola kommunes digitaliseringsplan', decidingBody: 'Formannskapet', caseNumber: 'PS 14/25' },
    });
    const project = await eventually('the adopted project', async () => {
      const { adoptionCase } = await gql(`query($c: ID!) { adoptionCase(id: $c) { project { id } } }`, { c: c.id });
      return adoptionCase.project?.id as string | undefined;
    });
    projects.push({ id: project, name: c.initiativeTitle, phases, publish: true });
  }
  for (const p of OWN_PROJECTS) {
    const { createProject } = await gql(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
      i: { municipalityId: SOLA, name: p.name, description: p.description, serviceArea: p.serviceArea, owner: 'Digitaliseringsenheten' },
    });
    projects.push({ id: createProject.id, name: p.name, phases: p.phases, publish: p.publish });
  }

  const lights = ['GREEN', 'YELLOW', 'GREEN', 'GREEN', 'RED'];
  for (const [i, p] of projects.entries()) {
    for (const phase of p.phases) await gql(`mutation($id: ID!, $p: ProjectPhase!) { changeProjectPhase(id: $id, phase: $p) { id } }`, { id: p.id, p: phase });
    const report = (comment: string, isPublic: boolean) =>
      gql(`mutation($id: ID!, $i: ReportStatusInput!) { reportProjectStatus(id: $id, input: $i) { id } }`, {
        id: p.id,
        i: { overall: lights[i % lights.length], schedule: 'GREEN', budget: 'YELLOW', quality: 'GREEN', risk: 'YELLOW', comment, public: isPublic },
      });
    await report('Intern merknad til styringsgruppen: leverandøren ber om mer tid til integrasjonen.', false);
    const summary = PUBLIC_SUMMARIES[p.name];
    if (p.publish && summary) await report(summary, true);
    if (p.publish) await gql(`mutation($id: ID!) { setProjectPublished(id: $id, published: true) { id } }`, { id: p.id });
    await measureBenefits(gql, eventually, p.id, i);
  }
  console.error(`[seed] Sola portal demo: ${projects.filter((p) => p.publish).length} published projects with public status summaries and benefits`);
}

async function measureBenefits(
  gql: (q: string, v?: Record<string, unknown>) => Promise<any>,
  eventually: <T>(what: string, probe: () => Promise<T | undefined>) => Promise<T>,
  projectId: string,
  index: number,
) {
  const plan = await eventually('a benefit plan', async () => {
    const { benefitPlan } = await gql(`query($p: ID!) { benefitPlan(projectId: $p) { id seeded initiativeId benefits { id unit expectedPerYear direction targetValue } } }`, { p: projectId });
    return benefitPlan.seeded || !benefitPlan.initiativeId ? benefitPlan : undefined;
  });
  let benefits: { id: string; unit: string; expectedPerYear: string | null; direction?: string; targetValue?: string | null }[] = plan.benefits;
  if (benefits.length === 0) {
    const { addBenefit } = await gql(
      `mutation($p: ID!, $i: AddBenefitInput!) { addBenefit(planId: $p, input: $i) { id unit expectedPerYear } }`,
      { p: plan.id, i: { type: 'EFFICIENCY', indicator: 'Sparte driftskostnader', unit: 'NOK', owner: 'Kommunalsjef', realisationMethod: 'FREED_CAPACITY' } },
    );
    benefits = [{ ...addBenefit, expectedPerYear: '250000' }];
  }
  const shares = [0.35, 0.6, 0.8, 0.2, 0.5];
  for (const b of benefits) {
    const gain = Math.round(Number(b.expectedPerYear ?? '100000')) || 100000;
    // The target lies on the better side of the baseline (issue 10): below it when lower is better.
    const lower = b.direction === 'LOWER_IS_BETTER';
    const target = lower ? Math.round(Number(b.targetValue ?? gain)) : gain;
    const baseline = lower ? target + gain : 0;
    const value = lower ? baseline - (baseline - target) * shares[index % shares.length] : gain * shares[index % shares.length];
    await gql(`mutation($b: ID!, $v: String!) { setBenefitBaseline(id: $b, value: $v, date: "2025-01-01") { id } }`, { b: b.id, v: String(baseline) });
    await gql(`mutation($b: ID!, $v: String!) { changeBenefitTarget(id: $b, value: $v, date: "2027-12-31") { id } }`, { b: b.id, v: String(target) });
    await gql(`mutation($b: ID!, $v: String!) { recordMeasurement(benefitId: $b, input: { measuredOn: "2025-09-30", value: $v, source: "Økonomisystemet" }) { id } }`, {
      b: b.id,
      v: String(Math.round(value)),
    });
  }
}
