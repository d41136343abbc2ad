/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import { waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { SOLA, STAVANGER } from './support/fixtures';
import { createProject, networkWithPortfolios, reportStatus, setPublished, trustedReadUrl } from './support/public-portfolio';

const PORTAL = 'http://portal.example.test';
const OTHER = 'http://elsewhere.example.test';

describe('public read path: CORS, trusted documents by GET, HTTP caching, event-driven response cache', () => {
  let stack: E2EStack;
  let solaProject: string;
  let stavangerProject: string;
  let editors: { solaEditor: string; stavangerEditor: string };

  const read = (municipality: string, headers: Record<string, string> = {}) =>
    fetch(trustedReadUrl(stack.gatewayUrl, 'portfolio', { municipality }), { headers });

  beforeAll(async () => {
    stack = await startE2EStack({ gatewayEnv: { CORS_ORIGINS: PORTAL } });
    editors = await networkWithPortfolios(stack);
    solaProject = await createProject(stack, SOLA.id, 'Digital hjemmetjeneste', editors.solaEditor);
    stavangerProject = await createProject(stack, STAVANGER.id, 'Velferdsteknologi', editors.stavangerEditor);
    await setPublished(stack, solaProject, true, editors.solaEditor);
    await setPublished(stack, stavangerProject, true, editors.stavangerEditor);
    await reportStatus(stack, solaProject, 'GREEN', editors.solaEditor);
    await waitUntil(async () => (stack.gateway.publicRead.cache.isLive ? true : undefined), 60000, 'response cache following events');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers a preflight from an allowed origin, and refuses one from any other', async () => {
    const preflight = (origin: string) =>
      fetch(stack.gatewayUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(PORTAL);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('GET');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const refused = await preflight(OTHER);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const readFromOther = await read(SOLA.id, { origin: OTHER });
    expect(readFromOther.headers.get('access-control-allow-origin')).toBeNull();
    const readFromPortal = await read(SOLA.id, { origin: PORTAL });
    expect(readFromPortal.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(readFromPortal.headers.get('access-control-expose-headers')).toContain('etag');
  });

  it('serves an anonymous trusted read by id with public cache headers, an ETag and 304 on If-None-Match', async () => {
    const first = await read(SOLA.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const body = (await first.json()) as any;
    expect(body.data.municipality.projects.map((p: any) => p.name)).toEqual(['Digital hjemmetjeneste']);

    const again = await waitUntil(async () => {
      const res = await read(SOLA.id);
      return res.headers.get('x-samspill-cache') === 'HIT' ? res : undefined;
    }, 10000, 'a cache hit');
    expect(again.headers.get('etag')).toBe(etag);

    const revalidated = await read(SOLA.id, { 'if-none-match': etag as string });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('shows only public fields: no employee identifiers and no status comments', async () => {
    const text = await (await read(SOLA.id)).text();
    expect(text).not.toMatch(/reportedBy|decidedBy|recordedBy|comment|editor-1124|leverandøren/i);
  });

  it('never stores a signed-in trusted read, and refuses an unknown document id', async () => {
    const res = await read(SOLA.id, { authorization: `Bearer ${editors.solaEditor}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-samspill-cache')).toBeNull();
    // The embed's document asks for the public summary only: run with an editor's token it still shows no internal comment.
    expect(await res.text()).not.toMatch(/leverandøren/i);

    const unknown = await fetch(`${stack.gatewayUrl}?documentId=sha256:${'0'.repeat(64)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('tells /changes listeners that something changed when an event arrives, and nothing more', async () => {
    const controller = new AbortController();
    const res = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/changes'), { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const changed = (async () => {
      while (!/event: change\n/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    })();
    await waitUntil(async () => (stack.gateway.publicRead.changes.clients > 0 ? true : undefined), 10000, 'the stream registered');
    await reportStatus(stack, stavangerProject, 'RED', editors.stavangerEditor);
    expect(await changed).toMatch(/^retry: 5000\n\n(: keep-alive\n\n)*event: change\nid: \d+\ndata: \{\}\n\n$/);
    controller.abort();
  });

  it('answers an ad-hoc query by GET without public caching, and refuses a mutation by GET', async () => {
    const query = `{ municipality(id: "${SOLA.id}") { name } }`;
    const adHoc = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, { headers: { origin: PORTAL } });
    expect(adHoc.status).toBe(200);
    expect(((await adHoc.json()) as any).data.municipality.name).toBe('Sola');
    expect(adHoc.headers.get('cache-control') ?? '').not.toMatch(/public/);

    const mutation = `mutation { setProjectPublished(id: "${solaProject}", published: false) { id } }`;
    const byGet = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: `Bearer ${editors.solaEditor}` },
    });
    expect(byGet.status).toBe(405);
    const still = (await (await read(SOLA.id, { authorization: `Bearer ${editors.solaEditor}` })).json()) as any;
    expect(still.data.municipality.projects.map((p: any) => p.id)).toEqual([solaProject]);
  });

  it('drops exactly the entries a StatusReported affects: Sola reflects the report, Stavanger stays cached', async () => {
    // Warm both municipalities' entries.
    for (const m of [SOLA.id, STAVANGER.id]) {
      await waitUntil(async () => ((await read(m)).headers.get('x-samspill-cache') === 'HIT' ? true : undefined), 10000, `warm ${m}`);
    }
    const stavangerEtag = (await read(STAVANGER.id)).headers.get('etag');

    await reportStatus(stack, solaProject, 'RED', editors.solaEditor);
    const overall = async () => ((await (await read(SOLA.id)).json()) as any).data.municipality.projects[0].latestStatus.overall;
    await waitUntil(async () => ((await overall()) === 'RED' ? true : undefined), 10000, 'Sola shows the new report');
    // Once served fresh it stays fresh: the stale entry is gone, not merely bypassed once.
    for (let i = 0; i < 5; i++) expect(await overall()).toBe('RED');

    const stavanger = await read(STAVANGER.id);
    expect(stavanger.headers.get('x-samspill-cache')).toBe('HIT');
    expect(stavanger.headers.get('etag')).toBe(stavangerEtag);
  });

  it('follows publishing: an unpublished project leaves the cached portfolio as soon as the event arrives', async () => {
    await waitUntil(async () => ((await read(SOLA.id)).headers.get('x-samspill-cache') === 'HIT' ? true : undefined), 10000, 'warm Sola');
    await setPublished(stack, solaProject, false, editors.solaEditor);
    const names = async () => ((await (await read(SOLA.id)).json()) as any).data.municipality.projects.map((p: any) => p.name);
    await waitUntil(async () => ((await names()).length === 0 ? true : undefined), 10000, 'the unpublished project gone');
    await setPublished(stack, solaProject, true, editors.solaEditor);
    await waitUntil(async () => ((await names()).length === 1 ? true : undefined), 10000, 'the project back');
  });
});
