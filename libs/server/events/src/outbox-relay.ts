import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '@samspill/server-config';
import { Backoff } from './backoff';
import type { EventPublisher, OutgoingMessage } from './event-publisher';
import { ListenConnection } from './listen-connection';
import { classifyPublishFailure, rootCauseMessage } from './publish-failure';

export interface OutboxRelayOptions {
  databaseUrl: string;
  channel: string;
  pollMs: number;
  batchSize?: number;
  /** Backoff between failed publishes: starts here, doubles (with jitter) up to maxBackoffMs. */
  initialBackoffMs?: number;
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

/** What the relay reports to /health. */
export interface OutboxRelayHealth {
  /** `ok` after the last batch succeeded; `retrying` while a transient failure persists. */
  state: 'ok' | 'retrying';
  consecutiveFailures: number;
  lastError: string | null;
  /** Rows this process parked since it started (see parkedRows() for the table's count). */
  parkedSinceStart: number;
  listening: boolean;
}

/**
 * Moves committed outbox rows to Kafka, oldest first. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several relays never publish the same row at once; a row is
 * marked published only after the broker acknowledged it. Transient failures (broker down,
 * timeouts, leadership changes — see publish-failure.ts) never give up: the rows wait and the
 * relay retries for ever with capped, jittered backoff. Only a message the broker refuses for
 * its own sake (e.g. too large) is parked as DEAD, logged at error level and counted; it is
 * re-driven with `npm run outbox:redrive` (see redriveParkedRows).
 */
export class OutboxRelay {
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** Set when a notification arrives while a batch is in flight, so it is not missed. */
  private wakeRequested = false;
  private listener: ListenConnection | null = null;
  private readonly backoff: Backoff;
  private consecutiveFailures = 0;
  private lastError: string | null = null;
  private parkedSinceStart = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
    private readonly logger: Logger,
  ) {
    this.backoff = new Backoff(options.initialBackoffMs ?? 200, options.maxBackoffMs ?? 5000);
  }

  /** Returns at once: the LISTEN connection and the publishing loop both retry on their own. */
  async start(): Promise<void> {
    this.listener = new ListenConnection(
      () => new Client({ connectionString: this.options.databaseUrl }),
      this.options.channel,
      () => this.requestWake(),
      this.logger,
    );
    this.listener.start();
    this.loop = this.run();
  }

  health(): OutboxRelayHealth {
    return {
      state: this.consecutiveFailures === 0 ? 'ok' : 'retrying',
      consecutiveFailures: this.consecutiveFailures,
      lastError: this.lastError,
      parkedSinceStart: this.parkedSinceStart,
      listening: this.listener?.listening ?? false,
    };
  }

  /** Finishes the batch in flight, then returns; unpublished rows stay for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.requestWake();
    await this.loop;
    await this.listener?.stop();
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
      try {
        await this.publisher.publish(rows.map((r) => this.message(r)));
      } catch (err) {
        if (classifyPublishFailure(err) === 'transient') {
          // Recorded in this transaction (which commits); rethrown after it so the loop backs off.
          await this.recordTransientFailure(manager, rows.map((r) => r.seq), err);
          failure = err;
          return 0;
        }
        // Something in the batch can never be published: find it row by row, in order, so
        // only that row is parked and every other row still goes out in its key's order.
        const result = await this.publishOneByOne(manager, rows);
        failure = result.failure;
        return result.published;
      }
      await this.markPublished(manager, rows.map((r) => r.seq));
      return rows.length;
    });
    if (failure) throw failure;
    return published;
  }

  private async publishOneByOne(manager: QueryManager, rows: OutboxRow[]): Promise<{ published: number; failure: unknown }> {
    let published = 0;
    for (const [i, row] of rows.entries()) {
      try {
        await this.publisher.publish([this.message(row)]);
        await this.markPublished(manager, [row.seq]);
        published += 1;
      } catch (err) {
        if (classifyPublishFailure(err) === 'transient') {
          await this.recordTransientFailure(manager, rows.slice(i).map((r) => r.seq), err);
          return { published, failure: err };
        }
        await this.park(manager, row, err);
      }
    }
    return { published, failure: null };
  }

  private message(r: OutboxRow): OutgoingMessage {
    return {
      topic: `${this.options.topicPrefix ?? ''}${r.topic}`,
      key: r.message_key,
      value: JSON.stringify(r.envelope),
      headers: { 'content-type': 'application/cloudevents+json' },
    };
  }

  private async markPublished(manager: QueryManager, seqs: string[]): Promise<void> {
    await manager.query(
      `UPDATE outbox SET status = 'PUBLISHED', published_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE seq = ANY($1::bigint[])`,
      [seqs],
    );
  }

  private async recordTransientFailure(manager: QueryManager, seqs: string[], err: unknown): Promise<void> {
    await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = ANY($1::bigint[])`, [
      seqs,
      rootCauseMessage(err).slice(0, 2000),
    ]);
  }

  private async park(manager: QueryManager, row: OutboxRow, err: unknown): Promise<void> {
    const reason = rootCauseMessage(err).slice(0, 2000);
    await manager.query(`UPDATE outbox SET status = 'DEAD', attempts = attempts + 1, last_error = $2 WHERE seq = $1`, [row.seq, reason]);
    this.parkedSinceStart += 1;
    this.logger.error(
      { seq: row.seq, topic: row.topic, key: row.message_key, reason, parkedSinceStart: this.parkedSinceStart },
      'outbox row parked: the broker refuses this message for good; fix the cause, then `npm run outbox:redrive`',
    );
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let delay = this.options.pollMs;
      try {
        const published = await this.publishBatch();
        if (this.consecutiveFailures > 0) this.logger.info({ after: this.consecutiveFailures }, 'outbox publishing recovered');
        this.backoff.reset();
        this.consecutiveFailures = 0;
        this.lastError = null;
        if (published > 0) continue;
      } catch (err) {
        // Broker or database unavailable: retried for ever. Logged on the first failure and
        // then every 10th, so a long outage is visible without flooding the log.
        delay = this.backoff.next();
        this.consecutiveFailures += 1;
        this.lastError = rootCauseMessage(err);
        if (this.consecutiveFailures % 10 === 1) {
          this.logger.warn({ err: this.lastError, failures: this.consecutiveFailures, retryInMs: delay }, 'outbox publish failed; retrying');
        }
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
}

type QueryManager = { query: (sql: string, params?: unknown[]) => Promise<unknown> };
