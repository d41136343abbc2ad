import pino, { Logger } from 'pino';
import { logCorrelation } from './log-context';

export type { Logger };

/**
 * Structured JSON logs on stdout, one logger per service, children per component; every line
 * carries the request id and trace id of the work it belongs to (see log-context.ts).
 */
export function createLogger(service: string, level: string, destination?: pino.DestinationStream): Logger {
  const options = { name: service, level, base: { service }, mixin: logCorrelation };
  return destination ? pino(options, destination) : pino(options);
}
