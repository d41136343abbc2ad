/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL and error bodies are read ad hoc by shape. */
import { createHash } from 'node:crypto';
import { FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity } from '@samspill/server-auth';
import { ANALYST, callSubgraph, TEST_INTERNAL_SECRET } from '@samspill/server-testing';
import { seedSynthetic } from './support/synthetic-data';
import { BenefitsHarness, startBenefitsHarness } from './support/benefits-harness';

// Enough rows for many cursor batches and socket drains; larger runs (BENEFITS_EXPORT_TEST_ROWS=1000000)
// print the export's time and memory for the reader, but take minutes on a busy 2-core machine.
const MEASUREMENTS = Number(process.env.BENEFITS_EXPORT_TEST_ROWS ?? 50_000);

describe('benefits: BI export (real PostgreSQL)', () => {
  let h: BenefitsHarness;

  beforeAll(async () => {
    h = await startBenefitsHarness();
    await seedSynthetic((sql, params) => h.service.dataSource.query(sql, params), {
      municipalities: 357, networks: 15, initiatives: 60, goals: 30, projects: 1000, measurements: MEASUREMENTS,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const get = async (path: string, identity: Identity | null) =>
    fetch(`${h.exportUrl}/${path}`, {
      headers: identity ? { [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, 'test-request', TEST_INTERNAL_SECRET, 'benefits') } : {},
    });

  /** Reads a streamed body line by line, keeping only a running hash: the test holds no rows either. */
  async function digestLines(body: ReadableStream<Uint8Array>, separator: string, onLine: (line: string) => string | null) {
    const hash = createHash('sha256');
    const decoder = new TextDecoder();
    let rest = '';
    let count = 0;
    const take = (line: string) => {
      const key = onLine(line);
      if (key !== null) {
        hash.update(key);
        count++;
      }
    };
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      const lines = (rest + decoder.decode(chunk, { stream: true })).split(separator);
      rest = lines.pop()!;
      lines.forEach(take);
    }
    if (rest) take(rest);
    return { count, digest: hash.digest('hex') };
  }

  it('streams the CSV with flat memory and matches the GraphQL facts (count and checksum)', async () => {
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(process.memoryUsage().rss), 20);
    const started = Date.now();
    const res = await get('benefit-facts.csv', ANALYST);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    let header = '';
    const csv = await digestLines(res.body!, '\r\n', (line) => {
      if (!header) {
        header = line;
        return null;
      }
      const cells = line.split(',');
      return `${cells[0]},${cells[22]}\n`;
    });
    clearInterval(sampler);
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    // eslint-disable-next-line no-console -- memory is a figure for the reader, not an assertion (it depends on what else the in-band Jest process holds).
    console.log(
      `export of ${csv.count} rows: ${Date.now() - started} ms; rss min ${mb(Math.min(...samples))} MB, max ${mb(Math.max(...samples))} MB over ${samples.length} samples`,
    );
    expect(header.split(',')[0]).toBe('measurementId');
    expect(header.split(',')[22]).toBe('value');
    expect(csv.count).toBe(MEASUREMENTS);

    const hash = createHash('sha256');
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const page: { errors?: unknown[]; data?: any } = await callSubgraph(h.url, TEST_INTERNAL_SECRET, ANALYST, `query ($after: String) {
        benefitFacts(first: 10000, after: $after) { hasNextPage endCursor edges { node { measurementId value } } } }`, { after });
      expect(page.errors).toBeUndefined();
      for (const { node } of page.data.benefitFacts.edges) {
        hash.update(`${node.measurementId},${node.value}\n`);
        count++;
      }
      if (!page.data.benefitFacts.hasNextPage) break;
      after = page.data.benefitFacts.endCursor;
    }
    expect(count).toBe(csv.count);
    expect(hash.digest('hex')).toBe(csv.digest);
  }, 600_000);

  it('serves NDJSON with the same rows, scoped to the caller', async () => {
    const res = await get('benefit-facts.json?networkId=syn-net-3', { subject: 'a', name: 'A', grants: [{ role: 'network-admin', network: 'syn-net-3' }] });
    expect(res.status).toBe(200);
    const json = await digestLines(res.body!, '\n', (line) => {
      const row = JSON.parse(line);
      expect(row.networkId).toBe('syn-net-3');
      return `${row.measurementId}\n`;
    });
    const [expected] = await h.service.dataSource.query(
      `SELECT count(*)::int AS n FROM measurement x JOIN benefit b ON b.id = x.benefit_id JOIN initiative_profile i ON i.initiative_id = b.initiative_id WHERE i.network_id = 'syn-net-3'`,
    );
    expect(json.count).toBe(expected.n);
    const other = await get('benefit-facts.json?networkId=syn-net-3', { subject: 'a', name: 'A', grants: [{ role: 'network-admin', network: 'syn-net-4' }] });
    expect((await other.text()).length).toBe(0);
  });

  it('answers 401 without the gateway identity, 403 without a reading role, 400 on a bad filter', async () => {
    expect((await get('benefit-facts.csv', null)).status).toBe(401);
    const participant = await get('benefit-facts.csv', { subject: 'p', name: 'P', grants: [{ role: 'participant' }] });
    expect(participant.status).toBe(403);
    expect(((await participant.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const bad = await get('benefit-facts.csv?from=yesterday', ANALYST);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
