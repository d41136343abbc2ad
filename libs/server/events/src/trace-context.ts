import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { EventEnvelope } from '@samspill/contracts';

/** CloudEvents distributed-tracing extension attributes (W3C Trace Context). */
export interface TraceContext {
  traceparent?: string;
  tracestate?: string;
}

const tracer = trace.getTracer('samspill-events');

/**
 * The trace context of the work in progress (the request that records an event), to store with
 * the event. Empty when tracing is off: the API's no-op propagator writes nothing.
 */
export function currentTraceContext(): TraceContext {
  const carrier: TraceContext = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * Runs a consumer's handling of one event in a CONSUMER span that continues the producer's
 * trace (its parent is the context carried in the envelope) and links to it, as the messaging
 * conventions recommend, so the trace reads request → event → effect across Kafka.
 */
export function withEventSpan<T>(group: string, topic: string, event: EventEnvelope, work: () => Promise<T>): Promise<T> {
  const producer = propagation.extract(ROOT_CONTEXT, { traceparent: event.traceparent, tracestate: event.tracestate });
  const producerSpan = trace.getSpanContext(producer);
  return tracer.startActiveSpan(
    `process ${event.type}`,
    {
      kind: SpanKind.CONSUMER,
      links: producerSpan ? [{ context: producerSpan }] : [],
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': group,
        'messaging.message.id': event.id,
        'cloudevents.event_type': event.type,
      },
    },
    producer,
    async (span) => {
      try {
        return await work();
      } catch (err) {
        span.recordException(err as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
        throw err;
      } finally {
        span.end();
      }
    },
  );
}
