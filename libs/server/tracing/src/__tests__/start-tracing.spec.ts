import { ConfigError, loadTelemetryConfig } from '@samspill/server-config';
import { startTracing } from '../start-tracing';

describe('startTracing', () => {
  it('does nothing without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
    expect(loadTelemetryConfig().OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
    expect(startTracing('unit')).toBeNull();
  });

  it('refuses an endpoint that is not an http(s) URL, naming the variable', () => {
    expect(() => loadTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(ConfigError);
    expect(() => loadTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(loadTelemetryConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://collector:4318');
  });
});
