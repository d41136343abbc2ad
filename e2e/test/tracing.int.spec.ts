import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';

interface CapturedSpan {
  name: string;
  kind: SpanKind;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
  links: { traceId: string; spanId: string }[];
}

const ROOT = join(__dirname, '../..');

/**
 * Runs the scenario in a plain Node process (Jest's module loader would bypass the module
 * patching OpenTelemetry's instrumentations rely on) and returns the spans it printed.
 */
function runTracedDecision(): Promise<{ ports: Record<string, number>; spans: CapturedSpan[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tools/run/register-swc.js', 'e2e/test/tracing/trace-a-decision.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('TRACE-RESULT '));
      if (code !== 0 || !line) reject(new Error(`traced scenario failed (exit ${code}):\n${err.slice(-3000)}`));
      else resolve(JSON.parse(line.slice('TRACE-RESULT '.length)));
    });
  });
}

const portOf = (s: CapturedSpan) => Number(s.attributes['server.port']);

describe('OpenTelemetry tracing across the gateway, a subgraph, SQL and Kafka', () => {
  let spans: CapturedSpan[];
  let ports: Record<string, number>;
  const byId = () => new Map(spans.map((s) => [s.spanId, s]));
  const ancestors = (s: CapturedSpan): CapturedSpan[] => {
    const ids = byId();
    const chain: CapturedSpan[] = [];
    for (let p = s.parentSpanId && ids.get(s.parentSpanId); p; p = p.parentSpanId ? ids.get(p.parentSpanId) : undefined) chain.push(p);
    return chain;
  };

  beforeAll(async () => {
    ({ spans, ports } = await runTracedDecision());
  });

  it('a decision through the gateway is one trace: gateway, portfolios subgraph, SQL and the linked tranche-matrix consumer', () => {
    const resolver = spans.find((s) => s.name === 'graphql.resolve decideAdoption');
    expect(resolver).toBeDefined();
    const traceId = resolver!.traceId;
    const trace = spans.filter((s) => s.traceId === traceId);
    // The trace starts at the client's request to the gateway.
    const gateway = trace.find((s) => s.kind === SpanKind.SERVER && portOf(s) === ports.gateway);
    expect(gateway).toMatchObject({ attributes: expect.objectContaining({ 'http.request.method': 'POST', 'url.path': '/graphql' }) });
    expect(gateway!.parentSpanId).toBeUndefined();

    expect(trace.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
    const subgraph = trace.find((s) => s.kind === SpanKind.SERVER && portOf(s) === ports.portfolios);
    expect(subgraph).toBeDefined();
    expect(ancestors(subgraph!)).toContain(gateway);
    expect(ancestors(resolver!)).toContain(subgraph);
    const sql = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql' && ancestors(s).includes(subgraph!));
    expect(sql.map((s) => s.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^pg\.query:INSERT/), expect.stringMatching(/^pg\.query:UPDATE/)]));

    const consumer = trace.find((s) => s.name === 'process AdoptionDecided' && String(s.attributes['messaging.consumer.group.name']).endsWith('network-strategy.tranche-matrix'));
    expect(consumer).toBeDefined();
    expect(consumer!.kind).toBe(SpanKind.CONSUMER);
    // Continued from the context the event carried, and linked to it.
    expect(ancestors(consumer!)).toContain(resolver);
    expect(consumer!.links).toEqual([{ traceId, spanId: consumer!.parentSpanId }]);
    // The consumer's own SQL (the inbox row and the matrix update) sits under it.
    const consumerSql = trace.filter((s) => s.attributes['db.system.name'] === 'postgresql' && s.parentSpanId === consumer!.spanId);
    expect(consumerSql.some((s) => /UPDATE tranche_cell/.test(String(s.attributes['db.query.text'])))).toBe(true);
  });

  it('names no health, readiness or metrics probe as a trace', () => {
    expect(spans.filter((s) => /^\/(health|ready|metrics)/.test(String(s.attributes['url.path'] ?? '')))).toEqual([]);
  });
});
