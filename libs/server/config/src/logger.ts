import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one logger per service, children per component. */
export function createLogger(service: string, level: string): Logger {
  return pino({ name: service, level, base: { service } });
}
