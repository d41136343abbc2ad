import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { changeStream, ChangeStream } from '../change-stream';

/** Reads a stream's text until `until` matches (or the stream ends). */
async function readUntil(body: ReadableStream<Uint8Array>, until: RegExp): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return text;
    text += decoder.decode(value, { stream: true });
    if (until.test(text)) {
      reader.releaseLock();
      return text;
    }
  }
}

describe('changeStream (GET /changes, Server-Sent Events)', () => {
  let stream: ChangeStream;
  let server: Server;
  let url = '';

  beforeEach(async () => {
    stream = changeStream({ coalesceMs: 20, maxClients: 2 });
    stream.setLive(true);
    server = express().get('/changes', stream.handler).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/changes`;
  });
  afterEach(async () => {
    stream.end();
    await new Promise((r) => server.close(r));
  });

  const waitForClients = async (n: number) => {
    while (stream.clients !== n) await new Promise((r) => setImmediate(r));
  };

  it('opens an uncached event stream and sends one data-free `change` for a burst of events', async () => {
    const controller = new AbortController();
    const res = await fetch(url, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    await waitForClients(1);
    for (let i = 0; i < 50; i++) stream.changed();
    const text = await readUntil(res.body!, /event: change\n/);
    expect(text).toBe('retry: 5000\n\nevent: change\nid: 1\ndata: {}\n\n');
    controller.abort();
    await waitForClients(0);
  });

  it('refuses streams while events are not flowing, and ends the open ones when they stop', async () => {
    const open = await fetch(url);
    await waitForClients(1);
    stream.setLive(false);
    expect(await readUntil(open.body!, /$^/)).toBe('retry: 5000\n\n');
    expect((await fetch(url)).status).toBe(503);
    stream.setLive(true);
    const again = await fetch(url);
    expect(again.status).toBe(200);
    await again.body?.cancel();
  });

  it('refuses streams beyond maxClients with 503, and ends every stream on end()', async () => {
    const open = await Promise.all([fetch(url), fetch(url)]);
    await waitForClients(2);
    const refused = await fetch(url);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    stream.end();
    // Ended by the server: both bodies finish instead of hanging.
    expect(await Promise.all(open.map((r) => readUntil(r.body!, /$^/)))).toEqual(['retry: 5000\n\n', 'retry: 5000\n\n']);
    expect((await fetch(url)).status).toBe(503);
  });
});
