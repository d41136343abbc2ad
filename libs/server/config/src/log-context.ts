import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';

const requestScope = new AsyncLocalStorage<{ requestId: string }>();
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Runs `work` (and everything it awaits) with `requestId` on every log line it writes. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

/** A request id from a header, when it is short and plain (it ends up in every log line). */
export function saneRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : undefined;
}

/**
 * What every log line carries besides its message: the request it belongs to and, when
 * tracing is on, the trace and span ids to jump from a log line to its trace. With tracing
 * off the API has no active span and this adds nothing.
 */
export function logCorrelation(): Record<string, string> {
  const fields: Record<string, string> = {};
  const requestId = requestScope.getStore()?.requestId;
  if (requestId) fields.requestId = requestId;
  const span = trace.getActiveSpan()?.spanContext();
  if (span && trace.isSpanContextValid(span)) {
    fields.trace_id = span.traceId;
    fields.span_id = span.spanId;
  }
  return fields;
}
