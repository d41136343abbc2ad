/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape, as in the other e2e tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { graphql, waitUntil } from '@samspill/server-testing';
import { PersonaId, SCREENSHOTS, startWebStack, WebStack } from './support/web-stack';

/**
 * The web app in a real browser (Debian's chromium via playwright-core) against the real stack
 * with the demo data loaded through the API: the issue-12 scenarios, keyboard-only deciding and
 * axe on the case dialog. Every route's axe check and screenshots: web-a11y.int.spec.ts.
 */
let web: WebStack;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

beforeAll(async () => {
  web = await startWebStack();
}, 1_200_000);

afterAll(async () => {
  await web?.stop();
});

async function api<T = any>(query: string, variables: Record<string, unknown> = {}, persona: PersonaId = 'admin'): Promise<T> {
  const res = await graphql<T>(web.stack.gatewayUrl, query, variables, await web.tokenFor(persona));
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

async function solaCase(title: string): Promise<{ id: string; initiativeId: string; status: string }> {
  const { municipality } = await api(`{ municipality(id: "1124") { adoptionCases { id initiativeId initiativeTitle status } } }`);
  const found = municipality.adoptionCases.find((c: { initiativeTitle: string }) => c.initiativeTitle === title);
  if (!found) throw new Error(`Sola has no case for ${title}`);
  return found;
}

const cellSelector = (initiativeId: string, municipalityId: string) => `td[data-initiative="${initiativeId}"][data-municipality="${municipalityId}"]`;

/** Waits until an attribute of the first element matching `selector` has the value (the page polls the API). */
// Predicates are functions, not strings: the app's CSP forbids eval, and Playwright evals string predicates.
async function waitForAttribute(page: Page, selector: string, name: string, value: string) {
  await page.waitForFunction(([sel, attr, want]) => (globalThis as any).document.querySelector(sel)?.getAttribute(attr) === want, [selector, name, value] as const, { timeout: 30_000 });
}


describe('the web app', () => {
  it("Sola's editor signs in, decides ADOPT in the matrix; the cell follows without a reload and the project shows on /municipalities/1124", async () => {
    const target = await solaCase('Felles chatbot for innbyggerdialog');
    expect(target.status).toBe('OPEN');
    const { context, page } = await web.open();
    try {
      await page.goto('/sign-in');
      await page.locator('button[data-persona="sola"]').click();
      await page.getByTestId('signed-in-as').waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Tranchematrisen' }).click();
      const cell = cellSelector(target.initiativeId, '1124');
      await waitForAttribute(page, cell, 'data-stage', 'LAUNCHED');
      await page.evaluate('window.__sameDocument = true');

      await page.locator(cell).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Vedtak', { exact: true }).selectOption('ADOPT');
      await dialog.getByLabel('Begrunnelse').fill('Passer med kommunens digitaliseringsplan');
      await dialog.getByLabel('Vedtaksorgan').fill('Formannskapet');
      await dialog.getByLabel('Saksnummer').fill('PS 42/26');
      await dialog.getByRole('button', { name: 'Lagre vedtak' }).click();
      await dialog.getByText('Vedtaket er lagret.').waitFor();
      await page.keyboard.press('Escape');

      await waitForAttribute(page, cell, 'data-decision', 'ADOPT');
      expect(await page.evaluate('window.__sameDocument === true')).toBe(true);

      await page.getByRole('navigation').getByRole('link', { name: 'Min kommune' }).click();
      await page.waitForURL('**/municipalities/1124');
      await page.getByTestId('projects').getByRole('link', { name: 'Felles chatbot for innbyggerdialog' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a decision made elsewhere shows on an open /matrix and /municipalities/1124 without a reload, told by the change stream', async () => {
    const target = await solaCase('Felles integrasjonsplattform');
    expect(target.status).toBe('OPEN');
    const admin = await web.open({ persona: 'admin' });
    // Sola's editor watching their own page (a new project is unpublished, so only they and the network see it).
    const resident = await web.open({ persona: 'sola' });
    try {
      // Both pages listen on GET /changes (Server-Sent Events); polling is only the fallback.
      const streams = [admin.page, resident.page].map((page) => page.waitForResponse((r) => new URL(r.url()).pathname === '/changes', { timeout: 30_000 }));
      await admin.page.goto('/matrix');
      await resident.page.goto('/municipalities/1124');
      expect(await Promise.all(streams.map(async (r) => (await r).status()))).toEqual([200, 200]);
      const cell = cellSelector(target.initiativeId, '1124');
      await waitForAttribute(admin.page, cell, 'data-stage', 'LAUNCHED');
      await resident.page.getByTestId('projects').waitFor();
      await admin.page.evaluate('window.__sameDocument = true');
      await resident.page.evaluate('window.__sameDocument = true');

      await api(
        `mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Felles plattform sparer lisenser", decidingBody: "Formannskapet", caseNumber: "PS 43/26" }) { id } }`,
        { c: target.id },
        'sola',
      );
      await waitForAttribute(admin.page, cell, 'data-decision', 'ADOPT');
      await resident.page.getByTestId('projects').getByRole('link', { name: 'Felles integrasjonsplattform' }).waitFor({ timeout: 30_000 });
      expect(await admin.page.evaluate('window.__sameDocument === true')).toBe(true);
      expect(await resident.page.evaluate('window.__sameDocument === true')).toBe(true);
    } finally {
      await admin.context.close();
      await resident.context.close();
    }
  });

  it("Stavanger's editor sees no decide button on Sola's case, and a forged decision from the page is refused", async () => {
    const target = await solaCase('Automatisert lønnskontroll');
    const { context, page } = await web.open({ persona: 'stavanger' });
    try {
      await page.goto('/matrix');
      const cell = cellSelector(target.initiativeId, '1124');
      await page.locator(cell).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Tidslinje').waitFor();
      expect(await dialog.getByRole('button', { name: 'Lagre vedtak' }).count()).toBe(0);
      expect(await dialog.getByLabel('Begrunnelse').count()).toBe(0);

      const forged = (await page.evaluate(`(async () => {
        const { token } = JSON.parse(sessionStorage.getItem('samspill.session'));
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({ query: 'mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: DECLINE, rationale: "Stavanger prøver å avslå på vegne av Sola", decidingBody: "Formannskapet", caseNumber: "PS 1/26" }) { id status } }', variables: { c: ${JSON.stringify(target.id)} } }),
        });
        return res.json();
      })()`)) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(forged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await solaCase('Automatisert lønnskontroll')).status).toBe('OPEN');
    } finally {
      await context.close();
    }
  });

  it("decides a case with the keyboard alone (Sola's editor, /matrix)", async () => {
    const target = await solaCase('Automatisert lønnskontroll');
    const { context, page } = await web.open({ persona: 'sola' });
    try {
      await page.goto('/matrix');
      const cell = cellSelector(target.initiativeId, '1124');
      await page.locator(cell).waitFor();
      const [row, col] = ((await page.locator(cell).getAttribute('data-cell')) as string).split(':').map(Number);
      // Tab into the grid (one tab stop), then arrow keys to the cell.
      for (let i = 0; i < 40 && (await page.evaluate(`document.activeElement?.getAttribute('role')`)) !== 'gridcell'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(`document.activeElement?.getAttribute('data-cell')`)).toBe('0:0');
      for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
      for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(`document.activeElement?.getAttribute('data-municipality')`)).toBe('1124');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Begrunnelse').waitFor();

      const focusNamed = async (name: string) => {
        for (let i = 0; i < 15 && (await page.evaluate(`document.activeElement?.getAttribute('name')`)) !== name; i++) await page.keyboard.press('Tab');
        expect(await page.evaluate(`document.activeElement?.getAttribute('name')`)).toBe(name);
      };
      await focusNamed('decision');
      await page.keyboard.press('ArrowDown'); // ADOPT → ADAPT
      await focusNamed('rationale');
      await page.keyboard.type('Tilpasses vårt økonomisystem');
      await focusNamed('caseNumber');
      await page.keyboard.type('PS 43/26');
      await page.keyboard.press('Enter'); // submits the form
      await dialog.getByText('Vedtaket er lagret.').waitFor();
      await page.keyboard.press('Escape');
      await waitForAttribute(page, cell, 'data-decision', 'ADAPT');
      expect((await solaCase('Automatisert lønnskontroll')).status).toBe('ADAPTED');
    } finally {
      await context.close();
    }
  });

  it('a participant answers an open consultation and, after the admin sets a disposition, sees it', async () => {
    const participant = await web.open({ persona: 'participant' });
    const admin = await web.open({ persona: 'admin' });
    try {
      const p = participant.page;
      await p.goto('/consultations');
      await p.getByRole('link', { name: 'Innspill: hvilke byggesakstjenester bør komme først?' }).click();
      await p.getByRole('heading', { name: 'Svar på høringen' }).waitFor();
      const url = p.url();
      await p.getByRole('radio', { name: '4' }).check();
      await p.getByLabel('Hva bør endres før innføring?').fill('Søkerne må få varsel på SMS.');
      await p.getByLabel('Plass 1').selectOption('Innsyn for søker');
      await p.getByLabel('Plass 2').selectOption('Digital søknad');
      await p.getByLabel('Plass 3').selectOption('Automatisk kontroll');
      await p.getByRole('button', { name: 'Send svar' }).click();
      await p.getByText('Takk! Svaret ditt er sendt.').waitFor();

      const a = admin.page;
      await a.goto(new URL(url).pathname);
      await a.getByRole('button', { name: 'Lukk høringen nå' }).click();
      const card = a.locator('[data-response]').filter({ hasText: 'Søkerne må få varsel på SMS.' });
      await card.waitFor();
      await card.getByLabel('Behandling').selectOption('PARTLY_ADOPTED');
      await card.getByLabel('Notat').fill('SMS-varsel kommer i fase 2.');
      await card.getByRole('button', { name: 'Sett behandling' }).click();
      await card.getByText('Behandlingen er lagret.').waitFor();

      await p.reload();
      const mine = p.getByTestId('my-input');
      await mine.getByText('SMS-varsel kommer i fase 2.').waitFor();
      expect(await mine.textContent()).toContain('Delvis tatt til følge');
    } finally {
      await participant.context.close();
      await admin.context.close();
    }
  });

  it('an admin compares two strategy versions', async () => {
    const { context, page } = await web.open({ persona: 'admin' });
    try {
      await page.goto('/');
      await page.getByText('Sammenlign versjoner').click();
      await page.getByLabel('Fra versjon').selectOption('1');
      await page.getByLabel('Til versjon').selectOption('2');
      await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
      const changes = page.getByTestId('version-changes');
      await changes.waitFor();
      expect(await changes.textContent()).toContain('Sammen om trygge og gode digitale tjenester');
      // The revision also retired an initiative: the removal is listed with its reason (issue 10).
      expect(await changes.textContent()).toContain('Videreført i «Digihjelp på biblioteket»');
    } finally {
      await context.close();
    }
  });

  it("Sola's editor accepts a network's invitation on the municipality page, and only then is Sola a member (issue 11)", async () => {
    const members = async () => (await api(`{ network(id: "velferdsteknologi-jaeren") { members { municipality { id } } } }`)).network.members.map((m: any) => m.municipality.id);
    expect(await members()).toEqual([]);
    const { context, page } = await web.open({ persona: 'sola' });
    try {
      await page.goto('/municipalities/1124');
      const invitations = page.getByTestId('invitations');
      await invitations.getByText('Velferdsteknologi Jæren inviterer kommunen til å bli medlem').waitFor();
      const violations = (await new AxeBuilder({ page }).include('section[aria-labelledby="invitations-heading"]').withTags(WCAG).analyze()).violations;
      expect(violations).toEqual([]);
      await invitations.getByRole('button', { name: 'Takk ja' }).click();
      await page.getByRole('status').getByText('Kommunen er nå medlem av Velferdsteknologi Jæren.').waitFor();
      expect(await members()).toEqual(['1124']);
    } finally {
      await context.close();
    }
  });

  it('an analyst downloads the benefit facts as CSV from /benefits', async () => {
    const { context, page } = await web.open({ persona: 'analyst' });
    try {
      await page.goto('/benefits');
      await page.getByTestId('rollup').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
      expect(download.suggestedFilename()).toBe('benefit-facts-digi-rogaland.csv');
      const csv = readFileSync((await download.path()) as string, 'utf8').trim().split('\n');
      expect(csv[0]).toMatch(/municipality/i);
      expect(csv.length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  it('the case dialog in the matrix has no WCAG 2.1 A/AA violations', async () => {
    const target = await solaCase('Digihjelp på biblioteket');
    const { context, page } = await web.open({ persona: 'sola' });
    try {
      await page.goto('/matrix');
      await page.locator(cellSelector(target.initiativeId, '1124')).click();
      await page.getByRole('dialog').getByText('Tidslinje').waitFor();
      const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'matrix-case-dialog-1440-nb.png') });
    } finally {
      await context.close();
    }
  });

  it('the gateway refuses unknown personas and serves deep links with the app shell', async () => {
    const res = await fetch(`${web.baseUrl}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"persona":"root"}' });
    expect(res.status).toBe(400);
    const deep = await fetch(`${web.baseUrl}/consultations/does-not-exist?lang=en`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-security-policy')).toContain("script-src 'self'");
    await waitUntil(async () => ((await fetch(`${web.baseUrl}/app-config.json`)).ok ? true : undefined), 5000, 'app config');
  });
});
