import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { Express } from 'express';
import { runWithRequestId, saneRequestId } from '@samspill/server-config';

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

/**
 * An express app with liveness (`/health`: the process answers, with the state of each
 * dependency when `health` is given) and readiness (`/ready`: every check passes, i.e. the
 * process can serve requests) endpoints, shared by the gateway and the subgraphs.
 */
export function createHttpApp(readiness: ReadinessCheck[], health?: () => Promise<object>): Express {
  const app = express();
  app.disable('x-powered-by');
  // The gateway forwards its request id to subgraphs (x-request-id): their log lines carry it too.
  app.use((req, _res, next) => {
    const requestId = saneRequestId(req.headers['x-request-id']);
    if (requestId) runWithRequestId(requestId, next);
    else next();
  });
  app.get('/health', async (_req, res) => {
    res.json(health ? await health() : { status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const results = await Promise.all(
      readiness.map(async (r) => {
        try {
          await r.check();
          return { name: r.name, ok: true };
        } catch (err) {
          return { name: r.name, ok: false, error: (err as Error).message };
        }
      }),
    );
    const ready = results.every((r) => r.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks: results });
  });
  return app;
}

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) is shorter than the
 * pauses between a client's requests, and a server closing an idle socket just as the client
 * writes its next request on it gives that request ECONNRESET (seen between gateway and subgraphs
 * under load). Clients learn this value from the `Keep-Alive: timeout=` header and close their idle
 * sockets before it (undici a second before; a client agent with a shorter idle timeout, sooner).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export async function listen(app: Express, port: number, host = '0.0.0.0'): Promise<{ server: Server; port: number }> {
  const server = createServer(app);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Must exceed keepAliveTimeout, or a request on a reused socket can be cut while its headers arrive.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

/** Stops accepting connections, lets requests in flight finish (up to `graceMs`), then closes the rest. */
export async function closeServer(server: Server, graceMs = 5000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
