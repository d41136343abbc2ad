import { z } from 'zod';
import { loadConfig } from './load-config';

const telemetryEnv = z.object({
  /** OTLP/HTTP endpoint of a collector (e.g. http://otel-collector:4318); tracing is off without it. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
});

export type TelemetryConfig = Readonly<z.infer<typeof telemetryEnv>>;

/**
 * Read before anything else in a process (tracing must patch modules before they load), so it
 * is a config of its own rather than part of each service's.
 */
export function loadTelemetryConfig(env: Record<string, string | undefined> = process.env): TelemetryConfig {
  return loadConfig(telemetryEnv, env);
}
