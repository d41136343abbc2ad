import { createServer, Server, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A round-robin TCP load balancer in front of a service's instances (what a Kubernetes Service
 * or an HAProxy would be in production): a connection goes to the next instance that accepts
 * it; an instance that refuses (killed) is skipped, so the gateway reaches whichever is alive.
 */
export class TcpBalancer {
  private server: Server | null = null;
  private next = 0;
  port = 0;

  constructor(private readonly upstreamPorts: number[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async start(): Promise<this> {
    const server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    client.pause();
    client.on('error', () => client.destroy());
    const first = this.next++ % this.upstreamPorts.length;
    const attempt = (tried: number) => {
      if (tried >= this.upstreamPorts.length) {
        client.destroy();
        return;
      }
      const upstream = new Socket();
      let connected = false;
      upstream.on('error', () => {
        upstream.destroy();
        if (connected) client.destroy();
        else attempt(tried + 1);
      });
      upstream.connect(this.upstreamPorts[(first + tried) % this.upstreamPorts.length], '127.0.0.1', () => {
        connected = true;
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(0);
  }
}
