import { randomUUID } from 'node:crypto';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read by shape. */
type GraphQLError = { message: string; extensions?: { code?: string; retryable?: boolean } };
export type Outcome = { kind: 'ok'; data: any } | { kind: 'retry'; why: string } | { kind: 'reject'; code: string; message: string };

/** Per kind of mutation: what the clients sent and what became of it. */
export interface MutationCounters {
  /** Distinct mutations (one Idempotency-Key each). */
  sent: number;
  accepted: number;
  /** Attempts repeated after a retryable answer (same key). */
  retried: number;
  /** Final answers that were errors, by code (e.g. a CONFLICT after a lost response). */
  rejected: Record<string, number>;
  /** Mutations still unanswered when the run gave up on them. */
  abandoned: number;
  /** Answers replayed from the first response (the service's `idempotent-replay` header). */
  replayed: number;
}

export const newCounters = (): MutationCounters => ({ sent: 0, accepted: 0, retried: 0, rejected: {}, abandoned: 0, replayed: 0 });

/**
 * How a client should treat an answer: every root field answered means done, even beside errors
 * in nested fields (partial data: the mutation happened; a nested read failed, and re-sending the
 * mutation would only replay the same answer); otherwise retry on a network failure, an HTTP 5xx,
 * an error marked `retryable` / `SERVICE_UNAVAILABLE` (the honest outage errors) or `RATE_LIMITED`;
 * anything else with errors is final.
 */
export function classify(status: number, body: { data?: any; errors?: GraphQLError[] } | null): Outcome {
  const errors = body?.errors ?? [];
  const data = body?.data;
  if (data && Object.keys(data).length > 0 && Object.values(data).every((v) => v !== null)) return { kind: 'ok', data };
  // RATE_LIMITED (HTTP 429, the gateway's per-identity limits) means "later", as an outage does.
  if (errors.some((e) => e.extensions?.retryable === true || e.extensions?.code === 'SERVICE_UNAVAILABLE' || e.extensions?.code === 'RATE_LIMITED')) {
    return { kind: 'retry', why: errors[0].extensions?.code ?? 'retryable' };
  }
  if (errors.length === 0) return { kind: 'retry', why: `HTTP ${status}` };
  return { kind: 'reject', code: errors[0].extensions?.code ?? 'UNKNOWN', message: errors[0].message };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A client of the gateway as an application would be: bearer token, Idempotency-Key, retries with backoff. */
/** A mutation not answered yet: what a stuck run prints. */
export interface InFlight {
  key: string;
  operation: string;
  attempts: number;
  last: string;
}

export class GatewayClient {
  readonly inFlight = new Set<InFlight>();

  constructor(private readonly url: string) {}

  async once(query: string, variables: Record<string, unknown>, token: string, key?: string): Promise<Outcome & { replayed?: boolean }> {
    // Our own timer rather than AbortSignal.timeout(): nothing here may wait for ever.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error('client timeout')), 30000);
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: abort.signal,
      });
      const text = await res.text();
      let body: any = null;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON (a proxy's or server's bare error page): judged by the status */
      }
      const outcome = classify(res.status, body);
      return { ...outcome, replayed: res.headers.get('idempotent-replay') === 'true' };
    } catch (err) {
      return { kind: 'retry', why: (err as Error).name };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Sends one mutation under one Idempotency-Key until it is accepted or refused for good,
   * backing off from 250 ms to 5 s with jitter; gives up (abandoned) after `deadlineMs`.
   */
  async mutate(counters: MutationCounters, query: string, variables: Record<string, unknown>, token: string, deadlineMs = 600000): Promise<any | null> {
    const key = randomUUID();
    counters.sent += 1;
    const giveUpAt = Date.now() + deadlineMs;
    const state = { key, operation: query.slice(9, 40), attempts: 0, last: 'sending' };
    this.inFlight.add(state);
    try {
      return await this.retry(counters, query, variables, token, key, giveUpAt, state);
    } finally {
      this.inFlight.delete(state);
    }
  }

  private async retry(counters: MutationCounters, query: string, variables: Record<string, unknown>, token: string, key: string, giveUpAt: number, state: InFlight): Promise<any | null> {
    for (let delay = 250; ; delay = Math.min(5000, delay * 2)) {
      state.attempts += 1;
      state.last = 'waiting for an answer';
      const outcome = await this.once(query, variables, token, key);
      state.last = outcome.kind === 'retry' ? `retry after ${outcome.why}` : outcome.kind;
      if (outcome.kind === 'ok') {
        counters.accepted += 1;
        if (outcome.replayed) counters.replayed += 1;
        return outcome.data;
      }
      if (outcome.kind === 'reject') {
        counters.rejected[outcome.code] = (counters.rejected[outcome.code] ?? 0) + 1;
        return null;
      }
      if (Date.now() > giveUpAt) {
        counters.abandoned += 1;
        return null;
      }
      counters.retried += 1;
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  }

  /** A set-up call that must succeed (before any fault). */
  async ok(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
    const outcome = await this.once(query, variables, token);
    if (outcome.kind !== 'ok') throw new Error(`set-up call failed: ${JSON.stringify(outcome)} for ${query.slice(0, 80)}`);
    return outcome.data;
  }
}
