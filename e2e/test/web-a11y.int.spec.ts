/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape, as in the other e2e tests. */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { graphql } from '@samspill/server-testing';
import { PersonaId, SCREENSHOTS, startWebStack, WebStack } from './support/web-stack';

/**
 * Every route of the web app through axe-core (WCAG 2.1 A and AA rule tags) and a reflow check in bokmål and
 * English, at a phone (390 px) and a desktop (1440 px) width, in real chromium against the real
 * stack with the demo data; screenshots of each go to test-output/web-screenshots (git-ignored).
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

// Predicates are functions, not strings: the app's CSP forbids eval, and Playwright evals string predicates.
async function pageReady(page: Page) {
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('main .loading'), undefined, { timeout: 30_000 });
}

describe('web app accessibility', () => {
  it('every route has no WCAG 2.1 A/AA violations (axe) and reflows without sideways scrolling in bokmål and English, and is photographed at 390 and 1440 px', async () => {
    const { municipality } = await api(`{ municipality(id: "1108") { projects { id phase } } }`);
    const project = municipality.projects.find((p: { phase: string }) => p.phase === 'EXECUTION' || p.phase === 'REALISATION') ?? municipality.projects[0];
    const { consultations } = await api(`{ consultations(networkId: "digi-rogaland", first: 20) { edges { node { id status } } } }`);
    const concluded = consultations.edges.find((e: { node: { status: string } }) => e.node.status === 'CONCLUDED').node.id;
    const routes: [string, string, PersonaId | undefined][] = [
      ['overview', '/', undefined],
      ['matrix', '/matrix', 'admin'],
      ['municipality', '/municipalities/1108', 'sandnes'],
      ['project', `/projects/${project.id}`, 'sandnes'],
      ['consultations', '/consultations', 'participant'],
      ['consultation', `/consultations/${concluded}`, 'admin'],
      ['benefits', '/benefits', 'analyst'],
      ['activities', '/activities', undefined],
      ['sign-in', '/sign-in', undefined],
    ];
    const violations: string[] = [];
    for (const width of [390, 1440]) {
      for (const [name, path, persona] of routes) {
        const { context, page } = await web.open({ persona, width });
        try {
          for (const lang of ['nb', 'en']) {
            await page.goto(`${path}?lang=${lang}`);
            await pageReady(page);
            expect(await page.getAttribute('html', 'lang')).toBe(lang);
            const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
            for (const v of result.violations) violations.push(`${path} ${lang} ${width}px: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
            // Reflow (WCAG 1.4.10): wide content scrolls inside its own box, the page never sideways.
            const overflow = await page.evaluate(() => {
              const root = (globalThis as any).document.documentElement;
              return root.scrollWidth - root.clientWidth;
            });
            if (overflow > 0) violations.push(`${path} ${lang} ${width}px: reflow (the page is ${overflow}px wider than the viewport)`);
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${lang}.png`), fullPage: true });
          }
        } finally {
          await context.close();
        }
      }
    }
    expect(violations).toEqual([]);
  }, 900_000);
});
