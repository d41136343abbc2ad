import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import { Backoff } from './backoff';
import type { EventPublisher } from './event-publisher';

export interface OutboxRelayOptions {
  databaseUrl: string;
  channel: string;
  pollMs: number;
  batchSize?: number;
  /** A row is declared dead after this many non-retriable failures. */
  maxAttempts?: number;
  maxBackoffMs?: number;
  /** Prepended to every stored topic name (environments or test runs sharing one cluster). */
  topicPrefix?: string;
}

interface OutboxRow {
  seq: string;
  topic: string;
  message_key: string;
  envelope: unknown;
}

/**
 * Moves committed outbox rows to Kafka, oldest first. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays never publish the same row at once; a row is
 * marked published only after the broker acknowledged it. While the broker is down the rows
 * simply wait, and the relay backs off; nothing is lost.
 */
export class OutboxRelay {
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** Set when a notification arrives while a batch is in flight, so it is not missed. */
  private wakeRequested = false;
  private listener: Client | null = null;
  private readonly backoff: Backoff;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
  ) {
    this.backoff = new Backoff(200, options.maxBackoffMs ?? 5000);
  }

  async start(): Promise<void> {
    await this.listen();
    this.loop = this.run();
  }

  /** Finishes the batch in flight, then returns; unpublished rows stay for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.requestWake();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  /** Publishes one batch; returns how many rows were published. Exposed for tests and tools. */
  async publishBatch(): Promise<number> {
    const batchSize = this.options.batchSize ?? 100;
    let failure: unknown = null;
    const published = await this.dataSource.transaction(async (manager) => {
      // One relay at a time per outbox: with several replicas, SKIP LOCKED alone would let a
      // second relay publish later rows of a key before the first relay's batch is acknowledged.
      const [{ leader }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS leader`, [this.options.channel]);
      if (!leader) return 0;
      const rows: OutboxRow[] = await manager.query(
        `SELECT seq, topic, message_key, envelope FROM outbox
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (rows.length === 0) return 0;
      const seqs = rows.map((r) => r.seq);
      try {
        await this.publisher.publish(
          rows.map((r) => ({
            topic: `${this.options.topicPrefix ?? ''}${r.topic}`,
            key: r.message_key,
            value: JSON.stringify(r.envelope),
            headers: { 'content-type': 'application/cloudevents+json' },
          })),
        );
      } catch (err) {
        // Recorded in this transaction (which commits); rethrown after it so the loop backs off.
        await this.recordFailure(manager, seqs, err);
        failure = err;
        return 0;
      }
      await manager.query(
        `UPDATE outbox SET status = 'PUBLISHED', published_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE seq = ANY($1::bigint[])`,
        [seqs],
      );
      return rows.length;
    });
    if (failure) throw failure;
    return published;
  }

  private async recordFailure(
    manager: { query: (sql: string, params: unknown[]) => Promise<unknown> },
    seqs: string[],
    err: unknown,
  ): Promise<void> {
    // Broker outages are retriable and never kill a row; only a message the broker keeps
    // refusing for its own sake (e.g. too large) is parked as DEAD for an operator to look at.
    const retriable = (err as { retriable?: boolean }).retriable !== false;
    await manager.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN $3::boolean = false AND attempts + 1 >= $4 THEN 'DEAD' ELSE 'PENDING' END
        WHERE seq = ANY($1::bigint[])`,
      [seqs, String((err as Error).message ?? err).slice(0, 2000), retriable, this.options.maxAttempts ?? 10],
    );
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let delay = this.options.pollMs;
      try {
        const published = await this.publishBatch();
        this.backoff.reset();
        if (published > 0) continue;
      } catch (err) {
        delay = this.backoff.next();
        this.logger.warn({ err: (err as Error).message, retryInMs: delay }, 'outbox publish failed');
      }
      await this.idle(delay);
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.stopping || this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  private requestWake(): void {
    if (this.wake) this.wake();
    else this.wakeRequested = true;
  }

  /** LISTEN on a dedicated connection so a committed event is published without waiting a poll. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('error', (err) => this.logger.warn({ err: err.message }, 'outbox listener connection lost'));
    await client.connect();
    client.on('notification', () => this.requestWake());
    await client.query(`LISTEN "${this.options.channel}"`);
    this.listener = client;
  }
}


