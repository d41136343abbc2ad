/**
 * Decides whether a failed publish can ever succeed by retrying. kafkajs wraps an exhausted
 * retry in KafkaJSNumberOfRetriesExceeded, which says `retriable: false` although its cause
 * (connection refused, leader not available, request timed out) is transient; so the answer
 * is taken from the whole cause chain, never from the outermost `retriable` flag.
 *
 * Anything not known to be permanent is transient: a row is only ever parked when the broker
 * said something about the message itself that no amount of waiting changes.
 */
export type PublishFailureKind = 'transient' | 'permanent';

/** Broker error types (Kafka protocol names) that are about the message, not the broker's state. */
const PERMANENT_TYPES = new Set([
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'INVALID_RECORD',
  'CORRUPT_MESSAGE',
  'INVALID_TOPIC_EXCEPTION',
  'INVALID_REQUIRED_ACKS',
  'UNSUPPORTED_COMPRESSION_TYPE',
]);

interface ErrorLike {
  type?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

export function classifyPublishFailure(err: unknown): PublishFailureKind {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { type, cause, originalError, errors } = e as ErrorLike;
    if (typeof type === 'string' && PERMANENT_TYPES.has(type)) return 'permanent';
    queue.push(cause, originalError, ...(Array.isArray(errors) ? errors : []));
  }
  return 'transient';
}

/** The innermost message of a cause chain: what an operator needs in the log and in last_error. */
export function rootCauseMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined;
  const seen = new Set<unknown>();
  while (e && typeof e === 'object' && e.cause && !seen.has(e.cause)) {
    seen.add(e);
    e = e.cause as typeof e;
  }
  const outer = (err as Error)?.message ?? String(err);
  const inner = e?.message;
  return inner && inner !== outer ? `${outer} (cause: ${inner})` : outer;
}
