import { logCreator, logLevel } from 'kafkajs';
import type { Logger } from '@samspill/server-config';

/**
 * Routes kafkajs' own log (connection errors, crashes, rebalances) to the service's pino
 * logger, so a broker outage is visible where everything else is. Only warn and error reach
 * it (createKafka sets the level); kafkajs' namespace and fields are kept.
 */
export function pinoLogCreator(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _name, ...fields } = log as { message: string; timestamp?: string; logger?: string };
      const entry = { kafkajs: namespace, ...fields };
      if (level === logLevel.ERROR) logger.error(entry, message);
      else if (level === logLevel.WARN) logger.warn(entry, message);
      else if (level === logLevel.INFO) logger.info(entry, message);
      else logger.debug(entry, message);
    };
}
