import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '@samspill/server-tracing';

/** Imported first by the traced scenario: every span of the in-process system lands here. */
export const exporter = new InMemorySpanExporter();
startTracing('samspill-e2e', exporter);
