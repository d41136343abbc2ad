import express from 'express';
import { request } from 'node:http';
import { closeServer, KEEP_ALIVE_TIMEOUT_MS, listen } from '../http-server';

describe('listen', () => {
  it('keeps idle connections longer than the pauses between requests, and tells clients how long', async () => {
    const app = express();
    app.get('/x', (_req, res) => void res.send('ok'));
    const { server, port } = await listen(app, 0, '127.0.0.1');
    try {
      expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
      const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/x', headers: { connection: 'keep-alive' } }, (res) => {
          res.resume();
          resolve(String(res.headers['keep-alive']));
        })
          .on('error', reject)
          .end();
      });
      expect(keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
    } finally {
      await closeServer(server, 100);
    }
  });
});
