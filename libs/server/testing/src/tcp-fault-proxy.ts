import { createServer, Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'up' | 'down' | 'blackhole';

/**
 * A small TCP proxy for fault injection in tests and tools/fault: `down` refuses connections
 * and drops open ones (a dead broker or database), `cut()` drops open connections but keeps
 * accepting (a network blip), `blackhole` accepts and forwards nothing (a hung peer), and
 * `delayMs` slows every chunk in both directions (a slow link).
 */
export class TcpFaultProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private mode: ProxyMode = 'up';
  delayMs = 0;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
    private readonly listenPort = 0,
  ) {}

  async start(mode: ProxyMode = 'up'): Promise<this> {
    this.mode = mode;
    if (mode !== 'down') await this.listen();
    else if (this.port === 0) {
      // Reserve a port number so clients can be configured before the "peer" appears.
      await this.listen();
      await this.close();
    }
    return this;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async setMode(mode: ProxyMode): Promise<void> {
    const previous = this.mode;
    this.mode = mode;
    if (mode === 'down') await this.close();
    else if (previous === 'down') await this.listen();
    if (mode === 'blackhole') this.cut();
  }

  /** Drops every open connection; new ones are accepted as the mode says. */
  cut(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  async stop(): Promise<void> {
    await this.close();
  }

  private async listen(): Promise<void> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port || this.listenPort, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.cut();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => client.destroy());
    if (this.mode === 'blackhole') return;
    const upstream = new Socket();
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.connect(this.targetPort, this.targetHost);
    this.pipe(client, upstream);
    this.pipe(upstream, client);
  }

  private pipe(from: Socket, to: Socket): void {
    from.on('data', (chunk) => {
      if (this.mode === 'blackhole') return;
      if (this.delayMs <= 0) {
        to.write(chunk);
        return;
      }
      from.pause();
      setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
        from.resume();
      }, this.delayMs);
    });
  }
}
