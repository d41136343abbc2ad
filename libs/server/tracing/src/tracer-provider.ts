import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  serviceName: string;
  environment: string;
  /** OTLP/HTTP endpoint; the exporter also honours the standard OTEL_EXPORTER_OTLP_* variables. */
  endpoint?: string;
  /** Instead of OTLP (tests): every span, exported synchronously as it ends. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Flushes spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * The official Node SDK with the instrumentations Samspill needs: http (incoming requests and
 * the gateway's subgraph fetches, W3C traceparent both ways), express, graphql and pg. Loaded
 * only when tracing is on (see start-tracing.ts), so a process without it pays nothing.
 */
export function registerTracerProvider(options: TracingOptions): Tracing {
  const exporter = options.exporter ?? new OTLPTraceExporter(options.endpoint ? { url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` } : {});
  const provider = new NodeTracerProvider({
    // defaultResource() reads OTEL_RESOURCE_ATTRIBUTES / OTEL_SERVICE_NAME, so operators can add their own.
    resource: defaultResource().merge(
      resourceFromAttributes({
        [ATTR_SERVICE_NAME]: options.serviceName,
        'service.namespace': 'samspill',
        'deployment.environment.name': options.environment,
      }),
    ),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => /^\/(health|ready|metrics)\b/.test(req.url ?? ''),
      }),
      new ExpressInstrumentation(),
      // One span per operation phase and per non-trivial resolver, not one per scalar field.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}
