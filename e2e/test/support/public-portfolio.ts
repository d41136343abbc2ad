import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from '@samspill/server-testing';
import type { E2EStack } from './e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, SOLA, STAVANGER } from './fixtures';

/** The trusted documents the gateway serves, by the embed's names for them. */
export const DOCUMENT_IDS: Record<'portfolio' | 'benefits' | 'initiative', string> = (() => {
  const source = readFileSync(join(__dirname, '../../../apps/embed/src/api/document-ids.ts'), 'utf8');
  const ids = Object.fromEntries([...source.matchAll(/'(\w+)': '(sha256:[0-9a-f]{64})'/g)].map((m) => [m[1], m[2]]));
  return ids as Record<'portfolio' | 'benefits' | 'initiative', string>;
})();

export const trustedReadUrl = (gatewayUrl: string, document: keyof typeof DOCUMENT_IDS, variables: Record<string, unknown>) =>
  `${gatewayUrl}?documentId=${encodeURIComponent(DOCUMENT_IDS[document])}&variables=${encodeURIComponent(JSON.stringify(variables))}`;

export async function createProject(stack: E2EStack, municipalityId: string, name: string, editor: string): Promise<string> {
  const { createProject } = await ok(
    stack.gatewayUrl,
    `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`,
    { i: { municipalityId, name, description: `${name} (demo)`, serviceArea: 'HEALTH_AND_CARE' } },
    editor,
  );
  return createProject.id;
}

export const setPublished = (stack: E2EStack, id: string, published: boolean, editor: string) =>
  ok(stack.gatewayUrl, `mutation($id: ID!, $p: Boolean!) { setProjectPublished(id: $id, published: $p) { id } }`, { id, p: published }, editor);

/** A status report with an internal comment, or with a public summary when `publicSummary` is given. */
export const reportStatus = (stack: E2EStack, id: string, overall: string, editor: string, publicSummary?: string) =>
  ok(
    stack.gatewayUrl,
    `mutation($id: ID!, $i: ReportStatusInput!) { reportProjectStatus(id: $id, input: $i) { id } }`,
    {
      id,
      i: {
        overall,
        schedule: 'GREEN',
        budget: 'GREEN',
        quality: 'GREEN',
        risk: 'YELLOW',
        comment: publicSummary ?? 'Intern kommentar: leverandøren er forsinket',
        public: publicSummary !== undefined,
      },
    },
    editor,
  );

/** A network with Sola and Stavanger as members, each with a portfolio the editors can fill. */
export async function networkWithPortfolios(stack: E2EStack) {
  const admin = await stack.tokens.networkAdmin('digi-test');
  const solaEditor = await stack.tokens.municipalityEditor(SOLA.id);
  const stavangerEditor = await stack.tokens.municipalityEditor(STAVANGER.id);
  const { goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens);
  for (const [m, token] of [[SOLA.id, solaEditor], [STAVANGER.id, stavangerEditor]]) {
    await waitUntil(async () => {
      const res = await ok(stack.gatewayUrl, `query($m: ID!) { municipality(id: $m) { portfolio { municipalityId } } }`, { m }, token);
      return res.municipality.portfolio ?? undefined;
    }, 30000, `portfolio of ${m}`);
  }
  return { admin, solaEditor, stavangerEditor, goalId };
}
