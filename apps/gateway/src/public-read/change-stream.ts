import type { Request, RequestHandler, Response } from 'express';

export interface ChangeStreamOptions {
  /** Events within this window become one message (a seed or a batch sends hundreds). */
  coalesceMs?: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** Open streams beyond this are refused with 503 (the web app then polls). */
  maxClients?: number;
}

export interface ChangeStream {
  handler: RequestHandler;
  /** Something changed: every open stream gets one `change` message within coalesceMs. */
  changed(): void;
  /**
   * Whether events are flowing. While they are not (start-up, broker away) a stream would
   * promise changes it cannot see: open streams end and new ones get 503, so pages poll.
   */
  setLive(live: boolean): void;
  /** Ends every open stream and refuses new ones for good (shutdown). */
  end(): void;
  readonly clients: number;
}

/**
 * `GET /changes`: Server-Sent Events that say only *that* something changed, as the services'
 * events reach the gateway (the response cache's Kafka subscription). Followed pages of the web
 * app (the tranche matrix, a municipality) then ask again through the normal, authorised API
 * instead of polling every few seconds. The message carries no type, id or data: it tells
 * nothing about what changed or where, so anyone may listen, signed in or not, and nothing
 * unpublished leaks through it.
 */
export function changeStream(options: ChangeStreamOptions = {}): ChangeStream {
  const { coalesceMs = 200, heartbeatMs = 25_000, maxClients = 10_000 } = options;
  const clients = new Set<Response>();
  let pending: NodeJS.Timeout | null = null;
  let ended = false;
  let live = false;
  let seq = 0;

  const broadcast = (chunk: string) => {
    for (const res of clients) res.write(chunk);
  };
  const heartbeat = setInterval(() => broadcast(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();

  const handler = (req: Request, res: Response) => {
    if (ended || !live || clients.size >= maxClients) {
      res.status(503).setHeader('retry-after', '30').setHeader('cache-control', 'no-store').end();
      return;
    }
    res.status(200);
    res.setHeader('content-type', 'text/event-stream; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    // Reverse proxies (nginx) would otherwise buffer the stream.
    res.setHeader('x-accel-buffering', 'no');
    res.flushHeaders();
    // How long a browser waits before reconnecting after the stream drops.
    res.write('retry: 5000\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  };

  const closeAll = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    for (const res of clients) res.end();
    clients.clear();
  };

  return {
    handler,
    changed() {
      if (pending || clients.size === 0) return;
      pending = setTimeout(() => {
        pending = null;
        broadcast(`event: change\nid: ${++seq}\ndata: {}\n\n`);
      }, coalesceMs);
    },
    setLive(next) {
      live = next;
      if (!live) closeAll();
    },
    end() {
      ended = true;
      clearInterval(heartbeat);
      closeAll();
    },
    get clients() {
      return clients.size;
    },
  };
}
