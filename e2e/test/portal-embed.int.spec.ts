/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { waitUntil } from '@samspill/server-testing';
import { buildEmbed } from '../../apps/embed/tooling/build-embed';
import { RunningDemoPortal, startDemoPortal } from '../../apps/embed/tooling/demo-portal';
import { launchChromium } from './support/browser';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { ok, proposeAndApprove, SOLA } from './support/fixtures';
import { createProject, networkWithPortfolios, reportStatus, setPublished } from './support/public-portfolio';

/** Screenshots to look at after a run. */
const SHOTS = join(__dirname, '../../.samspill/screenshots');

const PUBLIC_SUMMARY = 'Skolene tester pålogging med Skole-ID fra høsten.';

describe('the demo portal embeds Samspill from another origin (real Chromium)', () => {
  let stack: E2EStack;
  let portal: RunningDemoPortal;
  let browser: Browser;
  let context: BrowserContext;
  let solaEditor: string;
  const gatewayBase = () => stack.gatewayUrl.replace(/\/graphql$/, '');

  const shadowText = (page: Page, element: string) =>
    page.evaluate((el) => (globalThis as any).document.querySelector(el)?.shadowRoot?.textContent ?? '', element);

  const waitForShadowText = (page: Page, element: string, text: string) =>
    page.waitForFunction(([el, t]) => ((globalThis as any).document.querySelector(el)?.shadowRoot?.textContent ?? '').includes(t), [element, text] as const, { timeout: 20000 });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const bundle = await buildEmbed(mkdtempSync(join(tmpdir(), 'samspill-embed-')));
    portal = await startDemoPortal({ port: 0, gatewayUrl: () => gatewayBase(), networkId: 'digi-test', refresh: 1 });
    stack = await startE2EStack({ gatewayEnv: { CORS_ORIGINS: portal.url, EMBED_DIST_DIR: bundle.dir } });
    const actors = await networkWithPortfolios(stack);
    solaEditor = actors.solaEditor;

    // A launched initiative with Sola's decision, for <samspill-initiative>.
    const initiativeId = await proposeAndApprove(stack.gatewayUrl, actors.admin, actors.goalId, 'Digital byggesak');
    await ok(stack.gatewayUrl, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: initiativeId }, actors.admin);
    const caseId = await waitUntil(async () => {
      const res = await ok(stack.gatewayUrl, `query($i: ID!) { initiative(id: $i) { adoptionCases { id municipalityId } } }`, { i: initiativeId });
      return res.initiative.adoptionCases.find((c: any) => c.municipalityId === SOLA.id)?.id as string | undefined;
    }, 30000, 'Sola’s adoption case');
    await ok(stack.gatewayUrl, `mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Passer planen" }) { id } }`, { c: caseId }, solaEditor);

    // Two published projects, one with a status report and a measured benefit.
    const home = await createProject(stack, SOLA.id, 'Digital hjemmetjeneste', solaEditor);
    const school = await createProject(stack, SOLA.id, 'Skole-ID for elever', solaEditor);
    for (const id of [home, school]) await setPublished(stack, id, true, solaEditor);
    await reportStatus(stack, home, 'YELLOW', solaEditor);
    // The school project: an internal report, then one marked public with a summary for residents.
    await reportStatus(stack, school, 'GREEN', solaEditor);
    await reportStatus(stack, school, 'GREEN', solaEditor, PUBLIC_SUMMARY);
    const plan = await waitUntil(async () => {
      const res = await ok(stack.gatewayUrl, `query($p: ID!) { benefitPlan(projectId: $p) { id } }`, { p: home }, solaEditor).catch(() => undefined);
      return res?.benefitPlan?.id as string | undefined;
    }, 30000, 'the benefit plan');
    const { addBenefit } = await ok(
      stack.gatewayUrl,
      `mutation($p: ID!) { addBenefit(planId: $p, input: { type: EFFICIENCY, indicator: "Sparte kjøreutgifter", unit: "NOK", targetValue: "400000", targetDate: "2027-12-31" }) { id } }`,
      { p: plan },
      solaEditor,
    );
    await ok(stack.gatewayUrl, `mutation($b: ID!) { setBenefitBaseline(id: $b, value: "0", date: "2025-01-01") { id } }`, { b: addBenefit.id }, solaEditor);
    await ok(stack.gatewayUrl, `mutation($b: ID!) { recordMeasurement(benefitId: $b, input: { measuredOn: "2025-06-30", value: "150000", source: "Økonomi" }) { id } }`, { b: addBenefit.id }, solaEditor);

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await portal?.stop();
  });

  it.each([
    ['nb', 'Digitaliseringsprosjekter i Sola', 'Gevinster i Sola', 'Helse og omsorg'],
    ['nn', 'Digitaliseringsprosjekt i Sola', 'Gevinstar i Sola', 'Helse og omsorg'],
    ['en', 'Digitalisation projects in Sola', 'Benefits in Sola', 'Health and care'],
  ])('renders Sola’s published projects inside the shadow roots in %s', async (lang, portfolioTitle, benefitsTitle, area) => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/?lang=${lang}`);
    await waitForShadowText(page, 'samspill-portfolio', 'Digital hjemmetjeneste');
    await waitForShadowText(page, 'samspill-benefits', '150');
    await waitForShadowText(page, 'samspill-initiative', 'Sola');
    const portfolio = await shadowText(page, 'samspill-portfolio');
    expect(portfolio).toContain(portfolioTitle);
    expect(portfolio).toContain('Skole-ID for elever');
    expect(portfolio).toContain(area);
    // A report marked public shows its summary; an internal comment never shows.
    expect(portfolio).toContain(PUBLIC_SUMMARY);
    expect(portfolio).not.toContain('leverandøren');
    expect(await shadowText(page, 'samspill-benefits')).toContain(benefitsTitle);
    // Rendered in the shadow root, not into the portal's DOM.
    expect(await page.evaluate(() => (globalThis as any).document.querySelector('samspill-portfolio')?.innerHTML)).toBe('');
    // The adopted initiative's project is not published: its name must not leak through the initiative view.
    expect(portfolio).not.toContain('Digital byggesak');
    await page.frameLocator('iframe[data-samspill]').locator('samspill-portfolio h3').first().waitFor({ timeout: 20000 });
    await page.screenshot({ path: join(SHOTS, `portal-${lang}.png`), fullPage: true });
    await page.close();
  });

  it('shows a project published during the visit without a reload, never an unpublished one, and drops one unpublished again', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/`);
    await waitForShadowText(page, 'samspill-portfolio', 'Digital hjemmetjeneste');
    const hidden = await createProject(stack, SOLA.id, 'Intern arkivflytting', solaEditor);
    const shown = await createProject(stack, SOLA.id, 'Chatbot for innbyggere', solaEditor);
    await setPublished(stack, shown, true, solaEditor);
    await waitForShadowText(page, 'samspill-portfolio', 'Chatbot for innbyggere');
    // Published after the unpublished one was created: had it been visible, it would be by now.
    expect(await shadowText(page, 'samspill-portfolio')).not.toContain('Intern arkivflytting');

    await setPublished(stack, shown, false, solaEditor);
    await page.waitForFunction(() => !((globalThis as any).document.querySelector('samspill-portfolio')?.shadowRoot?.textContent ?? '').includes('Chatbot for innbyggere'), undefined, {
      timeout: 20000,
    });
    expect(await shadowText(page, 'samspill-portfolio')).not.toContain('Intern arkivflytting');
    expect(hidden).toBeTruthy();
    await page.close();
  });

  it('sizes the iframe variant to its content through postMessage', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/?lang=nb`);
    const frame = page.frameLocator('iframe[data-samspill]');
    await frame.locator('samspill-portfolio h3').first().waitFor({ timeout: 20000 });
    const content = (await (await page.$('iframe[data-samspill]'))?.contentFrame())!;
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('iframe[data-samspill]')).style.height !== '', undefined, { timeout: 20000 });
    // The iframe ends up as tall as its content (the border aside), whatever the first report said.
    await waitUntil(async () => {
      const inner = await content.evaluate(() => (globalThis as any).document.documentElement.getBoundingClientRect().height);
      const outer = await page.evaluate(() => ((globalThis as any).document.querySelector('iframe[data-samspill]')).clientHeight);
      return Math.abs(outer - inner) < 2 ? true : undefined;
    }, 20000, 'the iframe sized to its content');
    expect(await frame.locator('samspill-portfolio h2').textContent()).toBe('Digitaliseringsprosjekt i Sola');
    await page.locator('iframe[data-samspill]').screenshot({ path: join(SHOTS, 'portal-iframe.png') });
    await page.close();
  });

  it('keeps the data from a page on an origin outside CORS_ORIGINS (the browser blocks the read)', async () => {
    const page = await context.newPage();
    // Same server, other origin: "localhost" is not the allowed "127.0.0.1".
    const other = portal.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${other}/`);
    await waitForShadowText(page, 'samspill-portfolio', 'Kunne ikke hente data fra Samspill.');
    const direct = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'read';
      } catch (err) {
        return (err as Error).name;
      }
    }, `${stack.gatewayUrl}?query=${encodeURIComponent('{ municipality(id: "1124") { name } }')}`);
    expect(direct).toBe('TypeError');
    await page.close();
  });

  it('has no WCAG 2.1 A/AA violations, shadow roots and the iframe page included', async () => {
    for (const url of [`${portal.url}/?lang=nb`, `${portal.url}/?lang=en`, `${gatewayBase()}/embed/portfolio/${SOLA.id}?lang=nn`]) {
      const page = await context.newPage();
      await page.goto(url);
      await waitForShadowText(page, 'samspill-portfolio', 'Digital hjemmetjeneste');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});
