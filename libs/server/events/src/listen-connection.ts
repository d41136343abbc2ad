import type { Client } from 'pg';
import type { Logger } from '@samspill/server-config';
import { Backoff } from './backoff';

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and survives database
 * restarts: when the connection errors or ends it is replaced and the LISTEN issued again
 * (with capped backoff). Every (re)subscription also fires `onNotify`, because notifications
 * sent while the connection was down are lost and the relay must look at the table itself.
 */
export class ListenConnection {
  private client: Client | null = null;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly backoff = new Backoff(200, 5000);
  listening = false;

  constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    void this.subscribe();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async subscribe(): Promise<void> {
    if (this.stopped) return;
    const client = this.connect();
    this.client = client;
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost || this.stopped || this.client !== client) return;
      lost = true;
      this.listening = false;
      this.client = null;
      this.logger.warn({ err: err?.message }, 'outbox listener connection lost; reconnecting');
      void client.end().catch(() => undefined);
      this.retryLater();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', () => this.onNotify());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
      if (this.stopped) return;
      this.listening = true;
      this.backoff.reset();
      this.onNotify();
    } catch (err) {
      onLost(err as Error);
    }
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.subscribe();
    }, this.backoff.next());
  }
}
