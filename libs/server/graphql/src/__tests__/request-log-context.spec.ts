import { Writable } from 'node:stream';
import express from 'express';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { createLogger } from '@samspill/server-config';
import { closeServer, createHttpApp, listen } from '../http-server';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: createLogger('log-test', 'info', stream) };
}

describe('log correlation', () => {
  it('puts the forwarded request id on every line written while serving the request, after body parsing and awaits', async () => {
    const { lines, logger } = capture();
    const app = createHttpApp([]);
    app.post('/work', express.json(), async (req, res) => {
      logger.info('parsed');
      await new Promise((r) => setImmediate(r)); // a real async hop, not a wait for anything
      logger.info({ n: req.body.n }, 'after an await');
      res.json({ ok: true });
    });
    const { server, port } = await listen(app, 0, '127.0.0.1');
    try {
      for (const id of ['req-1', 'req-2']) {
        await fetch(`http://127.0.0.1:${port}/work`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: '{"n":1}' });
      }
    } finally {
      await closeServer(server);
    }
    logger.info('outside any request');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['parsed', 'req-1'],
      ['after an await', 'req-1'],
      ['parsed', 'req-2'],
      ['after an await', 'req-2'],
      ['outside any request', undefined],
    ]);
  });

  it('adds the trace and span id of the active span when tracing is on', () => {
    const { lines, logger } = capture();
    const manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    try {
      const tracer = new BasicTracerProvider().getTracer('log-test');
      tracer.startActiveSpan('work', (span) => {
        logger.info('inside');
        span.end();
        expect(lines[0]).toMatchObject({ trace_id: span.spanContext().traceId, span_id: span.spanContext().spanId });
      });
    } finally {
      context.disable();
    }
  });
});
