import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { loadTelemetryConfig } from '@samspill/server-config';
import type { Tracing } from './tracer-provider';

let active: Tracing | null = null;

/**
 * Turns tracing on when OTEL_EXPORTER_OTLP_ENDPOINT is set (or a test passes an exporter) and
 * does nothing otherwise: the SDK is not even loaded. Must run before express, pg and graphql
 * are first required, since the instrumentations patch them as they load: each service's
 * main.ts imports its `tracing.ts` first.
 */
export function startTracing(serviceName: string, testExporter?: SpanExporter): Tracing | null {
  const config = loadTelemetryConfig();
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT && !testExporter) return null;
  if (active) return active;
  // Required lazily on purpose: a process with tracing off never loads the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { registerTracerProvider } = require('./tracer-provider') as typeof import('./tracer-provider');
  active = registerTracerProvider({ serviceName, environment: config.NODE_ENV, endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, exporter: testExporter });
  return active;
}

/** Flushes buffered spans and stops exporting (tests; a service exporting over OTLP flushes every few seconds). */
export async function stopTracing(): Promise<void> {
  await active?.shutdown();
  active = null;
}
