import 'reflect-metadata';
import { ConfigError, createLogger } from '@samspill/server-config';
import { loadNetworkStrategyConfig } from './config';
import { startNetworkStrategy } from './app';

async function main() {
  const config = loadNetworkStrategyConfig();
  const logger = createLogger('network-strategy', config.LOG_LEVEL);
  const service = await startNetworkStrategy(config, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await service.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('network-strategy failed to start:', err);
  process.exit(1);
});
