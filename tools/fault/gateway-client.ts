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
 * How a client should treat an answer: retry on a network failure, an HTTP 5xx without data, or
 * an error marked `retryable` / `SERVICE_UNAVAILABLE` (the gateway's and services' honest outage
 * errors); anything else with errors is final.
 */
export function classify(status: number, body: { data?: any; errors?: GraphQLError[] } | null): Outcome {
  const errors = body?.errors ?? [];
  if (errors.length === 0 && body?.data) return { kind: 'ok', data: body.data };
  if (errors.some((e) => e.extensions?.retryable === true || e.extensions?.code === 'SERVICE_UNAVAILABLE')) return { kind: 'retry', why: errors[0].extensions?.code ?? 'retryable' };
  if (errors.length === 0) return { kind: 'retry', why: `HTTP ${status}` };
  return { kind: 'reject', code: errors[0].extensions?.code ?? 'UNKNOWN', message: errors[0].message };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A client of the gateway as an application would be: bearer token, Idempotency-Key, retries with backoff. */
export class GatewayClient {
  constructor(private readonly url: string) {}

  async once(query: string, variables: Record<string, unknown>, token: string, key?: string): Promise<Outcome & { replayed?: boolean }> {
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30000),
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
    for (let delay = 250; ; delay = Math.min(5000, delay * 2)) {
      const outcome = await this.once(query, variables, token, key);
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
