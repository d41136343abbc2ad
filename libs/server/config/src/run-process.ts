import { ConfigError } from './load-config';
import { createLogger, Logger } from './logger';

export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * The whole of a process's main: load config (a bad value exits 1 naming the variable), start,
 * and on SIGINT/SIGTERM stop in the component's own order before exiting.
 */
export function runProcess<C extends { LOG_LEVEL: string }>(
  name: string,
  loadConfig: () => C,
  start: (config: C, logger: Logger) => Promise<Stoppable>,
): void {
  const main = async () => {
    const config = loadConfig();
    const logger = createLogger(name, config.LOG_LEVEL);
    const running = await start(config, logger);
    const shutdown = async (signal: string) => {
      logger.info({ signal }, 'shutting down');
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  };
  main().catch((err) => {
    // The logger may not exist yet (bad config): plain stderr is the one channel that always works.
    // eslint-disable-next-line no-console
    if (err instanceof ConfigError) console.error(err.message);
    // eslint-disable-next-line no-console
    else console.error(`${name} failed to start:`, err);
    process.exit(1);
  });
}
